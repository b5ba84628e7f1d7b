// The server stays responsive on a large document: requests made while a newer version is being
// checked are answered, from the last check where that is right; a version the writer has
// already changed is never published; code actions never carry edits for older text; and a
// check capped on a very large document says so. No timing is asserted: each test shows an
// order of events (an answer before the diagnostics it would otherwise have waited for) that
// holds however busy the machine is, because the check takes hundreds of times longer than the
// answer.

import { afterEach, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CompletionRequest,
  HoverRequest,
  type CodeAction,
  type CompletionItem,
  type Hover,
  type MarkupContent,
  type Position,
  type TextDocumentEdit,
} from 'vscode-languageserver-protocol/node';
import { SAMPLE_TEXT } from './fixtures';
import { codes, LspSession } from './lspSession';

/** The sample report 420 times over: about 250,000 characters, more than the server waits for. */
const LARGE_TEXT = Array.from({ length: 420 }, () => SAMPLE_TEXT).join('\n');
const at = (line: number, character: number): Position => ({ line, character });
const lineOf = (text: string, needle: string, from = 0) => text.split('\n').findIndex((l, i) => i >= from && l.includes(needle));

let session: LspSession | undefined;
afterEach(async () => {
  await session?.dispose();
  session = undefined;
});

async function start(settings: Record<string, unknown>): Promise<LspSession> {
  session = new LspSession({ settings });
  await session.initialize();
  return session;
}

const hover = (s: LspSession, uri: string, position: Position) => s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }) as Promise<Hover | null>;
const complete = (s: LspSession, uri: string, position: Position) => s.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }) as Promise<CompletionItem[]>;
const actionsAt = (s: LspSession, uri: string, position: Position) =>
  s.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }) as Promise<CodeAction[]>;
const versionsPublished = (s: LspSession, uri: string) => (s.published.get(uri) ?? []).map((p) => p.version);

describe('a large document being checked', () => {
  const uri = 'file:///tmp/large-report.gongwen';

  it('answers hover, completion and code actions before the check of the new version is done', { timeout: 120_000 }, async () => {
    const s = await start({ debounceMs: 0 });
    await s.open(uri, LARGE_TEXT);
    const { diagnostics } = await s.settled(uri, 90_000);
    const placeholder = diagnostics.find((d) => d.code === 'placeholder-symbols' && d.range.start.line > 100)!;
    // The writer types on another line; the check of version 2 starts at once (no debounce).
    const typedAt = at(placeholder.range.start.line - 2, 0);
    await s.change(uri, [{ range: { start: typedAt, end: typedAt }, newText: '的' }]);
    const [explained, items, actions] = await Promise.all([hover(s, uri, placeholder.range.start), complete(s, uri, at(typedAt.line, 0)), actionsAt(s, uri, placeholder.range.start)]);
    // All three came back while version 2 was still being checked.
    expect(versionsPublished(s, uri)).toEqual([1]);
    // Hover explains the finding the editor still shows, from the check of version 1.
    expect((explained!.contents as MarkupContent).value).toContain('`placeholder-symbols`');
    expect(explained!.range).toEqual(placeholder.range);
    // Completion at the start of the line typed on: the headings above are those version 1 had.
    expect(items.length).toBeGreaterThan(0);
    // No code action computed for version 1's text is offered for version 2.
    expect(actions).toEqual([]);

    await s.current(uri, 90_000);
    expect(await complete(s, uri, at(typedAt.line, 0))).toEqual(items);
    const now = await actionsAt(s, uri, placeholder.range.start);
    expect(now.length).toBeGreaterThan(0);
    for (const action of now) for (const change of action.edit?.documentChanges ?? []) expect((change as TextDocumentEdit).textDocument.version).toBe(2);
  });

  it('stops checking a version the writer changed again, and never publishes it', { timeout: 120_000 }, async () => {
    const s = await start({ debounceMs: 0 });
    await s.open(uri, LARGE_TEXT);
    await s.settled(uri, 90_000);
    const before = (await s.stats()).stoppedChecks;
    await s.change(uri, [{ range: { start: at(0, 0), end: at(0, 0) }, newText: '关于' }]);
    await s.change(uri, [{ range: { start: at(0, 0), end: at(0, 2) }, newText: '' }]);
    const final = await s.current(uri, 90_000);
    expect(final.version).toBe(3);
    expect(versionsPublished(s, uri)).toEqual([1, 3]);
    expect((await s.stats()).stoppedChecks).toBe(before + 1);
    // Version 3 reads as version 1 did: the same text, the same diagnostics.
    expect(final.diagnostics).toEqual(s.published.get(uri)![0].diagnostics);
  });

  it('says, at the top, that a rule stood aside because the document is too large for it', { timeout: 120_000 }, async () => {
    const s = await start({ rules: { 'repeated-phrase': 'info' } });
    // Twice the large text: its recurring clauses come to more characters than the budget.
    await s.open(uri, `${LARGE_TEXT}\n${LARGE_TEXT}`);
    const { diagnostics } = await s.settled(uri, 90_000);
    const notice = diagnostics.filter((d) => d.code === 'repeated-phrase');
    expect(notice).toEqual([
      expect.objectContaining({
        range: { start: at(0, 0), end: at(0, 0) },
        severity: 3,
        message: '文档过大，“repeated-phrase”检查需要分词的文字超过 200,000 字，本文档未做这项检查。',
      }),
    ]);
    // The other rules still ran.
    expect(codes(diagnostics)).toEqual(expect.arrayContaining(['placeholder-letters', 'numbering-style']));
    // A report of ordinary size is checked by the rule in full.
    const small = 'file:///tmp/small-report.gongwen';
    await s.open(small, SAMPLE_TEXT);
    expect(codes((await s.settled(small)).diagnostics)).not.toContain('repeated-phrase');
  });
});

describe('requests before the new version is checked, on a report of ordinary size', () => {
  const uri = 'file:///tmp/report.gongwen';
  // A long debounce: no check starts unless a request asks for one.
  const settings = { debounceMs: 10_000 };

  it('hover maps the last check onto the text the editor holds, and says nothing of text an edit touched', async () => {
    const s = await start(settings);
    await s.open(uri, SAMPLE_TEXT);
    const { diagnostics } = await s.settled(uri);
    const line = lineOf(SAMPLE_TEXT, 'XX个责任单位');
    const blank = diagnostics.find((d) => d.code === 'placeholder-letters' && d.range.start.line === line)!;
    const { character } = blank.range.start;
    // Two characters typed at the start of the finding's line, and the line above split in two.
    await s.change(uri, [{ range: { start: at(line, 0), end: at(line, 0) }, newText: '　　' }]);
    await s.change(uri, [{ range: { start: at(line - 1, 2), end: at(line - 1, 2) }, newText: '\n' }]);
    const moved = await hover(s, uri, at(line + 1, character + 3));
    expect((moved!.contents as MarkupContent).value).toContain('`placeholder-letters`');
    expect(moved!.range).toEqual({ start: at(line + 1, character + 2), end: at(line + 1, character + 4) });
    // The placeholder XX on the title line, then typed over: nothing is said of it until it is checked.
    const title = diagnostics.find((d) => d.code === 'placeholder-letters' && d.range.start.line === 0)!;
    await s.change(uri, [{ range: title.range, newText: 'XY' }]);
    expect(await hover(s, uri, title.range.start)).toBeNull();
    expect(versionsPublished(s, uri)).toEqual([1]);
  });

  it('completion offers the next marker from the last check while only line breaks were typed above', async () => {
    const s = await start(settings);
    await s.open(uri, SAMPLE_TEXT);
    await s.settled(uri);
    const after = lineOf(SAMPLE_TEXT, '（二）加大惠企政策落实力度');
    const end = SAMPLE_TEXT.split('\n')[after].length;
    await s.change(uri, [{ range: { start: at(after, end), end: at(after, end) }, newText: '\n' }]);
    await s.change(uri, [{ range: { start: at(after + 1, 0), end: at(after + 1, 0) }, newText: '（' }]);
    expect((await complete(s, uri, at(after + 1, 1)))[0].label).toBe('（三）');
    expect(versionsPublished(s, uri)).toEqual([1]);
    // A heading typed above: the last check cannot know it, so completion waits for the check of
    // this version (it starts at once) and follows the new heading.
    await s.change(uri, [{ range: { start: at(after + 1, 0), end: at(after + 1, 1) }, newText: '（三）落实责任\n（' }]);
    expect((await complete(s, uri, at(after + 2, 1)))[0].label).toBe('（四）');
  });

  it('a code action waits for the check of the version it is asked about and edits that version', async () => {
    const s = await start(settings);
    await s.open(uri, SAMPLE_TEXT);
    await s.settled(uri);
    const line = lineOf(SAMPLE_TEXT, '（二）企业满意度明显提升');
    await s.change(uri, [{ range: { start: at(line, 0), end: at(line, 3) }, newText: '(二)' }]);
    const actions = await actionsAt(s, uri, at(line, 1));
    const fix = actions.find((a) => a.title === '改为“（二）”')!;
    expect((fix.edit!.documentChanges![0] as TextDocumentEdit).textDocument.version).toBe(2);
    // The request had version 2 checked; its diagnostics still wait for the writer to pause.
    expect(versionsPublished(s, uri)).toEqual([1]);
    await s.applyWorkspaceEdit(fix.edit!);
    expect(s.doc(uri).getText()).toBe(SAMPLE_TEXT);
  });
});
