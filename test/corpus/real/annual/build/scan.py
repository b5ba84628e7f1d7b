"""Helper used while hand-checking: prints candidate faults (not the gold itself)."""
import re,sys
CJK='\u4e00-\u9fff'
for fn in sys.argv[1:]:
    print('=====',fn)
    L=open(fn).read().split('\n')
    for i,l in enumerate(L):
        if '\t' in l: continue
        for m in re.finditer(r'[,:;()?!\[\]<>%]|(?<=\S) (?=\S)|\u3000|\u00a0|％|—|-',l):
            print(' P',i,m.start(),repr(l[max(0,m.start()-10):m.start()+10]))
        for a,b in ['“”','《》','（）','()','〔〕','【】','‘’']:
            if l.count(a)!=l.count(b): print(' UNBAL',i,a+b,l.count(a),l.count(b))
        m=re.match(r'^(（?[一二三四五六七八九十\d]+[）、.．]?|[一二三四五六七八九十]+是)',l)
        if m: print(' H',i,l[:40])
        seq=re.findall(r'([一二三四五六七八九十]+)是',l)
        if seq: print(' L',i,''.join(seq))
        for m in re.finditer(r'([\u4e00-\u9fff])\1',l):
            print(' D',i,m.start(),l[max(0,m.start()-4):m.start()+6])
        for m in re.finditer(r'[Xx×＊*]{2,}|某某|年月日|自至',l):
            print(' X',i,m.start(),m.group())
