// Fix-all on save on every report: the edits never overlap, stay inside the text, and every
// character outside them is unchanged; no word of the writer's changes and nothing is inserted
// (suggestions are never part of it); and one fix-all is enough (a second has nothing to do).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, type CodeAction, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SAMPLE_TEXT, SAMPLE_URI, SEEDS } from './fixtures';
import { LspSession } from './lspSession';
import { wordsOf } from '../helpers';

const documents = [{ name: 'samples/工作总结示例.gongwen', uri: SAMPLE_URI, text: SAMPLE_TEXT }, ...SEEDS];

describe('source.fixAll.gongwen on every report', () => {
  let session: LspSession;
  beforeAll(async () => {
    session = new LspSession();
    await session.initialize();
  });
  afterAll(() => session.dispose());

  it.each(documents.map((d) => [d.name, d] as const))('%s', async (_name, { uri, text }) => {
    await session.open(uri, text);
    await session.settled(uri);
    const fixAll = async () =>
      (await session.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.gongwen'] },
      })) as CodeAction[];
    const actions = await fixAll();
    if (!actions.length) {
      await session.close(uri);
      return;
    }
    const change = actions[0].edit!.documentChanges![0] as TextDocumentEdit;
    expect(change.textDocument.version).toBe(1);
    const doc = TextDocument.create(uri, 'gongwen', 1, text);
    const edits = (change.edits as TextEdit[])
      .map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), newText: e.newText }))
      .sort((a, b) => a.start - b.start);

    let previousEnd = 0;
    for (const e of edits) {
      expect(e.start).toBeGreaterThanOrEqual(previousEnd);
      expect(e.end).toBeLessThanOrEqual(text.length);
      // An edit never cuts a surrogate pair or a CRLF in half.
      for (const cut of [e.start, e.end]) {
        expect(/[\udc00-\udfff]/.test(text[cut] ?? '') && /[\ud800-\udbff]/.test(text[cut - 1] ?? '')).toBe(false);
        expect(text[cut - 1] === '\r' && text[cut] === '\n').toBe(false);
      }
      previousEnd = e.end;
    }

    await session.applyWorkspaceEdit(actions[0].edit!);
    const fixed = session.doc(uri).getText();
    // Walk the old and the new text together: between edits they must be identical.
    let oldAt = 0;
    let newAt = 0;
    for (const e of edits) {
      const kept = text.slice(oldAt, e.start);
      expect(fixed.slice(newAt, newAt + kept.length)).toBe(kept);
      newAt += kept.length;
      expect(fixed.slice(newAt, newAt + e.newText.length)).toBe(e.newText);
      newAt += e.newText.length;
      oldAt = e.end;
    }
    expect(fixed.slice(newAt)).toBe(text.slice(oldAt));
    expect(wordsOf(fixed)).toBe(wordsOf(text));

    await session.settled(uri);
    expect(await fixAll()).toEqual([]);
    await session.close(uri);
  });
});
