// Each rule on cut-down excerpts of real documents (../shared/corpus/real and test/corpus/real):
// what real offices write that the rules must leave alone, and the real faults they must find.
// The file each excerpt comes from is named beside it.
import { describe, expect, it } from 'vitest';
import { check } from '../../server/src/engine';
import { findings, flagged } from '../helpers';

const lines = (...l: string[]) => l.join('\n') + '\n';
const rulesOf = (text: string) => check(text).findings.map((f) => f.rule);

describe('numbering on real text', () => {
  it('reads statistics tables (TAB-separated rows with 一、 （二） 1. labels) as tables, not headings (29, 30)', () => {
    const text = lines(
      '一、收到和处理政府信息公开申请情况',
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况',
      '一、本年新收政府信息公开申请数量\t\t\t21\t0\t0\t0\t0\t0\t21',
      '二、上年结转政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\t0',
      '三、本年度办理结果\t（一）予以公开\t\t0\t0\t0\t0\t0\t0\t0',
      '\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t4\t0\t0\t0\t0\t0\t4',
      '\t（三）不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1',
      '\t\t2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0',
      '四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\t0',
      '二、政府信息公开行政复议、行政诉讼情况',
      '行政复议\t\t\t\t\t行政诉讼',
    );
    expect(check(text).findings.filter((f) => f.category === 'numbering' || f.category === 'structure')).toEqual([]);
  });

  it('reads the 年报\'s table rows as rows when their figures stand on lines of their own or are set apart by spaces', () => {
    const text = lines(
      '一、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量',
      '21',
      '二、上年结转政府信息公开申请数量',
      '0',
      '三、本年度办理结果',
      '（一）予以公开',
      '5',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '4',
      '四、结转下年度继续办理    0    0    0',
      '二、政府信息公开行政复议、行政诉讼情况',
      '正文。',
    );
    expect(check(text).findings.filter((f) => f.category === 'numbering' || f.category === 'structure')).toEqual([]);
  });

  it('finds a row label written unlike the other labels of its table: 1、 among 1. (30)', () => {
    const text = lines(
      '表头\t本年\t总计',
      '\t（五）不予处理\t1.信访举报投诉类申请\t56\t62',
      '\t\t2.重复申请\t25\t25',
      '\t（六）其他处理\t1、申请人无正当理由逾期不补正\t67\t71',
      '\t\t2、申请人逾期未按收费通知要求缴纳费用\t6\t6',
    );
    expect(findings(text, {}, 'numbering-style').map((f) => [f.text, f.message])).toEqual([
      ['1、', '表格行号“1、”与同一表格其他行号的写法“1.”不一致'],
      ['2、', '表格行号“2、”与同一表格其他行号的写法“1.”不一致'],
    ]);
  });

  it('takes numbering that runs on through its parents on purpose as a style (31: tasks （一）–（二十） under 一、–四、)', () => {
    const text = lines(
      '一、加快建设整体高效的数字政府',
      '（一）优化提升“互联网+政务服务”。实施个人和企业全生命周期服务。',
      '（二）加快建设一体化综合指挥平台。基本完成全省平台建设。',
      '二、大力发展融合创新的数字经济',
      '（三）加快数字产业化发展。推动集成电路等关键领域发展。',
      '（四）实施智能制造提升行动。培育智能制造标杆企业。',
      '三、着力构建智慧便民的数字社会',
      '（五）全面做好疫情精准防控。深化疫情防控大数据应用。',
      '（六）实施大数据创新应用突破行动。开展大数据应用试点。',
      '四、逐步塑强支撑有力的基础设施',
      '（七）建设完善通信基础设施。力争建成并开通5G基站。',
      '（八）统筹规范数据中心建设。创建一批省级绿色数据中心。',
      '五、推进措施',
      '加强组织领导，完善推进机制。',
    );
    expect(flagged(text, 'numbering-sequence')).toEqual([]);
    // A break in such numbering is still reported, with the number that goes on from the run before.
    const broken = findings(text.replace('（七）', '（九）').replace('（八）', '（十）'), {}, 'numbering-sequence');
    expect(broken.map((f) => [f.text, f.message])).toEqual([['（九）', '本文二级标题跨上级连续编号，这里接着上一组应为“（七）”，写作“（九）”']]);
  });

  it('finds 1﹒ with the small full stop, and counts 1﹒ 2﹒ 3. as one list of items (19)', () => {
    const text = lines(
      '一、项目申请用地情况',
      '具体计算过程如下：',
      '1﹒铁塔根开取值在15-20米范围内共计27基铁塔，该区间塔基申请用地面积为1.1498公顷，小于控制面积；',
      '2﹒铁塔根开取值在20-25米范围内共计218基铁塔，该区间塔基申请用地面积为12.9976公顷，小于控制面积；',
      '3.铁塔根开取值在25米以上共计187基铁塔，该区间塔基申请用地面积为16.3188公顷，小于控制面积。',
    );
    expect(findings(text, {}, 'numbering-style').map((f) => f.text)).toEqual(['1﹒', '2﹒']);
    expect(rulesOf(text).filter((r) => r === 'numbering-sequence' || r === 'heading-punctuation' || r === 'empty-section')).toEqual([]);
  });

  it('finds 一. written for 一、 (10), 〈一〉, （ 一） and a marker typed twice', () => {
    expect(flagged(lines('一.2022年营销项目执行情况', '正文。', '二.2023年营销项目投资计划', '正文。'), 'numbering-style')).toEqual(['一.', '二.']);
    expect(findings(lines('一、基本情况', '〈一〉加强领导。正文。', '（ 二）完善机制。正文。'), {}, 'numbering-style').map((f) => f.message)).toEqual([
      '二级标题序号应写作“（一）”，“〈一〉”用了尖括号',
      '二级标题序号应写作“（二）”，“（ 二）”括号内多了空格',
    ]);
    expect(findings(lines('一、基本情况', '正文。', '二、二、存在问题', '正文。'), {}, 'numbering-style').map((f) => [f.text, f.message])).toEqual([['二、', '序号“二、”重复写了两遍']]);
  });

  it('finds 1、 numbering items inside a paragraph, and leaves 1、2号 alone', () => {
    const text = lines('主要做法有：1、加强组织领导，成立工作专班；2、完善工作机制，建立周调度制度；3、强化督查考核。');
    expect(flagged(text, 'numbering-style')).toEqual(['1、', '2、', '3、']);
    expect(flagged(lines('全年完成1、2号机组检修，新建3、4号楼。'), 'numbering-style')).toEqual([]);
  });
});

describe('enumerations on real text', () => {
  it('opens a list at 原因一是 (13), and finds a repeated 三是 (s09)', () => {
    const text = lines('各市公司主要在正动率指标存在短板，原因一是在工程设计图审等环节存在安全措施不完善等问题；二是配网保护二次设备故障等运维不到位问题。');
    expect(rulesOf(text)).not.toContain('enumeration-sequence');
    expect(flagged(lines('一是加强统筹。二是强化保障。三是推进项目。三是优化服务。'), 'enumeration-sequence')).toEqual(['三是']);
  });

  it('finds a list that switches its form: 一是要……二要……三要', () => {
    const text = lines('下一步，一是要强化政治引领，坚定理想信念；二要深化作风建设，持续纠治“四风”；三要压实工作责任，确保落地见效。');
    expect(findings(text, {}, 'enumeration-sequence').map((f) => [f.text, f.message])).toEqual([
      ['二要', '同一组列举写法不一致：前面用“一是”，这里用“二要”，应为“二是”'],
      ['三要', '同一组列举写法不一致：前面用“一是”，这里用“三要”，应为“三是”'],
    ]);
  });
});

describe('structure on real text', () => {
  it('asks no opening, closing or signature of a paper for a meeting (10, 26, 27, 28)', () => {
    const text = lines(
      '关于公司服务陕西经济社会发展报告2021编制有关情况的报告',
      '一、基本情况',
      '为落实国务院国资委有关要求，公司编制了报告。',
      '二、需要公司党委会决策事项',
      '提请公司党委会审议。',
    );
    expect(check(text).findings.filter((f) => f.category === 'structure')).toEqual([]);
  });

  it('asks no signature of a 签报, whose signer and date are fields of the form (20, 21)', () => {
    const text = lines('签报名称：关于办理公司本部2021年1月融资有关事项的请示', '财务资产部', '请示事项(摘要)：为保证公司正常支付，本月计划新增借款15亿元。', '以上妥否，请批示。');
    expect(check(text).findings.filter((f) => f.category === 'structure')).toEqual([]);
  });

  it('asks no opening, closing or signature of a report given at a meeting (12)', () => {
    const text = lines(
      '在公司2022年党风廉政建设和反腐败工作会议上的报告',
      '（2022年2月16日）',
      '同志们：',
      '按照会议安排，我向大会报告公司党风廉政建设和反腐败工作。',
      '一、2021年工作回顾',
      '2021年，各级纪检机构坚决贯彻落实上级决策部署。',
      '二、2022年重点工作',
      '同志们，让我们更加紧密地团结在以习近平同志为核心的党中央周围。',
    );
    expect(check(text).findings.filter((f) => f.category === 'structure')).toEqual([]);
  });

  it('reads a list of measures stated one by one as complete, however short some are (06)', () => {
    const text = lines(
      '省政府专门制定了十项措施：一是临时财政补贴火电企业发电成本。省级财政对第四季度统调火电所发电量予以补贴。二是落实税收缓交政策。三是加大信贷支持力度。四是实行发电计划奖励政策。按照“多发多奖”原则安排电量。五是加强保量保价电量考核。对统调火电全年保量保价电量完成情况进行考核。',
    );
    expect(flagged(text, 'empty-section')).toEqual([]);
  });

  it('reads numbered sentences that each say their piece as list items that need no body (28)', () => {
    const text = lines(
      '1.长期员工意外险',
      '（1）意外险保额及费率与2020年一致，保费预计支出1138万元，由公司统一支付并列入成本。',
      '（2）保险期间为2021年1月1日零时起至2021年12月31日24时止。',
      '（3）承保及经纪单位：承保单位英大人寿陕西分公司，经纪单位英大长安保险经纪有限公司。',
    );
    expect(flagged(text, 'empty-section')).toEqual([]);
  });

  it('reads a plan named by the coming year in a slogan heading (t04), and problems told after 尽管 (t03)', () => {
    const text = lines(
      '综合执法与应急管理局2022年工作总结',
      '一、以进固稳，勇攀高峰，2022年各项工作成效显著',
      '（一）安全生产形势稳定。全年未发生较大事故。',
      '尽管今年工作取得了一定成绩，但仍有阶段性困难和挑战需纳入重点关注，如执法力量不足。',
      '二、奋勇争先，开拓创新，全力以赴做好2023年工作',
      '1.持续抓好安全生产。',
    );
    expect(flagged(text, 'required-section')).toEqual([]);
  });

  it('does not take a topic told in a second-level sentence for a part (t01: （三）补短板，强弱项，持续增进民生福祉。)', () => {
    const text = lines('海坛片区管理局2022年工作总结及2023年工作思路', '一、主要工作情况', '（一）经济发展稳中有进。全年完成投资。', '（二）补短板，强弱项，持续增进民生福祉。牢牢守住民生底线。', '二、2023年工作思路', '正文。');
    expect(findings(text, {}, 'required-section').map((f) => f.message)).toEqual([
      '缺少“存在问题”部分（一级标题中没有“问题”“不足”“差距”等词）；按“工作总结”检查（标题含“工作总结”）',
    ]);
  });

  it('names the 存在问题 a 工作总结 lacks, and not when a paragraph states it (s03, s06)', () => {
    const summary = (last: string) =>
      lines('金井片区管理局2022年工作总结', '一、2022年工作总结', '（一）项目建设有序推进。全年完成投资12亿元。', last, '二、2023年工作计划', '（一）持续推进项目建设。');
    expect(findings(summary('（二）民生保障持续改善。新增就业岗位500个。'), {}, 'required-section').map((f) => f.message)).toEqual([
      '缺少“存在问题”部分（一级标题中没有“问题”“不足”“差距”等词）；按“工作总结”检查（标题含“工作总结”）',
    ]);
    expect(flagged(summary('在取得上述主要工作成效的同时，我们也清醒认识到在实际工作中还存在不少困难和问题：一是起步晚；二是体量小。'), 'required-section')).toEqual([]);
  });
});

describe('repetition on real text', () => {
  // repeated-phrase is off by default; these turn it on as a user would.
  const on = { rules: { 'repeated-phrase': 'info' as const } };

  it('does not report a unit, a project or a cited document that must repeat (06, 19, 25)', () => {
    const text = lines(
      '国网湖北省电力有限公司关于湖北电力保供工作的报告',
      '9月下旬以来，国网湖北省电力有限公司认真贯彻落实上级决策部署。',
      '根据《陕西省发展和改革委员会关于做好抽水蓄能电站建设工作有关事项的通知》要求，公司开展了论证。',
      '我们严格按照《陕西省发展和改革委员会关于做好抽水蓄能电站建设工作有关事项的通知》执行。',
      '经研究，国网湖北省电力有限公司将《陕西省发展和改革委员会关于做好抽水蓄能电站建设工作有关事项的通知》落实到位。',
      '截至目前，国网湖北省电力有限公司所属单位均已完成部署。',
    );
    expect(flagged(text, 'repeated-phrase', on)).toEqual([]);
  });

  it('does not report notes in brackets that name who is responsible (31)', () => {
    const text = lines('推进5G基站建设，新建基站4万个。（省大数据局牵头，省通信管理局按职责分工负责）', '建设千兆光网城市。（省工业和信息化厅牵头，省通信管理局按职责分工负责）', '完善物联网感知设施。（省住房城乡建设厅牵头，省通信管理局按职责分工负责）');
    expect(flagged(text, 'repeated-phrase', on)).toEqual([]);
  });

  it('finds a word written twice in a row (t06), and not where the two halves are not words (t02, 12)', () => {
    expect(findings(lines('依托台湾农民创业园，产业园新增新增台资农业企业7家。'), {}, 'doubled-character').map((f) => [f.text, f.message])).toEqual([
      ['新增', '“新增新增”重复，多写了一个“新增”'],
    ]);
    expect(flagged(lines('确保蔬菜生产增产增效，公司党委高度重视巡视巡察工作，一步一步抓落实，研究研究再定。'), 'doubled-character')).toEqual([]);
  });

  it('finds a sentence written twice in a row (s09)', () => {
    expect(findings(lines('二是提升民生兜底保障水平。提升民生兜底保障水平。织牢织密兜底保障网络。'), {}, 'doubled-character').map((f) => [f.text, f.message])).toEqual([
      ['提升民生兜底保障水平。', '“提升民生兜底保障水平。”与上一句重复，多写了一遍'],
    ]);
  });
});

describe('punctuation, placeholders and expressions on real text', () => {
  it('finds a half-width colon ending a line (19), <> for 〈〉 in a title (d03), a comma after a percentage (s06)', () => {
    expect(flagged(lines('具体计算过程如下:', '1.铁塔根开取值范围。'), 'halfwidth-punctuation')).toEqual([':']);
    expect(flagged(lines('一、《关于<国家电网有限公司深化纪检监察体制改革实施方案>落实情况的汇报》已印发。'), 'halfwidth-punctuation')).toEqual(['<', '>']);
    expect(flagged(lines('按照2024年去存20%,2025年去存60%的目标要求推进。'), 'halfwidth-punctuation')).toEqual([',']);
    // Before a range of months (t03).
    expect(flagged(lines('进一步支持中小微企业融资,1-11月累计发放“纾困贷”。'), 'halfwidth-punctuation')).toEqual([',']);
    // Thousands separators and times stay as they are.
    expect(flagged(lines('营业收入1,100.76万元，于8:34发布。'), 'halfwidth-punctuation')).toEqual([]);
  });

  it('finds a 文号 year in square or round brackets (a04)', () => {
    expect(findings(lines('根据《关于印发君山片区法治政府建设实施方案的通知》（岚君山管[2022]48号）要求。'), {}, 'document-number').map((f) => [f.text, f.message])).toEqual([
      ['[2022]', '发文字号中的年份应写作“〔2022〕”，“[2022]”用了“[”'],
    ]);
    expect(flagged(lines('按照国发〔2021〕1号文件要求，于[2022]年完成。'), 'document-number')).toEqual([]);
  });

  it('finds a period left blank (统计期限自至, a02), and leaves programmes named with × or X alone (a08, s07)', () => {
    expect(flagged(lines('本报告中所列数据的统计期限自至。'), 'placeholder-date')).toEqual(['自至']);
    expect(check(lines('深入实施“数据要素×”行动，加强公共数据开发利用。', '构建“1+1+X”监管体系，推行1+X证书制度。')).findings.filter((f) => f.category === 'placeholder')).toEqual([]);
  });

  it('finds 习近平 written without his title (s09), but not in a book title', () => {
    expect(flagged(lines('深入贯彻习近平在福建考察时的重要讲话精神。'), 'informal-title')).toEqual(['习近平']);
    expect(flagged(lines('组织学习《习近平在福建》等书籍。'), 'informal-title')).toEqual([]);
  });
});
