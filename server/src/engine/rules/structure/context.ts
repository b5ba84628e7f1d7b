// What the structure rules share: the report's type (and why) and its structure read against
// that type's template, worked out once per document and check.

import type { DocumentModel } from '../../model';
import type { Message, RuleContext } from '../../rule';
import type { Settings } from '../../settings';
import type { Span } from '../../text';
import { describeDecision, detectReportType, type TypeDecision } from '../../templates/detect';
import { analyseStructure, type ReportStructure } from '../../templates/structure';

export interface ReportContext {
  decision: TypeDecision;
  /** Present when a type is assumed. */
  structure?: ReportStructure;
  /** 按“工作总结”检查（标题含“总结”）: appended to every type-dependent message. */
  assumed: Message;
}

interface CacheEntry {
  settings: Settings;
  fileName?: string;
  value: ReportContext;
}

const cache = new WeakMap<DocumentModel, CacheEntry>();

export function reportContext(ctx: RuleContext): ReportContext {
  const hit = cache.get(ctx.model);
  if (hit && hit.settings === ctx.settings && hit.fileName === ctx.fileName) return hit.value;
  const decision = detectReportType(ctx.model, ctx.settings, ctx.fileName);
  const value: ReportContext = {
    decision,
    structure: decision.template ? analyseStructure(ctx.model, decision.template) : undefined,
    assumed: describeDecision(decision),
  };
  cache.set(ctx.model, { settings: ctx.settings, fileName: ctx.fileName, value });
  return value;
}

/** A type-dependent message: the finding, then which type was assumed and why. */
export function withType(context: ReportContext, zh: string, en: string): Message {
  return { zh: `${zh}；${context.assumed.zh}`, en: `${en}; ${context.assumed.en}` };
}

/**
 * Where a finding about the whole document goes: the title if there is one, else an empty span
 * at the start of the first line of text (an editor widens it to the word there).
 */
export function documentSpan(model: DocumentModel): Span {
  if (model.title) return model.title.span;
  const first = model.paragraphs[0];
  const at = !first ? 0 : first.heading !== undefined ? first.span.start : first.contentStart;
  return { start: at, end: at };
}
