"""Writes ../gold.jsonl from the hand-made items below (same method as ../../summaries/build/make_gold.py).
Each item is located by (file, line, anchor, occurrence of the anchor, offset of the span inside the anchor,
span text); the UTF-16 column is computed and checked (the text at line/character equals the span).
Run from this directory: python3 make_gold.py"""
import collections
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from gold_items import column, write  # noqa: E402
D = '../docs/'
F = {
 't01': 't01_haitan_pianqu_zongjie_2022.txt', 't02': 't02_nongye_nongcun_zongjie_2022.txt',
 't03': 't03_caizheng_jinrong_zongjie_2022.txt', 't04': 't04_zonghe_zhifa_yingji_zongjie_2022.txt',
 't05': 't05_shehui_shiyeju_zongjie_2022.txt', 't06': 't06_nongye_nongcun_zongjie_2024.txt',
 't07': 't07_junshan_pianqu_zongjie_2024.txt', 't08': 't08_ziran_ziyuan_shengtai_zongjie_2024.txt',
 't09': 't09_lvyou_wenti_zongjie_2024.txt', 't10': 't10_junshan_pianqu_gongzuo_baogao_2022.txt'}
DUN = '顿号 between two quoted names ({}); GB/T 15834 says it is usually omitted between quoted items; house styles differ'
HWC = 'half-width comma between Chinese text: “{}” (should be “，”)'
HWS = 'half-width semicolon between Chinese text: “{}” (should be “；”)'
ITEMS = [
# (file, line, anchor, occurrence of anchor, offset in anchor, text, kind, need, note)
('t01', 3, '党支部,8个', 0, 3, ',', 'punctuation', 'must', HWC.format('获评省级离退休干部示范党支部,8个基层党组织…')),
('t01', 5, '补短板，强弱项', 0, 3, '，', 'punctuation', 'optional', 'parallel level-2 headings join their first pair with 、 (打基础、激活力 / 谋项目、优服务 / 优生态、提品质); this one writes “补短板，强弱项，”'),

('t02', 5, '＋农户', 0, 0, '＋', 'punctuation', 'optional', 'FULLWIDTH PLUS SIGN in “公司（合作社）＋农户＋基地” while line 6 writes ASCII + (“海上牧场+海上风电”); mixed forms'),
('t02', 6, '智慧渔港，三是', 0, 4, '，', 'punctuation', 'optional', 'unfinished sentence run into the next item with a comma: “将东澳中心渔港打造成数字化、智慧渔港，三是完善渔业产业链条。”'),
('t02', 7, '102个,完成', 0, 4, ',', 'punctuation', 'must', HWC.format('实施试点示范项目102个,完成投资7727万元')),
('t02', 11, '发展布局,推动', 0, 4, ',', 'punctuation', 'must', HWC.format('科学规划深远海发展布局,推动“风渔旅”融合试验项目')),
('t02', 11, '装备落地;培育', 0, 4, ';', 'punctuation', 'must', HWS.format('深远海智能装备落地;培育现代远洋捕捞企业')),
('t02', 12, '推进继续推进', 0, 0, '推进继续推进', 'repetition', 'optional', 'verb written twice: “2023年推进继续推进规划内渔港建设” (one 推进 left over from an edit)'),
('t02', 14, '示范推广,促进', 0, 4, ',', 'punctuation', 'must', HWC.format('加快台湾农业“五新”技术引进、示范推广,促进现代农业提质增效')),
('t02', 14, '创业园,为实验区', 0, 3, ',', 'punctuation', 'must', HWC.format('力争成为全省第7个国家级创业园,为实验区两岸融合再添1张名片')),
('t02', 15, '”、“', 0, 0, '”、“', 'punctuation', 'optional', DUN.format('意识形态“一岗双责”、“三会一课”')),

('t03', 22, '总体支出进度97.02%', 0, 6, '97.02%', 'punctuation', 'optional', 'the paragraph (item 5. of （二）) ends without a full stop: “…总体支出进度97.02%”, then the heading （三） follows'),
('t03', 23, '（三）与时俱进提升管理水平', 0, 0, '（三）与时俱进提升管理水平', 'punctuation', 'optional', 'the only one of the eleven standalone level-2 headings of the document without its closing 。 (all other （一）–（六） and plan headings end with 。)'),
('t03', 32, '融资,1-11月', 0, 2, ',', 'punctuation', 'must', HWC.format('进一步支持中小微企业融资,1-11月累计发放“纾困贷”')),
('t03', 70, '对接平台,推动', 0, 4, ',', 'punctuation', 'must', HWC.format('搭建政银企对接平台,推动财政政策与金融政策相衔接')),
('t03', 71, '编制和审核,推动', 0, 5, ',', 'punctuation', 'must', HWC.format('加强政府采购预算编制和审核,推动落实政府采购法律法规')),
('t03', 71, '居中争先;进一步', 0, 4, ';', 'punctuation', 'must', HWS.format('力争“政府采购”指标居中争先;进一步加强与行业主管部门…对接')),

('t04', 0, '管理局 2022', 0, 3, ' ', 'punctuation', 'optional', 'stray space in the page title “…综合执法与应急管理局 2022年工作总结…” (a line break of the printed title kept as a space)'),
('t04', 4, '”、“', 0, 0, '”、“', 'punctuation', 'optional', DUN.format('“两学一做”、“三会一课”')),
('t04', 4, '13772元;疫情', 0, 6, ';', 'punctuation', 'must', HWS.format('发放慰问金及慰问品共13772元;疫情防控期间')),
('t04', 5, '及时掌握党员干部的思想动态', 0, 0, '及时掌握党员干部的思想动态', 'repetition', 'optional', 'clause repeated in other words right after itself: “了解辨析党员干部的最新思想动态，及时掌握党员干部的思想动态”'),
('t04', 14, '火灾隐患;在清明', 0, 4, ';', 'punctuation', 'must', HWS.format('有效排除森林火灾隐患;在清明、国庆及党的二十大召开期间')),
('t04', 14, '管控压力,全力', 0, 4, ',', 'punctuation', 'must', HWC.format('缓解野外火源管控压力,全力确保全区森林防灭火形势平稳')),
('t04', 21, '1.加快综合执法改革进程。', 0, 0, '1.', 'numbering', 'optional', 'part 二 goes straight from 二、 to 1.–4. (no （一）), while part 一 puts （一）–（七） between 一、 and 1.; a skipped level by GB/T 9704 (一、（一）1.（1）)'),

('t05', 5, '领域４个', 0, 2, '４', 'punctuation', 'optional', 'FULLWIDTH DIGIT FOUR in “社会保障领域４个突出问题专项治理” (all other figures are ASCII digits)'),
('t05', 9, '投资 1.8亿元', 0, 2, ' ', 'punctuation', 'optional', 'stray space before a figure: “已完成投资 1.8亿元”'),
('t05', 11, '就业岗位,百分百', 0, 4, ',', 'punctuation', 'must', HWC.format('帮助10名随军未就业家庭落实就业岗位,百分百实现军转干部安置就业')),
('t05', 30, '项目8个,总投资', 0, 4, ',', 'punctuation', 'must', HWC.format('其中，在建重点项目8个,总投资30.68亿元')),
('t05', 30, '互联网医院）民政养老', 0, 5, '）', 'punctuation', 'optional', 'missing “；” between two items of the list after 二是: “…智慧医疗和两岸互联网医院）民政养老领域1个…” (the other items of line 30 are separated with “；”)'),

('t06', 0, '农业农村局 2024', 0, 5, ' ', 'punctuation', 'optional', 'stray space in the page title “…农业农村局 2024年工作总结…”'),
('t06', 3, '村庄建设,24个', 0, 4, ',', 'punctuation', 'must', HWC.format('持续做好30个“千万工程”美丽宜居村庄建设,24个农村建设品质提升项目有序实施')),
('t06', 4, '创业园,省级', 0, 3, ',', 'punctuation', 'must', HWC.format('成功获批国家级台湾农民创业园,省级闽台农业融合发展…')),
('t06', 4, '(农渔)', 0, 0, '(', 'punctuation', 'must', 'half-width parenthesis in Chinese text: “省级闽台农业融合发展(农渔)产业园” (should be “（农渔）”)'),
('t06', 4, '(农渔)', 0, 3, ')', 'punctuation', 'must', 'half-width parenthesis in Chinese text: “(农渔)” (should be “（农渔）”)'),
('t06', 4, '新增新增', 0, 0, '新增新增', 'repetition', 'must', 'word written twice in a row: “产业园新增新增台资农业企业7家”'),
('t06', 4, '品牌建设,新增', 0, 4, ',', 'punctuation', 'must', HWC.format('3个全国名特优新农产品品牌建设,新增9个国家绿色食品认证农产品')),
('t06', 4, '认证农产品,扎实', 0, 5, ',', 'punctuation', 'must', HWC.format('新增9个国家绿色食品认证农产品,扎实做好“土特产”文章')),
('t06', 8, '分置改革,完善', 0, 4, ',', 'punctuation', 'must', HWC.format('推进农村承包地“三权”分置改革,完善承包地经营权集中流转机制')),
('t06', 9, '资源禀赋,延伸', 0, 4, ',', 'punctuation', 'must', HWC.format('周边村庄等资源禀赋,延伸水产品加工、品牌建设、冷链物流等产业链条')),
('t06', 12, '“非农化”,防止', 0, 5, ',', 'punctuation', 'must', HWC.format('坚决遏制耕地“非农化”,防止耕地“非粮化”')),

('t07', 5, '预期目标，三是', 0, 4, '，', 'punctuation', 'optional', 'sentence fragment run into the next item with a comma: “完成率101.5%。顺利完成预期目标，三是要素保障支撑有力。”'),
('t07', 6, '（三）', 0, 0, '（三）', 'numbering', 'must', 'second-level heading repeated in part 一: （一）（二）（三）以高质量发展为目标 → （三）以全面振兴为导向 → （四）（五); this one should be （四） (and the following （四）（五） should be （五）（六）)'),
('t07', 14, '为抓手。推动', 0, 3, '。', 'punctuation', 'optional', 'full stop inside the run-in heading “（四）以改革创新为抓手。推动发展质效更高。” — the three parallel plan headings write “…为抓手，…。”'),

('t08', 7, '信访件5件;办理', 0, 5, ';', 'punctuation', 'must', HWS.format('办理自然资源部交办重点信访件5件;办理不予受理19件')),
('t08', 9, '入库工作,当前', 0, 4, ',', 'punctuation', 'must', HWC.format('有序推进已批复的详细规划成果入库工作,当前城镇开发边界内…')),
('t08', 12, '核查工作,未发现', 0, 4, ',', 'punctuation', 'must', HWC.format('使用已审核审批林地专项核查工作,未发现违法用林')),
('t08', 15, '1244亩%', 0, 5, '%', 'punctuation', 'optional', 'stray % after a unit: “建成后可新增耕地指标约1244亩%。”'),
('t08', 19, '（三）', 0, 0, '（三）', 'numbering', 'must', 'second-level heading repeated in part 一: （一）（二）（三）坚持保护优先 → （三）坚持绿色发展; this one should be （四）'),
('t08', 24, '工程措施，生物措施', 0, 4, '，', 'punctuation', 'optional', 'comma inside a three-term list: “综合应用工程措施，生物措施和科技措施” (list items take 、)'),

('t09', 1, '总量控制,带动', 0, 4, ',', 'punctuation', 'must', HWC.format('以“做好总量控制,带动消费增长”为目标')),
('t09', 7, '平潭——台中', 0, 2, '——', 'punctuation', 'optional', 'two-em dash (破折号) used as the connector of two place names: “平潭——台中”; the connector is the 一字线 “—” (平潭—台中)'),
]
out = []
for f, ln, anchor, occ, off, text, kind, need, note in ITEMS:
    name = F[f]
    lines = open(D + name, encoding='utf-8').read().split('\n')
    l = lines[ln]
    if occ == 0 and anchor not in ('（三）', '”、“'):
        assert l.count(anchor) == 1, ('anchor not unique', f, ln, anchor)
    ch = column(l, anchor, occ, off, text)
    out.append(dict(file='docs/' + name, line=ln, character=ch, text=text, kind=kind, need=need, note=note))
# Parts a 工作总结 requires that are truly absent (structure.tsv): positionless items, as in ../../summaries.
ABSENT = [
 ('t01', 'no 存在问题 part: neither a heading nor a paragraph states the problems (structure.tsv 问题=absent)'),
 ('t02', 'no 存在问题 part: neither a heading nor a paragraph states the problems; （六）跟踪落实考核任务 (line 8) reports rankings (全省末位, 难以竞争) as work status, not as a problems part (structure.tsv 问题=absent)'),
 ('t04', 'no 存在问题 part: neither a heading nor a paragraph states the problems (structure.tsv 问题=absent)'),
 ('t06', 'no 存在问题 part: neither a heading nor a paragraph states the problems (structure.tsv 问题=absent)'),
 ('t07', 'no 存在问题 part: neither a heading nor a paragraph states the problems (structure.tsv 问题=absent)'),
 ('t09', 'no 存在问题 part: neither a heading nor a paragraph states the problems (structure.tsv 问题=absent)'),
 ('t10', 'no 存在问题 part: the 年度工作报告 lists achievements only (structure.tsv 问题=absent)'),
 ('t10', 'no 打算 part: the text ends with the fourth achievement paragraph; no 2023 plan or 下一步 sentence (structure.tsv 打算=absent)'),
]
out.sort(key=lambda o: (o['file'], o['line'], o['character']))
out += [dict(file='docs/' + F[f], kind='structure', need='must', note=note) for f, note in ABSENT]
write('../gold.jsonl', out)
print(len(out), sorted(collections.Counter((o['need'], o['kind']) for o in out).items()))
print(collections.Counter(o['need'] for o in out))
