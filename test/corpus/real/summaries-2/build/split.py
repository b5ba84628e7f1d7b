"""Cut the page.txt texts of the Pingtan archive (raw/*.page.txt, transcribed from
changwu/pingtan-gov-zwgk-archive; each file's length equals the total_chars the archive index
reports for that page.txt) into one paragraph per line.

Only three kinds of change are made:
  1. the archiver's header (everything up to and including the line '==== 正文 ====') is dropped,
     and the page title is put on line 0 (spec 'head');
  2. a line break is inserted before every string in 'breaks' (searched in order); a separator
     space, NO-BREAK SPACE or U+3000 that the archiver left at such a point is dropped;
  3. nothing else.
The script asserts that the output, joined without line breaks, equals the source body with only
those separator characters missing at the break points.
Run from this directory:  python3 split.py   (writes ../docs/*.txt)"""
import sys
from specs import SPECS

SEP = ' \u3000\u00a0'
MARK = '==================== 正文 ====================\n'

def body_of(raw_name):
    t = open('raw/' + raw_name, encoding='utf-8').read()
    i = t.index(MARK)
    return t[i + len(MARK):]

def build(spec):
    body = body_of(spec['raw'])
    cuts, pos = [], 0
    for b in spec['breaks']:
        i = body.find(b, pos)
        assert i >= 0, ('break not found (in order)', spec['raw'], b)
        cuts.append(i)
        pos = i + 1
    assert cuts == sorted(cuts)
    pieces, prev = [], 0
    for c in cuts:
        pieces.append(body[prev:c]); prev = c
    pieces.append(body[prev:])
    lines = []
    for p in pieces:
        q = p.strip(SEP)
        # only separator characters may be dropped, and only at the ends of a piece
        assert p.find(q) >= 0 and set(p[:p.find(q)]) <= set(SEP) and set(p[p.find(q) + len(q):]) <= set(SEP)
        if q:
            lines.append(q)
    # check: nothing but separators at break points removed
    rebuilt = ''.join(lines)
    assert len(body) - len(rebuilt) == sum(len(p) - len(p.strip(SEP)) for p in pieces)
    assert rebuilt == ''.join(p.strip(SEP) for p in pieces)
    return spec['head'] + lines

if __name__ == '__main__':
    only = sys.argv[1:]
    for name, spec in SPECS.items():
        if only and not any(o in name for o in only):
            continue
        lines = build(spec)
        open('../docs/' + name, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
        print(name, len(lines))
