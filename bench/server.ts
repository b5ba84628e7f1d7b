// The language server over stdio, as an editor drives it: cold start to first diagnostics, and
// the time from a one-character didChange to the publishDiagnostics for that version.

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp';
import { median, peakRss, percentile } from './measure';

export interface ServerResults {
  /** Spawn to the first publishDiagnostics of the opened document (the rules that need no words). */
  firstDiagnosticsMs: number;
  /** Spawn to the diagnostics of every rule (word segmentation loaded). */
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
