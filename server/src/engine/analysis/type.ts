// Which type a report is, and why. In order: an explicit marker in the document, the settings'
// path mapping, the title, the file name, the opening paragraph, and finally the type the
// settings name as default. Where none says, no type is assumed: no type-specific requirement
// applies, and messages and the structure view say so.

import type { DocumentModel } from '../model';
import { msg, type Message } from '../rule';
import type { PathGlobs } from '../globs';
import type { PreparedSettings } from '../prepare';
import type { Settings } from '../settings';
import type { Span } from '../text';
import { NO_DEFAULT_TYPE, type TemplateRegistry } from '../templates/registry';
import type { ReportTemplate } from '../templates/types';
import type { DocumentFrame } from './frame';

export type TypeSource = 'marker' | 'path' | 'title' | 'fileName' | 'opening' | 'default';

export interface TypeDecision {
  /** The template the document is checked against; undefined when no type is assumed. */
  template?: ReportTemplate;
  source: TypeSource;
  /** Why, for messages: 标题含“总结”. */
  reason: Message;
  /** Where the evidence is in the document (marker, title word, opening clause), if it is there: for the structure view. */
  span?: Span;
}

/** Front matter keys and directive names that give the type. (Each pattern has one unbounded run: linear on any line.) */
const FRONT_MATTER_TYPE = /^[ \t]*(?:type|gongwen-type|文种|类型)[ \t]*[:：](.*)$/;
const DIRECTIVE_TYPE = /^(?:<!--\s*gongwen-type\s*[:：=]([^>]*)-->|〔\s*gongwen-type\s*[:：=]([^〔〕]*)〕)$/;
/** Quotes and spaces around a written type name: "请示", “请示”. */
const typeName = (raw: string) => raw.trim().replace(/^["'“]|["'”]$/g, '').trim();

export function detectReportType(model: DocumentModel, frame: DocumentFrame, prepared: Pick<PreparedSettings, 'templates' | 'settings' | 'paths'>, fileName?: string): TypeDecision {
  const { templates: registry, settings, paths } = prepared;
  const marker = findTypeMarker(model);
  const template = marker && registry.find(marker.name);
  if (marker && template) return { template, source: 'marker', span: marker.span, reason: msg(`文首标注了文种“${marker.name}”`, `the document is marked as "${marker.name}"`) };
  const decided =
    byPath(registry, settings, paths, fileName) ??
    byTitleOrSpeech(registry, model, frame) ??
    byFileName(registry, paths, fileName) ??
    byOpening(registry, model, frame) ??
    byDefault(registry, settings);
  // A marker naming no known type is ignored, and every message says so.
  if (!marker) return decided;
  return {
    ...decided,
    reason: msg(`文首标注的“${marker.name}”不是已知文种，${decided.reason.zh}`, `the marked type "${marker.name}" is unknown; ${decided.reason.en}`),
  };
}

/** A short phrase for messages: 按“工作总结”检查（标题含“总结”）. */
export function describeDecision(decision: TypeDecision): Message {
  if (!decision.template) return msg(`未按任何文种检查（${decision.reason.zh}）`, `not checked as any type (${decision.reason.en})`);
  const type = decision.template.type;
  return msg(`按“${type}”检查（${decision.reason.zh}）`, `checked as ${type} (${decision.reason.en})`);
}

function findTypeMarker(model: DocumentModel): { name: string; span: Span } | undefined {
  const lines = model.lines;
  let line = 0;
  if (model.frontMatter) {
    const last = lines.lineAt(model.frontMatter.end);
    for (let i = 1; i < last; i++) {
      const m = FRONT_MATTER_TYPE.exec(lines.lineText(i));
      const name = m && typeName(m[1]);
      if (name) {
        const start = lines.lineStarts[i] + lines.lineText(i).lastIndexOf(name);
        return { name, span: { start, end: start + name.length } };
      }
    }
    line = last + 1;
  }
  // A directive among the document's leading lines (blank lines and other directives may come first).
  for (; line < lines.lineCount; line++) {
    const raw = lines.lineText(line);
    const content = raw.trim();
    if (!content) continue;
    const m = DIRECTIVE_TYPE.exec(content);
    if (m) {
      const name = typeName(m[1] ?? m[2] ?? '');
      const start = lines.lineStarts[line] + raw.indexOf(content);
      if (name) return { name, span: { start, end: start + content.length } };
      continue;
    }
    if (!/^(?:<!--.*-->|〔\s*gongwen-[^〔〕]*〕)$/.test(content)) break;
  }
  return undefined;
}

function byPath(registry: TemplateRegistry, settings: Settings, paths: PathGlobs, fileName: string | undefined): TypeDecision | undefined {
  if (!fileName || !Array.isArray(settings.reportTypeByPath)) return undefined;
  for (const entry of settings.reportTypeByPath) {
    if (!entry || typeof entry.glob !== 'string' || typeof entry.type !== 'string') continue;
    if (!paths.matches(entry.glob, fileName)) continue;
    const template = registry.find(entry.type);
    if (template) {
      return { template, source: 'path', reason: msg(`设置 reportTypeByPath 中“${entry.glob}”与文件路径相符`, `the reportTypeByPath setting maps "${entry.glob}" to it`) };
    }
  }
  return undefined;
}

/** Words between what a title reports on and 报告: 自查情况报告 and 评估情况的报告 are 自查报告 and 评估报告. */
const REPORT_FILLER = /(?:工作)?(?:情况)?的?(?=报告$)/;

/** Reports that are no official document (公文): a research project's 结题报告, an audit's 审计报告 … */
const TECHNICAL_REPORT = /(?:结题|验收|研究|分析|监测|检测|审计|鉴定|论证|咨询|评审|实验|测试)报告$/;
/** 2023年工作总结和2024年工作计划: a summary with next year's plan attached, checked as the summary. */
const SUMMARY_WITH_PLAN = /^(.*?总结)(?:和|及|与|暨|以及).*(?:计划|打算|安排|思路|要点|谋划|规划|重点|任务|部署)$/;
/** What may follow the type word at a title's end: a note in brackets (（代拟稿）, （2023年度）) and spaces. */
const TITLE_TAIL = /(?:\s|[（(][^（）()]*[）)])+$/;

/** The type of speeches and reports to a meeting (同志们：…, ……在……会议上的报告, 政府工作报告): no 公文. */
const SPEECH_TYPE = '讲话';

/**
 * A title that names a type other than the generic 报告 decides (a 述职报告 is read out to a
 * meeting, and stays a 述职报告); otherwise a speech is a speech (……在……会议上的报告), and a
 * 报告 otherwise.
 */
function byTitleOrSpeech(registry: TemplateRegistry, model: DocumentModel, frame: DocumentFrame): TypeDecision | undefined {
  const titled = byTitle(registry, model, frame);
  if (titled && titled.template && titled.template.type !== GENERIC_REPORT) return titled;
  return bySpeech(registry, model, frame) ?? titled;
}

/** The type a title names with the word 报告 alone: a report of no more specific kind. */
const GENERIC_REPORT = '报告';

function bySpeech(registry: TemplateRegistry, model: DocumentModel, frame: DocumentFrame): TypeDecision | undefined {
  if (frame.delivery !== 'speech') return undefined;
  const template = registry.find(SPEECH_TYPE);
  if (!template) return undefined;
  const span = frame.salutation?.span ?? frame.title?.span;
  const reason = frame.salutation
    ? msg(`称呼“${model.text.slice(frame.salutation.span.start, frame.salutation.span.end)}”表明是讲话`, 'the salutation shows a speech')
    : msg('标题表明是会议上的讲话或报告', 'the title names a speech or a report to a meeting');
  return { template, source: 'title', span, reason };
}

function byTitle(registry: TemplateRegistry, model: DocumentModel, frame: DocumentFrame): TypeDecision | undefined {
  const titleBlock = frame.title;
  if (!titleBlock) return undefined;
  const title = titleBlock.text.replace(TITLE_TAIL, '').replace(REPORT_FILLER, '');
  const combined = SUMMARY_WITH_PLAN.exec(title);
  const named = combined ? combined[1] : title;
  // The type is the title's head noun, its last word: 关于印发……报告的通知 is a 通知, not a 报告.
  const hit = bestWord(registry.templates, (t) => t.recognise.titleWords, named);
  if (!hit || hit.at + hit.word.length !== named.length) return undefined;
  const span = spanOfWord(model, frame, hit.word, !!combined);
  // A technical report (结题报告, 验收报告 …) is no 公文: its structure is its own, so no type is
  // assumed, not even the default one.
  const technical = hit.word === '报告' && TECHNICAL_REPORT.exec(title);
  if (technical) return { source: 'title', span, reason: msg(`标题为“${technical[0]}”，不是公文文种`, `the title names a ${technical[0]}, not an official document type`) };
  return { template: hit.template, source: 'title', span, reason: msg(`标题含“${hit.word}”`, `the title contains "${hit.word}"`) };
}

function byFileName(registry: TemplateRegistry, paths: PathGlobs, fileName: string | undefined): TypeDecision | undefined {
  if (!fileName) return undefined;
  for (const template of registry.templates) {
    const pattern = template.recognise.fileNamePatterns.find((p) => paths.matches(p, fileName));
    if (pattern) return { template, source: 'fileName', reason: msg(`文件名符合“${pattern}”`, `the file name matches "${pattern}"`) };
  }
  return undefined;
}

/** Where a title word is in the title's lines: its first occurrence for a summary with a plan attached, else its last. */
function spanOfWord(model: DocumentModel, frame: DocumentFrame, word: string, first: boolean): Span {
  const title = frame.title!;
  const lines = first ? title.lines : [...title.lines].reverse();
  for (const line of lines) {
    const text = model.text.slice(line.start, line.end);
    const at = first ? text.indexOf(word) : text.lastIndexOf(word);
    if (at >= 0) return { start: line.start + at, end: line.start + at + word.length };
  }
  return title.span;
}

/** The clause that announces the body: 现将……报告如下, 特制定本方案. */
const ANNOUNCING = [/(?:现将|现就|特将|兹将|现把|现对)[^。；！？!?：:\n]{0,80}?如下/g, /(?:制定|制订)了?(?:本|此)[^。；，,！？!?\n]{0,20}/g];

function byOpening(registry: TemplateRegistry, model: DocumentModel, frame: DocumentFrame): TypeDecision | undefined {
  const opening = model.paragraphs.slice(frame.body.first, frame.body.end).filter((p) => p.heading === undefined && !p.tableRow);
  const firstHeading = model.paragraphs.slice(frame.body.first, frame.body.end).find((p) => p.heading !== undefined);
  const beforeHeadings = opening.filter((p) => !firstHeading || p.index < firstHeading.index).slice(0, 3);
  for (const pattern of ANNOUNCING) {
    for (const p of beforeHeadings) {
      const text = model.text.slice(p.contentStart, p.span.end);
      pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(text))) {
        const hit = bestWord(registry.templates, (t) => t.recognise.openingWords, m[0]);
        if (!hit) continue;
        const start = p.contentStart + m.index;
        const clause = m[0].length > 24 ? `${m[0].slice(0, 2)}……${m[0].slice(-8)}` : m[0];
        return {
          template: hit.template,
          source: 'opening',
          span: { start, end: start + m[0].length },
          reason: msg(`开头“${clause}”含“${hit.word}”`, `the opening "${clause}" contains "${hit.word}"`),
        };
      }
    }
  }
  return undefined;
}

function byDefault(registry: TemplateRegistry, settings: Settings): TypeDecision {
  const configured = typeof settings.defaultReportType === 'string' ? settings.defaultReportType.trim() : '';
  const fromSettings = configured && !NO_DEFAULT_TYPE.has(configured.toLowerCase()) ? registry.find(configured) : undefined;
  if (fromSettings) return { template: fromSettings, source: 'default', reason: msg('未识别出文种，按设置的默认文种', 'no type recognised; the default type from the settings') };
  return { source: 'default', reason: msg('未识别出文种，不检查文种要求的部分和格式', 'no type recognised, so no type-specific requirement is checked') };
}

/**
 * The template whose word best names the text: the word ending nearest the end wins (the head
 * noun: 关于调整工作方案的请示 is a 请示), then the longer one (自评报告 over 报告). Text
 * inside 《》 names another document and is left out.
 */
function bestWord(
  templates: readonly ReportTemplate[],
  wordsOf: (t: ReportTemplate) => readonly string[],
  text: string,
): { template: ReportTemplate; word: string; at: number } | undefined {
  const visible = text.replace(/《[^《》]*》/g, (s) => ' '.repeat(s.length));
  let best: { template: ReportTemplate; word: string; at: number } | undefined;
  for (const template of templates) {
    for (const word of wordsOf(template)) {
      const at = visible.lastIndexOf(word);
      if (at < 0) continue;
      const end = at + word.length;
      const bestEnd = best ? best.at + best.word.length : -1;
      if (end > bestEnd || (end === bestEnd && word.length > best!.word.length)) {
        best = { template, word, at };
      }
    }
  }
  return best;
}
