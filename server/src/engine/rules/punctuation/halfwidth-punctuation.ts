// Half-width marks in Chinese text: 惠民服务,今年来 / 可办率达x%,行政许可 / 会议(扩大). Never in
// Latin text, numbers (1,000 / 10:30), URLs, code or Markdown syntax, nor heading markers like
// (五), which the numbering rules own.

import type { DocumentAnalysis } from '../../analysis/analysis';
import type { DocumentModel } from '../../model';
import { msg, type Rule, type RuleFinding } from '../../rule';
import { matches } from '../../scan';
import { isAsciiLetter, isChinesePunctuation, isDigit, isHan } from '../../text';

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！', '.': '。', '<': '〈', '>': '〉' };

/** A figure or Latin token between Chinese words (x%, 2021, APP) is at most this long. */
const MAX_TOKEN = 12;

export const halfwidthPunctuation: Rule = {
  id: 'halfwidth-punctuation',
  category: 'punctuation',
  defaultSeverity: 'warning',
  fixable: true,
  doc: msg(
    '中文语句中用了半角标点（, ; : ( ) ? !），应改为全角（，；：（）？！）；中文句子末尾用了半角句点“.”，应为“。”；行末中文后的半角冒号（“如下:”）也算；书名号内用半角“<>”代替“〈〉”（《关于<……>的汇报》）应改为“〈〉”。只检查两边都是中文（或中文里夹着的数字、字母）的标点；句点只在中文字后、行末或下一句中文前检查。英文语句、数字（1,000、10:30、3.14）、文件名、网址、代码、Markdown 语法、参考文献条目（[1] 作者. 题名[J]. 刊名, 年份，按 GB/T 7714 用半角标点）和标题序号（由序号规则检查）中的半角标点不算。括号只在括号内有中文时检查。',
    'Half-width punctuation (, ; : ( ) ? !) in Chinese sentences, to be written full-width (，；：（）？！), a half-width “.” ending a Chinese sentence, to be written “。”, a half-width colon after Chinese at the end of a line (如下:), and “<>” standing for the inner title marks “〈〉” inside 《》 (《关于<……>的汇报》). Only marks with Chinese on both sides (or a figure or Latin word inside Chinese text) are reported; a full stop only after a Chinese character and before the end of the line or the next Chinese sentence. Latin sentences, numbers (1,000, 10:30, 3.14), file names, URLs, code, Markdown syntax, reference entries ([1] 作者. 题名[J]. 刊名, 2021, written half-width per GB/T 7714) and heading markers (the numbering rules) are left alone. Brackets are reported only around Chinese text.',
  ),
  basis: msg('GB/T 15834-2011《标点符号用法》：中文文本使用全角标点符号。', 'GB/T 15834-2011 (Use of punctuation marks): Chinese text uses full-width punctuation.'),
  check({ analysis, model }) {
    const text = model.text;
    const markers = analysis.markerOffsets;
    const findings: RuleFinding[] = [];
    for (const m of matches(model, /[,;:?!().<>]/g)) {
      const at = m.index;
      if (markers.has(at) || isReferenceEntry(model, at)) continue;
      const mark = m[0];
      const chinese =
        mark === '(' || mark === ')'
          ? isChineseBracket(text, at)
          : mark === '.'
            ? endsChineseSentence(text, at)
            : mark === '<' || mark === '>'
              ? isInnerTitleMark(analysis, at)
              : isBetweenChinese(text, at) || (mark === ':' && introducesNextLine(text, at));
      if (!chinese) continue;
      const full = FULL_WIDTH[mark];
      const span = { start: at, end: at + 1 };
      findings.push({
        span,
        message: msg(`中文里用了半角“${mark}”，应为全角“${full}”`, `Half-width "${mark}" in Chinese text; use the full-width "${full}"`),
        fix: { title: msg(`改为全角“${full}”`, `Change to full-width "${full}"`), edits: [{ span, newText: full }] },
      });
    }
    return findings;
  },
};

/**
 * Chinese on both sides, allowing a short figure or Latin token on one side when Chinese is just
 * beyond it (达x%,行政 / 其中,2021年). Digits on both sides are a number (1,000, 10:30).
 */
function isBetweenChinese(text: string, at: number): boolean {
  const left = neighbour(text, at, -1);
  const right = neighbour(text, at + 1, 1);
  if (left === undefined || right === undefined) return false;
  if (isDigit(text[left]) && isDigit(text[right])) return false;
  const leftChinese = isChineseSide(text, left, -1);
  const rightChinese = isChineseSide(text, right, 1);
  if (!leftChinese || !rightChinese) return false;
  // At least one side must be Chinese itself, not a token inside Chinese text — or a figure
  // closed by % (去存20%,2025年): a quantity is complete there, and what follows is a new clause.
  return isChinese(text[left]) || isChinese(text[right]) || text[left] === '%' || text[left] === '％';
}

/** A colon after Chinese text at the end of its line, introducing the lines below (具体计算过程如下:). */
function introducesNextLine(text: string, at: number): boolean {
  return isHan(text[at - 1]) && neighbour(text, at + 1, 1) === undefined && at + 1 < text.length;
}

/**
 * `<` or `>` standing for the inner title marks 〈〉 inside 《》 (《关于<……实施方案>落实情况的汇报》):
 * a pair around Chinese words, inside a title.
 */
function isInnerTitleMark(analysis: DocumentAnalysis, at: number): boolean {
  const text = analysis.text;
  if (!analysis.inBookTitle({ start: at, end: at + 1 })) return false;
  const opening = text[at] === '<';
  const partner = opening ? text.indexOf('>', at + 1) : text.lastIndexOf('<', at - 1);
  if (partner < 0 || Math.abs(partner - at) > MAX_BRACKETED) return false;
  const inside = text.slice(Math.min(at, partner) + 1, Math.max(at, partner));
  return !/[<>\n]/.test(inside) && [...inside].some((ch) => isHan(ch)) && analysis.inBookTitle({ start: Math.min(at, partner), end: Math.max(at, partner) + 1 });
}

/**
 * A `.` that ends a Chinese sentence: a Chinese character before it, and the end of the line or
 * the next Chinese sentence after it (工作取得实效.下一步 / 圆满完成任务.). Not after a digit or
 * letter (1. 3.14 报告.docx), nor after a Chinese numeral, where it is a numbering marker (一.),
 * the numbering rules' business; not part of `...`.
 */
function endsChineseSentence(text: string, at: number): boolean {
  const before = text[at - 1];
  if (!isHan(before) || CHINESE_NUMERALS.includes(before) || text[at + 1] === '.') return false;
  const after = neighbour(text, at + 1, 1);
  return after === undefined || isHan(text[after]);
}

const CHINESE_NUMERALS = '〇一二三四五六七八九十百千';

/** A reference list entry ([1] 孟天广. 政府数字化转型[J]. 治理研究, 2021): GB/T 7714 writes it with half-width marks. */
const REFERENCE_ENTRY = /^[ \t\u3000]*[\[［][0-9]{1,3}[\]］]/;

function isReferenceEntry(model: DocumentModel, at: number): boolean {
  const line = model.lines.lineAt(at);
  const start = model.lines.lineStarts[line];
  return REFERENCE_ENTRY.test(model.text.slice(start, Math.min(start + 12, model.lines.lineEnds[line])));
}

/** How far a bracket's partner is looked for. */
const MAX_BRACKETED = 200;

/** A bracket around Chinese words, outside Latin text: 会议(扩大) / (见附件1). */
function isChineseBracket(text: string, at: number): boolean {
  const opening = text[at] === '(';
  const step = opening ? 1 : -1;
  // The partner, when on the same line and nothing else bracket-like is in between.
  let j = at + step;
  while (j >= 0 && j < text.length && Math.abs(j - at) <= MAX_BRACKETED && !'()\n\r（）'.includes(text[j])) j += step;
  const paired = text[j] === (opening ? ')' : '(');
  const inside = paired ? text.slice(Math.min(at, j) + 1, Math.max(at, j)) : text[at + step] ?? '';
  if (![...inside].some((ch) => isHan(ch))) return false;
  const outside = neighbour(text, opening ? at : at + 1, opening ? -1 : 1);
  return outside === undefined || !isAsciiLetter(text[outside]);
}

function isChinese(ch: string | undefined): boolean {
  return isHan(ch) || isChinesePunctuation(ch);
}

/** Whether the character at `i` is Chinese, or ends a short figure/Latin token with Chinese beyond it. */
function isChineseSide(text: string, i: number, step: -1 | 1): boolean {
  if (isChinese(text[i])) return true;
  let j = i;
  let length = 0;
  while (j >= 0 && j < text.length && isTokenChar(text[j]) && length <= MAX_TOKEN) {
    j += step;
    length++;
  }
  return length <= MAX_TOKEN && isHan(text[j]);
}

function isTokenChar(ch: string | undefined): boolean {
  return isAsciiLetter(ch) || isDigit(ch) || ch === '%' || ch === '％' || ch === '.' || ch === '-';
}

/** The nearest character from `i` in direction `step`, skipping ASCII spaces (within the line). */
function neighbour(text: string, i: number, step: -1 | 1): number | undefined {
  let j = step < 0 ? i - 1 : i;
  while (j >= 0 && j < text.length && text[j] === ' ') j += step;
  if (j < 0 || j >= text.length || text[j] === '\n' || text[j] === '\r') return undefined;
  return j;
}
