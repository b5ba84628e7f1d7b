import { describe, expect, it } from 'vitest';
import { applyEdits, check, type CheckOptions } from '../../../server/src/engine';
import { flagged } from '../../helpers';

const rule = 'canonical-expression';

function fixed(text: string, options: CheckOptions = {}): string {
  const edits = check(text, options).findings.filter((f) => f.rule === rule).flatMap((f) => f.suggestions?.[0].edits ?? []);
  return applyEdits(text, edits).text;
}

describe(rule, () => {
  it.each([
    // A character missing (seed 001), a title written wrong (seed 003).
    ['坚持把学习习近平时代中国特色社会主义思想作为核心内容', '习近平时代中国特色社会主义思想', '坚持把学习习近平新时代中国特色社会主义思想作为核心内容'],
    ['开展对《中共共产党简史》《论中国共产党历史》等党史书籍的学习', '中共共产党简史', '开展对《中国共产党简史》《论中国共产党历史》等党史书籍的学习'],
    // A known wrong variant (seed 003).
    ['以习近平总书记为核心的党中央是如何团结带领全国人民', '以习近平总书记为核心的党中央', '以习近平同志为核心的党中央是如何团结带领全国人民'],
    // A character added, a character changed.
    ['学习习近平新时代中国特色社会主义的思想', '习近平新时代中国特色社会主义的思想', '学习习近平新时代中国特色社会主义思想'],
    ['同以习近平同志为中心的党中央保持高度一致', '以习近平同志为中心的党中央', '同以习近平同志为核心的党中央保持高度一致'],
    ['践行社会主义核心价直观', '社会主义核心价直观', '践行社会主义核心价值观'],
    ['学习贯彻党的十九大六中全会精神', '十九大六中全会', '学习贯彻党的十九届六中全会精神'],
    // A title wrong at its first or last character, between 《》.
    ['组织研读《习近平谈治国理证》第四卷', '习近平谈治国理证', '组织研读《习近平谈治国理政》第四卷'],
    ['组织研读《习近平谈治国理》', '习近平谈治国理', '组织研读《习近平谈治国理政》'],
    ['组织研读《中国共产党简吏》', '中国共产党简吏', '组织研读《中国共产党简史》'],
    // A long phrase with its first or last character changed; the fix keeps the word before it.
    ['深入学习刁近平新时代中国特色社会主义思想', '刁近平新时代中国特色社会主义思想', '深入学习习近平新时代中国特色社会主义思想'],
    ['深入学习习近平新时代中国特色社会主义思相', '习近平新时代中国特色社会主义思相', '深入学习习近平新时代中国特色社会主义思想'],
  ])('flags %s and fixes it', (text, found, corrected) => {
    expect(flagged(text, rule)).toEqual([found]);
    expect(fixed(text)).toBe(corrected);
  });

  it('names the canonical form in its message', () => {
    const [f] = check('学习习近平时代中国特色社会主义思想').findings.filter((x) => x.rule === rule);
    expect(f.message.zh).toBe('规范表述应为“习近平新时代中国特色社会主义思想”，此处写作“习近平时代中国特色社会主义思想”（党的十九大、党章确立的指导思想全称）');
    expect(f.suggestions?.[0].title.zh).toBe('改为“习近平新时代中国特色社会主义思想”');
  });

  it.each([
    '深入学习贯彻习近平新时代中国特色社会主义思想，始终同以习近平同志为核心的党中央保持高度一致',
    '学习《中国共产党简史》《习近平新时代中国特色社会主义思想学习问答》',
    // Ordinary words one character away from a title, outside title marks.
    '学习中国共产党历史和改革开放历史',
    // One numeral for another is another meeting.
    '学习党的十九届五中全会和十九届六中全会精神',
    // Different phrases that share most characters: edits at the ends, or more than one.
    '习近平新时代中国特色社会主义经济思想',
    '新时代中国特色社会主义思想',
    '《习近平新时代中国特色社会主义问答》',
    '以毛泽东同志为核心的党的第一代中央领导集体',
    '马克思主义中国化',
    '中华人民共和国成立以来',
    // Other books, one character away from the short histories: 《中国共产党历史》 is not a misspelt 《中国共产党简史》.
    '学习《中国共产党历史》第一卷、第二卷和《中国共产党简史》',
    '当代中国研究所编写的《中华人民共和国史》',
  ])('does not flag %s', (text) => {
    expect(flagged(text, rule)).toEqual([]);
  });

  it('does not look into Markdown code', () => {
    expect(flagged('示例：`以习近平总书记为核心的党中央`', rule, { format: 'markdown' })).toEqual([]);
  });

  it('honours the user’s additions and disabled entries', () => {
    const lexicons = { canonical: [{ canonical: '中国共产党章程', wrong: ['中共党章程'], nearMiss: true }] };
    expect(flagged('学习中共党章程和中国共产章程', rule, { settings: { lexicons } })).toEqual(['中共党章程', '中国共产章程']);
    expect(flagged('学习中国共产章程', rule)).toEqual([]);
    expect(flagged('以习近平总书记为核心的党中央', rule, { settings: { lexicons: { disabled: ['以习近平同志为核心的党中央'] } } })).toEqual([]);
  });

  it('ignores malformed user entries without failing', () => {
    const lexicons = { canonical: [null, { canonical: 3 }, { canonical: '中国共产党章程', wrong: 'x', nearMiss: 'yes' }] } as never;
    const result = check('以习近平总书记为核心的党中央', { settings: { lexicons } });
    expect(result.failures).toEqual([]);
    expect(result.findings.filter((f) => f.rule === rule)).toHaveLength(1);
  });
});
