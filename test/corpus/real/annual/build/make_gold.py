"""Writes gold.jsonl from hand-made items located by (file, line, anchor text, occurrence in line);
the UTF-16 column is computed and checked (text at line/character == text)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from gold_items import column, write  # noqa: E402
D = 'docs/'
ITEMS = [
# file, line, text, occurrence(0-based within line), kind, need, note
('a01_pingtan_xxgk_nianbao_2023.txt', 5, ',', 0, 'punctuation', 'must', 'half-width comma between Chinese characters in “坚持应公开尽公开,持续推进”'),
('a01_pingtan_xxgk_nianbao_2023.txt', 5, '”、“', 0, 'punctuation', 'optional', '顿号 between two quoted names (“台湾地区标准题录数据库”、“自贸深改”); house styles differ'),
('a01_pingtan_xxgk_nianbao_2023.txt', 64, '三是', 0, 'numbering', 'must', 'inline list 一是…；三是…；三是…: 二是 is missing, the second item is numbered 三是'),
('a01_pingtan_xxgk_nianbao_2023.txt', 64, '三是', 1, 'numbering', 'optional', 'repeat of 三是 in the same problem list (the fault is the preceding 三是, which should be 二是); a finding here is also right'),
('a02_pingtanxian_xxgk_nianbao_2013.txt', 1, '自至', 0, 'placeholder', 'must', 'blank dates: “统计期限自至。” — the start and end dates of the statistics period were never filled in'),
('a02_pingtanxian_xxgk_nianbao_2013.txt', 1, ' ；', 0, 'punctuation', 'optional', 'stray space before the full-width semicolon in the address'),
('a02_pingtanxian_xxgk_nianbao_2013.txt', 2, '一、 ', 0, 'numbering', 'optional', 'space after the level-1 marker “一、” (all other headings have none)'),
('a02_pingtanxian_xxgk_nianbao_2013.txt', 3, '（以下简称《条例》）', 0, 'repetition', 'optional', 'the abbreviation 《条例》 is defined a second time (already defined in the opening paragraph, line 1)'),
('a02_pingtanxian_xxgk_nianbao_2013.txt', 23, '1、', 0, 'numbering', 'must', 'level-3 item marker written “1、” (GB/T 9704: “1.”); the same document uses “1.” under 二、（三）'),
('a02_pingtanxian_xxgk_nianbao_2013.txt', 24, '2、', 0, 'numbering', 'must', 'level-3 item marker written “2、” instead of “2.”'),
('a02_pingtanxian_xxgk_nianbao_2013.txt', 25, '3、', 0, 'numbering', 'must', 'level-3 item marker written “3、” instead of “3.”'),
('a02_pingtanxian_xxgk_nianbao_2013.txt', 26, '4、', 0, 'numbering', 'must', 'level-3 item marker written “4、” instead of “4.”'),
('a03_hongze_xxgk_nianbao_2024.txt', 2, '编制此报告', 0, 'repetition', 'optional', '“本报告由……根据……要求编制此报告”: the subject 本报告 is repeated as the object 此报告'),
('a04_junshan_fazhi_zhengfu_2022.txt', 5, '[2022]', 0, 'punctuation', 'must', 'document number written with half-width square brackets “岚君山管[2022]48号”; GB/T 9704 requires 六角括号 〔2022〕'),
('a04_junshan_fazhi_zhengfu_2022.txt', 7, '法制宣传', 0, 'expression', 'optional', '法制宣传 where the document otherwise says 法治宣传 (《…开展法治宣传的第八个五年规划》); current canonical wording is 法治宣传'),
('a04_junshan_fazhi_zhengfu_2022.txt', 16, '建议12件政协提案', 0, 'punctuation', 'optional', 'missing 顿号 between two counted items “人大议案建议12件政协提案4件”'),
('a04_junshan_fazhi_zhengfu_2022.txt', 16, '％', 0, 'punctuation', 'optional', 'full-width ％ in “答复率100％” while the rest of the document writes half-width %'),
('a04_junshan_fazhi_zhengfu_2022.txt', 18, '法制宣传', 0, 'expression', 'optional', '法制宣传 (see line 7); canonical 法治宣传'),
('a04_junshan_fazhi_zhengfu_2022.txt', 18, '法制宣传', 1, 'expression', 'optional', '法制宣传 (see line 7); canonical 法治宣传'),
('a04_junshan_fazhi_zhengfu_2022.txt', 18, '法制宣传', 2, 'expression', 'optional', '法制宣传 (see line 7); canonical 法治宣传'),
('a05_pingtan_jingfaju_fazhi_2022.txt', 1, ',', 0, 'punctuation', 'must', 'half-width comma after a book title: “《法治政府建设与责任落实督查工作规定》,以及”'),
('a05_pingtan_jingfaju_fazhi_2022.txt', 1, '<法治平潭建设规划（2021-2025）>', 0, 'punctuation', 'must', 'nested title marked with half-width < > inside 《》; should be 〈法治平潭建设规划（2021-2025）〉'),
('a05_pingtan_jingfaju_fazhi_2022.txt', 3, '<中国共产党党务公开条例（试行）>', 0, 'punctuation', 'must', 'nested title marked with half-width < > inside 《》; should be 〈…〉'),
('a05_pingtan_jingfaju_fazhi_2022.txt', 4, '—', 0, 'punctuation', 'optional', 'the same plan is cited as （2021—2025年） here and as （2021-2025） in lines 1 and 22: inconsistent title and dash'),
('a05_pingtan_jingfaju_fazhi_2022.txt', 12, '（一）', 0, 'numbering', 'must', 'second-level heading numbered （一） twice under 三、: （一）推进权责事项管理 → （一）推进“互联网+政务服务” → （三）; this one should be （二）'),
('a05_pingtan_jingfaju_fazhi_2022.txt', 13, '（三）', 0, 'numbering', 'optional', 'follows the repeated （一） of line 12; a gap finding (“（一）之后是（三）”) here points at the same fault'),
('a05_pingtan_jingfaju_fazhi_2022.txt', 16, '法制机构', 0, 'expression', 'optional', '法制机构 (legal-affairs office) is an accepted older name; current usage 法治机构/法规机构 — borderline'),
('a05_pingtan_jingfaju_fazhi_2022.txt', 20, '》、《', 0, 'punctuation', 'optional', '顿号 between book titles 《反有组织犯罪法》、《民法典》 (GB/T 15834 omits it)'),
('a05_pingtan_jingfaju_fazhi_2022.txt', 20, '》、《', 1, 'punctuation', 'optional', '顿号 between book titles 《民法典》、《反间谍法》'),
('a05_pingtan_jingfaju_fazhi_2022.txt', 21, '法制讲座', 0, 'expression', 'optional', '法制讲座 where the document otherwise says 法治 (法治宣传教育, 法治教育培训)'),
('a06_pingtan_shehuishiyeju_fazhi_2022.txt', 4, '－', 0, 'punctuation', 'optional', 'full-width hyphen-minus U+FF0D in the year range （2021－2025）; other documents use - or —'),
('a06_pingtan_shehuishiyeju_fazhi_2022.txt', 6, '截止', 0, 'expression', 'optional', '截止2022年底 — a point in time takes 截至 (截止 = deadline)'),
('a06_pingtan_shehuishiyeju_fazhi_2022.txt', 6, '截止', 1, 'expression', 'optional', '截止2022年底 — should be 截至'),
('a06_pingtan_shehuishiyeju_fazhi_2022.txt', 6, '％', 0, 'punctuation', 'optional', 'full-width ％ (100％) while line 10 writes half-width % (81.01%, 100%)'),
('a06_pingtan_shehuishiyeju_fazhi_2022.txt', 8, ',', 0, 'punctuation', 'must', 'half-width comma between Chinese text: “网络竞答活动,竞赛积分”'),
('a06_pingtan_shehuishiyeju_fazhi_2022.txt', 8, '％', 0, 'punctuation', 'optional', 'full-width ％ (100％), mixed with half-width % elsewhere'),
('a06_pingtan_shehuishiyeju_fazhi_2022.txt', 10, '”、“', 0, 'punctuation', 'optional', '顿号 between quoted slogans “一趟不用跑”、“最多跑一趟”'),
('a06_pingtan_shehuishiyeju_fazhi_2022.txt', 10, '”、“', 1, 'punctuation', 'optional', '顿号 between quoted slogans “最多跑一趟”、“一件事”'),
('a06_pingtan_shehuishiyeju_fazhi_2022.txt', 12, '”、“', 0, 'punctuation', 'optional', '顿号 between quoted activity names “法治教育巡讲活动进校园”、“法治护航，守护少年的你”'),
('a07_pingtan_gongzuo_baogao_2024.txt', 1, '—', 0, 'punctuation', 'optional', 'subtitle introduced with a single em dash “—2024年1月18日…”; the convention is the double dash ——'),
('a07_pingtan_gongzuo_baogao_2024.txt', 12, '3.8 %', 0, 'punctuation', 'optional', 'stray space between the figure and the percent sign (3.8 %); all other figures are written 3%, 6.9%'),
('a07_pingtan_gongzuo_baogao_2024.txt', 64, ',', 0, 'punctuation', 'must', 'half-width comma between Chinese characters: “联动发展,打造”'),
('a07_pingtan_gongzuo_baogao_2024.txt', 84, '!', 0, 'punctuation', 'must', 'half-width exclamation mark between Chinese characters: “各位代表，同志们!大道如砥” (line 37 writes the same call with ！)'),
]
out = []
for f, ln, text, occ, kind, need, note in ITEMS:
    lines = open(D + f).read().split('\n')
    ch = column(lines[ln], text, occ)
    out.append(dict(file='docs/' + f, line=ln, character=ch, text=text, kind=kind, need=need, note=note))
write('gold.jsonl', out)
import collections
print(len(out), collections.Counter((o['need'], o['kind']) for o in out))
