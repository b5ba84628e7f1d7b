// Fixed wordings (规范表述) written wrong: a known wrong variant (以习近平总书记为核心的党中央) or a
// near miss one character off (习近平时代中国特色社会主义思想, 《中共共产党简史》), fixed to the
// canonical form.

import type { DocumentModel } from '../../model';
import { msg, type Rule, type RuleFinding } from '../../rule';
import type { Span } from '../../text';
import { isMasked } from '../../scan';
import type { Canonical } from '../../lexicons/canonical';

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
  hasSuggestions: true,
  doc: msg(
    '规范表述写错：理论全称、会议名称、“以习近平同志为核心的党中央”、中央指定学习材料书名等固定说法，写成了已知的错误说法（以习近平总书记为核心的党中央），或差一个字（漏字、多字、错字，如“习近平时代中国特色社会主义思想”“《中共共产党简史》”）；书名号内的书名和12字以上的长表述，首字或末字写错也算（《习近平谈治国理证》）。快速修复改为规范表述。表述表可在配置中扩充。',
    'A fixed wording (规范表述: full names of theories and meetings, 以习近平同志为核心的党中央, titles of the standard study books …) written as a known wrong variant (以习近平总书记为核心的党中央) or one character off (missing, added or changed: 习近平时代中国特色社会主义思想, 《中共共产党简史》); in a title between 《》 or a phrase of 12 characters or more, a changed first or last character counts too (《习近平谈治国理证》). The quick fix restores the canonical form. Users extend the list.',
  ),
  basis: msg(
    '重要政治表述须与中央文件保持一致，审核时须查“人名、地名、时间、数字……引文等是否准确”（《党政机关公文处理工作条例》第二十条）；表述以党章、中央文件和新华社规范用语为准。',
    'Political wording must match the central documents; review checks that names, dates, figures and quotations are exact (Regulations on the Handling of Official Documents, art. 20), against the Party Constitution, central documents and Xinhua’s usage list.',
  ),
  check({ analysis, model }) {
    // Phrases never hold a line break, so the whole text is searched at once.
    const hits = analysis.prepared.canonical.flatMap((entry) => findInText(model.text, entry));
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
    // Between 《》 a title has nothing else it could be, and a long fixed phrase rarely has a
    // one-character neighbour: an edit at their ends (《习近平谈治国理证》) is a typo too.
    const ends: EndEdits = entry.bookTitle ? 'any' : canonical.length >= LONG_PHRASE ? 'change' : 'none';
    let lastEnd = -1;
    for (const span of nearMisses(text, canonical, ends)) {
      const found = text.slice(span.start, span.end);
      if (span.start < lastEnd || /[\r\n]/.test(found) || overlapsAny(correct, span) || entry.wrong.includes(found)) continue;
      if (entry.bookTitle && !(text[span.start - 1] === '《' && text[span.end] === '》')) continue;
      hits.push({ span, entry, known: false });
      lastEnd = span.end;
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
 * Stretches of `text` one edit away from `phrase` (see `isOneEdit`), sorted by start, possibly
 * overlapping. One edit leaves either half of the phrase intact, so candidates are found from
 * exact occurrences of its halves: linear time.
 */
function nearMisses(text: string, phrase: string, ends: EndEdits): Span[] {
  const half = phrase.length >> 1;
  const head = phrase.slice(0, half);
  const tail = phrase.slice(half);
  const starts = new Set<number>();
  const candidates: Span[] = [];
  const consider = (start: number, length: number) => {
    const end = start + length;
    if (start < 0 || end > text.length || starts.has(start * 4 + length - phrase.length + 1)) return;
    starts.add(start * 4 + length - phrase.length + 1);
    if (isOneEdit(phrase, text.slice(start, end), ends)) candidates.push({ start, end });
  };
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
    for (const length of [phrase.length - 1, phrase.length, phrase.length + 1]) consider(at, length);
  }
  for (let at = text.indexOf(tail); at >= 0; at = text.indexOf(tail, at + 1)) {
    for (const length of [phrase.length - 1, phrase.length, phrase.length + 1]) consider(at + tail.length - length, length);
  }
  // At one place, a changed character reads before a missing or an added one.
  const offBy = (c: Span) => Math.abs(c.end - c.start - phrase.length);
  return candidates.sort((a, b) => a.start - b.start || offBy(a) - offBy(b));
}

/** Which edits at a phrase's first or last character count: none, a changed character, or any (at the start, only a change). */
type EndEdits = 'none' | 'change' | 'any';

/** A phrase at least this long has no fixed neighbour one character off at an end. */
const LONG_PHRASE = 12;

/**
 * Whether `found` is `phrase` with exactly one character missing, added or changed, and not one
 * numeral for another (十九届五中全会 is not a misspelt 十九届六中全会). An edit at an end is
 * usually a different phrase that shares most characters, so it counts only as `ends` allows. An
 * added character needs two intact characters on each side: 学习刁近平…思想 is 习近平 with its
 * first character changed, not 习 then an extra 刁.
 */
function isOneEdit(phrase: string, found: string, ends: EndEdits = 'none'): boolean {
  const n = phrase.length;
  let k = 0;
  while (k < n && k < found.length && phrase[k] === found[k]) k++;
  const atEnd = (i: number, last: number) => i === 0 || i >= last;
  if (found.length === n) {
    if (k >= n || phrase.slice(k + 1) !== found.slice(k + 1)) return false;
    if (atEnd(k, n - 1) && ends === 'none') return false;
    return !(NUMERALS.has(phrase[k]) && NUMERALS.has(found[k]));
  }
  // Even in a title, a character missing or added at the start is another book (《中国共产党历史》
  // is not 《论中国共产党历史》 cut short); at the end it is a slip of the pen.
  if (found.length === n - 1) return (ends === 'any' ? k > 0 : !atEnd(k, n - 1)) && phrase.slice(k + 1) === found.slice(k);
  if (found.length === n + 1) return (ends === 'any' ? k > 0 : k >= 2 && k <= n - 2) && phrase.slice(k) === found.slice(k + 1);
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
    suggestions: [{ title: msg(`改为“${canonical}”`, `Change to "${canonical}"`), edits: [{ span: hit.span, newText: canonical }] }],
  };
}
