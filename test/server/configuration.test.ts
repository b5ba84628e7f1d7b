// .gongwenrc.json through the server: it applies to the documents under it, editor settings win
// over it, its own mistakes are shown on the file, a change to it re-checks open reports, and in
// an untrusted workspace its regular expressions never run.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { codes, LspSession } from './lspSession';

const REPORT = '一、主要做法\n完成XX项任务，共计某某件。\n二、下一步打算\n继续努力。\n';

describe('.gongwenrc.json', () => {
  let dir: string;
  let reportUri: string;
  let configPath: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongwen-config-'));
    configPath = join(dir, '.gongwenrc.json');
    reportUri = pathToFileURL(join(dir, '总结.gongwen')).href;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('applies to the reports under it, with editor settings over it', async () => {
    writeFileSync(configPath, JSON.stringify({ rules: { 'placeholder-letters': 'off', 'placeholder-words': 'info' } }));
    const session = new LspSession({ settings: { rules: { 'placeholder-words': 'error' } } });
    await session.initialize();
    await session.open(reportUri, REPORT);
    const { diagnostics } = await session.settled(reportUri);
    expect(codes(diagnostics)).not.toContain('placeholder-letters');
    expect(diagnostics.find((d) => d.code === 'placeholder-words')?.severity).toBe(1);
    await session.dispose();
  });

  it('shows its own mistakes on the configuration file, and re-checks when it changes', async () => {
    writeFileSync(configPath, '{\n  "rules": { "no-such-rule": "off" }\n}\n');
    const session = new LspSession();
    await session.initialize();
    await session.open(reportUri, REPORT);
    expect(codes((await session.settled(reportUri)).diagnostics)).toContain('placeholder-letters');
    const configUri = pathToFileURL(configPath).href;
    const problems = await session.diagnostics(configUri, (p) => p.diagnostics.length > 0);
    expect(problems.diagnostics[0]).toMatchObject({ source: 'gongwen', range: { start: { line: 1 } } });
    expect(problems.diagnostics[0].message).toContain('no-such-rule');

    writeFileSync(configPath, JSON.stringify({ rules: { 'placeholder-letters': 'off' } }));
    const before = session.published.get(reportUri)!.length;
    await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    const rechecked = await session.diagnostics(reportUri, () => session.published.get(reportUri)!.length > before);
    expect(codes(rechecked.diagnostics)).not.toContain('placeholder-letters');
    expect((await session.diagnostics(configUri, (p) => p.diagnostics.length === 0)).diagnostics).toEqual([]);
    await session.dispose();
  });

  it('runs none of its regular expressions in an untrusted workspace', async () => {
    writeFileSync(configPath, JSON.stringify({ placeholders: [{ regex: '继续努力' }] }));
    for (const trusted of [true, false]) {
      const session = new LspSession({ initializationOptions: { workspaceTrusted: trusted } });
      await session.initialize();
      await session.open(reportUri, REPORT);
      const found = codes((await session.settled(reportUri)).diagnostics);
      expect(found.includes('placeholder-custom')).toBe(trusted);
      if (!trusted) {
        // The writer trusts the workspace: the client says so, and the report is checked again.
        const before = session.published.get(reportUri)!.length;
        await session.connection.sendNotification('gongwen/workspaceTrusted');
        const rechecked = await session.diagnostics(reportUri, () => session.published.get(reportUri)!.length > before);
        expect(codes(rechecked.diagnostics)).toContain('placeholder-custom');
      }
      await session.dispose();
    }
  });
});
