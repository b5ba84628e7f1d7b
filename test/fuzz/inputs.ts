// What the fuzz tests feed the engine: the seed reports (or the shipped samples where the corpus
// is absent), tokens that exercise every parser and rule path, and how many cases to run.

import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const SEEDS_DIR = resolve(ROOT, '../shared/corpus/seeds');
const SAMPLES_DIR = resolve(ROOT, 'samples');

/** Real reports: the seed corpus when present, else the samples shipped with the repository. */
export const REPORTS: { name: string; text: string }[] = (existsSync(SEEDS_DIR) ? [SEEDS_DIR] : [SAMPLES_DIR]).flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.(txt|md|gongwen)$/.test(f))
    .sort()
    .map((name) => ({ name, text: readFileSync(resolve(dir, name), 'utf8').replace(/^\ufeff/, '') })),
);

const REAL_DIRS = [
  ...(existsSync(resolve(ROOT, 'test/corpus/real')) ? readdirSync(resolve(ROOT, 'test/corpus/real')).map((d) => resolve(ROOT, 'test/corpus/real', d, 'docs')) : []),
  resolve(ROOT, '../shared/corpus/real/docs'),
];

/** Whole documents that offices wrote: the project's real corpus, and the shared one when present. */
export const REAL_DOCUMENTS: { name: string; text: string }[] = REAL_DIRS.filter((dir) => existsSync(dir)).flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(resolve(dir, name), 'utf8').replace(/^\ufeff/, '') })),
);

/**
 * `npm test` runs a bounded number of cases per property; `npm run fuzz` (GONGWEN_FUZZ=full)
 * runs the large count. Returns the count for this run.
 */
export function runs(bounded: number, full: number): number {
  return process.env.GONGWEN_FUZZ === 'full' ? full : bounded;
}

/** A fixed seed in `npm test`, so a failure there replays; a fresh one for each `npm run fuzz`. */
export function seed(): number | undefined {
  return process.env.GONGWEN_FUZZ === 'full' ? undefined : 20261122;
}

/** Pieces of reports: heading and list markers, placeholders, punctuation, directives, line breaks. */
export const TOKENS = [
  // headings, well and badly formed
  '一、', '二、', '三、', '十一、', '一.', '一，', '一 ', '（一）', '（二）', '(三)', '（一）、', '1.', '2．', '3、', '10.', '（1）', '(2)', '（3）、', '①', '②',
  // inline enumerations
  '一是', '二是', '三是', '第一，', '第二，', '首先，', '其次，', '最后，', '一是一、二是二',
  // placeholders and their look-alikes
  'XX', 'XXXX', 'x', 'X射线', 'APP', '5G', '3×4', '××', '×', '**', '＊＊', '○○', '二○二一年', '□□', '___', '＿＿', '某某', '某单位', '【】', '【待补充】', '[ ]', '（此处填写）', 'TODO', '待定', '有待', '2021年 月 日', '年月日', '〔待填〕',
  // formulas, canonical expressions, doubled characters
  '学史明理、学史增信、学史崇德、学史力行', '增强“四个意识”、坚定“四个自信”、做到“两个维护”', '习近平新时代中国特色社会主义思想', '习近平时代中国特色社会主义思想', '以习近平同志为核心的党中央', '习总书记', '《中国共产党简史》', '的的', '走深走实',
  // sections and set phrases
  '主要做法', '取得成效', '存在的问题', '下一步打算', '特此报告。', '现将有关情况报告如下：', '妥否，请批示。',
  // punctuation, paired marks, half-width marks between Chinese
  '。', '，', '、', '；', '：', '“', '”', '《', '》', '（', '）', ',', ';', ':', '(', ')', '！', '？', '……', '——',
  // Markdown and text furniture
  '# ', '## ', '**加粗**', '`代码`', '```\n', '<!-- 注释 -->', 'https://example.com/a_b', '- [ ] ', '> ', '---',
  // suppression directives
  '<!-- gongwen-disable -->', '<!-- gongwen-enable -->', '<!-- gongwen-disable-next-line placeholder -->', '<!-- gongwen-disable-line -->', '〔gongwen-disable placeholder-letters〕', '〔gongwen-enable〕',
  // whitespace and line breaks
  '\n', '\n', '\n\n', '\r\n', '\r', '\u3000\u3000', '\u00a0', ' ', '\t', '\ufeff', '\u2028',
  // plain words
  '工作', '加强', '党史学习教育', '组织领导', '群众', '办实事', '内容', '中',
];

/** Reports made of random tokens. */
export const tokenText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((parts) => parts.join(''));

/** Any UTF-16 text, lone surrogates included. */
export const anyUnicode = fc.string({ unit: 'binary', maxLength: 400 });

/** Random bytes read as UTF-8, as a file of unknown encoding would be. */
export const bytesAsUtf8 = fc.uint8Array({ maxLength: 600 }).map((bytes) => new TextDecoder('utf-8').decode(bytes));

export const format = fc.constantFrom<'plaintext' | 'markdown'>('plaintext', 'markdown');

/** An edit of a text, as positions relative to its length (so it applies to any text). */
export const editArbitrary = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 12 }),
  insert: fc.oneof(fc.constantFrom(...TOKENS), fc.constant(''), fc.string({ unit: 'grapheme', maxLength: 3 })),
});

export type RandomEdit = { at: number; remove: number; insert: string };

export function applyRandomEdit(text: string, edit: RandomEdit): string {
  const at = Math.min(text.length, Math.floor(edit.at * (text.length + 1)));
  return text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + edit.remove));
}
