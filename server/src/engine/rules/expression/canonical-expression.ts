// Fixed wordings (规范表述) written wrong: a known wrong variant (以习近平总书记为核心的党中央) or a
// near miss one character off (习近平时代中国特色社会主义思想, 《中共共产党简史》), fixed to the
// canonical form.

import type { DocumentModel } from '../../model';
import { msg, type Rule, type RuleFinding } from '../../rule';
import type { Span } from '../../text';
import { isMasked } from '../scan';
import { canonicalLexicon, type Canonical } from './lexicon';

/** Shorter phrases are too easily one character away from an ordinary word. */
const NEAR_MISS_MIN_LENGTH = 6;
const NUMERALS = new Set([...'零一二三四五六七八九十百千两0123456789０１２３４５６７８９']);

interface Hit {
  span: Span;
  entry: Canonical;
  /** Listed as a wrong variant (rather than found as a near miss). */
  known: boolean;
}

export const canonicalExpression: Rule = {
  id: 'canonical-expression',
  category: 'expression',
  defaultSeverity: 'error',
  doc: msg(
    '规范表述写错：理论全称、会议名称、“以习近平同志为核心的党中央”、中央指定学习材料书名等固定说法，写成了已知的错误说法（以习近平总书记为核心的党中央），或差一个字（漏字、多字、错字，如“习近平时代中国特色社会主义思想”“《中共共产党简史》”）。快速修复改为规范表述。表述表可在配置中扩充。',
    'A fixed wording (规范表述: full names of theories and meetings, 以习近平同志为核心的党中央, titles of the standard study books …) written as a known wrong variant (以习近平总书记为核心的党中央) or one character off (missing, added or changed: 习近平时代中国特色社会主义思想, 《中共共产党简史》). The quick fix restores the canonical form. Users extend the list.',
  ),
  basis: msg(
    '重要政治表述须与中央文件保持一致，审核时须查“人名、地名、时间、数字……引文等是否准确”（《党政机关公文处理工作条例》第二十条）；表述以党章、中央文件和新华社规范用语为准。',
    'Political wording must match the central documents; review checks that names, dates, figures and quotations are exact (Regulations on the Handling of Official Documents, art. 20), against the Party Constitution, central documents and Xinhua’s usage list.',
  ),
  check({ model, settings }) {
    // Phrases never hold a line break, so the whole text is searched at once.
    const hits = canonicalLexicon(settings).flatMap((entry) => findInText(model.text, entry));
    // Known variants first, then longer phrases: one place gets one finding.
    hits.sort((a, b) => Number(b.known) - Number(a.known) || b.entry.canonical.length - a.entry.canonical.length || a.span.start - b.span.start);
    const findings: RuleFinding[] = [];
    const taken = new Uint8Array(model.text.length);
    for (const hit of hits) {
      if (isMasked(model, hit.span) || taken.subarray(hit.span.start, hit.span.end).includes(1)) continue;
      taken.fill(1, hit.span.start, hit.span.end);
      findings.push(toFinding(model, hit));
    }
    return findings;
  },
};

function findInText(text: string, entry: Canonical): Hit[] {
  const { canonical } = entry;
  // Correct text: exact and accepted forms, where no variant or near miss may be reported.
  const correct: Span[] = [];
  for (const form of [canonical, ...entry.accepted]) for (const at of occurrences(text, form)) correct.push({ start: at, end: at + form.length });
  correct.sort((a, b) => a.start - b.start);

  const hits: Hit[] = [];
  for (const wrong of entry.wrong) {
    for (const at of occurrences(text, wrong)) {
      const span = { start: at, end: at + wrong.length };
      if (!overlapsAny(correct, span)) hits.push({ span, entry, known: true });
    }
  }
  if (entry.nearMiss && canonical.length >= NEAR_MISS_MIN_LENGTH) {
    for (const span of nearMisses(text, canonical)) {
      const found = text.slice(span.start, span.end);
      if (/[\r\n]/.test(found) || overlapsAny(correct, span) || entry.wrong.includes(found)) continue;
      if (entry.bookTitle && !(text[span.start - 1] === '《' && text[span.end] === '》')) continue;
      hits.push({ span, entry, known: false });
    }
  }
  return hits;
}

/** Whether a span overlaps one of the spans sorted by start (which, being one phrase's occurrences, do not nest). */
function overlapsAny(sorted: readonly Span[], span: Span): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= span.start) lo = mid + 1;
    else if (sorted[mid].start >= span.end) hi = mid - 1;
    else return true;
  }
  return false;
}

function* occurrences(text: string, phrase: string): Generator<number> {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) yield at;
}

/**
 * Stretches of `text` one interior edit away from `phrase`. One edit leaves either half of the
 * phrase intact, so candidates are found from exact occurrences of its halves: linear time.
 */
function nearMisses(text: string, phrase: string): Span[] {
  const half = phrase.length >> 1;
  const head = phrase.slice(0, half);
  const tail = phrase.slice(half);
  const starts = new Set<number>();
  const candidates: Span[] = [];
  const consider = (start: number, length: number) => {
    const end = start + length;
    if (start < 0 || end > text.length || starts.has(start * 4 + length - phrase.length + 1)) return;
    starts.add(start * 4 + length - phrase.length + 1);
    if (isOneInteriorEdit(phrase, text.slice(start, end))) candidates.push({ start, end });
  };
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
    for (const length of [phrase.length - 1, phrase.length, phrase.length + 1]) consider(at, length);
  }
  for (let at = text.indexOf(tail); at >= 0; at = text.indexOf(tail, at + 1)) {
    for (const length of [phrase.length - 1, phrase.length, phrase.length + 1]) consider(at + tail.length - length, length);
  }
  candidates.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const c of candidates) if (!out.length || c.start >= out[out.length - 1].end) out.push(c);
  return out;
}

/**
 * Whether `found` is `phrase` with exactly one character missing, added or changed, away from
 * both ends (an edit at an end is usually a different phrase that shares most characters) and not
 * one numeral for another (十九届五中全会 is not a misspelt 十九届六中全会).
 */
export function isOneInteriorEdit(phrase: string, found: string): boolean {
  const n = phrase.length;
  let k = 0;
  while (k < n && k < found.length && phrase[k] === found[k]) k++;
  if (found.length === n) {
    if (k === 0 || k >= n - 1 || phrase.slice(k + 1) !== found.slice(k + 1)) return false;
    return !(NUMERALS.has(phrase[k]) && NUMERALS.has(found[k]));
  }
  if (found.length === n - 1) return k > 0 && k < n - 1 && phrase.slice(k + 1) === found.slice(k);
  if (found.length === n + 1) return k > 0 && k < n && phrase.slice(k) === found.slice(k + 1);
  return false;
}

function toFinding(model: DocumentModel, hit: Hit): RuleFinding {
  const found = model.text.slice(hit.span.start, hit.span.end);
  const { canonical, note } = hit.entry;
  return {
    span: hit.span,
    message: msg(
      `规范表述应为“${canonical}”，此处写作“${found}”${note ? `（${note}）` : ''}`,
      `The canonical wording is "${canonical}", not "${found}"`,
    ),
    fixes: [{ title: msg(`改为“${canonical}”`, `Change to "${canonical}"`), edits: [{ span: hit.span, newText: canonical }] }],
  };
}
