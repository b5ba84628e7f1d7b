import { describe, expect, it } from 'vitest';
import { check, type CheckOptions } from '../../../server/src/engine';
import { getSegmenter } from '../../../server/src/segmentation';
import { flagged } from '../../helpers';

const rule = 'repeated-phrase';
const PHRASE = '把学习成效转化为推动高质量发展的强大动力';
const lines = (...l: string[]) => l.join('\n');

describe.each([
  ['Intl fallback', undefined],
  ['nodejieba', getSegmenter()],
])('%s: %s', (_name, segmenter) => {
  const opts = (extra: CheckOptions = {}): CheckOptions => ({ segmenter, ...extra });

  it('reports each occurrence of a long phrase repeated in different paragraphs, edges on word boundaries', () => {
    const text = lines(
      '一、主要做法',
      `（一）加强学习。我们坚持${PHRASE}，取得了好的效果。`,
      `（二）强化落实。各支部努力${PHRASE}。`,
      '二、下一步打算',
      `继续${PHRASE}，不断前进。`,
    );
    expect(flagged(text, rule, opts())).toEqual([PHRASE, PHRASE, PHRASE]);
  });

  it('points each occurrence at the others and lists every line', () => {
    const text = lines(`坚持${PHRASE}。`, `努力${PHRASE}。`, `继续${PHRASE}。`);
    const mine = check(text, opts()).findings.filter((f) => f.rule === rule);
    expect(mine[0].message.zh).toBe(`词组“${PHRASE}”在本文重复出现3次（第1、2、3行），建议合并或换一种说法。`);
    expect(mine[0].related?.map((r) => r.message.zh)).toEqual(['另一处：第2行', '另一处：第3行']);
  });

  it('does not report a phrase used twice, or three times within one paragraph', () => {
    expect(flagged(lines(`坚持${PHRASE}。`, `继续${PHRASE}。`), rule, opts())).toEqual([]);
    expect(flagged(`坚持${PHRASE}，努力${PHRASE}，继续${PHRASE}。`, rule, opts())).toEqual([]);
  });

  it('never counts the report’s topic and proper names', () => {
    const topic = Array.from({ length: 52 }, (_, i) => `第${i}项党史学习教育工作，深入学习贯彻习近平新时代中国特色社会主义思想。`);
    expect(flagged(lines(...topic), rule, opts())).toEqual([]);
  });

  it('leaves known formulas to the repeated-formula rule', () => {
    const formula = '增强“四个意识”、坚定“四个自信”、做到“两个维护”';
    const text = lines(`引导党员${formula}。`, `教育干部${formula}。`, `团结群众${formula}。`);
    expect(flagged(text, rule, opts())).toEqual([]);
    expect(flagged(text, 'repeated-formula', opts())).toHaveLength(3);
  });

  it('does not report parallelism: sibling items or headings that open the same way', () => {
    const opening = '持续巩固拓展学习教育成果';
    const items = lines(`一是${opening}，加强组织建设。`, `二是${opening}，加强作风建设。`, `三是${opening}，加强制度建设。`);
    expect(flagged(items, rule, opts())).toEqual([]);
    const headings = lines(`一、${opening}推进组织建设`, '正文。', `二、${opening}推进作风建设`, '正文。', `三、${opening}推进制度建设`, '正文。');
    expect(flagged(headings, rule, opts())).toEqual([]);
    // After an item's lead clause, the text runs on: a repeat there counts.
    const duty = '进一步压实食品安全属地管理责任和企业主体责任';
    const inline = lines(`一是监管力量不足，${duty}。二是宣传不够。`, `三是经营主体守法意识淡薄，${duty}。`, `下一步，我们将${duty}。`);
    expect(flagged(inline, rule, opts())).toEqual([duty, duty, duty]);
    // The same words in running text are a repeat.
    const body = lines(`我们必须${opening}，加强组织建设。`, `同时应当${opening}，加强作风建设。`, `今后继续${opening}，加强制度建设。`);
    expect(flagged(body, rule, opts())).toEqual([opening, opening, opening]);
  });

  it('does not count the subject the title names', () => {
    const subject = '长河市城区老旧小区改造项目';
    const text = lines(`${subject}（第一批）绩效评估报告`, `评估组对${subject}（第一批）开展了绩效评估。`, `${subject}（第一批）涉及城区老旧小区。`, `${subject}（第一批）总体完成较好。`);
    expect(flagged(text, rule, opts())).toEqual([]);
    // A long phrase around it still counts, the subject included.
    const sentence = `认真对照年初确定的目标任务逐项核实${subject}`;
    expect(flagged(lines(`${subject}绩效评估报告`, `${sentence}。`, `我们${sentence}。`, `各单位${sentence}。`), rule, opts())).toEqual([sentence, sentence, sentence]);
  });

  it('honours the user’s topic terms', () => {
    const text = lines(`坚持${PHRASE}。`, `努力${PHRASE}。`, `继续${PHRASE}。`);
    expect(flagged(text, rule, opts({ settings: { lexicons: { topicTerms: ['转化为推动高质量发展的强大动力'] } } }))).toEqual([]);
  });

  it('takes its length and count from the options', () => {
    const text = lines(`坚持${PHRASE}。`, `继续${PHRASE}。`);
    expect(flagged(text, rule, opts({ rules: { [rule]: { options: { minCount: 2 } } } }))).toEqual([PHRASE, PHRASE]);
    const short = lines('我们必须加强组织建设。', '同时应当加强组织建设。', '今后我们加强组织建设。');
    expect(flagged(short, rule, opts())).toEqual([]);
    expect(flagged(short, rule, opts({ rules: { [rule]: { options: { minLength: 4 } } } }))).toEqual(['加强组织建设', '加强组织建设', '加强组织建设']);
  });

  it('finds a phrase with figures and a topic term in it, among sentences that never recur', () => {
    const phrase = '2021年围绕党史学习教育扎实开展专题调研形成调研报告';
    const unique = (seed: number) => Array.from({ length: 30 }, (_, i) => String.fromCharCode(0x4e00 + ((seed * 31 + i * 97) % 20000))).join('') + '。';
    const text = lines(`${unique(1)}我们${phrase}。${unique(2)}`, `${unique(3)}，${phrase}，${unique(4)}`, `${unique(5)}${phrase}`);
    expect(flagged(text, rule, opts())).toEqual([phrase, phrase, phrase]);
  });

  it('stops after maxChars characters of text', () => {
    const text = lines(`坚持${PHRASE}。`, `努力${PHRASE}。`, `继续${PHRASE}。`);
    expect(flagged(text, rule, opts({ rules: { [rule]: { options: { maxChars: 40 } } } }))).toEqual([]);
  });
});

it('segments only the clauses in which some stretch of text recurs', () => {
  const seen: string[] = [];
  const spy = { name: 'spy', cut: (text: string) => (seen.push(text), Array.from(text)) };
  const unique = Array.from({ length: 40 }, (_, i) => `第${i}句${String.fromCharCode(0x4e00 + i * 13, 0x4e01 + i * 13, 0x4e02 + i * 13)}。`).join('');
  const text = lines(`${unique}坚持${PHRASE}。`, `努力${PHRASE}，其他内容各不相同。`, `继续${PHRASE}。`);
  expect(flagged(text, rule, { segmenter: spy })).toEqual([PHRASE, PHRASE, PHRASE]);
  expect(seen).toEqual([`坚持${PHRASE}`, `努力${PHRASE}`, `继续${PHRASE}`]);
});
