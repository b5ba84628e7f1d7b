// Paired marks that do not pair up: “ never closed, a stray ”, 《…“…》 closing over an open quote.
// Scoped to a paragraph, so one missing mark does not flag the rest of the document.

import type { DocumentModel } from '../../model';
import { msg, type Rule, type RuleFinding } from '../../rule';
import { isAsciiLetter, isDigit } from '../../text';
import { isMasked } from '../../scan';

const CLOSER_OF: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '（': '）', '〔': '〕', '【': '】' };
const OPENER_OF: Record<string, string> = Object.fromEntries(Object.entries(CLOSER_OF).map(([o, c]) => [c, o]));
const NAME: Record<string, { zh: string; en: string }> = {
  '“': { zh: '引号', en: 'quotation mark' },
  '‘': { zh: '单引号', en: 'single quotation mark' },
  '《': { zh: '书名号', en: 'title mark' },
  '（': { zh: '括号', en: 'bracket' },
  '〔': { zh: '六角括号', en: 'tortoise-shell bracket' },
  '【': { zh: '方头括号', en: 'lenticular bracket' },
};

const NUMERALS = '一二三四五六七八九十';
const CLAUSE_BREAKS = '；;，,。：:、 \u3000';

/** A paragraph with more unpaired marks than this is not prose: the first ones are enough. */
const MAX_PER_PARAGRAPH = 50;

interface Open {
  ch: string;
  offset: number;
}

export const unbalancedPair: Rule = {
  id: 'unbalanced-pair',
  category: 'punctuation',
  defaultSeverity: 'error',
  doc: msg(
    '成对的标点（“” ‘’ 《》 （） 〔〕 【】）在同一段内没有配对：左边的没有闭合，右边的前面没有对应的左半边，或者交叉嵌套（《……“……》）。按段落检查，一处漏标不会牵连全文；句子中间断行（从PDF复制的文字）时接着下一行检查；一段最多报告50处。',
    'Paired marks (“” ‘’ 《》 （） 〔〕 【】) that do not pair up within a paragraph: an opening mark never closed, a closing mark with no opening one, or marks closed across each other (《……“……》). Checked paragraph by paragraph, so one missing mark does not flag the rest of the document; a line broken mid-sentence (text pasted from a PDF) is checked together with the next; at most 50 per paragraph.',
  ),
  basis: msg('GB/T 15834-2011《标点符号用法》：引号、括号、书名号均成对使用，标示的内容首尾各用一个。', 'GB/T 15834-2011 (Use of punctuation marks): quotation marks, brackets and title marks come in pairs around what they mark.'),
  check({ analysis, model }) {
    const findings: RuleFinding[] = [];
    const markers = analysis.markerOffsets;
    const paragraphs = model.paragraphs;
    let stack: Open[] = [];
    // Open marks per kind: a closing mark with none open is stray without searching the stack.
    let openCount = new Map<string, number>();
    let blockFindings: RuleFinding[] = [];
    for (let p = 0; p < paragraphs.length; p++) {
      const { start, end } = paragraphs[p].span;
      for (let i = start; i < end; i++) {
        if (!mayBePairedMark(model.text.charCodeAt(i))) continue;
        const ch = model.text[i];
        const isOpener = ch in CLOSER_OF;
        if (!isOpener && !(ch in OPENER_OF)) continue;
        if (markers.has(i) || isMasked(model, { start: i, end: i + 1 }) || isApostrophe(model.text, i)) continue;
        if (isOpener) {
          stack.push({ ch, offset: i });
          openCount.set(ch, (openCount.get(ch) ?? 0) + 1);
          continue;
        }
        const opener = OPENER_OF[ch];
        if (!openCount.get(opener)) {
          if (blockFindings.length < MAX_PER_PARAGRAPH && !isListMarker(model, paragraphs[p].contentStart, i)) blockFindings.push(strayCloser(ch, i));
          continue;
        }
        let k = stack.length - 1;
        while (stack[k].ch !== opener) k--;
        const [, ...inside] = stack.splice(k);
        openCount.set(opener, openCount.get(opener)! - 1);
        // Marks opened inside this pair and still open: closed across (《……“……》).
        for (const inner of inside) {
          openCount.set(inner.ch, openCount.get(inner.ch)! - 1);
          if (blockFindings.length < MAX_PER_PARAGRAPH) blockFindings.push(unclosed(inner, ch));
        }
      }
      // A line broken in mid-sentence (text pasted from a PDF) goes on in the next one.
      if (stack.length && wrapsInto(model, p)) continue;
      for (const open of stack) {
        if (blockFindings.length >= MAX_PER_PARAGRAPH) break;
        if (!continuesQuotation(model, p, open)) blockFindings.push(unclosed(open));
      }
      findings.push(...blockFindings.sort((a, b) => a.span.start - b.span.start));
      stack = [];
      openCount = new Map();
      blockFindings = [];
    }
    return findings;
  },
};

/**
 * A cheap first test on the code unit: every paired mark lies in U+2018–U+201D, U+300A–U+3015 or
 * U+FF08–U+FF09, and almost all of a report (Han characters, ASCII) lies outside them.
 */
function mayBePairedMark(code: number): boolean {
  return (code >= 0x2018 && code <= 0x201d) || (code >= 0x300a && code <= 0x3015) || code === 0xff08 || code === 0xff09;
}

/** Marks a line may end with when it is whole: a paragraph ending with one is not a line broken mid-sentence. */
const WHOLE_LINE_END = '。！？；：!?;:…';

/**
 * Whether paragraph `p` is a line broken in mid-sentence that the next line continues: plain text
 * on consecutive lines, neither a heading, the first not ending a sentence.
 */
function wrapsInto(model: DocumentModel, p: number): boolean {
  const paragraph = model.paragraphs[p];
  const next = model.paragraphs[p + 1];
  if (!next || paragraph.heading !== undefined || next.heading !== undefined || next.firstLine !== paragraph.lastLine + 1) return false;
  return paragraph.span.end > paragraph.span.start && !WHOLE_LINE_END.includes(model.text[paragraph.span.end - 1]);
}

function unclosed(open: Open, closedBy?: string): RuleFinding {
  const close = CLOSER_OF[open.ch];
  const name = NAME[open.ch];
  return {
    span: { start: open.offset, end: open.offset + 1 },
    message: closedBy
      ? msg(`前${name.zh}「${open.ch}」在「${closedBy}」之前没有闭合（缺「${close}」）`, `The opening ${name.en} ${open.ch} is not closed before ${closedBy} (missing ${close})`)
      : msg(`前${name.zh}「${open.ch}」在本段没有闭合（缺「${close}」）`, `The opening ${name.en} ${open.ch} is never closed in this paragraph (missing ${close})`),
  };
}

function strayCloser(ch: string, offset: number): RuleFinding {
  const open = OPENER_OF[ch];
  const name = NAME[open];
  return {
    span: { start: offset, end: offset + 1 },
    message: msg(`多余的后${name.zh}「${ch}」：本段前面没有对应的「${open}」`, `Stray closing ${name.en} ${ch}: no ${open} before it in this paragraph`),
  };
}

/** ’ and ‘ between Latin letters are apostrophes (don’t), not quotation marks. */
function isApostrophe(text: string, offset: number): boolean {
  return (text[offset] === '’' || text[offset] === '‘') && isAsciiLetter(text[offset - 1]) && isAsciiLetter(text[offset + 1]);
}

/** A closing bracket after a number that starts a clause: a list marker such as 1） or 二）. */
function isListMarker(model: DocumentModel, contentStart: number, offset: number): boolean {
  const text = model.text;
  if (text[offset] !== '）') return false;
  let i = offset;
  while (i > contentStart && offset - i < 3 && (isDigit(text[i - 1]) || NUMERALS.includes(text[i - 1]))) i--;
  return i < offset && (i === contentStart || CLAUSE_BREAKS.includes(text[i - 1]));
}

/**
 * A quotation running over several paragraphs opens each of them with “ and closes only at the
 * end of the last: an unclosed “ that opens a paragraph, or opens a quoted speech (家长说：“……),
 * is not an error when the next paragraph goes on with the quotation — it opens with “ and
 * closes it only at its end, if at all (not “学史明理”是要求……, a new quotation).
 */
function continuesQuotation(model: DocumentModel, p: number, open: Open): boolean {
  const text = model.text;
  const paragraph = model.paragraphs[p];
  const next = model.paragraphs[p + 1];
  if (open.ch !== '“' || !next || text[next.contentStart] !== '“') return false;
  if (open.offset !== paragraph.contentStart && !'：:'.includes(text[open.offset - 1])) return false;
  const close = text.indexOf('”', next.contentStart);
  return close < 0 || close >= next.span.end || /^[。！？…\s]*$/.test(text.slice(close + 1, next.span.end));
}
