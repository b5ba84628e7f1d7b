// Known formula phrases (套话) used more often than a document can bear: 增强“四个意识”、坚定
// “四个自信”、做到“两个维护” four times, 学史明理、学史增信、学史崇德、学史力行 three times.

import type { DocumentModel } from '../../model';
import { msg, type Rule, type RuleFinding } from '../../rule';
import type { Span } from '../../text';
import { isIgnoredInFormula, normalizeFormula, repetitionLexicon, type Formula } from './lexicon';
import { lineList, occurrenceFindings, quoted } from './shared';

/** Stands in for masked text and paragraph breaks in the normalized text, so that no formula matches across them. */
const MASK = 0;
const UTF16 = new TextDecoder('utf-16le');

export const repeatedFormula: Rule = {
  id: 'repeated-formula',
  category: 'repetition',
  defaultSeverity: 'warning',
  doc: msg(
    '同一篇材料里，已知套话（如增强“四个意识”、坚定“四个自信”、做到“两个维护”，学史明理、学史增信、学史崇德、学史力行，走深走实，入脑入心）用了超过限定次数（默认2次）。超出时每一处都标出，并列出其他各处所在行。标题点明的套话（“不忘初心、牢记使命”主题教育）是报告的主题，书名号里引用的书名也不算。套话表可在配置中扩充，也可为每条套话单设次数。',
    'A known formula phrase (增强“四个意识”、坚定“四个自信”、做到“两个维护”, 学史明理、学史增信、学史崇德、学史力行, 走深走实, 入脑入心 …) used more often in one document than its limit (2 by default). Once over the limit, every occurrence is reported, with the others listed. A formula the title names is the report’s subject, and one inside a quoted book title is not the writer’s wording: neither counts. Users extend the list of formulas and set a limit per formula.',
  ),
  basis: msg(
    '公文写作要求文风朴实、言之有物，反对套话空话（《党政机关公文处理工作条例》第十九条：“内容简洁，主题突出……文字精炼”）；审稿时同一套话反复出现会被标出。',
    'Official drafting calls for plain, substantive writing and against empty formulas (Regulations on the Handling of Official Documents of Party and Government Organs, art. 19: “concise content … refined wording”); reviewers mark a formula repeated throughout a report.',
  ),
  defaultOptions: { defaultLimit: 2 },
  check({ model, options, settings }) {
    const defaultLimit = typeof options.defaultLimit === 'number' && options.defaultLimit >= 0 ? options.defaultLimit : 2;
    const { formulas } = repetitionLexicon(settings);
    const occurrences = formulaOccurrences(model, formulas);
    // A formula the title names is the report's subject (“不忘初心、牢记使命”主题教育工作总结):
    // the body names it as often as it must.
    const title = model.title ? normalizeFormula(model.title.text) : '';
    const findings: RuleFinding[] = [];
    for (const [formula, all] of occurrences) {
      // (A first line that is the formula alone names no subject.)
      if (formula.forms.some((form) => title.length > form.length && title.includes(form))) continue;
      // Inside 《》 it is part of a title quoted, not the writer's wording.
      const spans = all.filter((span) => !inBookTitle(model.text, span));
      const limit = formula.limit ?? defaultLimit;
      if (spans.length <= limit) continue;
      const phrase = quoted(formula.text);
      const message = msg(
        `套话${phrase.zh}在本文出现${spans.length}次（第${lineList(model, spans, '、')}行），超过${limit}次，建议精简或换一种说法。`,
        `The formula ${phrase.en} appears ${spans.length} times in this document (lines ${lineList(model, spans, ', ')}), more than ${limit}; cut some or reword them.`,
      );
      findings.push(...occurrenceFindings(model, spans, message));
    }
    return findings;
  },
};

/** How far a title mark is looked for around an occurrence. */
const MAX_TITLE = 60;

/** Whether a span lies between 《 and 》 (《习近平关于“不忘初心、牢记使命”论述摘编》). */
function inBookTitle(text: string, span: Span): boolean {
  let open = -1;
  for (let i = span.start - 1; i >= Math.max(0, span.start - MAX_TITLE); i--) {
    if (text[i] === '《') {
      open = i;
      break;
    }
    if (text[i] === '》' || text[i] === '\n') return false;
  }
  if (open < 0) return false;
  for (let i = span.end; i < Math.min(text.length, span.end + MAX_TITLE); i++) {
    if (text[i] === '》') return true;
    if (text[i] === '《' || text[i] === '\n') return false;
  }
  return false;
}

/** Occurrences already found, per model and formula list: repeated-phrase needs them too. */
const found = new WeakMap<DocumentModel, WeakMap<readonly Formula[], Map<Formula, Span[]>>>();

/** Where each formula occurs, in order, one occurrence per place even when two wordings match there. */
export function formulaOccurrences(model: DocumentModel, formulas: readonly Formula[]): Map<Formula, Span[]> {
  let byList = found.get(model);
  if (!byList) found.set(model, (byList = new WeakMap()));
  let occurrences = byList.get(formulas);
  if (!occurrences) byList.set(formulas, (occurrences = findFormulas(model, formulas)));
  return occurrences;
}

function findFormulas(model: DocumentModel, formulas: readonly Formula[]): Map<Formula, Span[]> {
  const occurrences = new Map<Formula, Span[]>();
  if (!formulas.length) return occurrences;
  const { normalized, offsets } = normalizeParagraphs(model);
  for (const formula of formulas) {
    for (const form of formula.forms) {
      for (let at = normalized.indexOf(form); at >= 0; at = normalized.indexOf(form, at + form.length)) {
        const span = withEdgeMarks(model.text, formula.text, { start: offsets[at], end: offsets[at + form.length - 1] + 1 });
        let list = occurrences.get(formula);
        if (!list) occurrences.set(formula, (list = []));
        list.push(span);
      }
    }
  }
  for (const [formula, spans] of occurrences) occurrences.set(formula, withoutOverlaps(spans));
  return occurrences;
}

/**
 * Matching skips quotation marks, so a match stops short of the formula's closing ” (做到“两个维护”)
 * or opening “: the span takes them in where the formula has them and the text does too.
 */
function withEdgeMarks(text: string, formula: string, span: Span): Span {
  const first = formula[0];
  const last = formula[formula.length - 1];
  return {
    start: isIgnoredInFormula(first.charCodeAt(0)) && text[span.start - 1] === first ? span.start - 1 : span.start,
    end: isIgnoredInFormula(last.charCodeAt(0)) && text[span.end] === last ? span.end + 1 : span.end,
  };
}

/**
 * The paragraphs without the characters formula matching ignores, one after another with a MASK
 * between them (no formula spans two paragraphs), and where each character came from.
 */
function normalizeParagraphs(model: DocumentModel): { normalized: string; offsets: Int32Array } {
  const text = model.text;
  const codes = new Uint16Array(text.length + model.paragraphs.length);
  const offsets = new Int32Array(codes.length);
  let n = 0;
  // The masks are sorted, and so are the paragraphs: walk the masks alongside.
  let mask = 0;
  for (const { span } of model.paragraphs) {
    for (let i = span.start; i < span.end; i++) {
      const code = text.charCodeAt(i);
      if (isIgnoredInFormula(code)) continue;
      while (mask < model.masked.length && model.masked[mask].end <= i) mask++;
      codes[n] = mask < model.masked.length && model.masked[mask].start <= i ? MASK : code;
      offsets[n++] = i;
    }
    codes[n] = MASK;
    offsets[n++] = span.end;
  }
  // A lone surrogate decodes to U+FFFD, one code unit too, so offsets still line up.
  return { normalized: UTF16.decode(codes.subarray(0, n)), offsets };
}

/** Occurrences sorted by position, each overlapping an earlier one dropped (two wordings matching one place). */
function withoutOverlaps(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}
