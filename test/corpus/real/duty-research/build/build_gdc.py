"""Restore paragraph breaks in rows of Telescope-U/GovDocClassification (dataset stores each
document as one line).  Only line breaks are inserted; the script checks that the output with the
line breaks removed equals the source text character for character.

usage: python3 build_gdc.py DATASET_DIR OUT_DIR
DATASET_DIR holds train.csv and val.csv from commit 7011e1a57b838106d2a5ae0d99b95506fc36f9bb.
"""
import csv, os, re, sys

HEAD = r'(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.．﹒]|（\d{1,2}）)'

def nth(s, sub, n):
    i = -1
    for _ in range(n):
        i = s.find(sub, i + 1)
        assert i >= 0, ('missing', sub, n)
    return i

def restore(raw, after=(), before=(), auto=True):
    """after/before: list of (substring, occurrence) -> break after / before that occurrence."""
    raw = raw.rstrip('\n')  # each dataset cell ends with one line feed
    cuts = set()
    if auto:  # break before a heading marker that follows a sentence-final mark
        for m in re.finditer(r'(?<=[。；！？：])(?=' + HEAD + ')', raw):
            cuts.add(m.start())
    for sub, n in after:
        cuts.add(nth(raw, sub, n) + len(sub))
    for sub, n in before:
        cuts.add(nth(raw, sub, n))
    cuts.discard(0); cuts.discard(len(raw))
    out, prev = [], 0
    for c in sorted(cuts):
        out.append(raw[prev:c]); prev = c
    out.append(raw[prev:])
    text = '\n'.join(out) + '\n'
    assert text.replace('\n', '') == raw
    return text

def A(*subs):  # first occurrence unless (sub, n) given
    return [s if isinstance(s, tuple) else (s, 1) for s in subs]

SPECS = {
 ('train.csv', '192'): dict(slug='d01_xian_dongshizhang_lianluoyuan_diaoyan_2020',
   after=A('2020年度董事长联络员调研报告', '国网西安供电公司   XXX', '一、问题描述', '二、主要原因分析', '三、解决建议'),
   before=A('粗浅看法，不妥之处')),
 ('train.csv', '149'): dict(slug='d02_shaanxi_houqin_yishixingtai_zhenggai_2022',
   after=A('中共国网陕西后勤服务中心委员会文件', '后勤中心党〔2022〕30号 签发人：XXX', '国网陕西后勤服务中心2022年意识形态工作整改落实报告',
           '国网陕西省电力有限公司党委：', '一、共性问题', '二、个性问题'),
   before=A(('整改措施：', 1), ('整改措施：', 2), ('整改措施：', 3), ('整改措施：', 4),
            '中共国网陕西后勤服务中心委员会2022年7月11日', '2022年7月11日（联系人', '（联系人：XXX')),
 ('val.csv', '33'): dict(slug='d03_shaanxi_jijian_tizhi_gaige_luoshi_2022',
   after=A(('落实情况的汇报', 1), '一、基本情况', '（二）需说明的事项', '二、需要公司党委决策的事项',
           ('关于《国家电网有限公司深化纪检监察体制改革实施方案》落实情况的汇报', 2),
           ('附件', 2), ('关于《国家电网有限公司深化纪检监察体制改革实施方案》落实情况的汇报', 3),
           '一、实施方案的基本精神', '二、公司推进情况',
           '（一）聚焦实施方案贯彻落实，扎实安排部署工作', '（二）聚焦“两个责任”贯通联动，充分发挥协助职责',
           '（三）聚焦做实做细政治监督，扛起监督第一职责', '（四）聚焦一体推进“三不”建设，强化监督执纪问责',
           '（五）聚焦系统集成、上下一体，主动发挥推动功能', '（六）聚焦配套制度机制建设，不断提高工作质效',
           '（七）聚焦顺畅协作、条块联动，推动形成监督合力', '（八）聚焦加强自身能力建设，着力打造纪检监察铁军',
           '三、下一步工作计划'),
   before=A('（一）《关于<', '妥否，请审议。', '\u3000\u3000\u3000\u3000附件：', '第一部分：总体要求', '第二部分：具体措施', '第三部分：组织领导')),
 ('val.csv', '25'): dict(slug='d04_shaanxi_yishixingtai_yuqing_fenxi_2022',
   after=A('关于公司意识形态工作有关情况的报告 ', '一、近期意识形态工作动态', '二、当前意识形态工作的形势任务', '三、今年公司意识形态工作的思路及举措',
           ('“江苏丰县生育八孩女子”事件舆情分析', 1), ('附件', 2), '——阳光下，人民至上的底线不容失守',
           '一、舆情概述', '二、舆情分析', '三、主要问题', '四、思考警示'),
   before=A('   公司2022年意识形态工作的思路', '附件：“江苏丰县', '从事件看，', '从传播看，', '从应对看，', '据融媒体云监测显示', '围绕该事件，舆论场',
            '他山之石可以攻玉', '总之,应对舆情事件')),
}

def main(src, out):
    rows = {}
    for fn in ('train.csv', 'val.csv'):
        for r in csv.DictReader(open(os.path.join(src, fn), encoding='utf-8')):
            rows[(fn, r['id'])] = r['article']
    for key, sp in SPECS.items():
        text = restore(rows[key], sp['after'], sp['before'])
        with open(os.path.join(out, sp['slug'] + '.txt'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(text)
        print(sp['slug'], len(text.splitlines()), 'lines')

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
