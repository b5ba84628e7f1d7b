// `npm run bench`: Gongwen against the floor and against textlint on the seed reports, the
// language server over stdio, and the word segmenters. Prints the tables and writes them into
// docs/performance.md (between the bench markers; the text around them is written by hand).
// Not part of `npm test`: speed is measured here, never asserted in tests.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { allRules, check, parse, type Segmenter } from '../server/src/engine';
import { cachedSegmenter } from '../server/src/engine/segmenter-cache';
import { createJiebaSegmenter, getSegmenter, intlSegmenter } from '../server/src/segmentation';
import { corpusDocuments, divergence, type Divergence } from './equivalence';
import { measureConfigs, renderConfigRows, type ConfigRow } from './config';
import { fmtBytes, fmtMs, fmtRatio, percentile, time } from './measure';
import { measureFixes } from './fix';
import { measureLoad, measureServer, measureTyping, type LatencySummary, type LoadResults, type ServerResults, type TypingResults } from './server';
import { createTextlint } from './textlint';

const ROOT = resolve(__dirname, '..');
const CACHE = join(ROOT, '.cache', 'bench');
const SEEDS_DIR = resolve(ROOT, '../shared/corpus/seeds');
const SAMPLES_DIR = join(ROOT, 'samples');
const DOC = join(ROOT, 'docs', 'performance.md');
/**
 * textlint's no-unmatched-pair rule is quadratic: past this, larger inputs are not run (on
 * 2026-11-22 the 5 MB input took 480 s, after 20.7 s on 1 MB).
 */
const TEXTLINT_GIVE_UP_MS = 10_000;

interface Input {
  name: string;
  text: string;
  path: string;
  bytes: number;
}

function loadInputs(): Input[] {
  const dir = existsSync(SEEDS_DIR) ? SEEDS_DIR : SAMPLES_DIR;
  mkdirSync(CACHE, { recursive: true });
  const save = (name: string, text: string): Input => {
    const path = join(CACHE, name.replace(/[^\w.-]+/g, '_') + '.txt');
    writeFileSync(path, text);
    return { name, text, path, bytes: Buffer.byteLength(text) };
  };
  const seeds = readdirSync(dir)
    .filter((f) => /\.(txt|gongwen)$/.test(f))
    .sort()
    .map((f) => save(f.replace(/\.\w+$/, ''), readFileSync(join(dir, f), 'utf8').replace(/^\ufeff/, '')));
  const all = seeds.map((s) => s.text).join('\n');
  const grow = (bytes: number) => {
    let text = all;
    while (Buffer.byteLength(text) < bytes) text += '\n' + all;
    return text;
  };
  return [...seeds, save(`all ${seeds.length} concatenated`, all), save('1 MB', grow(1 << 20)), save('5 MB', grow(5 << 20))];
}

/** The floor: what any tool pays to look at the text at all. */
function floor(path: string): number {
  const text = readFileSync(path, 'utf8');
  const lines = text.split(/\r?\n/);
  let hits = 0;
  for (const _ of text.matchAll(/[XＸ×]{2,}|某某/g)) hits++;
  return lines.length + hits;
}

interface Row {
  input: Input;
  measure: string;
  ms?: number;
  note?: string;
}

async function main(): Promise<void> {
  const started = Date.now();
  const log = (s: string) => process.stderr.write(s + '\n');
  const inputs = loadInputs();
  const segmenter = getSegmenter();
  segmenter.cut('党史学习教育');
  const textlint = await createTextlint();
  log(`inputs: ${inputs.map((i) => `${i.name} (${fmtBytes(i.bytes)})`).join(', ')}`);

  const rows: Row[] = [];
  let textlintGaveUp: number | undefined;
  for (const input of inputs) {
    const measures: [string, () => unknown][] = [
      ['floor (read, split lines, one regex pass)', () => floor(input.path)],
      ['Gongwen parse', () => parse(input.text)],
      [`Gongwen full check (${segmenter.name})`, () => check(input.text, { segmenter })],
      ['Gongwen full check (Intl.Segmenter)', () => check(input.text)],
    ];
    for (const [measure, work] of measures) {
      const t = await time(work);
      rows.push({ input, measure, ms: t.medianMs });
      log(`${input.name}: ${measure}: ${fmtMs(t.medianMs)} (${t.runs} runs)`);
    }
    if (textlintGaveUp === undefined) {
      const t = await time(() => textlint.lint(input.text), { slowMs: 3_000, budgetMs: 3_000 });
      rows.push({ input, measure: 'textlint (4 rules)', ms: t.medianMs });
      log(`${input.name}: textlint: ${fmtMs(t.medianMs)} (${t.runs} runs)`);
      if (t.medianMs > TEXTLINT_GIVE_UP_MS) textlintGaveUp = t.medianMs;
    } else rows.push({ input, measure: 'textlint (4 rules)', note: `not run: ${fmtMs(textlintGaveUp)} on the previous size, growing quadratically` });
  }

  const concatenated = inputs.find((i) => i.name.startsWith('all'))!;
  log('rule by rule…');
  const parseMs = (await time(() => parse(concatenated.text))).medianMs;
  const perRule: { rule: string; ms: number }[] = [];
  for (const rule of allRules) {
    const t = await time(() => check(concatenated.text, { segmenter, ruleSet: [rule] }), { minRuns: 5, budgetMs: 300 });
    perRule.push({ rule: rule.id, ms: Math.max(0, t.medianMs - parseMs) });
  }
  perRule.sort((a, b) => b.ms - a.ms);

  log('configurations (bench/config.ts)…');
  const smallest = inputs.reduce((a, b) => (b.bytes < a.bytes ? b : a));
  const configs = await measureConfigs([smallest, concatenated], segmenter);

  const twentyKb = inputs.filter((i) => i.bytes < 64 << 10).sort((a, b) => Math.abs(a.bytes - 20_480) - Math.abs(b.bytes - 20_480))[0];
  log('re-checks after one-character edits…');
  const edits = [
    { label: `nodejieba`, ...recheckAfterEdits(twentyKb.text, segmenter) },
    { label: `nodejieba behind cachedSegmenter (engine/segmenter-cache.ts)`, ...recheckAfterEdits(twentyKb.text, cachedSegmenter(segmenter)) },
  ];

  const childJs = await buildChild();
  const child = (...args: string[]) => {
    const r = spawnSync(process.execPath, [childJs, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.status !== 0) throw new Error(`child ${args[0]} failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
  };
  const concat = inputs.find((i) => i.name.startsWith('all'))!;
  const mb1 = inputs.find((i) => i.name === '1 MB')!;
  log('memory and segmenters (one process each)…');
  const memory = {
    parseOnly: child('engine', 'none', concat.path),
    intl: child('engine', 'intl', concat.path),
    jieba: child('engine', 'jieba', concat.path),
    jiebaJs: child('engine', 'jieba-js', concat.path),
  };
  const dictionaries = comparedDictionaries();
  const segmenters = {
    intl: child('segmenter', 'intl', concat.path, mb1.path),
    jieba: child('segmenter', 'jieba', concat.path, mb1.path),
    jiebaJs: child('segmenter', 'jieba-js', concat.path, mb1.path),
    ...Object.fromEntries(dictionaries.map((t) => [t.label, child('jieba-dict', t.dict, t.idf, concat.path, mb1.path)])),
  };
  // The reports the dictionaries are compared on: the seeds, and the project's own samples.
  const reportPaths = [...inputs.filter((i) => i !== concat && !/MB$/.test(i.name)).map((i) => i.path), ...ownReports()];
  const repetitionFull: string[] = child('repetition', 'full', 'full', ...reportPaths).findings;
  const repetitionTrimmed = [SHIPPED_DICTIONARY, ...dictionaries.slice(1)].map((t) => ({ label: t.label, findings: child('repetition', t.dict, t.idf, ...reportPaths).findings as string[] }));

  log('fallback segmenters against nodejieba on the corpora…');
  const corpus = corpusDocuments(ROOT);
  const fallbacks = [
    divergence('jieba-js (server/src/segmentation/jieba-js.ts), the fallback', segmenter, createJiebaSegmenter({ native: false }), corpus),
    divergence('Intl.Segmenter, the last resort (the fallback before jieba-js)', segmenter, intlSegmenter, corpus),
  ];

  let server: (ServerResults & { report?: string }) | undefined;
  const typing: (TypingResults & { input: string })[] = [];
  let load: LoadResults | undefined;
  const serverPath = join(ROOT, 'dist', 'server.js');
  if (existsSync(serverPath)) {
    log('language server over stdio…');
    server = await measureServer(serverPath, twentyKb.text);
    server.report = `${twentyKb.name} (${fmtBytes(twentyKb.bytes)})`;
    for (const input of inputs.filter((i) => /MB$/.test(i.name))) {
      log(`language server, typing in ${input.name}…`);
      typing.push({ input: `${input.name} (${fmtBytes(input.bytes)})`, ...(await measureTyping(serverPath, input.text)) });
    }
    log('language server under load…');
    load = await measureLoad(serverPath, inputs.filter((i) => i !== concat && !/MB$/.test(i.name)).map((i) => i.text));
  } else log('dist/server.js not found: no server measurements');

  log('fixing at scale…');
  const fixing = await measureFixes(segmenter);
  log('Word documents (bench/docx.ts, bench/layout.ts, bench/docx-annotate.ts)…');
  const wordDocuments = WORD_DOCUMENT_BENCHES.map((b) => ({ ...b, output: runWordDocumentBench(b.script) }));
  const markdown = render({ wordDocuments, rows, inputs, perRule, parseMs, configs, edits, editedReport: `${twentyKb.name} (${fmtBytes(twentyKb.bytes)})`, memory, segmenters, fallbacks, corpusDocuments: corpus.length, repetitionFull, repetitionTrimmed, reports: reportPaths.length, server, typing, load, fixing, minutes: (Date.now() - started) / 60_000 });
  process.stdout.write(markdown + '\n');
  writeDoc(markdown);
  log(`written to ${DOC}`);
}

/** The engine's full check after each of 200 one-character edits (as the server runs it, minus the protocol). */
function recheckAfterEdits(report: string, segmenter: Segmenter): { p50: number; p95: number } {
  let text = report;
  check(text, { segmenter });
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const at = (i * 7919) % text.length;
    text = i % 2 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + '的' + text.slice(at);
    const t = performance.now();
    check(text, { segmenter });
    times.push(performance.now() - t);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function buildChild(): Promise<string> {
  const outfile = join(CACHE, 'child.js');
  await build({ entryPoints: [join(__dirname, 'child.ts')], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['nodejieba'], logLevel: 'warning' });
  return outfile;
}

interface Dictionary {
  label: string;
  dict: string;
  idf: string;
}

const SHIPPED_DICTIONARY: Dictionary = {
  label: 'top 50,000 words, one-line IDF (as shipped: data/jieba-main.dict.utf8)',
  dict: join(ROOT, 'data', 'jieba-main.dict.utf8'),
  idf: join(ROOT, 'data', 'jieba-idf.utf8'),
};

/** nodejieba's own dictionaries, and main dictionaries of other sizes (the user dictionary is always loaded too). */
function comparedDictionaries(): Dictionary[] {
  const root = resolve(ROOT, 'node_modules', 'nodejieba', 'submodules', 'cppjieba', 'dict');
  const entries = readFileSync(join(root, 'jieba.dict.utf8'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => ({ line, freq: Number(line.split(' ')[1]) || 0 }))
    .sort((a, b) => b.freq - a.freq);
  const oneLineIdf = SHIPPED_DICTIONARY.idf;
  const top20k = join(CACHE, 'jieba.top20000.dict.utf8');
  writeFileSync(top20k, entries.slice(0, 20_000).map((e) => e.line).join('\n') + '\n');
  return [
    { label: `nodejieba's own: full dictionary (${entries.length.toLocaleString('en')} words) and IDF`, dict: 'full', idf: 'full' },
    { label: 'full dictionary, one-line IDF', dict: 'full', idf: oneLineIdf },
    { label: 'top 20,000 words, one-line IDF', dict: top20k, idf: oneLineIdf },
  ];
}

/** The project's own sample reports and test fixtures in UTF-8. */
function ownReports(): string[] {
  const dirs = [SAMPLES_DIR, join(ROOT, 'test', 'fixtures')];
  return dirs.flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => /\.(txt|md|gongwen)$/.test(f) && !f.startsWith('gbk'))
          .map((f) => join(dir, f))
      : [],
  );
}

function machine(): string {
  const model = cpus()[0]?.model ?? 'unknown CPU';
  let os: string = process.platform;
  try {
    os = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os;
  } catch {
    // Not Linux: the platform name will do.
  }
  const nproc = (() => {
    try {
      return execFileSync('nproc', { encoding: 'utf8' }).trim();
    } catch {
      return String(cpus().length);
    }
  })();
  // Other work on the machine skews every time below: say how busy it was.
  const load = loadavg().map((l) => l.toFixed(1)).join(' / ');
  return `${nproc} cores (nproc), ${model}, ${fmtBytes(totalmem())} RAM, ${os}, Node ${process.version}; load average ${load} (1/5/15 min) when the run ended`;
}

/** The .docx benchmarks, each a script of its own (a process each, so that its peak RSS is its own). */
const WORD_DOCUMENT_BENCHES = [
  { script: 'bench/docx.ts', title: 'Reading a .docx (readDocx) on the largest made document, and on it with its body repeated' },
  { script: 'bench/layout.ts', title: 'Layout facts (readLayout) and the layout rules on the same documents' },
  { script: 'bench/docx-annotate.ts', title: 'Writing the annotated copy (annotateDocx)' },
];

function runWordDocumentBench(script: string): string {
  const run = spawnSync('npx', ['tsx', script], { cwd: resolve(__dirname, '..'), encoding: 'utf8', maxBuffer: 16 << 20 });
  return run.status === 0 ? run.stdout.trim() : `failed (exit ${run.status}): ${run.stderr.trim().split('\n')[0]}`;
}

interface Report {
  wordDocuments: { title: string; script: string; output: string }[];
  rows: Row[];
  inputs: Input[];
  edits: { label: string; p50: number; p95: number }[];
  editedReport: string;
  perRule: { rule: string; ms: number }[];
  parseMs: number;
  configs: ConfigRow[];
  memory: Record<string, { peakRss: number; ms: number; findings: number }>;
  segmenters: Record<string, { loadMs: number; rssAfterLoad: number; peakRss: number; throughput: Record<string, number> }>;
  fallbacks: Divergence[];
  corpusDocuments: number;
  repetitionFull: string[];
  repetitionTrimmed: { label: string; findings: string[] }[];
  reports: number;
  server?: ServerResults & { report?: string };
  typing: (TypingResults & { input: string })[];
  load?: LoadResults;
  /** The fixing-at-scale section, rendered by bench/fix.ts. */
  fixing: string;
  minutes: number;
}

function render(r: Report): string {
  const out: string[] = [];
  out.push(`Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}; the run took ${r.minutes.toFixed(1)} minutes.`, '');
  out.push('### Checking text in-process (warm, median)', '');
  out.push('| input | size | measure | median | × floor | × textlint |', '| --- | ---: | --- | ---: | ---: | ---: |');
  for (const input of r.inputs) {
    const of = (measure: string) => r.rows.find((x) => x.input === input && x.measure.startsWith(measure))?.ms;
    const floorMs = of('floor');
    const textlintMs = of('textlint');
    for (const row of r.rows.filter((x) => x.input === input)) {
      const cells = row.ms === undefined ? [row.note ?? '', '', ''] : [fmtMs(row.ms), floorMs ? fmtRatio(row.ms / floorMs) : '', textlintMs ? fmtRatio(row.ms / textlintMs) : '—'];
      out.push(`| ${input.name} | ${fmtBytes(input.bytes)} | ${row.measure} | ${cells.join(' | ')} |`);
    }
  }
  out.push('');
  const perMb = r.inputs
    .filter((i) => i.bytes > 60_000)
    .map((i) => {
      const ms = r.rows.find((x) => x.input === i && x.measure.startsWith('Gongwen full check (nodejieba)'))?.ms ?? r.rows.find((x) => x.input === i && x.measure.startsWith('Gongwen full check'))?.ms;
      return ms === undefined ? '' : `${i.name}: ${fmtMs(ms / (i.bytes / (1 << 20)))} per MB`;
    })
    .filter(Boolean);
  out.push(`Full check time per MB (linear in size when these agree): ${perMb.join('; ')}.`, '');

  out.push(r.fixing);

  const concatInput = r.inputs.find((i) => i.name.startsWith('all'))!;
  const rulesTotal = r.perRule.reduce((n, x) => n + x.ms, 0);
  out.push(`### Where a full check of the ${fmtBytes(concatInput.bytes)} set spends its time (each rule run alone, parse subtracted; nodejieba)`, '');
  out.push(`Parse: ${fmtMs(r.parseMs)}. Rules: ${fmtMs(rulesTotal)} in all; the ten slowest:`, '');
  out.push('| rule | median | share of the rules |', '| --- | ---: | ---: |');
  for (const x of r.perRule.slice(0, 10)) out.push(`| ${x.rule} | ${fmtMs(x.ms)} | ${((100 * x.ms) / Math.max(rulesTotal, 0.001)).toFixed(0)} % |`);
  out.push('');

  out.push('### What a configuration can cost (bench/config.ts)', '');
  out.push('Each adversarial configuration of issue 11, and one with every list at its cap and every pattern as costly as allowed, read once and then checked with, against the default check of the same report (nodejieba):', '');
  out.push(renderConfigRows(r.configs), '');

  out.push(`### The engine re-checking ${r.editedReport} after each of 200 one-character edits (in-process)`, '');
  out.push('| segmentation | p50 | p95 |', '| --- | ---: | ---: |');
  for (const e of r.edits) out.push(`| ${e.label} | ${fmtMs(e.p50)} | ${fmtMs(e.p95)} |`);
  out.push('');

  if (r.server) {
    const s = r.server;
    out.push(`### The language server over stdio (dist/server.js, report ${s.report})`, '');
    out.push('| measure | value |', '| --- | ---: |');
    out.push(`| cold start to first diagnostics (median of ${s.coldRuns}) | ${fmtMs(s.firstDiagnosticsMs)} |`);
    out.push(`| cold start to the last diagnostics, once the server has nothing left to do | ${fmtMs(s.allDiagnosticsMs)} |`);
    out.push(`| didChange → publishDiagnostics, p50 over ${s.edits} one-character edits (debounce 0) | ${fmtMs(s.editP50Ms)} |`);
    out.push(`| didChange → publishDiagnostics, p95 | ${fmtMs(s.editP95Ms)} |`);
    out.push(`| didChange → publishDiagnostics, slowest | ${fmtMs(s.editMaxMs)} |`);
    out.push(`| peak RSS up to the first diagnostics | ${s.peakRssAtFirstBytes ? fmtBytes(s.peakRssAtFirstBytes) : 'n/a'} |`);
    out.push(`| peak RSS over the edit session | ${s.peakRssBytes ? fmtBytes(s.peakRssBytes) : 'n/a'} |`, '');
  } else out.push('### The language server', '', 'Not measured: dist/server.js was not built.', '');

  if (r.typing.length) {
    const t0 = r.typing[0];
    out.push(`### The language server while a writer types in a large document (${t0.keystrokes} keystrokes, one every 100 ms, default debounce)`, '');
    out.push(
      'Each keystroke is followed at once by a completion at the cursor and a hover and a code action on a diagnostic further down, before the server has checked that version. A code action is answered with nothing until its version is checked on documents over 200,000 characters; completion likewise where a heading was typed above the cursor since the last check ("answered" counts the non-empty answers).',
      '',
    );
    const lat = (l: LatencySummary) => `${fmtMs(l.p50Ms)} / ${fmtMs(l.p95Ms)} / ${fmtMs(l.maxMs)}`;
    out.push('| document | open → first diagnostics | open → settled | hover p50 / p95 / max | completion p50 / p95 / max | code action p50 / p95 / max | answered (hover, completion, code action) | last keystroke → its diagnostics | peak RSS |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const t of r.typing) {
      out.push(`| ${t.input} | ${fmtMs(t.firstDiagnosticsMs)} | ${fmtMs(t.settledMs)} | ${lat(t.hover)} | ${lat(t.completion)} | ${lat(t.codeAction)} | ${t.answered.hover}, ${t.answered.completion}, ${t.answered.codeAction} of ${t.keystrokes} | ${fmtMs(t.afterTypingMs)} | ${t.peakRssBytes ? fmtBytes(t.peakRssBytes) : 'n/a'} |`);
    }
    out.push('');
  }
  if (r.load) {
    const l = r.load;
    const h = (x: { main: number; worker: number }) => `${fmtBytes(x.main)} + ${fmtBytes(x.worker)}`;
    out.push(`### The language server under load (${l.documents} reports open, ${l.edits} rapid edits across them, debounce 100 ms)`, '');
    out.push('| measure | value |', '| --- | ---: |');
    out.push(`| all edits sent | ${fmtMs(l.sentMs)} |`);
    out.push(`| until every report has the diagnostics of its final version | ${fmtMs(l.settledMs)} |`);
    out.push(`| publishDiagnostics sent | ${l.publishes} |`);
    out.push(`| heap (main thread + analysis worker) after warming up | ${h(l.heap.start)} |`);
    out.push(`| heap with the ${l.documents} reports open | ${h(l.heap.open)} |`);
    out.push(`| heap after closing them | ${h(l.heap.closed)} |`, '');
  }

  const concat = r.inputs.find((i) => i.name.startsWith('all'))!;
  out.push(`### Memory of one check of the ${fmtBytes(concat.bytes)} set (a process of its own)`, '');
  out.push('| segmentation | peak RSS | check time (mean of the first 3, code not yet warm) | findings |', '| --- | ---: | ---: | ---: |');
  const memLabels: Record<string, string> = { parseOnly: 'none given (rules fall back to Intl.Segmenter)', intl: 'Intl.Segmenter, passed in', jieba: 'nodejieba (shipped dictionaries)', jiebaJs: 'jieba-js (the same dictionaries)' };
  for (const [k, v] of Object.entries(r.memory)) out.push(`| ${memLabels[k] ?? k} | ${fmtBytes(v.peakRss)} | ${fmtMs(v.ms)} | ${v.findings} |`);
  out.push('');

  out.push('### Word segmenters (a process each; MB/s cutting line by line)', '');
  const mb1 = r.inputs.find((i) => i.name === '1 MB')!;
  out.push(`| segmenter | load to first result | RSS after load | peak RSS | MB/s on ${fmtBytes(concat.bytes)} | MB/s on ${fmtBytes(mb1.bytes)} |`, '| --- | ---: | ---: | ---: | ---: | ---: |');
  const segLabels: Record<string, string> = { intl: 'Intl.Segmenter (with the known-terms merge)', jieba: `nodejieba, ${SHIPPED_DICTIONARY.label}`, jiebaJs: `jieba-js, ${SHIPPED_DICTIONARY.label}` };
  for (const [k, v] of Object.entries(r.segmenters)) {
    out.push(`| ${segLabels[k] ?? `nodejieba, ${k}`} | ${fmtMs(v.loadMs)} | ${fmtBytes(v.rssAfterLoad)} | ${fmtBytes(v.peakRss)} | ${(v.throughput[concat.path] ?? 0).toFixed(1)} | ${(v.throughput[mb1.path] ?? 0).toFixed(1)} |`);
  }
  out.push('');

  out.push(`### The fallbacks against nodejieba on ${r.corpusDocuments} documents (the seeds, the shared and the project's real corpora)`, '');
  out.push('Paragraphs cut or tagged differently, and findings with every rule on (repeated-phrase too) that one gives and the other not:', '');
  out.push('| segmenter | paragraphs | cut differently | tagged differently | findings (nodejieba) | findings that differ | documents with a difference |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const f of r.fallbacks) out.push(`| ${f.label} | ${f.paragraphs} | ${f.cutDiffers} | ${f.tagDiffers ?? 'no tags'} | ${f.findings} | ${f.findingsDiffer} | ${f.documentsDiffer} |`);
  out.push('');

  out.push(`### Trimmed main dictionaries: repetition findings on ${r.reports} reports (the seeds and the project's samples)`, '');
  out.push(`With nodejieba's own dictionaries the repetition rules report ${r.repetitionFull.length} findings on them.`, '');
  out.push('| main dictionary | findings | lost | gained |', '| --- | ---: | ---: | ---: |');
  for (const t of r.repetitionTrimmed) {
    const full = new Set(r.repetitionFull);
    const mine = new Set(t.findings);
    const lost = r.repetitionFull.filter((f) => !mine.has(f));
    const gained = t.findings.filter((f) => !full.has(f));
    out.push(`| ${t.label} | ${t.findings.length} | ${lost.length}${lost.length ? ` (${lost.slice(0, 3).join('; ')}${lost.length > 3 ? ' …' : ''})` : ''} | ${gained.length}${gained.length ? ` (${gained.slice(0, 3).join('; ')}${gained.length > 3 ? ' …' : ''})` : ''} |`);
  }
  for (const w of r.wordDocuments) out.push('', `### ${w.title} (\`npx tsx ${w.script}\`)`, '', '```', w.output, '```');
  return out.join('\n');
}

const START = '<!-- bench:start (written by npm run bench) -->';
const END = '<!-- bench:end -->';

function writeDoc(markdown: string): void {
  const block = `${START}\n${markdown}\n${END}`;
  const current = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '';
  const at = current.indexOf(START);
  const end = current.indexOf(END);
  const next =
    at >= 0 && end > at
      ? current.slice(0, at) + block + current.slice(end + END.length)
      : `# Performance\n\nWhat \`npm run bench\` measured. The text outside the markers is written by hand.\n\n## Measurements\n\n${block}\n`;
  writeFileSync(DOC, next);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
