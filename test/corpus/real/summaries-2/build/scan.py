"""Helper used to list candidate faults for the hand check (not the gold itself)."""
import re, glob, sys
CJK = r'[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》]'
for f in sorted(glob.glob('docs/*.txt')):
    if len(sys.argv) > 1 and not any(a in f for a in sys.argv[1:]): continue
    L = open(f).read().split('\n')
    print('=====', f)
    for i, l in enumerate(L):
        out = []
        for m in re.finditer(r'[,;:()?!<>\[\]]', l):
            a, b = l[max(0, m.start()-1):m.start()], l[m.end():m.end()+1]
            if re.match(CJK, a or 'x') or re.match(CJK, b or 'x'):
                out.append(('HW', m.group(), m.start(), l[max(0,m.start()-8):m.end()+8]))
        for m in re.finditer(r'[％＋－—–\u00a0 ·•﹒．]', l):
            out.append(('CH', repr(m.group()), m.start(), l[max(0,m.start()-8):m.end()+8]))
        for pair in ['“”', '《》', '（）', '‘’']:
            if l.count(pair[0]) != l.count(pair[1]):
                out.append(('UNBAL', pair, l.count(pair[0]), l.count(pair[1])))
        for m in re.finditer(r'”、“|》、《', l):
            out.append(('DUNHAO', m.group(), m.start(), ''))
        for m in re.finditer(r'(.)\1', l):
            if m.group(1) in '的了是在和与及':
                out.append(('DOUBLE', m.group(), m.start(), l[max(0,m.start()-5):m.end()+5]))
        for m in re.finditer(r'截止|XX|××|某某|年月日|年 月', l):
            out.append(('WORD', m.group(), m.start(), l[max(0,m.start()-5):m.end()+8]))
        ens = re.findall(r'([一二三四五六七八九十]+)是', l)
        if ens: out.append(('ENUM', ''.join(ens)))
        for o in out: print(i, o)
