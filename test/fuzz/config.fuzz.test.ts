// `.gongwenrc.json` as a workspace may hand it over: mangled JSON, wrong types, random user
// patterns and globs. Reading never throws, every problem says where it is, what survives
// validation is safe to run, and a check under it finishes like any other.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readConfigText, toCheckOptions } from '../../server/src/config/config';
import { check, compileGlob, prepareSettings } from '../../server/src/engine';
import { applyRandomEdit, REPORTS, runs, seed } from './inputs';

/** A configuration using every field, for mutations to start from. */
const FULL = `{
  // an office's configuration
  "rules": { "placeholder-letters": "warning", "numbering-style": ["error", { "allow": ["ar-dun"] }], "repeated-phrase": { "severity": "info", "options": { "minLength": 5 } } },
  "levelSkip": "strict",
  "reportType": "工作总结",
  "reportTypeByPath": { "自评/**": "自评报告", "*.md": "调研报告" },
  "placeholders": ["〔待填〕", { "regex": "[0-9]{2}号文", "message": "文号未填" }],
  "templates": [{ "type": "专项报告", "recognise": { "titleWords": ["专项报告"] }, "sections": [{ "key": "m", "name": "主要措施", "words": ["措施"] }] }],
  "lexicons": { "canonical": [{ "wrong": ["十九大精神"], "canonical": "党的十九大精神" }] },
  "ignore": ["草稿/**", "*.bak.txt"],
}`;

/** Pieces that make JSON, patterns and globs interesting. */
const PIECES = ['{', '}', '[', ']', '"', ':', ',', '//', '/*', '*/', '\\', '\\u0000', '\u001b[31m', 'null', 'true', '1e309', '-0', '"__proto__"', '"constructor"', '**', '*', '?', '{a,b}', '!', '(', ')', '|', '{0,99999}', '+', '(?=', '\\1', '[^', '.*', '"regex"', '"rules"', '"ignore"', '"templates"', '"sections"', '规则', ''];

const mutation = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 8 }),
  insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })),
});

const report = REPORTS[0].text.slice(0, 3_000);
const HANG_MS = 10_000;

function expectSafe(text: string, trusted: boolean) {
  const { config, problems } = readConfigText(text, { trusted });
  for (const p of problems) {
    expect(Number.isInteger(p.line) && p.line >= 0 && Number.isInteger(p.column) && p.column >= 0, JSON.stringify(p)).toBe(true);
    expect(typeof p.field).toBe('string');
    expect(p.message.zh.length && p.message.en.length).toBeTruthy();
  }
  if (!trusted) expect(config.placeholders.some((p) => typeof p === 'object' && 'regex' in p)).toBe(false);
  const options = toCheckOptions(config);
  const started = performance.now();
  const result = check(report, { ...options, prepared: prepareSettings(options.settings) });
  expect(performance.now() - started, 'a check under this configuration never ends').toBeLessThan(HANG_MS);
  expect(result.failures).toEqual([]);
}

describe('configuration from an untrusted source', () => {
  it('starts from a configuration that uses every field and is valid', () => {
    const { config, problems } = readConfigText(FULL, { trusted: true });
    expect(problems).toEqual([]);
    expect([config.placeholders.length, config.ignore.length, config.reportTypeByPath.length, config.templates?.length]).toEqual([2, 2, 2, 1]);
  });

  it('never throws, locates every problem, and leaves a configuration a check runs under', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), fc.boolean(), (edits, trusted) => {
        expectSafe(edits.reduce(applyRandomEdit, FULL), trusted);
      }),
      { numRuns: runs(150, 20_000), seed: seed(), endOnFailure: true },
    );
  });

  it('runs any user pattern it accepts without throwing or hanging', () => {
    const pattern = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom('待', '填', 'X', '[', ']', '{2}', '\\d', '\\s', '^', '$')), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 12 }), (patterns) => {
        expectSafe(JSON.stringify({ placeholders: patterns.map((regex) => ({ regex })) }), true);
      }),
      { numRuns: runs(150, 20_000), seed: seed(), endOnFailure: true },
    );
  });

  it('compiles and matches any glob without throwing or hanging', () => {
    const glob = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom('a', '/', '.', 'txt', '报告')), { maxLength: 16 }).map((p) => p.join(''));
    const path = fc.array(fc.constantFrom('a', 'b', '.', '/', 'txt', '报告', '{', '*'), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(glob, fc.array(path, { maxLength: 5 }), (g, paths) => {
        const compiled = compileGlob(g);
        if (!compiled.ok) {
          expect(compiled.message.zh.length).toBeGreaterThan(0);
          return;
        }
        for (const p of paths) expect(typeof compiled.glob.matches(p)).toBe('boolean');
        expectSafe(JSON.stringify({ ignore: [g], reportTypeByPath: { [g]: '工作总结' } }), true);
      }),
      { numRuns: runs(150, 20_000), seed: seed(), endOnFailure: true },
    );
  });
});
