// The edits behind "turn this rule off for this line / this file": a `gongwen-disable-line` comment
// at the end of the line or a `gongwen-disable-file` comment on a new first line, or the rule id
// added to such a comment already there. The engine reads them (engine/suppression.ts).

import type { LineIndex, TextEdit } from '../engine';
import type { Directive } from '../engine';

export function disableOnLineEdit(text: string, lines: LineIndex, directives: readonly Directive[], line: number, rule: string): TextEdit {
  const existing = directives.find((d) => d.kind === 'disable-line' && d.line === line && d.names.length);
  if (existing) return addNameEdit(text, existing, rule);
  const end = lines.lineEnds[line];
  return { span: { start: end, end }, newText: ` <!-- gongwen-disable-line ${rule} -->` };
}

export function disableInFileEdit(text: string, directives: readonly Directive[], rule: string): TextEdit {
  const existing = directives.find((d) => d.kind === 'disable-file' && d.names.length);
  if (existing) return addNameEdit(text, existing, rule);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { span: { start: 0, end: 0 }, newText: `<!-- gongwen-disable-file ${rule} -->${eol}` };
}

/** Inserts `, rule` after the last name, before the closing `-->` or `〕`. */
function addNameEdit(text: string, d: Directive, rule: string): TextEdit {
  const written = text.slice(d.span.start, d.span.end);
  const close = written.endsWith('-->') ? written.length - 3 : written.length - 1;
  const afterNames = d.span.start + written.slice(0, close).trimEnd().length;
  return { span: { start: afterNames, end: afterNames }, newText: `, ${rule}` };
}
