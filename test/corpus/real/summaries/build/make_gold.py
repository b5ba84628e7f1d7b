"""Writes ../gold.jsonl from the hand-made items below.  Each item is located by (file, line, anchor,
offset of the span inside the anchor, span text); the anchor must occur exactly once in the line
unless an occurrence index is given.  The UTF-16 column is computed and checked
(the text at line/character equals the span).  Run from this directory: python3 make_gold.py"""
import collections
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from gold_items import column, write  # noqa: E402
D = '../docs/'
F = {k: v for k, v in [
 ('s01', 's01_xingzheng_shenpiju_zongjie_2022.txt'), ('s02', 's02_guozi_jianguan_baogao_2022.txt'),
 ('s03', 's03_jinjing_pianqu_zongjie_2022.txt'), ('s04', 's04_lvyou_wenti_zongjie_2022.txt'),
 ('s05', 's05_ziran_ziyuan_shengtai_zongjie_2022.txt'), ('s06', 's06_touzi_cujinju_zongjie_2024.txt'),
 ('s07', 's07_shichang_jianguanju_zongjie_2024.txt'), ('s08', 's08_haitan_pianqu_zongjie_2024.txt'),
 ('s09', 's09_shehui_shiyeju_zongjie_2024.txt'), ('s10', 's10_zonghe_zhifa_yingji_zongjie_2024.txt')]}
DUN = '顿号 between two quoted names ({}); GB/T 15834 says it is usually omitted between quoted items; house styles differ'
ITEMS = [
# (file, line, anchor, occurrence of anchor, offset in anchor, text, kind, need, note)
('s01', 22, '”、“', 0, 0, '”、“', 'punctuation', 'optional', DUN.format('“党员先锋岗”、“流动红旗窗口”')),
('s01', 22, '”、“', 1, 0, '”、“', 'punctuation', 'optional', DUN.format('“流动红旗窗口”、“服务先锋、改革尖兵”')),
('s01', 28, '”、“', 0, 0, '”、“', 'punctuation', 'optional', DUN.format('“银龄卫士”、“伴飞计划”')),

('s02', 4, '截止2022年底', 0, 0, '截止', 'expression', 'optional', '截止2022年底 — a point in time takes 截至 (the next sentence of the same line writes 截至12月底)'),
('s02', 34, '24 家', 0, 0, '24 家', 'punctuation', 'optional', 'stray space between the figure and the measure word: “重组为24 家” (all other figures are written without a space)'),

('s03', 5, '截止12月7日', 0, 0, '截止', 'expression', 'optional', '截止12月7日共摸排… — a point in time takes 截至'),
('s03', 5, '截止12月5日', 0, 0, '截止', 'expression', 'optional', '截止12月5日片区… — a point in time takes 截至'),
('s03', 9, '截止目前', 0, 0, '截止', 'expression', 'optional', '截止目前 — should be 截至目前'),
('s03', 18, '以人民为中心发展思想', 0, 0, '以人民为中心发展思想', 'expression', 'must', 'canonical wording lacks 的: “坚持以人民为中心发展思想” — the fixed formula is 以人民为中心的发展思想'),
('s03', 10, '》,严格', 0, 1, ',', 'punctuation', 'must', 'half-width comma after a book title, between Chinese text: “《金井片区管理局规范临时救助工作暂行规定》,严格落实”'),

('s04', 3, '三大亮点', 0, 0, '三大亮点', 'numbering', 'optional', '“主要有以下三大亮点” announces three items, but four follow (（一）重点项目 … （四）文旅品牌, lines 4–7): stated count and list disagree. A reviewer raises it; it is outside the usual numbering rules, hence optional'),
('s04', 7, '”;“', 0, 1, ';', 'punctuation', 'must', 'half-width semicolon between Chinese text: ““民宿热门目的地”;“福往福来”航线…” (the rest of the list uses “；”)'),
('s04', 21, '仙人井－东美古村', 0, 3, '－', 'punctuation', 'optional', 'FULLWIDTH HYPHEN-MINUS U+FF0D as connector in 仙人井－东美古村; the connector is the short dash - or the en/em dash'),
('s04', 27, '中国－南太平洋', 0, 2, '－', 'punctuation', 'optional', 'FULLWIDTH HYPHEN-MINUS U+FF0D in “中国－南太平洋国家旅游文化节”; the official style is the 一字线 — (s05 writes 中国—岛屿)'),
('s04', 27, '中国－岛屿', 0, 2, '－', 'punctuation', 'optional', 'U+FF0D in 中国－岛屿国家海洋合作高级别论坛; official style 中国—岛屿'),
('s04', 27, '中国－岛屿', 1, 2, '－', 'punctuation', 'optional', 'U+FF0D in 中国－岛屿国家旅游分论坛; official style 中国—岛屿'),

('s05', 5, '编制,2022', 0, 2, ',', 'punctuation', 'must', 'half-width comma between Chinese text and a year: “共完成73个村庄规划编制,2022年启动的…”'),
('s05', 29, '代建单位,建设', 0, 4, ',', 'punctuation', 'must', 'half-width comma between Chinese characters: “区先行公司为土建部分代建单位,建设资金预算…”'),
('s05', 44, '推进推动', 0, 0, '推进推动', 'repetition', 'optional', 'two synonymous verbs side by side: “全力推进推动平潭医疗废物集中处置中心建设” (one of them left over from an edit)'),

('s06', 0, '促进局 关于', 0, 3, ' ', 'punctuation', 'optional', 'stray space in the page title “…投资促进局 关于2024年度…” (a line break of the printed title kept as a space)'),
('s06', 0, '2025年 工作', 0, 5, ' ', 'punctuation', 'optional', 'stray space in the page title “…和2025年 工作计划的报告”'),
('s06', 19, '20%,2025', 0, 3, ',', 'punctuation', 'must', 'half-width comma in Chinese text: “按照2024年去存20%,2025年去存60%的目标要求” (should be “，”); not a thousands separator'),

('s07', 5, '＋', 0, 0, '＋', 'punctuation', 'optional', 'FULLWIDTH PLUS SIGN U+FF0B mixed with ASCII + inside the same quote: “日常巡查＋突击检查+综合治理”'),
('s07', 7, '约22000余条', 0, 0, '约22000余条', 'expression', 'optional', '约 and 余 both mark an approximate figure: “约22000余条” (use one of them)'),

('s08', 33, '（四）', 0, 0, '（四）', 'numbering', 'must', 'second-level heading gap in part 二: （一）以品牌培育为突破 → （二）以和谐共融为追求 → （四）以安全稳定为基石; this one should be （三）'),
('s08', 26, '方向、第四', 0, 2, '、', 'punctuation', 'optional', '顿号 separating clauses that contain commas (“以68小镇为抓手，以景村融合为方向、第四街区…”); the clause separator is “；”'),
('s08', 26, '方向、第五', 0, 2, '、', 'punctuation', 'optional', '顿号 separating clauses that contain commas (“…以两岸融合为方向、第五街区…”); should be “；”'),
('s08', 27, '”、“', 0, 0, '”、“', 'punctuation', 'optional', DUN.format('“两岸融合”、“基层治理”')),
('s08', 27, '”、“', 1, 0, '”、“', 'punctuation', 'optional', DUN.format('“就业创业”、“乡村振兴”')),

('s09', 1, '习近平在福建考察时的重要讲话精神', 0, 0, '习近平在福建考察时的重要讲话精神', 'expression', 'must', 'canonical wording lacks the title: 习近平总书记在福建考察时的重要讲话精神 (the same document writes it in full in line 24)'),
('s09', 4, '新党员、新党员', 0, 0, '新党员、新党员', 'repetition', 'optional', '“党支部书记新党员、新党员” — 新党员 written twice (a garbled list; probably 党支部书记、新党员)'),
('s09', 5, '区“五星级', 0, 1, '“', 'punctuation', 'must', 'unbalanced quotation mark: “获评区“五星级基层党组织，8个…” — the opening “ is never closed'),
('s09', 5, '省级“新时代', 0, 2, '“', 'punctuation', 'must', 'unbalanced quotation mark: “确定为省级“新时代中小学校党建工作示范学校。” — the opening “ is never closed'),
('s09', 5, '中心(所', 0, 2, '(', 'punctuation', 'must', 'half-width parenthesis in Chinese text: “新时代文明实践中心(所、站、基地)”'),
('s09', 5, '基地)', 0, 2, ')', 'punctuation', 'must', 'half-width parenthesis in Chinese text: “(所、站、基地)”'),
('s09', 6, '生态政治。', 0, 2, '政治', 'repetition', 'optional', 'item heading “三是持续净化政治生态政治。” ends with a stray repeated 政治'),
('s09', 8, '北院 区', 0, 2, ' ', 'punctuation', 'optional', 'stray space inside a name: “区中医院北院 区” (written 北院区 elsewhere)'),
('s09', 20, '”、“', 0, 0, '”、“', 'punctuation', 'optional', DUN.format('“模拟法庭”、“法治教育巡讲活动进校园”')),
('s09', 20, '％', 0, 0, '％', 'punctuation', 'optional', 'full-width ％ in “100％” while the same line writes 100% twice'),
('s09', 25, '。提升民生兜底保障水平。', 0, 1, '提升民生兜底保障水平。', 'repetition', 'must', 'sentence repeated: “二是提升民生兜底保障水平。提升民生兜底保障水平。” — the item heading is written twice'),
('s09', 25, '三是深化退役军人服务', 0, 0, '三是', 'numbering', 'optional', '三是 (深化退役军人服务) sits inside the paragraph of 二是 and is followed by another 三是 in line 26; a repeat finding here points at the same fault as line 26'),
('s09', 26, '三是提升硬件设施建设水平', 0, 0, '三是', 'numbering', 'must', 'inline list 一是/二是/三是/三是 under （一）推动“三大提升”: 三是 used twice (line 25 三是深化退役军人服务, here 三是提升硬件设施建设水平); this one should be 四是 (and the heading announces three items)'),
('s09', 32, '、 民办', 0, 1, ' ', 'punctuation', 'optional', 'stray space after the 顿号: “通过公办、 民办、兼职三大平台”'),
('s09', 33, '二是吸引台湾医师', 0, 0, '二是', 'numbering', 'must', 'a second list nested inside item 二是 of the outer list uses the same markers and starts at 二是 (the first sub-item 拓展台胞全流程就医服务内容 has no 一是): outer 二是 → inner 二是, 三是 → outer 三是 (line 34); the reader cannot tell the levels apart'),
('s09', 33, '三是鼓励台胞台企', 0, 0, '三是', 'numbering', 'optional', 'inner 三是 of the nested list in the outer 二是 item; the outer 三是 follows in line 34'),
('s09', 34, '三是着力推动两岸养老', 0, 0, '三是', 'numbering', 'optional', 'outer 三是 right after the inner 三是 of line 33; a repeat finding here points at the nested-list fault of line 33'),
('s09', 35, '生根,实现', 0, 2, ',', 'punctuation', 'must', 'half-width comma between Chinese characters: “在平潭落地生根,实现以创业带动就业”'),
('s09', 35, '快审,为', 0, 2, ',', 'punctuation', 'must', 'half-width comma between Chinese characters: “司法协同快移快审,为在岚台胞提供…”'),

('s10', 1, '大局,深化', 0, 2, ',', 'punctuation', 'must', 'half-width comma between Chinese characters: “紧扣“一岛两窗三区”建设大局,深化拓展…”'),
('s10', 26, '维护,巩固', 0, 2, ',', 'punctuation', 'must', 'half-width comma between Chinese characters: “资料传输系统的日常管理维护,巩固地震监测预报工作质量”'),
('s10', 27, '方案,尽快', 0, 2, ',', 'punctuation', 'must', 'half-width comma between Chinese characters: “相对集中行政处罚权方案,尽快落实…”'),
]
out = []
for f, ln, anchor, occ, off, text, kind, need, note in ITEMS:
    name = F[f]
    lines = open(D + name, encoding='utf-8').read().split('\n')
    ch = column(lines[ln], anchor, occ, off, text)
    out.append(dict(file='docs/' + name, line=ln, character=ch, text=text, kind=kind, need=need, note=note))
# Parts a 工作总结 requires that are truly absent (structure.tsv 问题=absent): positionless items,
# as the scorer reads them (any structure finding in the file answers one).
ABSENT = {
 's03': 'no 存在问题 part: neither a heading nor a paragraph states the problems (structure.tsv 问题=absent)',
 's04': 'no 存在问题 part: neither a heading nor a paragraph states the problems (structure.tsv 问题=absent)',
 's05': 'no 存在问题 part although the opening promises one (structure.tsv 问题=absent)',
 's07': 'no 存在问题 part: neither a heading nor a paragraph states the problems (structure.tsv 问题=absent)',
 's09': 'no 存在问题 part: neither a heading nor a paragraph states the problems (structure.tsv 问题=absent)',
 's10': 'no 存在问题 part: neither a heading nor a paragraph states the problems (structure.tsv 问题=absent)',
}
out.sort(key=lambda o: (o['file'], o['line'], o['character']))
out += [dict(file='docs/' + F[f], kind='structure', need='must', note=note) for f, note in ABSENT.items()]
write('../gold.jsonl', out)
print(len(out), collections.Counter((o['need'], o['kind']) for o in out))
print(collections.Counter(o['need'] for o in out))
