import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIntlSegmenter, intlSegmenter, keepTermsWhole, KnownTerms, SHIPPED_TERMS, wordSpans } from '../../server/src/engine/segmenter-intl';

const seeds = resolve(__dirname, '../../../shared/corpus/seeds');
const seedTexts = (() => {
  try {
    return readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seeds, f), 'utf8'));
  } catch {
    return [];
  }
})();

describe('the Intl fallback segmenter', () => {
  it('keeps the political and administrative terms whole', () => {
    const words = intlSegmenter.cut('增强“四个意识”、做到“两个维护”，学史明理，开展“我为群众办实事”，深化党史学习教育，学习习近平新时代中国特色社会主义思想');
    for (const term of ['四个意识', '两个维护', '学史明理', '我为群众办实事', '党史学习教育', '习近平新时代中国特色社会主义思想']) expect(words).toContain(term);
  });

  it('returns words that rebuild the text exactly, line breaks included', () => {
    const text = '第一行，四个意识。\r\n第二行：𠮷字、English words 123。\n\n  缩进\u3000行';
    expect(intlSegmenter.cut(text).join('')).toBe(text);
  });

  it.skipIf(!seedTexts.length)('rebuilds every seed report', () => {
    for (const text of seedTexts) expect(intlSegmenter.cut(text).join('')).toBe(text);
  });

  it('cuts a long line into chunks without losing text or splitting terms', () => {
    const line = '学史明理'.repeat(300) + '，' + '我为群众办实事'.repeat(100);
    const words = intlSegmenter.cut(line);
    expect(words.join('')).toBe(line);
    expect(words.filter((w) => w === '学史明理')).toHaveLength(300);
    expect(words.filter((w) => w === '我为群众办实事')).toHaveLength(100);
  });

  it('keeps the terms it is given instead of the shipped ones', () => {
    const own = createIntlSegmenter(new KnownTerms(['守土尽责']));
    expect(own.cut('做到守土尽责')).toContain('守土尽责');
    expect(own.cut('增强四个意识')).not.toContain('四个意识');
    expect(own.name).toBe('intl');
  });

  it('returns no words for empty or non-string input', () => {
    expect(intlSegmenter.cut('')).toEqual([]);
    expect(intlSegmenter.cut(undefined as unknown as string)).toEqual([]);
  });
});

describe('KnownTerms', () => {
  const terms = new KnownTerms(['学史', '学史明理', '明理', 'x', '𠮷祥']);

  it('finds the longest term at each place, left to right, without overlaps', () => {
    expect(terms.find('学史明理学史增信').map((s) => [s.start, s.end])).toEqual([[0, 4], [4, 6]]);
  });

  it('ignores one-character terms and counts distinct terms', () => {
    expect(terms.size).toBe(4);
    expect(terms.find('x')).toEqual([]);
  });

  it('matches terms outside the Basic Multilingual Plane', () => {
    expect(terms.find('大𠮷祥').map((s) => [s.start, s.end])).toEqual([[1, 4]]);
  });
});

describe('keepTermsWhole', () => {
  it('joins words a term spans and cuts at its edges', () => {
    const terms = new KnownTerms(['四个意识', '两个维护']);
    expect(keepTermsWhole('增强四个意识做到两个维护', ['增强四', '个', '意识做', '到两', '个', '维护'], terms)).toEqual(['增强', '四个意识', '做', '到', '两个维护']);
  });

  it('leaves a segmentation without terms as it is', () => {
    expect(keepTermsWhole('加强学习', ['加强', '学习'], new KnownTerms(['四个意识']))).toEqual(['加强', '学习']);
  });
});

describe('wordSpans', () => {
  it('gives offsets of words and applies extra terms', () => {
    const spans = wordSpans('做到守土尽责', undefined, new KnownTerms(['守土尽责']));
    expect(spans.at(-1)).toEqual({ start: 2, end: 6 });
  });

  it('falls back to Intl when the segmenter’s words do not rebuild the text', () => {
    const broken = { name: 'broken', cut: () => ['nothing'] };
    expect(wordSpans('增强四个意识', broken)).toEqual(wordSpans('增强四个意识', undefined));
  });

  it('lets an exception from the segmenter through, for the checker to report', () => {
    const throwing = { name: 'throwing', cut: (): string[] => { throw new Error('still loading'); } };
    expect(() => wordSpans('增强四个意识', throwing)).toThrow('still loading');
  });
});

describe('the shipped dictionaries', () => {
  it('lists the same words in terms.json and the nodejieba user dictionary', () => {
    const dict = readFileSync(resolve(__dirname, '../../data/jieba-user.dict.utf8'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => l.split(/\s+/)[0]);
    expect([...dict].sort()).toEqual([...SHIPPED_TERMS].sort());
    expect(new Set(dict).size).toBe(dict.length);
  });
});
