// Measurements that need a process of their own (memory, load time): bundled by bench/run.ts
// into .cache/bench/child.js and run with plain node, one process per measurement, so that
// nothing else loaded (textlint, the other segmenter) counts towards its memory.
//
//   node child.js engine none|intl|jieba|jieba-js FILE      peak RSS of checking FILE
//   node child.js segmenter intl|jieba|jieba-js FILE...     load time, RSS after load, MB/s
//   node child.js jieba-dict DICT IDF FILE...            the same with another main dictionary and IDF
//   node child.js repetition full|DICT IDF FILE...       repetition findings on the files

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { check, type Segmenter } from '../server/src/engine';
import { intlSegmenter } from '../server/src/engine/segmenter-intl';
import { createJiebaSegmenter } from '../server/src/segmentation';
import { peakRss } from './measure';

const [mode, ...args] = process.argv.slice(2);
const rss = () => process.memoryUsage().rss;
const out = (result: object) => process.stdout.write(JSON.stringify(result) + '\n');

interface JiebaBinding {
  load(dict: string, hmm: string, user: string, idf: string, stop: string): boolean;
  cut(text: string): string[];
}

/** nodejieba's native binding loaded with the given main dictionary and IDF file (and the project's user dictionary). */
function jiebaWith(dict: string, idf: string): Segmenter {
  const nodeRequire = createRequire(__filename);
  const root = dirname(nodeRequire.resolve('nodejieba/package.json'));
  const binding = nodeRequire(join(root, 'build', 'Release', 'nodejieba.node')) as JiebaBinding;
  const dictDir = join(root, 'submodules', 'cppjieba', 'dict');
  const user = join(__dirname, '..', '..', 'data', 'jieba-user.dict.utf8');
  binding.load(dict === 'full' ? join(dictDir, 'jieba.dict.utf8') : dict, join(dictDir, 'hmm_model.utf8'), user, idf === 'full' ? join(dictDir, 'idf.utf8') : idf, join(dictDir, 'stop_words.utf8'));
  return { name: 'nodejieba', cut: (text) => binding.cut(text) };
}

function loadSegmenter(kind: string): Segmenter {
  if (kind === 'intl') return intlSegmenter;
  if (kind === 'jieba') return createJiebaSegmenter({ warn: () => undefined });
  if (kind === 'jieba-js') return createJiebaSegmenter({ native: false, warn: () => undefined });
  throw new Error(`unknown segmenter ${kind}`);
}

/** Load time (to the first result), RSS after load, and throughput cutting the files line by line. */
function measureSegmenter(segmenter: () => Segmenter, files: string[]) {
  const before = rss();
  const t = performance.now();
  const s = segmenter();
  s.cut('党史学习教育');
  const loadMs = performance.now() - t;
  const rssAfterLoad = rss();
  const throughput: Record<string, number> = {};
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    const bytes = lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
    const start = performance.now();
    for (const line of lines) if (line) s.cut(line);
    throughput[file] = bytes / (1 << 20) / ((performance.now() - start) / 1000);
  }
  out({ loadMs, rssBefore: before, rssAfterLoad, peakRss: peakRss(), throughput });
}

switch (mode) {
  case 'engine': {
    const [kind, file] = args;
    const text = readFileSync(file, 'utf8');
    const segmenter = kind === 'none' ? undefined : loadSegmenter(kind);
    segmenter?.cut('党史学习教育');
    const t = performance.now();
    let findings = 0;
    for (let i = 0; i < 3; i++) findings = check(text, { segmenter }).findings.length;
    out({ findings, ms: (performance.now() - t) / 3, rss: rss(), peakRss: peakRss() });
    break;
  }
  case 'segmenter':
    measureSegmenter(() => loadSegmenter(args[0]), args.slice(1));
    break;
  case 'jieba-dict':
    measureSegmenter(() => jiebaWith(args[0], args[1]), args.slice(2));
    break;
  case 'repetition': {
    const [dict, idf, ...files] = args;
    const segmenter = jiebaWith(dict, idf);
    const found: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
      const result = check(text, { segmenter });
      for (const f of result.findings) {
        if (f.category !== 'repetition') continue;
        const at = result.model.lines.positionAt(f.span.start);
        found.push(`${file.split('/').pop()}:${at.line + 1}:${at.character + 1} ${f.rule} ${text.slice(f.span.start, f.span.end)}`);
      }
    }
    out({ findings: found, peakRss: peakRss() });
    break;
  }
  default:
    process.stderr.write(`unknown mode ${mode}\n`);
    process.exitCode = 2;
}
