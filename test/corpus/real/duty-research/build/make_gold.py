"""Write gold.jsonl from hand-made items; each item is located by (line, text, n-th occurrence in the
line) and the script checks that the span at line/character equals text (UTF-16 columns)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
from gold_items import column, write  # noqa: E402
D1='docs/d01_xian_dongshizhang_lianluoyuan_diaoyan_2020.txt'
D2='docs/d02_shaanxi_houqin_yishixingtai_zhenggai_2022.txt'
D3='docs/d03_shaanxi_jijian_tizhi_gaige_luoshi_2022.txt'
D4='docs/d04_shaanxi_yishixingtai_yuqing_fenxi_2022.txt'
MASK='anonymisation mask inserted by the dataset publisher in place of a name/number; not in the original document; a checker may flag it as a blank'
LVL='third-level item “1.”/“2.” placed directly under a “一、” heading; the document never uses “（一）”, so the level is skipped consistently (house style, borderline)'
REP='formula “政治过硬、本领高强的纪检监察干部队伍” used 3 times (once quoting the 实施方案 measure, twice in （八）, both in the same paragraph); borderline overuse'
PEO='“以人民为中心” used 4 times (twice in the same item of 四、思考警示); a core principle and the theme of the analysis, so only a borderline overuse'
ITEMS = [
 (D1,1,'XXX',1,'placeholder','optional',MASK),
 (D2,1,'XXX',1,'placeholder','optional',MASK),
 (D2,6,'1.',1,'numbering','optional',LVL),
 (D2,8,'2.',1,'numbering','optional',LVL),
 (D2,11,'1.',1,'numbering','optional',LVL),
 (D2,13,'2.',1,'numbering','optional',LVL),
 (D2,7,'(',1,'punctuation','must','half-width “(” around a document number in running Chinese text: “的意见》(陕电党〔2017〕25号)等”'),
 (D2,7,')',1,'punctuation','must','half-width “)” closing “(陕电党〔2017〕25号)”'),
 (D2,9,'意识形工作',1,'expression','optional','“意识形工作” lacks 态: a near-miss of the fixed term “意识形态工作” (used correctly 11 times in the same document); a typo, outside the must list'),
 (D2,14,'》、《',1,'punctuation','optional','enumeration comma between two book titles (《…》、《…》): GB/T 15834 says it is usually omitted'),
 (D2,17,'XXX',1,'placeholder','optional',MASK),
 (D2,17,'XXXX',1,'placeholder','optional',MASK),
 (D3,2,'<',1,'punctuation','must','half-width “<” used as the inner book-title mark in “《关于<国家电网有限公司…实施方案>落实情况的汇报》”; the nested mark is “〈”'),
 (D3,2,'>',1,'punctuation','must','half-width “>” used as the inner book-title mark; the nested mark is “〉”'),
 (D3,3,'<',1,'punctuation','must','half-width “<” used as the inner book-title mark in “（一）《关于<…>落实情况的汇报》”; the nested mark is “〈”'),
 (D3,3,'>',1,'punctuation','must','half-width “>” used as the inner book-title mark; the nested mark is “〉”'),
 (D3,23,'”、“',1,'punctuation','optional','enumeration comma between two quoted phrases (“…”、“…”): GB/T 15834 says it is usually omitted (the same document writes “远程+现场”“月度+季度” without it)'),
 (D3,31,'》、《',1,'punctuation','optional','enumeration comma between two book titles (《…》、《…》): usually omitted (the same paragraph writes 《纪检工作评价办法》《二级单位…》 without it)'),
 (D3,16,'政治过硬、本领高强',1,'repetition','optional',REP),
 (D3,35,'政治过硬、本领高强',1,'repetition','optional',REP),
 (D3,35,'政治过硬、本领高强',2,'repetition','optional',REP),
 (D4,26,',',1,'punctuation','must','half-width comma in “总之,应对舆情事件”'),
 (D4,26,',',2,'punctuation','must','half-width comma in “简而言之,一看态度”'),
 (D4,2,'以人民为中心',1,'repetition','optional',PEO),
 (D4,22,'以人民为中心',1,'repetition','optional',PEO),
 (D4,24,'以人民为中心',1,'repetition','optional',PEO),
 (D4,24,'以人民为中心',2,'repetition','optional',PEO),
]
out=[]
for f,line,text,n,kind,need,note in ITEMS:
    # n counts occurrences from 1 here
    col=column(open(f,encoding='utf-8').read().split('\n')[line], text, n - 1)
    out.append(dict(file=f,line=line,character=col,text=text,kind=kind,need=need,note=note))
write('gold.jsonl', out)
print(len(out),'items;',sum(o['need']=='must' for o in out),'must')
