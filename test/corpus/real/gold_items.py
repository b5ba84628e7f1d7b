"""Locating the hand-made gold items of real documents, shared by each set's build/make_gold.py.
An item is found by an anchor in its line (the n-th occurrence, counted from 0) and the offset of
its text inside the anchor; the UTF-16 column is computed, then checked independently on the
UTF-16 encoding of the line (the text at line/character equals the item's text)."""
import json


def u16(s):
    return len(s.encode('utf-16-le')) // 2


def column(line, anchor, occurrence=0, offset=0, text=None):
    """The UTF-16 column of `text` (the anchor itself by default) in `line`."""
    text = anchor if text is None else text
    i = -1
    for _ in range(occurrence + 1):
        i = line.find(anchor, i + 1)
        assert i >= 0, (anchor, occurrence, line[:40])
    i += offset
    assert line[i:i + len(text)] == text, (anchor, text, line[i:i + len(text)])
    ch = u16(line[:i])
    assert line.encode('utf-16-le')[2 * ch:2 * ch + 2 * u16(text)].decode('utf-16-le') == text
    return ch


def write(path, items):
    """Writes the items as JSON lines, as ../../../shared/tools/score.mjs reads them."""
    with open(path, 'w', encoding='utf-8', newline='\n') as g:
        for o in items:
            g.write(json.dumps(o, ensure_ascii=False) + '\n')
