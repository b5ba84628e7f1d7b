// Where nodejieba's native module is missing (no compiler at install; the .vsix on Windows,
// macOS or Linux arm64) the segmentation falls back to jieba-js. A writer must get the same
// findings either way: every finding of every rule, repeated-phrase included (it is the rule
// that reads words and their tags), on every document of the seed and real corpora; and the
// same words and tags for every paragraph, which is what makes the findings agree.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, type Segmenter } from '../../server/src/engine';
import { createJiebaSegmenter } from '../../server/src/segmentation';

const shared = resolve(__dirname, '../../../shared/corpus');
const ownReal = resolve(__dirname, '../corpus/real');

function textFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f)) : [];
}

const documents = [
  ...textFiles(join(shared, 'seeds')),
  ...textFiles(join(shared, 'real', 'docs')),
  ...readdirSync(ownReal).flatMap((group) => textFiles(join(ownReal, group, 'docs'))),
].map((path) => ({ path, text: readFileSync(path, 'utf8') }));

const native = createJiebaSegmenter({ warn: () => {} });
native.cut('加载');
const fallback = createJiebaSegmenter({ native: false, warn: () => {} });
fallback.cut('加载');

if (!existsSync(shared)) console.warn(`segmentation equivalence: ${shared} is absent, so only test/corpus/real is compared`);
if (native.backend !== 'nodejieba') console.warn(`segmentation equivalence skipped: nodejieba is not installed here (backend ${native.backend}), nothing to compare jieba-js with`);

/** Every rule on, repeated-phrase too: the findings a writer could see with any configuration. */
const everyRule = { rules: { 'repeated-phrase': 'info' as const } };

function findings(text: string, segmenter: Segmenter) {
  const result = check(text, { ...everyRule, segmenter });
  expect(result.failures).toEqual([]);
  return result.findings;
}

describe.skipIf(native.backend !== 'nodejieba')('jieba-js, the fallback, against nodejieba', () => {
  it('is the fallback in use when nodejieba is not tried, and loads without a warning', () => {
    const warnings: string[] = [];
    const segmenter = createJiebaSegmenter({ native: false, warn: (m) => warnings.push(m.en) });
    segmenter.cut('加强学习');
    expect(segmenter.backend).toBe('jieba-js');
    expect(segmenter.name).toBe('jieba-js');
    expect(warnings).toEqual([]);
  });

  it(`gives every finding nodejieba gives, on the ${documents.length} seed and real documents`, () => {
    expect(documents.length).toBeGreaterThanOrEqual(existsSync(shared) ? 60 : 30);
    let compared = 0;
    for (const { path, text } of documents) {
      const expected = findings(text, native);
      expect({ path, findings: findings(text, fallback) }).toEqual({ path, findings: expected });
      compared += expected.length;
    }
    // The comparison means something only if the documents have findings, repeated phrases among them.
    expect(compared).toBeGreaterThan(100);
  });

  it('cuts and tags every paragraph of those documents as nodejieba does', () => {
    let paragraphs = 0;
    for (const { path, text } of documents) {
      for (const paragraph of text.split('\n').filter(Boolean)) {
        expect({ path, words: fallback.cut(paragraph) }).toEqual({ path, words: native.cut(paragraph) });
        expect({ path, tags: fallback.tag!(paragraph) }).toEqual({ path, tags: native.tag!(paragraph) });
        paragraphs++;
      }
    }
    expect(paragraphs).toBeGreaterThan(500);
  });

  it('cuts and tags mixed scripts, digits, separators and astral characters as nodejieba does', () => {
    const samples = [
      '2023年完成投资12.5亿元，同比增长3.2%。GDP达到1,234亿元',
      'XXXX年XX月，我单位按照“统分结合”原则，开展ABC-123项目',
      '一、\t总体情况\n（一）𠮷字与🙂表情，ａｂｃ全角字母１２３；',
      '四个意识两个维护学史明理我为群众办实事党史学习教育',
      '   ，。，。 ',
      'iPhone15 Pro和Windows11系统v2.0.1版本',
    ];
    for (const text of samples) {
      expect(fallback.cut(text)).toEqual(native.cut(text));
      expect(fallback.tag!(text)).toEqual(native.tag!(text));
      expect(fallback.cut(text).join('')).toBe(text);
    }
  });
});
