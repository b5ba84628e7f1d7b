// A report's structure read against its template: which first-level headings name which
// sections, which required sections are missing, and what closes the document (closing
// formula, signer, date). The structure rules, the fixes and the editor's structure view share it.

import type { DocumentModel, Heading } from '../model';
import { ANNEX_LABEL } from '../parse';
import { isHan, type Span } from '../text';
import type { Formula, ReportTemplate, TemplateSection } from './types';

export interface SectionMatch {
  section: TemplateSection;
  /** The recognition word, and where it is in the heading. */
  word: string;
  span: Span;
}

export interface SectionHeading {
  heading: Heading;
  /** Sections the heading names: none, one, or two for 成效与不足. */
  matches: SectionMatch[];
}

/**
 * `present`: a first-level heading names it; `nested`: only a second-level heading does
 * (二、评估结论 （二）主要成效); `topical`: topic headings stand where it belongs (一、加强组织领导…);
 * `missing`: required and absent; `absent`: optional and absent.
 */
export type SectionStatus = 'present' | 'nested' | 'topical' | 'missing' | 'absent';

export interface SectionState {
  section: TemplateSection;
  /** Index in the template's sections. */
  index: number;
  status: SectionStatus;
  /** The headings that name it (present, nested) or stand for it (topical). */
  headings: Heading[];
}

export type EndingKind = 'closing' | 'signer' | 'blank-signer' | 'date' | 'blank-date' | 'annex';

export interface EndingLine {
  kind: EndingKind;
  line: number;
  /** The line's content, without indentation. */
  span: Span;
}

export interface ReportStructure {
  template: ReportTemplate;
  /** The level of the section headings (the document's top level), if it has any. */
  level?: number;
  /** First-level headings (the document's top level, the title left out), in order. */
  headings: SectionHeading[];
  sections: SectionState[];
  /** Lines closing the document: closing formula, annex note, signer, date (in order). */
  ending: EndingLine[];
  /** The last line of body text before the ending, if any. */
  lastBodyLine?: number;
}

export function analyseStructure(model: DocumentModel, template: ReportTemplate): ReportStructure {
  const top = topHeadings(model);
  const recognise = (heading: Heading): SectionHeading => ({ heading, matches: recogniseHeading(heading.text, template, heading.textSpan.start) });
  const headings = top.map(recognise);
  // Second-level headings are read only when a section is not named at the top.
  let subheadings: SectionHeading[] | undefined;
  const nested = () => {
    const topIndexes = new Set(top.map((h) => h.index));
    return (subheadings ??= model.headings.filter((h) => h.parent !== undefined && topIndexes.has(h.parent)).map(recognise));
  };
  const sections = template.sections.map((section, index) => sectionState(section, index, headings, nested));
  const { ending, lastBodyLine } = findEnding(model, template.closing);
  return { template, level: top[0]?.level, headings, sections, ending, lastBodyLine };
}

/** The document's top-level headings, the title (a Markdown `#` heading) left out. */
function topHeadings(model: DocumentModel): Heading[] {
  const title = model.title;
  const isTitle = (h: Heading) => title !== undefined && h.markdownDepth !== undefined && !h.marker && h.textSpan.start === title.span.start;
  const candidates = model.headings.filter((h) => !isTitle(h) && (h.parent === undefined || isTitle(model.headings[h.parent])));
  if (!candidates.length) return [];
  const level = candidates.reduce((min, h) => Math.min(min, h.level), Infinity);
  return candidates.filter((h) => h.level === level);
}

/** Joins between the names of two sections in one heading: 成效与不足, 存在的问题及下一步打算. */
const PART_SEPARATOR = /以及|与|及|和|暨|并|、|，|,|；|;|\s+/g;
/** What may follow a section word within its phrase: 下步工作, 今后的工作打算, 开展情况. */
const TAIL = /^(?:的|之|工作|情况|方面|重点|安排|举措|措施|思路|意见|计划|打算|等|几点|若干|有关|相关|主要)*$/;
/** Verbs that make a section word their object in a topic heading: 解决……问题, 补齐短板, 征求意见建议. */
const OBJECT_OF = /解决|整改|查摆|查找|聚焦|破解|破除|补齐|补强|弥补|缩小|直面|正视|针对|梳理|剖析|检视|找准|征求|收集|听取|采纳|办理|制定|制订|印发|巩固|转化|提升|扩大|放大|检验/;

/**
 * The sections a heading names. Each phrase of the heading (split at 与/及/和/、 and commas)
 * names the section whose word ends it — the head noun in Chinese — so that
 * `对巩固深化党史学习教育成果的几点建议` names 建议 (plans), not 成果 (results).
 */
function recogniseHeading(text: string, template: ReportTemplate, offset = 0): SectionMatch[] {
  const matches: SectionMatch[] = [];
  let at = 0;
  for (const part of splitKeeping(text, PART_SEPARATOR)) {
    const partStart = at;
    at += part.length;
    let best: { section: TemplateSection; word: string; start: number; end: number }[] = [];
    for (const section of template.sections) {
      for (const word of section.words) {
        const i = part.lastIndexOf(word);
        if (i < 0) continue;
        const end = i + word.length;
        if (!TAIL.test(part.slice(end)) || governedByVerb(part.slice(0, i))) continue;
        const current = best[0];
        if (!current || end > current.end || (end === current.end && word.length > current.word.length)) best = [{ section, word, start: i, end }];
        else if (end === current.end && word.length === current.word.length && !best.some((b) => b.section === section)) best.push({ section, word, start: i, end });
      }
    }
    for (const b of best) {
      if (!matches.some((m) => m.section === b.section)) {
        matches.push({ section: b.section, word: b.word, span: { start: offset + partStart + b.start, end: offset + partStart + b.end } });
      }
    }
  }
  return matches;
}

/** Whether a verb makes the word its object: in the words right before it, after any 的 (对巩固……成果的几点建议 is about 建议). */
function governedByVerb(prefix: string): boolean {
  return OBJECT_OF.test(prefix.slice(prefix.lastIndexOf('的') + 1));
}

/** Splits text at a separator; each separator is a part of its own, so that the parts' lengths add up to offsets in the text. */
function splitKeeping(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  const re = separator.global ? separator : new RegExp(separator.source, 'g');
  re.lastIndex = 0;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    parts.push(text.slice(last, m.index));
    parts.push(m[0]);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

function sectionState(section: TemplateSection, index: number, headings: SectionHeading[], subheadings: () => SectionHeading[]): SectionState {
  const naming = (list: SectionHeading[]) => list.filter((h) => h.matches.some((m) => m.section === section)).map((h) => h.heading);
  const top = naming(headings);
  if (top.length) return { section, index, status: 'present', headings: top };
  // A reviewer finds the part under another one too: 二、评估结论 （二）主要成效.
  const nested = naming(subheadings());
  if (nested.length) return { section, index, status: 'nested', headings: nested };
  if (section.topical) {
    // Topic headings before the first heading of a later section stand for this one.
    const standing: Heading[] = [];
    for (const h of headings) {
      if (h.matches.some((m) => m.section.position > section.position)) break;
      if (!h.matches.length) standing.push(h.heading);
    }
    if (standing.length) return { section, index, status: 'topical', headings: standing };
  }
  return { section, index, status: section.required ? 'missing' : 'absent', headings: [] };
}

// ---- The ending: closing formula, annex note, signer and date ----

const DATE_CHARS = '[0-9０-９〇○零一二三四五六七八九十XxＸｘ×]';
const GAP = '[ \\u3000_＿]*';
/** A date standing alone on its line, complete or with blanks (2021年 月 日, 年月日). */
const DATE_LINE = new RegExp(`^(${DATE_CHARS}{2,4})?${GAP}年${GAP}(${DATE_CHARS}{1,2})?${GAP}月${GAP}(${DATE_CHARS}{1,3})?${GAP}日$`);
const NUMERIC_DATE_LINE = /^[0-9０-９]{4}[-.．/][0-9０-９]{1,2}[-.．/][0-9０-９]{1,2}$/;
/** A date to the month (2024年1月): a date line all the same, not body text. */
const MONTH_DATE_LINE = new RegExp(`^${DATE_CHARS}{4}年${DATE_CHARS}{1,2}月$`);
/** 附件说明, 抄送, 印发, and the 附注 in brackets under the date (（联系人：……；联系电话：……）, （此件公开发布）). */
const ANNEX_LINE = /^[（(]?(?:附件|抄送|联系人|联系电话|电话|印发|此件)/;
/** An attachment listed under 附件：1.…, aligned below it: 2.项目投资评审报告. */
const ANNEX_ITEM = /^[0-9０-９]{1,2}[.．、]/;
/** A signature label left empty: 署名：, （盖章）, 单位（盖章）：. */
const BLANK_LABEL = /^(?:署名|落款|单位名称|单位|报告单位|报告人|述职人|发文机关)?[ \u3000]*(?:[（(](?:盖章|签字|签名|公章)[）)])?[ \u3000]*[：:]?$/;
const CLOSING_START = /^(?:特此|专此|妥否|当否|以上(?:报告|请示|意见)|此致|谨此)/;
const SENTENCE_MARK = /[。，；！？,;!?：:]/;

/** Lines closing the document, walking up from its end until a line of body text. */
function findEnding(model: DocumentModel, closing?: Formula): { ending: EndingLine[]; lastBodyLine?: number } {
  const ending: EndingLine[] = [];
  const headingLines = new Set(model.headings.map((h) => h.line));
  const lines = model.lines;
  let seenDate = false;
  for (let line = lines.lineCount - 1; line >= 0; line--) {
    const start = lines.lineStarts[line];
    const raw = lines.lineText(line);
    const content = raw.trim();
    if (!content || isMaskedLine(model, start, lines.lineEnds[line])) continue;
    if (headingLines.has(line)) return { ending: ending.reverse(), lastBodyLine: line };
    const contentStart = start + raw.indexOf(content);
    const span = { start: contentStart, end: contentStart + content.length };
    const kind = classify(content, seenDate, closing) ?? (isAnnexItem(model, line) ? 'annex' : undefined);
    if (!kind) return { ending: ending.reverse(), lastBodyLine: line };
    if (kind === 'date' || kind === 'blank-date') seenDate = true;
    // Collected bottom up and reversed once: unshift would make thousands of such lines quadratic.
    ending.push({ kind, line, span });
  }
  return { ending: ending.reverse(), lastBodyLine: undefined };
}

/** An attachment list longer than this is not one (and the walk up stays short). */
const MAX_ANNEX_ITEMS = 50;

/** Whether a line is an attachment listed under 附件：1.…: it and the lines up to that label are numbered. */
function isAnnexItem(model: DocumentModel, line: number): boolean {
  for (let i = line; i >= Math.max(0, line - MAX_ANNEX_ITEMS); i--) {
    const content = model.lines.lineText(i).trim();
    if (ANNEX_LABEL.test(content)) return i < line;
    if (!ANNEX_ITEM.test(content)) return false;
  }
  return false;
}

/** Dates, signers, labels and closing formulas are short lines; longer ones are body text. */
const MAX_ENDING_LINE = 40;

/** A date alone, complete (2024年1月10日, 2024-01-10, 2024年1月) or with blanks (2024年 月 日). */
function dateKind(text: string): 'date' | 'blank-date' | undefined {
  const m = DATE_LINE.exec(text);
  if (m) return m[1] && m[2] && m[3] ? 'date' : 'blank-date';
  return NUMERIC_DATE_LINE.test(text) || MONTH_DATE_LINE.test(text) ? 'date' : undefined;
}

/** A signer or date written after a label: 报告单位：青溪县水利局, 课题负责人：李文静, 报告日期：2024年1月10日. */
const LABELLED = /^(?:署名|落款|单位名称|单位|报告单位|填报单位|承担单位|报告人|述职人|汇报人|发文机关|课题负责人|项目负责人|负责人|报告日期|填报日期|成文日期|日期)[ \u3000]*[：:][ \u3000]*(\S.*)$/;

function classify(content: string, seenDate: boolean, closing?: Formula): EndingKind | undefined {
  // Annex notes and 附注 can be long (附件：1.岚溪县2024年农村供水保障工程实施方案), and so can the
  // 版记 line (青溪县人民政府办公室　　2024年1月10日印发).
  if (ANNEX_LINE.test(content) || content.endsWith('印发')) return 'annex';
  const labelled = LABELLED.exec(content);
  if (labelled) {
    const value = labelled[1].trim();
    const kind = dateKind(value) ?? (looksLikeSigner(value) ? 'signer' : undefined);
    if (kind) return kind;
  }
  if (content.length > MAX_ENDING_LINE) return undefined;
  const date = dateKind(content);
  if (date) return date;
  if (CLOSING_START.test(content) || (closing && containsPhrase(content, closing.phrases))) return 'closing';
  if (BLANK_LABEL.test(content) && /[^ \u3000：:]/.test(content)) return 'blank-signer';
  if (seenDate && looksLikeSigner(content)) return 'signer';
  return undefined;
}

/** A line that could be the issuer's name: short, Chinese, no sentence punctuation (中共××县委宣传部). */
export function looksLikeSigner(content: string): boolean {
  return content.length <= MAX_ENDING_LINE && !SENTENCE_MARK.test(content) && [...content].some((c) => isHan(c));
}

/** Whether one masked span covers the line. Masks are sorted and disjoint: a binary search, so that walking up many masked lines stays linear. */
function isMaskedLine(model: DocumentModel, start: number, end: number): boolean {
  if (end <= start) return false;
  const masks = model.masked;
  let lo = 0;
  let hi = masks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (masks[mid].start <= start) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && masks[hi].end >= end;
}

// ---- Formula phrases ----

/** Removes spaces and punctuation, so that 妥否，请批示 matches 妥否,请批示。 */
function normalisePhrase(s: string): string {
  return s.replace(/[\s\p{P}\p{S}]/gu, '');
}

/**
 * Whether the text holds one of the phrases. `…` in a phrase stands for any words within one
 * sentence (`现将…如下`).
 */
export function containsPhrase(text: string, phrases: readonly string[]): boolean {
  const sentences = text.split(/[。！？!?\r\n]/).map(normalisePhrase);
  return phrases.some((phrase) => {
    const pieces = phrase.split(/…+|\.{3,}/).map(normalisePhrase).filter(Boolean);
    if (!pieces.length) return false;
    return sentences.some((s) => {
      let from = 0;
      for (const piece of pieces) {
        const i = s.indexOf(piece, from);
        if (i < 0) return false;
        from = i + piece.length;
      }
      return true;
    });
  });
}
