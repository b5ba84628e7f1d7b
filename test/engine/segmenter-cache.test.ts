import { describe, expect, it } from 'vitest';
import type { Segmenter } from '../../server/src/engine';
import { cachedSegmenter } from '../../server/src/engine/segmenter-cache';

/** Splits into single characters and counts how often it was asked. */
function countingSegmenter() {
  const asked: string[] = [];
  const segmenter: Segmenter = { name: 'chars', cut: (text) => (asked.push(text), [...text]) };
  return { segmenter, asked };
}

describe('cachedSegmenter', () => {
  it('cuts each text once and gives the same words every time', () => {
    const { segmenter, asked } = countingSegmenter();
    const cached = cachedSegmenter(segmenter);
    expect(cached.cut('党史学习')).toEqual(['党', '史', '学', '习']);
    expect(cached.cut('党史学习')).toEqual(['党', '史', '学', '习']);
    expect(cached.cut('教育')).toEqual(['教', '育']);
    expect(asked).toEqual(['党史学习', '教育']);
    expect(cached.name).toBe('chars');
  });

  it('hands out copies: a caller changing its words changes nothing for the next', () => {
    const cached = cachedSegmenter(countingSegmenter().segmenter);
    cached.cut('学习').push('x');
    const words = cached.cut('学习');
    words.push('y');
    expect(cached.cut('学习')).toEqual(['学', '习']);
  });

  it('forgets the least recently used text beyond its size', () => {
    const { segmenter, asked } = countingSegmenter();
    const cached = cachedSegmenter(segmenter, 12);
    cached.cut('甲甲');
    cached.cut('乙乙');
    cached.cut('甲甲'); // now the most recent
    cached.cut('丙丙丙');
    cached.cut('丁丁丁'); // 10 characters in all
    cached.cut('戊戊戊'); // 13: 乙乙, the least recently used, goes
    asked.length = 0;
    for (const text of ['甲甲', '丙丙丙', '丁丁丁', '戊戊戊']) cached.cut(text);
    expect(asked).toEqual([]);
    cached.cut('乙乙');
    expect(asked).toEqual(['乙乙']);
  });

  it('does not keep a text larger than a quarter of the cache', () => {
    const { segmenter, asked } = countingSegmenter();
    const cached = cachedSegmenter(segmenter, 8);
    cached.cut('一二三');
    cached.cut('一二三');
    expect(asked).toEqual(['一二三', '一二三']);
  });
});
