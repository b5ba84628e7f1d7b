import { describe, expect, it } from 'vitest';
import { check } from '../../../server/src/engine';
import { findings, flagged } from '../../helpers';

const rule = 'repeated-formula';
const FORMULA = '增强“四个意识”、坚定“四个自信”、做到“两个维护”';
const paragraphs = (...lines: string[]) => lines.join('\n');

describe(rule, () => {
  it('reports every occurrence once a formula is used more than twice, listing the lines', () => {
    const text = paragraphs(`一是${FORMULA}。`, '二是加强学习。', `三是教育党员${FORMULA}。`, `引导干部职工${FORMULA}。`);
    const seen = findings(text, {}, rule);
    expect(seen.map((f) => [f.line, f.text])).toEqual([
      [1, FORMULA],
      [3, FORMULA],
      [4, FORMULA],
    ]);
    expect(seen[0].message).toBe('套话“增强‘四个意识’、坚定‘四个自信’、做到‘两个维护’”在本文出现3次（第1、3、4行），超过2次，建议精简或换一种说法。');
  });

  it('gives each occurrence the others as related places', () => {
    const text = paragraphs('学史明理、学史增信、学史崇德、学史力行', '甲', '做到学史明理、学史增信、学史崇德、学史力行', '“学史明理、学史增信、学史崇德、学史力行”');
    const result = check(text);
    const mine = result.findings.filter((f) => f.rule === rule);
    expect(mine).toHaveLength(3);
    expect(mine[1].related?.map((r) => result.model.lines.positionAt(r.span.start).line + 1)).toEqual([1, 4]);
    expect(mine[1].related?.[0].message.zh).toBe('另一处：第1行');
  });

  it('leaves a formula used twice alone', () => {
    expect(flagged(paragraphs(`${FORMULA}。`, `进一步${FORMULA}。`), rule)).toEqual([]);
  });

  it('counts the formula with or without quotation marks and list commas', () => {
    const text = paragraphs(FORMULA, '增强四个意识、坚定四个自信、做到两个维护', '增强‘四个意识’，坚定‘四个自信’，做到‘两个维护’');
    expect(flagged(text, rule)).toHaveLength(3);
  });

  it('counts listed variants as the same formula', () => {
    const text = paragraphs(FORMULA, '树牢“四个意识”、坚定“四个自信”、做到“两个维护”', '牢固树立“四个意识”、坚定“四个自信”、做到“两个维护”');
    expect(flagged(text, rule)).toHaveLength(3);
  });

  it('does not count the parts of a formula on their own', () => {
    expect(flagged(paragraphs('坚定拥护“两个确立”“两个维护”', '做到“两个维护”', '“两个维护”的坚定践行者', '紧扣“学史明理”'), rule)).toEqual([]);
  });

  it('never counts the topic of the report, however often it appears', () => {
    expect(flagged(Array.from({ length: 52 }, () => '开展党史学习教育。').join('\n'), rule)).toEqual([]);
  });

  it('flags a short formula from the third use on', () => {
    expect(flagged(paragraphs('推动学习走深走实。', '推动工作走深走实。', '确保走深走实。'), rule)).toEqual(['走深走实', '走深走实', '走深走实']);
  });

  it('takes the default limit from its option', () => {
    const text = paragraphs(FORMULA, FORMULA, FORMULA);
    expect(flagged(text, rule, { rules: { [rule]: { options: { defaultLimit: 3 } } } })).toEqual([]);
    expect(flagged(paragraphs(FORMULA, FORMULA), rule, { rules: { [rule]: { options: { defaultLimit: 1 } } } })).toHaveLength(2);
  });

  it('honours the user’s formulas, limits and disabled entries', () => {
    const text = paragraphs('做到守土有责、守土负责、守土尽责。', '要求守土有责、守土负责、守土尽责。');
    expect(flagged(text, rule)).toEqual([]);
    expect(flagged(text, rule, { settings: { lexicons: { formulas: [{ text: '守土有责、守土负责、守土尽责', limit: 1 }] } } })).toHaveLength(2);

    const three = paragraphs(FORMULA, FORMULA, FORMULA);
    expect(flagged(three, rule, { settings: { lexicons: { formulas: [{ text: FORMULA, limit: 5 }] } } })).toEqual([]);
    expect(flagged(three, rule, { settings: { lexicons: { disabled: [FORMULA] } } })).toEqual([]);
  });

  it('ignores malformed user entries without failing', () => {
    const lexicons = { formulas: [null, 3, { text: 5 }, { text: '' }, { text: '走深走实', limit: 'x' }], disabled: 'no' } as never;
    const result = check(paragraphs('走深走实', '走深走实', '走深走实'), { settings: { lexicons } });
    expect(result.failures).toEqual([]);
    expect(result.findings.filter((f) => f.rule === rule)).toHaveLength(3);
  });

  it('does not look into Markdown code', () => {
    const text = paragraphs('走深走实', '', '`走深走实`', '', '```', '走深走实', '```', '', '走深走实');
    expect(flagged(text, rule, { format: 'markdown' })).toEqual([]);
  });

  it('leaves a formula alone where the title names it, and inside a quoted book title', () => {
    const motto = '不忘初心、牢记使命';
    const body = [`开展“${motto}”主题教育。`, `学习《习近平关于“${motto}”论述摘编》。`, `建立${motto}的长效机制。`, `推动“${motto}”主题教育走深走实。`];
    expect(flagged(paragraphs(`关于“${motto}”主题教育的工作总结`, ...body), rule)).toEqual([]);
    // Without the title, the book title still does not count: three uses in the writer's own words.
    expect(flagged(paragraphs('关于主题教育的工作总结', ...body), rule)).toEqual([motto, motto, motto]);
  });
});
