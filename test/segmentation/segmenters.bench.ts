// Word segmentation, nodejieba against jieba-js and the Intl last resort: `npx vitest bench --run test/segmentation`.
// Measured on the seed reports (74 KB) and on them repeated to about 1 MB; the repetition rules
// end to end with each segmenter on the seeds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bench, describe } from 'vitest';
import { check, type Segmenter } from '../../server/src/engine';
import { repetitionRules } from '../../server/src/engine/rules/repetition';
import { createJiebaSegmenter, intlSegmenter } from '../../server/src/segmentation';

const seeds = resolve(__dirname, '../../../shared/corpus/seeds');
const texts = existsSync(seeds) ? readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seeds, f), 'utf8')) : ['开展党史学习教育，增强“四个意识”。\n'];
const seedText = texts.join('\n');
const megabyte = seedText.repeat(Math.ceil(1_000_000 / Buffer.byteLength(seedText)));

const jieba = createJiebaSegmenter();
const loadStart = performance.now();
jieba.cut('预热');
console.log(`nodejieba: loaded in ${(performance.now() - loadStart).toFixed(0)} ms (backend ${jieba.backend})`);
const jiebaJs = createJiebaSegmenter({ native: false });
const jsLoadStart = performance.now();
jiebaJs.cut('预热');
console.log(`jieba-js: loaded in ${(performance.now() - jsLoadStart).toFixed(0)} ms`);

const cutByLine = (segmenter: Segmenter, text: string) => {
  for (const line of text.split('\n')) segmenter.cut(line);
};

describe(`cut the seeds (${(Buffer.byteLength(seedText) / 1024).toFixed(0)} KB), line by line`, () => {
  bench('nodejieba', () => cutByLine(jieba, seedText));
  bench('jieba-js', () => cutByLine(jiebaJs, seedText));
  bench('Intl.Segmenter', () => cutByLine(intlSegmenter, seedText));
});

describe(`cut ${(Buffer.byteLength(megabyte) / 1e6).toFixed(1)} MB, line by line`, () => {
  bench('nodejieba', () => cutByLine(jieba, megabyte), { iterations: 3, time: 0 });
  bench('jieba-js', () => cutByLine(jiebaJs, megabyte), { iterations: 3, time: 0 });
  bench('Intl.Segmenter', () => cutByLine(intlSegmenter, megabyte), { iterations: 3, time: 0 });
});

describe('the repetition rules on the seeds', () => {
  bench('with nodejieba', () => {
    for (const text of texts) check(text, { ruleSet: repetitionRules, segmenter: jieba });
  });
  bench('with jieba-js', () => {
    for (const text of texts) check(text, { ruleSet: repetitionRules, segmenter: jiebaJs });
  });
  bench('with the Intl fallback', () => {
    for (const text of texts) check(text, { ruleSet: repetitionRules, segmenter: intlSegmenter });
  });
});
