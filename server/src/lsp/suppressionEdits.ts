// The edits behind "turn this rule off for this line / this file", in the spelling the document's
// format documents (docs/configuration.md): in Markdown a `gongwen-disable-line` comment at the
// end of the line or a `gongwen-disable-file` comment on a new first line; in plain text (.txt,
// .gongwen), where an HTML comment is noise a reader cannot place, a 〔gongwen-disable-next-line〕
// line above the line or a 〔gongwen-disable-file〕 first line. A directive already there gets the
// rule id added instead. The engine reads both spellings (engine/suppression.ts).

import type { Directive, DocumentFormat, LineIndex, TextEdit } from '../engine';

export function disableOnLineEdit(text: string, lines: LineIndex, directives: readonly Directive[], line: number, rule: string, format: DocumentFormat): TextEdit {
  if (format === 'markdown') {
    const existing = directives.find((d) => d.kind === 'disable-line' && d.line === line && d.names.length);
    if (existing) return addNameEdit(text, existing, rule);
    const end = lines.lineEnds[line];
    return { span: { start: end, end }, newText: ` <!-- gongwen-disable-line ${rule} -->` };
  }
  const existing = directives.find((d) => (d.kind === 'disable-line' && d.line === line) || (d.kind === 'disable-next-line' && d.line === line - 1 && isPlainLine(text, d)));
  if (existing?.names.length) return addNameEdit(text, existing, rule);
  const start = lines.lineStarts[line];
  return { span: { start, end: start }, newText: `〔gongwen-disable-next-line ${rule}〕${lineBreakOf(text)}` };
}

export function disableInFileEdit(text: string, directives: readonly Directive[], rule: string, format: DocumentFormat): TextEdit {
  const existing = directives.find((d) => d.kind === 'disable-file' && d.names.length);
  if (existing) return addNameEdit(text, existing, rule);
  const directive = format === 'markdown' ? `<!-- gongwen-disable-file ${rule} -->` : `〔gongwen-disable-file ${rule}〕`;
  return { span: { start: 0, end: 0 }, newText: directive + lineBreakOf(text) };
}

function lineBreakOf(text: string): string {
  return /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
}

/** A 〔…〕 directive: one of its own line, so the line under it is the one it turns rules off for. */
function isPlainLine(text: string, d: Directive): boolean {
  return text[d.span.start] === '〔';
}

/** Inserts `, rule` after the last name, before the closing `-->` or `〕`. */
function addNameEdit(text: string, d: Directive, rule: string): TextEdit {
  const written = text.slice(d.span.start, d.span.end);
  const close = written.endsWith('-->') ? written.length - 3 : written.length - 1;
  const afterNames = d.span.start + written.slice(0, close).trimEnd().length;
  return { span: { start: afterNames, end: afterNames }, newText: `, ${rule}` };
}
