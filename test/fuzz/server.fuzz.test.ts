// The language server under random typing: real reports (test/corpus/real) edited by random
// incremental didChange notifications, sent in quick succession so that checks start, are stopped
// and are superseded at every point, with hover, completion and code action requests among them.
// However the edits fall, the server ends with the diagnostics a fresh open of the final text
// gets; it never publishes a version out of order; every request is answered; and a code action
// answered for a version edits exactly what a fresh server offers for that version's text.

import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, CompletionRequest, HoverRequest, type CodeAction, type TextDocumentEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspSession } from '../server/lspSession';
import { editArbitrary, runs, seed, type RandomEdit } from './inputs';

const REAL = resolve(__dirname, '../corpus/real');

/** The real documents of test/corpus/real, each `docs/*.txt` of every set. */
function realReports(): { name: string; text: string }[] {
  const found: { name: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.txt') && dir.endsWith('docs')) found.push({ name: entry, text: readFileSync(path, 'utf8').replace(/^\ufeff/, '') });
    }
  };
  walk(REAL);
  return found;
}

const REPORTS = realReports();

/** What the writer does next: a notification of one or two edits, then a pause, and maybe a request. */
const step = fc.record({
  edits: fc.array(editArbitrary, { minLength: 1, maxLength: 2 }),
  pauseMs: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 25 })),
  request: fc.constantFrom(undefined, 'hover', 'completion', 'codeAction'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
});

/** The changes for `edits`, each in the text as the ones before it left it (as an editor sends them). */
function contentChanges(doc: TextDocument, edits: RandomEdit[]) {
  const changes: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[] = [];
  // A copy: TextDocument.update changes the document it is given.
  let text = TextDocument.create(doc.uri, doc.languageId, doc.version, doc.getText());
  for (const edit of edits) {
    const length = text.getText().length;
    const start = Math.min(length, Math.floor(edit.at * (length + 1)));
    const end = Math.min(length, start + edit.remove);
    const change = { range: { start: text.positionAt(start), end: text.positionAt(end) }, newText: edit.insert };
    changes.push(change);
    text = TextDocument.update(text, [{ range: change.range, text: change.newText }], text.version + 1);
  }
  return changes;
}

describe.skipIf(!REPORTS.length)('the server under random typing', () => {
  let session: LspSession;
  /** A second server, for fresh opens of the texts the first one was led to. */
  let fresh: LspSession;
  let run = 0;
  let actionsCompared = 0;

  beforeAll(async () => {
    // No debounce: every edit starts a check at once, so that most are stopped by the next edit.
    session = new LspSession({ settings: { debounceMs: 0 } });
    fresh = new LspSession({ settings: { debounceMs: 0 } });
    await Promise.all([session.initialize(), fresh.initialize()]);
  });
  afterAll(async () => {
    await Promise.all([session.dispose(), fresh.dispose()]);
    // `npm run fuzz` reports how much it compared.
    console.log(`server fuzz: ${run} edit sequences, ${actionsCompared} code actions compared with a fresh server's`);
  });

  async function freshly<T>(uri: string, text: string, ask: () => Promise<T>): Promise<T> {
    await fresh.open(uri, text);
    await fresh.settled(uri);
    const answer = await ask();
    await fresh.close(uri);
    return answer;
  }

  it('ends with the diagnostics of a fresh open, in order, every request answered', { timeout: 3_600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: REPORTS.length - 1 }), fc.array(step, { minLength: 1, maxLength: 30 }), async (which, steps) => {
        const uri = `file:///tmp/fuzz/${run++}-${REPORTS[which].name.replace(/\.txt$/, '.gongwen')}`;
        const texts = new Map<number, string>([[1, REPORTS[which].text]]);
        await session.open(uri, REPORTS[which].text);
        const answers: Promise<unknown>[] = [];
        const codeActions: Promise<{ position: { line: number; character: number }; actions: CodeAction[] }>[] = [];
        for (const s of steps) {
          const doc = await session.change(uri, contentChanges(session.doc(uri), s.edits));
          texts.set(doc.version, doc.getText());
          const position = doc.positionAt(Math.floor(s.at * (doc.getText().length + 1)));
          const textDocument = { uri };
          if (s.request === 'hover') answers.push(session.connection.sendRequest(HoverRequest.type, { textDocument, position }));
          if (s.request === 'completion') answers.push(session.connection.sendRequest(CompletionRequest.type, { textDocument, position }));
          if (s.request === 'codeAction') {
            // At a finding of the last diagnostics, where quick fixes are offered, when there is one.
            const shown = session.published.get(uri)?.at(-1)?.diagnostics ?? [];
            if (shown.length) Object.assign(position, shown[Math.floor(s.at * shown.length)].range.start);
            const asked = session.connection.sendRequest(CodeActionRequest.type, { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } });
            codeActions.push(asked.then((actions) => ({ position, actions: (actions ?? []) as CodeAction[] })));
          }
          if (s.pauseMs) await new Promise((r) => setTimeout(r, s.pauseMs));
        }
        await Promise.all(answers);
        const final = await session.settled(uri, 120_000);
        const text = session.doc(uri).getText();
        expect(final.version).toBe(session.doc(uri).version);
        const versions = session.published.get(uri)!.map((p) => p.version!);
        expect(versions, 'a version published after a newer one').toEqual([...versions].sort((a, b) => a - b));
        await session.close(uri);

        expect(final.diagnostics).toEqual(await freshly(uri, text, async () => (await fresh.settled(uri)).diagnostics));

        // A code action's edits are those a fresh server offers for the version they name.
        for (const { position, actions } of await Promise.all(codeActions)) {
          const withEdits = actions.filter((a) => a.edit?.documentChanges?.length);
          if (!withEdits.length) continue;
          const version = (withEdits[0].edit!.documentChanges![0] as TextDocumentEdit).textDocument.version!;
          const expected = await freshly(uri, texts.get(version)!, () =>
            fresh.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }),
          );
          const editsOf = (list: CodeAction[]) => list.map((a) => [a.title, (a.edit?.documentChanges?.[0] as TextDocumentEdit | undefined)?.edits]);
          expect(editsOf(withEdits)).toEqual(editsOf(((expected ?? []) as CodeAction[]).filter((a) => a.edit?.documentChanges?.length)));
          actionsCompared += withEdits.length;
        }
      }),
      { numRuns: runs(10, 300), seed: seed(), endOnFailure: true },
    );
  });
});
