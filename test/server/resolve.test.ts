// Code actions on a 416 KB report with 12,000 fixable marks (each quick-fix request used to take
// 3.3–3.7 s there, and fix-all 29 s). "Fix all N problems of this rule": a client that resolves
// code actions (VS Code) gets the action listed without its edit, so the quick-fix menu opens at
// once, and the edit when the writer picks it; an action listed for an older version gets no
// edit. Fix-all on save fixes the whole report. (Latency is measured in npm run bench; the test
// timeout is only a hang guard.)

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, CodeActionResolveRequest, type CodeAction, type TextDocumentEdit } from 'vscode-languageserver-protocol/node';
import { LspSession } from './lspSession';

const LINE = '　　我们加强了组织领导,完善了制度;推进了工作。';
const TEXT = '关于2023年工作的总结\n' + Array.from({ length: 6_000 }, () => LINE).join('\n') + '\n';
const URI = 'file:///tmp/many-fixes.gongwen';

describe('code action resolve', () => {
  let session: LspSession;
  beforeAll(async () => {
    session = new LspSession({ resolvesCodeActions: true });
    await session.initialize();
    await session.open(URI, TEXT);
    await session.settled(URI, 60_000);
  }, 90_000);
  afterAll(() => session.dispose());

  const quickFixes = async (character = 12) =>
    (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: { start: { line: 1, character }, end: { line: 1, character } },
      context: { diagnostics: [] },
    })) as CodeAction[];

  it('fixes the whole report on save: fix-all is one action with every mechanical fix', async () => {
    const [fixAll] = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.gongwen'] },
    })) as CodeAction[];
    const change = fixAll.edit!.documentChanges![0] as TextDocumentEdit;
    expect(change.edits).toHaveLength(12_000);
  });

  it('lists "fix all of this rule" without its edit, and gives the edit on resolve', async () => {
    const actions = await quickFixes();
    expect(actions.find((a) => a.title === '改为全角“，”')?.edit).toBeDefined();
    const all = actions.find((a) => a.title === '修复本文件中全部 12000 处“halfwidth-punctuation”问题')!;
    expect(all.edit).toBeUndefined();
    const resolved = await session.connection.sendRequest(CodeActionResolveRequest.type, all);
    await session.applyWorkspaceEdit(resolved.edit!);
    const fixed = session.doc(URI).getText();
    expect(fixed).toBe(TEXT.replaceAll(',', '，').replaceAll(';', '；'));
  });

  it('gives no edit to an action listed for a version the document has left', async () => {
    await session.change(URI, [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, newText: '又,再;' }]);
    await session.settled(URI);
    const [listed] = (await quickFixes(3)).filter((a) => a.title.startsWith('修复本文件中全部'));
    expect(listed.title).toBe('修复本文件中全部 2 处“halfwidth-punctuation”问题');
    await session.change(URI, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: '再' }]);
    const resolved = await session.connection.sendRequest(CodeActionResolveRequest.type, listed);
    expect(resolved.edit).toBeUndefined();
  });
});
