// A report's parts read against its type's template: which top-level headings name which parts,
// which parts are told under topic headings or under a second-level heading, which are stated in
// the body without a heading of their own (……但仍存在一些问题，主要是：一是……), and which are
// missing. The structure rules, the fixes and the editor's structure view all read this.

import type { DocumentModel, Heading } from '../model';
import { matchesAnyCue } from '../phrases';
import type { Span } from '../text';
import type { ReportTemplate, TemplateSection } from '../templates/types';
import type { DocumentFrame } from './frame';

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
 * `present`: a top-level heading names it; `nested`: only a second-level heading does
 * (二、评估结论 （二）主要成效); `topical`: topic headings stand where it belongs (一、加强组织领导…);
 * `stated`: a paragraph tells it without a heading of its own (……但仍存在一些问题，主要是：……);
 * `merged`: told in the section of a part that shares its place (the work done, in 一、主要成效);
 * `missing`: required and absent; `absent`: optional and absent.
 */
export type SectionStatus = 'present' | 'nested' | 'topical' | 'stated' | 'merged' | 'missing' | 'absent';

export interface SectionState {
  section: TemplateSection;
  /** Index in the template's sections. */
  index: number;
  status: SectionStatus;
  /** Whether this report must have it (the template requires it, and its format binds the report). */
  required: boolean;
  /** The headings that name it (present, nested) or stand for it (topical). */
  headings: Heading[];
  /** Where the body states it (stated). */
  statedAt?: Span;
}

export interface ReportStructure {
  template: ReportTemplate;
  /** The level of the section headings (the document's top level), if it has any. */
  level?: number;
  /** The top-level headings of the body, in order. */
  headings: SectionHeading[];
  sections: SectionState[];
}

export function analyseParts(model: DocumentModel, frame: DocumentFrame, template: ReportTemplate): ReportStructure {
  const top = topHeadings(model, frame);
  const year = titleYear(frame);
  const recognise = (heading: Heading): SectionHeading => ({ heading, matches: recogniseHeading(heading.text, template, heading.textSpan.start, year) });
  const headings = top.map(recognise);
  // Second-level headings are read only when a section is not named at the top, and never for a
  // type whose sections are mandated at the top (政府信息公开工作年度报告).
  let subheadings: SectionHeading[] | undefined;
  const nested = () => {
    if (template.fixedSections) return [];
    const topIndexes = new Set(top.map((h) => h.index));
    // A second-level heading names a part when it is a name (（二）主要成效), not a topic told in a
    // sentence (（三）补短板，强弱项，持续增进民生福祉。).
    const naming = (h: Heading) => h.role === 'heading' && h.parent !== undefined && topIndexes.has(h.parent) && h.text.length <= MAX_NAMING_SUBHEADING;
    return (subheadings ??= model.headings.filter(naming).map(recognise));
  };
  const binding = formatApplies(template, frame);
  const sections = template.sections.map((section, index) => sectionState(model, frame, section, index, headings, nested, binding && section.required));
  return { template, level: top[0]?.level, headings, sections: withMerged(sections) };
}

/**
 * Sections that share a place in the template are told together as often as apart: the work
 * done and what came of it in one section (一、主要成效 telling the work, 一、2022年工作完成情况).
 * One of them there stands for the others missing beside it.
 */
function withMerged(sections: SectionState[]): SectionState[] {
  return sections.map((state) => {
    if (state.status !== 'missing' && state.status !== 'absent') return state;
    const told = sections.find((other) => other !== state && other.section.position === state.section.position && FOUND.has(other.status));
    return told ? { ...state, status: 'merged', headings: told.headings } : state;
  });
}

const FOUND = new Set<SectionStatus>(['present', 'nested', 'topical']);

/** The year the report is about: the first one its title names (2022年工作总结和2023年工作计划 is about 2022). */
function titleYear(frame: DocumentFrame): number | undefined {
  const year = /(?:19|20)\d{2}(?=年)/.exec(frame.title?.text ?? '');
  return year ? Number(year[0]) : undefined;
}

/** Whether a format mandated from a year on binds the report: the year its title names (2013年……年度报告) is not earlier. */
function formatApplies(template: ReportTemplate, frame: DocumentFrame): boolean {
  const year = titleYear(frame);
  return template.since === undefined || year === undefined || year >= template.since;
}

/** A second-level heading longer than this is a topic, not the name of a part. */
const MAX_NAMING_SUBHEADING = 12;

/** The body's top-level headings: not the title, not list items, not inside an attachment. */
function topHeadings(model: DocumentModel, frame: DocumentFrame): Heading[] {
  const titleHeading = frame.title?.heading;
  const attachment = frame.attachment?.start ?? Infinity;
  const inBody = (h: Heading) => h.index !== titleHeading && h.role === 'heading' && h.span.start < attachment;
  const candidates = model.headings.filter((h) => inBody(h) && (h.parent === undefined || h.parent === titleHeading));
  if (!candidates.length) return [];
  const level = candidates.reduce((min, h) => Math.min(min, h.level), Infinity);
  return candidates.filter((h) => h.level === level);
}

/** Joins between the names of two sections in one heading: 成效与不足, 存在的问题及下一步打算. */
const PART_SEPARATOR = /以及|与|及|和|暨|并|、|，|,|；|;|\s+/g;
/** What may follow a section word within its phrase: 下步工作, 今后的工作打算, 开展情况. */
const TAIL = /^(?:的|之|工作|情况|方面|重点|安排|举措|措施|思路|意见|计划|打算|等|几点|若干|有关|相关|主要)*$/;
/** Verbs that make a section word their object in a topic heading: 解决……问题, 补齐短板, 征求意见建议. */
const OBJECT_OF = /解决|整改|查摆|查找|聚焦|破解|破除|补齐|补强|弥补|补|缩小|直面|正视|针对|梳理|剖析|检视|找准|攻克|化解|克服|应对|防范|征求|收集|听取|采纳|办理|制定|制订|印发|巩固|转化|提升|扩大|放大|检验/;

/**
 * The sections a heading names. Each phrase of the heading (split at 与/及/和/、 and commas)
 * names the section whose word ends it — the head noun in Chinese — so that
 * `对巩固深化党史学习教育成果的几点建议` names 建议 (plans), not 成果 (results). A word listed for
 * two sections names both (工作完成情况: what was done, and what came of it).
 */
export function recogniseHeading(text: string, template: ReportTemplate, offset = 0, reportYear?: number): SectionMatch[] {
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
        if (!TAIL.test(part.slice(end)) || governedByVerb(part.slice(0, i)) || pastYear(part.slice(0, i), word, reportYear)) continue;
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
  return matches.length ? matches : comingYear(text, template, offset, reportYear);
}

/**
 * A heading that names no part but a year after the one the report is about names what is to
 * be done then (二、奋勇争先，开拓创新，全力以赴做好2023年工作): the part whose words name the
 * coming year's plans (年工作计划, 年工作思路 …).
 */
function comingYear(text: string, template: ReportTemplate, offset: number, reportYear: number | undefined): SectionMatch[] {
  const year = /(?:19|20)\d{2}(?=年)/.exec(text);
  if (reportYear === undefined || !year || Number(year[0]) <= reportYear) return [];
  const plans = template.sections.find((s) => s.words.some((w) => w.startsWith('年')));
  return plans ? [{ section: plans, word: `${year[0]}年`, span: { start: offset + year.index, end: offset + year.index + 5 } }] : [];
}

/**
 * A word that names its part by a year (年工作思路, 年重点工作 — the plans of the coming year)
 * does not, after the year the report is about or an earlier one: 2023年重点工作 in a summary
 * of 2023 is the work done.
 */
function pastYear(prefix: string, word: string, reportYear: number | undefined): boolean {
  if (!word.startsWith('年') || reportYear === undefined) return false;
  const year = /(?:19|20)\d{2}$/.exec(prefix);
  return year !== null && Number(year[0]) <= reportYear;
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

function sectionState(
  model: DocumentModel,
  frame: DocumentFrame,
  section: TemplateSection,
  index: number,
  headings: SectionHeading[],
  subheadings: () => SectionHeading[],
  required: boolean,
): SectionState {
  const naming = (list: SectionHeading[]) => list.filter((h) => h.matches.some((m) => m.section === section)).map((h) => h.heading);
  const top = naming(headings);
  if (top.length) return { section, index, status: 'present', required, headings: top };
  // A reviewer finds the part under another one too: 二、评估结论 （二）主要成效.
  const nested = naming(subheadings());
  if (nested.length) return { section, index, status: 'nested', required, headings: nested };
  if (section.topical) {
    // Topic headings before the first heading of a later section stand for this one.
    const standing: Heading[] = [];
    for (const h of headings) {
      if (h.matches.some((m) => m.section.position > section.position)) break;
      if (!h.matches.length) standing.push(h.heading);
    }
    if (standing.length) return { section, index, status: 'topical', required, headings: standing };
  }
  const statedAt = section.bodyCues.length ? statedInBody(model, frame, section, headings) : undefined;
  if (statedAt) return { section, index, status: 'stated', required, headings: [], statedAt };
  return { section, index, status: required ? 'missing' : 'absent', required, headings: [] };
}

/**
 * A paragraph of the body that states the part without a heading of its own: one of its cues
 * (……但仍存在…问题, 下一步，……) in a paragraph outside the sections that name a later part (the
 * plans say 针对存在的问题 without stating any).
 */
function statedInBody(model: DocumentModel, frame: DocumentFrame, section: TemplateSection, headings: SectionHeading[]): Span | undefined {
  const later = headings.filter((h) => h.matches.some((m) => m.section.position > section.position)).map((h) => h.heading.sectionSpan);
  for (let i = frame.body.first; i < frame.body.end; i++) {
    const p = model.paragraphs[i];
    if (p.tableRow || later.some((s) => s.start <= p.span.start && p.span.start < s.end)) continue;
    const heading = p.heading === undefined ? undefined : model.headings[p.heading];
    if (heading && !heading.bodySpan) continue;
    const span = heading?.bodySpan ?? { start: p.contentStart, end: p.span.end };
    const text = model.text.slice(span.start, span.end);
    if (matchesAnyCue(text, section.bodyCues)) return span;
  }
  return undefined;
}
