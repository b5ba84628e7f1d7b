// Finding .gongwenrc.json from a checked file, re-reading it when it changes, and ignore globs.

import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigLoader } from '../../server/src/config';

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'gongwen-config-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('ConfigLoader', () => {
  it('uses the nearest .gongwenrc.json above the file', () => {
    write('.gongwenrc.json', '{ "reportType": "请示" }');
    write('a/b/.gongwenrc.json', '{ "reportType": "报告" }');
    const loader = new ConfigLoader();
    expect(loader.forFile(join(root, 'a/b/c/x.txt'))).toMatchObject({ configPath: join(root, 'a/b/.gongwenrc.json'), options: { settings: { defaultReportType: '报告' } } });
    expect(loader.forFile(join(root, 'a/x.txt'))).toMatchObject({ configPath: join(root, '.gongwenrc.json'), options: { settings: { defaultReportType: '请示' } } });
  });

  it('gives the defaults and no problem when there is no configuration', () => {
    const found = new ConfigLoader().forFile(join(root, 'x.txt'));
    // A configuration file further up (in the temporary folder's parents) would be used; there is none.
    expect(found.problems).toEqual([]);
    expect(found.options).toEqual({ rules: {}, settings: {} });
  });

  it('re-reads the file when it changes, and not otherwise', () => {
    write('.gongwenrc.json', '{ "reportType": "请示" }');
    const loader = new ConfigLoader();
    const file = join(root, 'x.txt');
    expect(loader.forFile(file).options.settings?.defaultReportType).toBe('请示');
    write('.gongwenrc.json', '{ "reportType": "述职报告" }');
    // Force a different modification time, as a save a second later would.
    utimesSync(join(root, '.gongwenrc.json'), new Date(), new Date(Date.now() + 2000));
    expect(loader.forFile(file).options.settings?.defaultReportType).toBe('述职报告');
  });

  it('reports a malformed file with its path, line and field, and carries on with the defaults', () => {
    write('.gongwenrc.json', '{\n  "rules": {\n    "placeholder-date": "off"\n    "placeholder-words": "off"\n  }\n}');
    const found = new ConfigLoader().forFile(join(root, 'x.txt'));
    expect(found.problems).toMatchObject([{ file: join(root, '.gongwenrc.json'), line: 4, column: 5, field: 'rules', severity: 'error' }]);
    expect(found.options).toEqual({ rules: {}, settings: {} });
  });

  it('reports a configuration that cannot be read as a file', () => {
    mkdirSync(join(root, 'sub'));
    write('sub/x.txt', '');
    // A folder named like the file is not a configuration: the search goes on above it.
    mkdirSync(join(root, 'sub', '.gongwenrc.json'));
    write('.gongwenrc.json', '{}');
    expect(new ConfigLoader().forFile(join(root, 'sub/x.txt')).configPath).toBe(join(root, '.gongwenrc.json'));
    const missing = new ConfigLoader({ configFile: join(root, 'nope.json') }).forFile(join(root, 'x.txt'));
    expect(missing.problems).toMatchObject([{ file: join(root, 'nope.json'), severity: 'error' }]);
    expect(missing.problems[0].message.en).toContain('does not exist');
  });

  it('marks files matched by ignore globs, relative to the configuration folder', () => {
    write('.gongwenrc.json', '{ "ignore": ["drafts/", "*.old.txt", "archive/2020/**"] }');
    const loader = new ConfigLoader();
    const ignored = (p: string) => loader.forFile(join(root, p)).ignored;
    expect(ignored('drafts/a.txt')).toBe(true);
    expect(ignored('x/drafts/a.txt')).toBe(true);
    expect(ignored('x/a.old.txt')).toBe(true);
    expect(ignored('archive/2020/q1/a.txt')).toBe(true);
    expect(ignored('archive/2021/a.txt')).toBe(false);
    expect(ignored('a.txt')).toBe(false);
  });

  it('--config uses one file for everything; --no-config uses none', () => {
    write('.gongwenrc.json', '{ "reportType": "请示" }');
    write('other.json', '{ "reportType": "报告" }');
    const file = join(root, 'x.txt');
    expect(new ConfigLoader({ configFile: join(root, 'other.json') }).forFile(file).options.settings?.defaultReportType).toBe('报告');
    expect(new ConfigLoader({ noConfig: true }).forFile(file)).toMatchObject({ configPath: undefined, options: { rules: {}, settings: {} } });
  });

  it('editor settings override the file, and their problems name the settings', () => {
    write('.gongwenrc.json', '{ "rules": { "placeholder-date": "off", "placeholder-words": "info" }, "reportType": "请示" }');
    const loader = new ConfigLoader();
    const request = { overrides: { rules: { 'placeholder-date': 'warning', 'no-such-rule': 'off' } }, overridesName: 'gongwen (VS Code settings)' };
    const found = loader.forFile(join(root, 'x.txt'), request);
    expect(found.options.rules).toEqual({ 'placeholder-date': { severity: 'warning' }, 'placeholder-words': { severity: 'info' } });
    expect(found.options.settings?.defaultReportType).toBe('请示');
    expect(found.problems).toMatchObject([{ file: 'gongwen (VS Code settings)', field: 'rules.no-such-rule', line: 0 }]);
    expect(loader.forFile(join(root, 'x.txt')).options.rules).toEqual({ 'placeholder-date': { severity: 'off' }, 'placeholder-words': { severity: 'info' } });
    // An unsaved document has no file: the settings alone apply.
    expect(loader.forFile(undefined, request)).toMatchObject({ configPath: undefined, ignored: false, options: { rules: { 'placeholder-date': { severity: 'warning' } } } });
  });

  it('hands out the same options until the file changes, so that settings prepared from them are reused', () => {
    write('.gongwenrc.json', '{ "reportType": "请示", "lexicons": { "topicTerms": ["乡村振兴"] } }');
    const loader = new ConfigLoader();
    const request = { overrides: { rules: { 'placeholder-date': 'warning' } } };
    const first = loader.forFile(join(root, 'a.txt'), request).options;
    expect(loader.forFile(join(root, 'b/c.txt'), { overrides: { rules: { 'placeholder-date': 'warning' } } }).options).toBe(first);
    expect(loader.forFile(join(root, 'a.txt')).options).not.toBe(first);
  });

  it('in an untrusted workspace, drops the file\'s regular expressions and globs', () => {
    write('.gongwenrc.json', '{ "placeholders": ["〔待填〕", { "regex": "〔[^〕]{0,9}〕" }], "ignore": ["drafts/"] }');
    const found = new ConfigLoader({ trusted: false }).forFile(join(root, 'drafts/x.txt'));
    expect(found.options.rules?.['placeholder-custom']).toEqual({ options: { patterns: ['〔待填〕'] } });
    expect(found.ignored).toBe(false);
    expect(found.problems).toMatchObject([{ field: 'placeholders[1].regex', severity: 'warning' }]);
    // The server learns of trust after it starts: one loader answers for both.
    const loader = new ConfigLoader();
    expect(loader.forFile(join(root, 'x.txt'), { trusted: false }).options.rules?.['placeholder-custom']).toEqual({ options: { patterns: ['〔待填〕'] } });
    expect(loader.forFile(join(root, 'x.txt')).options.rules?.['placeholder-custom']).toEqual({ options: { patterns: ['〔待填〕', { regex: '〔[^〕]{0,9}〕' }] } });
    expect(loader.forFile(join(root, 'drafts/x.txt')).ignored).toBe(true);
  });

  it('validates editor settings with the trust of the call: no pattern from them runs untrusted', () => {
    const overrides = { rules: { 'placeholder-custom': { options: { patterns: ['〔待填〕', { regex: '〔[^〕]{0,9}〕' }] } } } };
    const loader = new ConfigLoader({ noConfig: true });
    expect(loader.forFile(join(root, 'x.txt'), { trusted: false, overrides }).options.rules?.['placeholder-custom']).toEqual({ options: { patterns: ['〔待填〕'] } });
    // The settings object is the server's own: validating it leaves it as it was.
    expect(overrides.rules['placeholder-custom'].options.patterns).toEqual(['〔待填〕', { regex: '〔[^〕]{0,9}〕' }]);
    expect(loader.forFile(join(root, 'x.txt'), { trusted: true, overrides }).options.rules?.['placeholder-custom']).toEqual({ options: { patterns: ['〔待填〕', { regex: '〔[^〕]{0,9}〕' }] } });
  });
});
