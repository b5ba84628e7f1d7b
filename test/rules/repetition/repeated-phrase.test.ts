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
  // The rule is off by default: these run it as a user who turns it on.
  const opts = (extra: CheckOptions = {}): CheckOptions => ({ segmenter, ...extra, rules: { [rule]: 'info', ...extra.rules } });

  it('reports each occurrence of a long phrase repeated in different paragraphs, edges on word boundaries', () => {
    const text = lines(
      '一、主要做法',
      `（一）加强学习。我们坚持${PHRASE}，取得了好的效果。`,
      `（二）强化落实。各支部努力${PHRASE}。`,
      '二、下一步打算',
      `我们下一阶段还要继续${PHRASE}，不断前进。`,
    );
    expect(flagged(text, rule, opts())).toEqual([PHRASE, PHRASE, PHRASE]);
  });

  it('points each occurrence at the others and lists every line', () => {
    const text = lines(`全体党员干部都要坚持${PHRASE}。`, `各基层党组织切实努力${PHRASE}。`, `我们下一阶段还要继续${PHRASE}。`);
    const mine = check(text, opts()).findings.filter((f) => f.rule === rule);
    expect(mine[0].message.zh).toBe(`词组“${PHRASE}”在本文重复出现3次（第1、2、3行），建议合并或换一种说法。`);
    expect(mine[0].related?.map((r) => r.message.zh)).toEqual(['另一处：第2行', '另一处：第3行']);
  });

  it('does not report a phrase used twice, or three times within one paragraph', () => {
    expect(flagged(lines(`全体党员干部都要坚持${PHRASE}。`, `我们下一阶段还要继续${PHRASE}。`), rule, opts())).toEqual([]);
    expect(flagged(`全体党员干部都要坚持${PHRASE}，努力${PHRASE}，继续${PHRASE}。`, rule, opts())).toEqual([]);
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
    const body = lines(`在新的征程上我们必须${opening}，加强组织建设。`, `面对新形势新任务同时应当${opening}，加强作风建设。`, `在今后的工作中继续${opening}，加强制度建设。`);
    expect(flagged(body, rule, opts())).toEqual([opening, opening, opening]);
  });

  it('does not count the subject the title names', () => {
    const subject = '长河市城区老旧小区改造项目';
    const text = lines(`${subject}（第一批）绩效评估报告`, `评估组对${subject}（第一批）开展了绩效评估。`, `${subject}（第一批）涉及城区老旧小区。`, `${subject}（第一批）总体完成较好。`);
    expect(flagged(text, rule, opts())).toEqual([]);
    // A long phrase around it still counts, the subject included.
    const sentence = `认真对照年初确定的目标任务逐项核实${subject}`;
    expect(flagged(lines(`${subject}绩效评估报告`, `评估组在现场核查中${sentence}。`, `评估组在资料审查时${sentence}。`, `评估组在满意度调查中${sentence}。`), rule, opts())).toEqual([sentence, sentence, sentence]);
  });

  it('honours the user’s topic terms', () => {
    const text = lines(`全体党员干部都要坚持${PHRASE}。`, `各基层党组织切实努力${PHRASE}。`, `我们下一阶段还要继续${PHRASE}。`);
    expect(flagged(text, rule, opts({ settings: { lexicons: { topicTerms: ['转化为推动高质量发展的强大动力'] } } }))).toEqual([]);
  });

  it('takes its length and count from the options', () => {
    const text = lines(`全体党员干部都要坚持${PHRASE}。`, `我们下一阶段还要继续${PHRASE}。`);
    expect(flagged(text, rule, opts({ rules: { [rule]: { severity: 'info', options: { minCount: 2 } } } }))).toEqual([PHRASE, PHRASE]);
    const short = lines('在新的征程上我们必须加强组织建设。', '面对新形势同时应当加强组织建设。', '在今后的工作中我们加强组织建设。');
    expect(flagged(short, rule, opts())).toEqual([]);
    expect(flagged(short, rule, opts({ rules: { [rule]: { severity: 'info', options: { minLength: 4 } } } }))).toEqual(['加强组织建设', '加强组织建设', '加强组织建设']);
  });

  it('finds a phrase with figures and a topic term in it, among sentences that never recur', () => {
    const phrase = '2021年围绕党史学习教育扎实开展专题调研形成调研报告';
    const unique = (seed: number) => Array.from({ length: 30 }, (_, i) => String.fromCharCode(0x4e00 + ((seed * 31 + i * 97) % 20000))).join('') + '。';
    const text = lines(`${unique(1)}我们${phrase}。${unique(2)}`, `${unique(3)}，${phrase}，${unique(4)}`, `${unique(5)}${phrase}`);
    expect(flagged(text, rule, opts())).toEqual([phrase, phrase, phrase]);
  });

  it('does not report names: every word a noun, or an ending such as 公司, 工程, 指数', () => {
    const company = '国网湖北省电力有限公司';
    const text = lines(`今年以来，在上级的领导下${company}认真落实。`, `2022年9月，经研究决定${company}成立专班。`, `截至目前，全省各地的${company}所属单位均已完成。`);
    expect(flagged(text, rule, opts({ rules: { [rule]: { severity: 'info', options: { minLength: 6 } } } }))).toEqual([]);
    const project = '南昌1000千伏特高压交流输变电工程';
    const projects = lines(`根据国家能源局核准，${project}于2021年开工。`, `按照规划设计要求，${project}线路全长200公里。`, `目前已经全面完成，${project}建设进展顺利。`);
    expect(flagged(projects, rule, opts())).toEqual([]);
  });

  it('does not report paragraphs that each open the same way, document titles in 《》 or notes in brackets', () => {
    const opening = '公司指标处于公司领先水平';
    const units = lines(`福州${opening}17项，占73.91%。`, `厦门${opening}17项，占73.91%。`, `莆田${opening}9项，占39.13%。`);
    expect(flagged(units, rule, opts())).toEqual([]);
    const cited = '《陕西省发展和改革委员会关于做好抽水蓄能电站建设工作有关事项的通知》';
    expect(flagged(lines(`根据${cited}要求开展工作。`, `按照${cited}规定执行。`, `落实${cited}部署。`), rule, opts())).toEqual([]);
    const note = '（省大数据局牵头，省通信管理局按职责分工负责）';
    expect(flagged(lines(`推进5G基站建设${note}`, `建设千兆光网城市${note}`, `完善物联网感知设施${note}`), rule, opts())).toEqual([]);
  });

  it('is off unless the configuration turns it on', () => {
    const text = lines(`全体党员干部都要坚持${PHRASE}。`, `各基层党组织切实努力${PHRASE}。`, `我们下一阶段还要继续${PHRASE}。`);
    expect(flagged(text, rule, { segmenter })).toEqual([]);
    expect(flagged(text, rule, opts())).toEqual([PHRASE, PHRASE, PHRASE]);
  });

  it('stops after maxChars characters of text', () => {
    const text = lines(`全体党员干部都要坚持${PHRASE}。`, `各基层党组织切实努力${PHRASE}。`, `我们下一阶段还要继续${PHRASE}。`);
    expect(flagged(text, rule, opts({ rules: { [rule]: { severity: 'info', options: { maxChars: 40 } } } }))).toEqual([]);
  });
});

it('segments only the clauses in which some stretch of text recurs', () => {
  const seen: string[] = [];
  const spy = { name: 'spy', cut: (text: string) => (seen.push(text), Array.from(text)) };
  const unique = Array.from({ length: 40 }, (_, i) => `第${i}句${String.fromCharCode(0x4e00 + i * 13, 0x4e01 + i * 13, 0x4e02 + i * 13)}。`).join('');
  const text = lines(`${unique}坚持${PHRASE}。`, `各基层党组织切实努力${PHRASE}，其他内容各不相同。`, `我们下一阶段还要继续${PHRASE}。`);
  expect(flagged(text, rule, { segmenter: spy, rules: { [rule]: 'info' } })).toEqual([PHRASE, PHRASE, PHRASE]);
  expect(seen).toEqual([`坚持${PHRASE}`, `各基层党组织切实努力${PHRASE}`, `我们下一阶段还要继续${PHRASE}`]);
});
