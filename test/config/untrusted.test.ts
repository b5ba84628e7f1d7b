// In an untrusted workspace (VS Code's restricted mode) no user pattern or glob runs, under
// whatever key it comes: through the built language server, each key alone, the report is checked
// exactly as with no configuration, the configuration file says so once, and once the writer
// trusts the workspace the key applies.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspSession } from '../server/lspSession';

const REPORT = '关于2024年工作的总结\n一、主要做法\n完成各项任务，共计二十件。\n二、下一步打算\n继续努力。\n';

const CASES: [key: string, config: unknown][] = [
  ['placeholders', { placeholders: [{ regex: '继续努[力量]' }] }],
  ['placeholder-custom patterns', { rules: { 'placeholder-custom': ['error', { patterns: [{ regex: '继续努[力量]' }] }] } }],
  ['ignore', { ignore: ['*.gongwen'] }],
  ['reportTypeByPath', { reportTypeByPath: { '*.gongwen': '请示' } }],
  ['templates', { templates: [{ type: '工作总结', sections: [{ key: 'lessons', name: '经验体会', words: ['经验', '体会'] }] }] }],
];

let root: string;
let baselineUri: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'gongwen-untrusted-'));
  mkdirSync(join(root, 'plain'));
  baselineUri = pathToFileURL(join(root, 'plain', '总结.gongwen')).href;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const shown = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${JSON.stringify(d.message)}`).sort();

describe('an untrusted workspace runs no user pattern or glob', () => {
  it.each(CASES)('%s: not applied until the workspace is trusted', { timeout: 60_000 }, async (key, config) => {
    const dir = join(root, key.replace(/\W+/g, '-'));
    mkdirSync(dir);
    const configPath = join(dir, '.gongwenrc.json');
    writeFileSync(configPath, JSON.stringify(config, null, 2));
    const uri = pathToFileURL(join(dir, '总结.gongwen')).href;
    const session = new LspSession({ initializationOptions: { workspaceTrusted: false } });
    try {
      await session.initialize();
      await session.open(baselineUri, REPORT);
      const baseline = shown((await session.settled(baselineUri)).diagnostics);
      await session.open(uri, REPORT);
      expect(shown((await session.settled(uri)).diagnostics)).toEqual(baseline);
      const problems = await session.diagnostics(pathToFileURL(configPath).href, (p) => p.diagnostics.length > 0);
      expect(problems.diagnostics).toHaveLength(1);
      expect(problems.diagnostics[0]).toMatchObject({ severity: 2 });
      expect(problems.diagnostics[0].message).toContain('工作区不受信任');

      const before = session.published.get(uri)!.length;
      await session.connection.sendNotification('gongwen/workspaceTrusted');
      await session.diagnostics(uri, () => session.published.get(uri)!.length > before);
      expect(shown((await session.settled(uri)).diagnostics)).not.toEqual(baseline);
    } finally {
      await session.dispose();
    }
  });

  it('editor settings: a pattern in gongwen.rules does not run either', { timeout: 60_000 }, async () => {
    const settings = { rules: { 'placeholder-custom': { options: { patterns: ['任务', { regex: '继续努[力量]' }] } } } };
    const found = async (trusted: boolean) => {
      const session = new LspSession({ settings, initializationOptions: { workspaceTrusted: trusted } });
      try {
        await session.initialize();
        await session.open(baselineUri, REPORT);
        return (await session.settled(baselineUri)).diagnostics.filter((d) => d.code === 'placeholder-custom').map((d) => d.message);
      } finally {
        await session.dispose();
      }
    };
    // The literal text is data and applies; the regular expression only when trusted.
    expect(await found(false)).toEqual(['未填写的占位内容“任务”']);
    expect(await found(true)).toEqual(['未填写的占位内容“任务”', '未填写的占位内容“继续努力”']);
  });
});
