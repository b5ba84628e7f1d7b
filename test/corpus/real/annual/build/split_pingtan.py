"""Cut the page.txt bodies of the Pingtan archive (raw/*.page_body.txt, transcribed from
changwu/pingtan-gov-zwgk-archive and checked against the archive's character count) into one
paragraph per line.  Only three kinds of change are made:
  1. web chrome before START and after END is dropped;
  2. a line break is inserted before every string in BREAKS (a separator space or U+3000 that the
     archiver left at such a point is dropped);
  3. tables are rebuilt from TABLE specs (rows of cells; the cell texts must re-join to the source).
The script asserts that the output, with line breaks and TABs removed, equals the source between
START and END with only the dropped separators missing."""
import re, sys, json
from specs_pingtan import SPECS

def build(spec):
    raw = open('raw/' + spec['raw']).read().rstrip('\n')
    s = raw.index(spec['start']) if spec.get('start') else 0
    e = raw.index(spec['end']) if spec.get('end') else len(raw)
    body = raw[s:e]
    out = []
    pos = 0
    cuts = []
    for b in spec['breaks']:
        i = body.find(b, pos if spec.get('ordered', True) else 0)
        assert i >= 0, ('break not found', b)
        assert body.count(b) == 1 or spec.get('ordered', True), ('ambiguous break', b)
        cuts.append(i); pos = i + 1
    cuts = sorted(set(cuts))
    pieces = []
    prev = 0
    for c in cuts:
        pieces.append(body[prev:c]); prev = c
    pieces.append(body[prev:])
    lines = []
    for p in pieces:
        q = p.strip(' \u3000')
        if q:
            lines.append(q)
    # tables
    for t in spec.get('tables', []):
        idx = [k for k, l in enumerate(lines) if l == t['flat']]
        assert len(idx) == 1, ('table line not found', t['flat'][:30])
        rows = t['rows']
        assert ''.join(''.join(r) for r in rows) == t['flat'], 'table cells do not re-join to source'
        lines[idx[0]:idx[0]+1] = ['\t'.join(r).rstrip('\t') if not t.get('keep_trailing') else '\t'.join(r) for r in rows]
    lines = spec.get('head', []) + lines
    # check
    joined = ''.join(l.replace('\t', '') for l in lines[len(spec.get('head', [])):])
    stripped = re.sub(r'[ \u3000]', '', body)
    assert re.sub(r'[ \u3000]', '', joined) == stripped, 'text changed'
    return lines

if __name__ == '__main__':
    for name, spec in SPECS.items():
        lines = build(spec)
        open('../docs/' + name, 'w').write('\n'.join(lines) + '\n')
        print(name, len(lines))
