"""a03 and a08 come from repositories fetched as git snapshots (see SOURCES.md).
a03: PDF blob 9efdd2dd… from zxj6827111-blip/KIROGOVCOMPARE@ed9cb5d7…:sample_pdfs_v1/hzq2024_working.pdf,
     converted with /work/shared/corpus/real/build/pdf2doc.py (pdfplumber; the converter used for corpus files 29/30):
        python3 /work/shared/corpus/real/build/pdf2doc.py hzq2024_working.pdf > docs/a03_hongze_xxgk_nianbao_2024.txt
a08: column full_text of johncodes404/china-provincial-gov-reports-2026@9ea556bb…:output/2026_raw_text/2026_上海市_政府工作报告.csv
     (the text already has one paragraph per line); this script drops the page chrome."""
import csv, io, subprocess, sys
csv.field_size_limit(10**8)
def a08(repo):
    b = subprocess.run(['git', '-C', repo, 'show', '9ea556bb55e42d48343a1ca3d9c29fb670142dcb:output/2026_raw_text/2026_上海市_政府工作报告.csv'],
                       capture_output=True, check=True).stdout.decode('utf-8').lstrip('\ufeff')
    t = list(csv.DictReader(io.StringIO(b)))[0]['full_text']
    lines = t.split('\n')
    assert lines[:9] == ['下载', '打印', '全屏', '收藏', '【字号：', '加大', '还原', '减小', '】']
    assert lines[11].startswith('来源：') and lines[12].startswith('时间：') and lines[-1] == '相关报道：'
    keep = lines[9:11] + lines[13:-1]          # title, subtitle, then speaker … closing paragraph
    return '\n'.join(keep) + '\n'
if __name__ == '__main__':
    open('../docs/a08_shanghai_zhengfu_gongzuo_baogao_2026.txt', 'w').write(a08(sys.argv[1]))
