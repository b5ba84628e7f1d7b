// Code actions: each finding's quick fixes, "fix every such problem in this file", turning a rule
// off for a line or the file, and `source.fixAll.gongwen` (editor.codeActionsOnSave). Every edit
// is computed on the version the editor holds, and no two edits of one action overlap.

import { CodeAction, CodeActionKind, type CodeActionParams, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { combineFixes, localize, type Fix, type Locale, type TextEdit } from '../engine';
import type { Analysis } from './analysis';
import { toDiagnostic } from './diagnostics';
import { disableInFileEdit, disableOnLineEdit } from './suppressionEdits';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.gongwen`;

export interface EditTarget {
  /** Whether the client takes `documentChanges` (versioned edits, refused if the text moved on). */
  versioned: boolean;
}

const TITLES = {
  fixAllOfRule: (rule: string, n: number) => ({ zh: `修复本文件中全部 ${n} 处“${rule}”问题`, en: `Fix all ${n} "${rule}" problems in this file` }),
  disableLine: (rule: string) => ({ zh: `在本行停用“${rule}”检查`, en: `Turn off "${rule}" for this line` }),
  disableFile: (rule: string) => ({ zh: `在本文件停用“${rule}”检查`, en: `Turn off "${rule}" for this file` }),
  fixAll: { zh: '修复全部可自动修复的问题（Gongwen）', en: 'Fix all auto-fixable problems (Gongwen)' },
};

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
}

/** A fix whose own edits overlap each other cannot be applied as one edit: leave it out. */
function isApplicable(fix: Fix, textLength: number): boolean {
  const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return edits.every(
    (e, i) =>
      e.span.start >= 0 &&
      e.span.end >= e.span.start &&
      e.span.end <= textLength &&
      (i === 0 || (edits[i - 1].span.end <= e.span.start && !(edits[i - 1].span.start === e.span.start && e.span.start === e.span.end))),
  );
}

export function workspaceEdit(analysis: Analysis, edits: readonly TextEdit[], target: EditTarget): WorkspaceEdit {
  const lspEdits: LspTextEdit[] = edits.map((e) => ({ range: analysis.lines.rangeOf(e.span), newText: e.newText }));
  if (target.versioned) return { documentChanges: [{ textDocument: { uri: analysis.uri, version: analysis.version }, edits: lspEdits }] };
  return { changes: { [analysis.uri]: lspEdits } };
}

/** Every applicable fix in the document, combined so that none overlaps another; a fix is taken whole or not at all. */
export function fixAllEdits(analysis: Analysis): TextEdit[] {
  const preferred = analysis.findings.flatMap((f) => (f.fixes ?? []).filter((fix) => isApplicable(fix, analysis.text.length)).slice(0, 1));
  return combineFixes(preferred);
}

export function codeActions(analysis: Analysis, params: CodeActionParams, locale: Locale, target: EditTarget, docUrl: (rule: string) => string | undefined): CodeAction[] {
  if (!analysis.checked) return [];
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const lines = analysis.lines;

  if (wants(only, CodeActionKind.QuickFix)) {
    const from = lines.offsetAt(params.range.start);
    const to = lines.offsetAt(params.range.end);
    const here = analysis.findings.filter((f) => f.span.start <= to && from <= f.span.end);
    const doneRules = new Set<string>();
    const disabledLines = new Set<string>();
    for (const finding of here) {
      const diagnostic = toDiagnostic(finding, analysis.uri, lines, locale, docUrl(finding.rule));
      const applicable = (finding.fixes ?? []).filter((fix) => isApplicable(fix, analysis.text.length));
      applicable.forEach((fix, i) => {
        actions.push({
          title: localize(fix.title, locale),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: i === 0,
          edit: workspaceEdit(analysis, fix.edits, target),
        });
      });
      if (!doneRules.has(finding.rule)) {
        doneRules.add(finding.rule);
        const sameRule = analysis.findings.filter((f) => f.rule === finding.rule && f.fixes?.some((fix) => isApplicable(fix, analysis.text.length)));
        if (sameRule.length > 1) {
          const edits = combineFixes(sameRule.map((f) => f.fixes!.find((fix) => isApplicable(fix, analysis.text.length))!));
          actions.push({
            title: localize(TITLES.fixAllOfRule(finding.rule, sameRule.length), locale),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: workspaceEdit(analysis, edits, target),
          });
        }
      }
      const line = lines.lineAt(finding.span.start);
      const lineKey = `${finding.rule}:${line}`;
      if (analysis.directives && !disabledLines.has(lineKey)) {
        disabledLines.add(lineKey);
        actions.push({
          title: localize(TITLES.disableLine(finding.rule), locale),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: workspaceEdit(analysis, [disableOnLineEdit(analysis.text, lines, analysis.directives.list, line, finding.rule)], target),
        });
      }
    }
    if (analysis.directives) {
      for (const rule of doneRules) {
        actions.push({
          title: localize(TITLES.disableFile(rule), locale),
          kind: CodeActionKind.QuickFix,
          edit: workspaceEdit(analysis, [disableInFileEdit(analysis.text, analysis.directives.list, rule)], target),
        });
      }
    }
  }

  // Offered only when asked for (on save, or "Source Action…"): it is not about the cursor.
  if (only && wants(only, FIX_ALL_KIND)) {
    const edits = fixAllEdits(analysis);
    if (edits.length) actions.push({ title: localize(TITLES.fixAll, locale), kind: FIX_ALL_KIND, edit: workspaceEdit(analysis, edits, target) });
  }
  return actions;
}
