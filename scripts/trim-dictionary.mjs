// Writes data/jieba-main.dict.utf8: nodejieba's main dictionary cut to its most frequent words.
//
// The full dictionary (349k words) makes nodejieba take about a second to load and hold about
// 280 MB; the 50,000 most frequent words hold about 77 MB, load in about 0.1 s and gave the same
// repetition findings on the seed reports (docs/performance.md). The project's user dictionary
// (data/jieba-user.dict.utf8) is loaded on top, so domain terms stay whole whatever is cut here.
// Run it again (`npm run dictionary`) after upgrading nodejieba; the output is committed, and a
// test checks that it is what this script writes. An argument writes elsewhere instead.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WORDS = 50_000;
const require = createRequire(import.meta.url);
const source = join(dirname(require.resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8');
const lines = readFileSync(source, 'utf8').split('\n').filter(Boolean);
const frequency = (line) => Number(line.split(' ')[1]) || 0;
// The WORDS most frequent, ties broken by position; written in the source's order, so that a
// regenerated file diffs cleanly against the committed one.
const kept = new Set(
  lines
    .map((line, index) => ({ index, freq: frequency(line) }))
    .sort((a, b) => b.freq - a.freq || a.index - b.index)
    .slice(0, WORDS)
    .map((e) => e.index),
);
const out = process.argv[2] ?? fileURLToPath(new URL('../data/jieba-main.dict.utf8', import.meta.url));
writeFileSync(out, lines.filter((_, i) => kept.has(i)).join('\n') + '\n');
console.log(`${kept.size} of ${lines.length} words written to ${out}`);
