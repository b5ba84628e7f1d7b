// The language server over stdio, as an editor drives it: cold start to first diagnostics, the
// time from a one-character didChange to the publishDiagnostics for that version, requests
// while a writer types in a large document, and many documents edited at once (time and heap).

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp';
import { median, peakRss, percentile } from './measure';

export interface ServerResults {
  /** Spawn to the first publishDiagnostics of the opened document. */
  firstDiagnosticsMs: number;
  /** Spawn to its last publishDiagnostics, once the server has nothing left to do. */
  allDiagnosticsMs: number;
  coldRuns: number;
  edits: number;
  editP50Ms: number;
  editP95Ms: number;
  editMaxMs: number;
  /** Peak resident memory of the server process over the whole edit session. */
  peakRssBytes?: number;
  /** Peak resident memory up to the first diagnostics. */
  peakRssAtFirstBytes?: number;
}

/** A small deterministic generator, so that runs edit the same places. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** Waits until the server has loaded word segmentation and has no check pending. */
async function settle(client: LspClient): Promise<void> {
  for (;;) {
    const stats = (await client.request('gongwen/serverStats', {})) as { segmenter?: string; pendingChecks?: number } | null;
    if (!stats || (stats.segmenter !== 'loading' && stats.pendingChecks === 0)) return;
    await new Promise((r) => setTimeout(r, 5));
  }
}

export async function measureServer(serverPath: string, report: string, { coldRuns = 5, edits = 200 } = {}): Promise<ServerResults> {
  // Debounce 0: the latency measured is the server's own work, i.e. what comes after the debounce.
  const settings = { debounceMs: 0, checkPlainText: 'always' };
  const uri = pathToFileURL(join(tmpdir(), 'gongwen-bench', '工作总结.gongwen')).href;
  const firsts: number[] = [];
  const alls: number[] = [];
  let peakAtFirst: number | undefined;
  for (let run = 0; run < coldRuns; run++) {
    const started = performance.now();
    const client = new LspClient(serverPath, settings);
    await client.initialize();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text: report } });
    const first = await client.publish((p) => p.uri === uri);
    firsts.push(first.at - started);
    peakAtFirst = Math.max(peakAtFirst ?? 0, peakRss(client.pid) ?? 0);
    await settle(client);
    alls.push(client.published.filter((p) => p.uri === uri).at(-1)!.at - started);
    await client.shutdown();
  }

  const client = new LspClient(serverPath, settings);
  await client.initialize();
  let text = report;
  let version = 1;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version, text } });
  await client.publish((p) => p.uri === uri);
  await settle(client);
  const next = random(20261122);
  const latencies: number[] = [];
  for (let i = 0; i < edits; i++) {
    // Alternately type a character and delete one, so the report stays the same size.
    const offset = Math.floor(next() * text.length);
    const start = positionAt(text, offset);
    let change: { range: { start: typeof start; end: typeof start }; text: string };
    if (i % 2 === 0) {
      change = { range: { start, end: start }, text: '的' };
      text = text.slice(0, offset) + '的' + text.slice(offset);
    } else {
      const end = text.charCodeAt(offset) === 10 || offset >= text.length ? start : { line: start.line, character: start.character + 1 };
      change = { range: { start, end }, text: '' };
      if (end !== start) text = text.slice(0, offset) + text.slice(offset + 1);
    }
    version++;
    const sent = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    const published = await client.publish((p) => p.uri === uri && p.version === version);
    latencies.push(published.at - sent);
  }
  const peak = peakRss(client.pid);
  await client.shutdown();
  return {
    firstDiagnosticsMs: median(firsts),
    allDiagnosticsMs: median(alls),
    coldRuns,
    edits,
    editP50Ms: percentile(latencies, 50),
    editP95Ms: percentile(latencies, 95),
    editMaxMs: Math.max(...latencies),
    peakRssBytes: peak,
    peakRssAtFirstBytes: peakAtFirst,
  };
}

export interface LatencySummary {
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface TypingResults {
  /** didOpen to the first publishDiagnostics. */
  firstDiagnosticsMs: number;
  /** didOpen to the last publish of the opened version, once the server has nothing left to do. */
  settledMs: number;
  keystrokes: number;
  /** Each request sent right after a keystroke, before that version was checked. */
  hover: LatencySummary;
  completion: LatencySummary;
  codeAction: LatencySummary;
  /** How many requests of each kind came back with something (hover text, items, actions). */
  answered: { hover: number; completion: number; codeAction: number };
  /** The last keystroke to the diagnostics of the final version. */
  afterTypingMs: number;
  peakRssBytes?: number;
}

function summary(values: number[]): LatencySummary {
  return { p50Ms: percentile(values, 50), p95Ms: percentile(values, 95), maxMs: Math.max(...values) };
}

/**
 * A writer typing in a large document, as VS Code drives the server: the default debounce, a
 * keystroke every `intervalMs` (a new heading line, （一）抓好落实。, typed character by character
 * after a paragraph a tenth of the way in), and after each keystroke a completion at the cursor
 * and a hover and a code action on a diagnostic further down, sent at once as the editor sends
 * them, before the server has checked that version.
 */
export async function measureTyping(serverPath: string, report: string, { keystrokes = 40, intervalMs = 100 } = {}): Promise<TypingResults> {
  const uri = pathToFileURL(join(tmpdir(), 'gongwen-bench', '工作总结.gongwen')).href;
  const client = new LspClient(serverPath, { checkPlainText: 'always' });
  await client.initialize();
  const opened = performance.now();
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text: report } });
  const first = await client.publish((p) => p.uri === uri, 600_000);
  await settle(client);
  const settled = client.published.filter((p) => p.uri === uri).at(-1)!;

  const lines = report.split('\n');
  let line = Math.floor(lines.length / 10);
  while (line < lines.length - 1 && !/[。；]$/.test(lines[line])) line++;
  const cursor = { line, character: lines[line].length };
  const diagnostics = settled.diagnostics as { range: { start: { line: number; character: number } } }[];
  const target = { ...(diagnostics.find((d) => d.range.start.line > line)?.range.start ?? { line: line + 1, character: 0 }) };

  const latencies = { hover: [] as number[], completion: [] as number[], codeAction: [] as number[] };
  const answered = { hover: 0, completion: 0, codeAction: 0 };
  const timed = async (kind: keyof typeof latencies, method: string, params: unknown) => {
    const sent = performance.now();
    const result = await client.request(method, params);
    latencies[kind].push(performance.now() - sent);
    if (Array.isArray(result) ? result.length : result) answered[kind]++;
  };
  const typed = [...'\n（一）抓好落实。'];
  let version = 1;
  let lastKeystroke = 0;
  for (let i = 0; i < keystrokes; i++) {
    const key = typed[i % typed.length];
    const at = { ...cursor };
    if (key === '\n') {
      cursor.line++;
      cursor.character = 0;
      target.line++;
    } else cursor.character++;
    version++;
    lastKeystroke = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: at, end: at }, text: key }] });
    await Promise.all([
      timed('completion', 'textDocument/completion', { textDocument: { uri }, position: { ...cursor } }),
      timed('hover', 'textDocument/hover', { textDocument: { uri }, position: { ...target } }),
      timed('codeAction', 'textDocument/codeAction', { textDocument: { uri }, range: { start: { ...target }, end: { ...target } }, context: { diagnostics: [] } }),
      new Promise((r) => setTimeout(r, intervalMs)),
    ]);
  }
  const final = await client.publish((p) => p.uri === uri && p.version === version, 600_000);
  const peak = peakRss(client.pid);
  await client.shutdown();
  return {
    firstDiagnosticsMs: first.at - opened,
    settledMs: settled.at - opened,
    keystrokes,
    hover: summary(latencies.hover),
    completion: summary(latencies.completion),
    codeAction: summary(latencies.codeAction),
    answered,
    afterTypingMs: final.at - lastKeystroke,
    peakRssBytes: peak,
  };
}

export interface LoadResults {
  documents: number;
  edits: number;
  /** Sending every edit, and then until every document has the diagnostics of its final version. */
  sentMs: number;
  settledMs: number;
  publishes: number;
  /** Heaps after a full garbage collection: main thread and analysis worker. */
  heap: Record<'start' | 'open' | 'closed', { main: number; worker: number }>;
}

/**
 * The load test's scenario (test/server/load.test.ts), measured: `documents` reports open at
 * once and `edits` rapid edits across them (debounce 100 ms), then all closed. The heaps are
 * taken once a tenth of the load has warmed the server up (segmenter loaded, code compiled),
 * with every document open and settled, and after closing them.
 */
export async function measureLoad(serverPath: string, reports: string[], { documents = 50, edits = 2_000 } = {}): Promise<LoadResults> {
  const client = new LspClient(serverPath, { debounceMs: 100 }, ['--expose-gc']);
  await client.initialize();
  const next = random(20261122);
  const insertions = ['XX', '（二）', '，', '一是', '×××', '。'];
  const texts = new Map<string, { text: string; version: number }>();
  const heap = async () => {
    const stats = (await client.request('gongwen/serverStats', { collectGarbage: true, includeWorker: true })) as { heapUsed: number; workerHeapUsed: number };
    return { main: stats.heapUsed, worker: stats.workerHeapUsed };
  };
  const openAndEdit = (prefix: string, count: number, editCount: number): string[] => {
    const uris = Array.from({ length: count }, (_, i) => pathToFileURL(join(tmpdir(), 'gongwen-bench', `${prefix}-${i}.gongwen`)).href);
    uris.forEach((uri, i) => {
      const text = reports[i % reports.length];
      texts.set(uri, { text, version: 1 });
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text } });
    });
    for (let i = 0; i < editCount; i++) {
      const uri = uris[Math.floor(next() * uris.length)];
      const doc = texts.get(uri)!;
      const offset = Math.floor(next() * doc.text.length);
      const start = positionAt(doc.text, offset);
      const insert = next() < 0.7 ? insertions[Math.floor(next() * insertions.length)] : '';
      const remove = insert || offset >= doc.text.length || doc.text.charCodeAt(offset) === 10 ? 0 : 1;
      const end = remove ? { line: start.line, character: start.character + 1 } : start;
      doc.text = doc.text.slice(0, offset) + insert + doc.text.slice(offset + remove);
      doc.version++;
      client.notify('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ range: { start, end }, text: insert }] });
    }
    return uris;
  };
  const settleAll = async (uris: string[]) => {
    for (const uri of uris) await client.publish((p) => p.uri === uri && p.version === texts.get(uri)!.version, 600_000);
    await settle(client);
  };
  const closeAll = (uris: string[]) => {
    for (const uri of uris) client.notify('textDocument/didClose', { textDocument: { uri } });
  };

  const warmUp = openAndEdit('warm-up', documents / 10, edits / 10);
  await settleAll(warmUp);
  closeAll(warmUp);
  const start = await heap();
  const publishedBefore = client.published.length;
  const started = performance.now();
  const uris = openAndEdit('report', documents, edits);
  const sentMs = performance.now() - started;
  await settleAll(uris);
  const settledMs = performance.now() - started;
  const publishes = client.published.length - publishedBefore;
  const open = await heap();
  closeAll(uris);
  const closed = await heap();
  await client.shutdown();
  return { documents, edits, sentMs, settledMs, publishes, heap: { start, open, closed } };
}
