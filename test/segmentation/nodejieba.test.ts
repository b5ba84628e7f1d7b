import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createJiebaSegmenter, getSegmenter } from '../../server/src/segmentation';
import { expectedBackend, nodejiebaBuilt } from './native';

describe('the nodejieba segmenter', () => {
  it('loads only when first asked for words, once, and shares one instance', () => {
    const segmenter = createJiebaSegmenter();
    expect(segmenter.backend).toBe('unloaded');
    segmenter.cut('加强学习');
    expect(segmenter.backend).toBe(expectedBackend);
    expect(segmenter.name).toBe(expectedBackend);
    expect(getSegmenter()).toBe(getSegmenter());
  });

  it('keeps the terms of the shipped user dictionary whole', () => {
    const words = getSegmenter().cut('增强“四个意识”、做到“两个维护”，学史明理，开展“我为群众办实事”，深化党史学习教育');
    for (const term of ['四个意识', '两个维护', '学史明理', '我为群众办实事', '党史学习教育']) expect(words).toContain(term);
  });

  it('returns words that rebuild the text exactly', () => {
    const text = '第一行，四个意识。\r\n第二行：𠮷字、English 123。\n\n\u3000缩进';
    expect(getSegmenter().cut(text).join('')).toBe(text);
  });

  it('falls back to jieba-js, without a warning, when the native module cannot load', () => {
    const warnings: string[] = [];
    const segmenter = createJiebaSegmenter({ packageName: 'gongwen-no-such-package', warn: (m) => warnings.push(m.en) });
    expect(segmenter.cut('增强四个意识')).toEqual(['增强', '四个意识']);
    expect(segmenter.backend).toBe('jieba-js');
    expect(segmenter.name).toBe('jieba-js');
    expect(segmenter.tag!('做到两个维护')).toEqual([
      { word: '做到', tag: 'v' },
      { word: '两个维护', tag: 'x' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('falls back to Intl.Segmenter with one warning naming both reasons when no jieba can load', () => {
    const warnings: string[] = [];
    const segmenter = createJiebaSegmenter({ packageName: 'gongwen-no-such-package', userDictPath: '/nonexistent/gongwen-user.dict.utf8', warn: (m) => warnings.push(m.en) });
    expect(segmenter.cut('增强四个意识')).toEqual(['增强', '四个意识']);
    expect(segmenter.cut('做到两个维护')).toEqual(['做到', '两个维护']);
    expect(segmenter.backend).toBe('intl');
    expect(segmenter.name).toBe('intl');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/word segmentation could not be loaded \(nodejieba: .*gongwen-no-such-package.*; jieba-js: .*gongwen-user\.dict\.utf8 is missing\).*Intl\.Segmenter/);
  });

  it.skipIf(!nodejiebaBuilt)('falls back rather than letting the native code abort on a missing dictionary', () => {
    const warnings: string[] = [];
    const segmenter = createJiebaSegmenter({ userDictPath: '/nonexistent/gongwen-user.dict.utf8', warn: (m) => warnings.push(m.en) });
    expect(segmenter.cut('增强四个意识')).toEqual(['增强', '四个意识']);
    expect(segmenter.backend).toBe('intl');
    expect(warnings[0]).toMatch(/nodejieba: .*gongwen-user\.dict\.utf8 is missing/);
  });

  it('cuts ordinary report prose into whole words with the shipped, trimmed main dictionary', () => {
    expect(getSegmenter().cut('我们坚持以人民为中心的发展思想，认真开展调查研究')).toEqual(['我们', '坚持', '以人民为中心', '的', '发展', '思想', '，', '认真', '开展', '调查', '研究']);
  });

  // The dictionary is trimmed from nodejieba's own; without nodejieba installed there is nothing to trim.
  it.skipIf(!nodejiebaBuilt)('ships the main dictionary that scripts/trim-dictionary.mjs writes from the installed nodejieba', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'gongwen-dict-')), 'main.dict.utf8');
    execFileSync(process.execPath, ['scripts/trim-dictionary.mjs', out]);
    expect(readFileSync(out, 'utf8') === readFileSync('data/jieba-main.dict.utf8', 'utf8')).toBe(true);
  });
});
