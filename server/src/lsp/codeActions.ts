// Code actions: each finding's fix and suggestions, "fix every such problem in this file",
// turning a rule off for a line or the file, and `source.fixAll.gongwen`
// (editor.codeActionsOnSave). Fix-all applies mechanical fixes only, never a suggestion: on save
// no word of the writer's changes. Every edit is computed on the version the editor holds, and
// no two edits of one action overlap.

import { CodeAction, CodeActionKind, type CodeActionParams, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { applyEdits, combineFixes, firstStartingAfter, isWholeFix, LineIndex, localize, type Finding, type Fix, type Locale, type TextEdit } from '../engine';
import type { Analysis } from './analysis';
import { toDiagnostic } from './diagnostics';
import { disableInFileEdit, disableOnLineEdit } from './suppressionEdits';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.gongwen`;

export interface EditTarget {
  /** Whether the client takes `documentChanges` (versioned edits, refused if the text moved on). */
  versioned: boolean;
  /**
   * Whether the client resolves a code action's edit when it is chosen (`codeAction/resolve`).
   * Then "fix all of this rule" is listed without its edit: on a long document that edit holds
   * tens of thousands of changes, and the menu must open at once.
   */
  resolvesEdits?: boolean;
  /**
   * A client command that selects a range ([uri, range]), run after a code action's edit: a fix
   * that inserts a blank (a missing section's 「（此处填写…）」) then leaves it selected, so that
   * the writer's first keystroke replaces it. Only for clients that name one (VS Code's).
   */
  selectCommand?: string;
}

/** What a listed "fix all of this rule" action needs to compute its edit when it is chosen. */
interface FixAllOfRuleData {
  uri: string;
  version: number;
  rule: string;
}

const TITLES = {
  fixAllOfRule: (rule: string, n: number) => ({ zh: `修复本文件中全部 ${n} 处“${rule}”问题`, en: `Fix all ${n} "${rule}" problems in this file` }),
  disableLine: (rule: string) => ({ zh: `在本行停用“${rule}”检查`, en: `Turn off "${rule}" for this line` }),
  disableFile: (rule: string) => ({ zh: `在本文件停用“${rule}”检查`, en: `Turn off "${rule}" for this file` }),
  fixAll: { zh: '修复全部可自动修复的问题（Gongwen，只改标点、序号等，不改文字）', en: 'Fix all auto-fixable problems (Gongwen: punctuation and numbering, never wording)' },
};

export function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
}

export function workspaceEdit(analysis: Analysis, edits: readonly TextEdit[], target: EditTarget): WorkspaceEdit {
  const lspEdits: LspTextEdit[] = edits.map((e) => ({ range: analysis.lines.rangeOf(e.span), newText: e.newText }));
  if (target.versioned) return { documentChanges: [{ textDocument: { uri: analysis.uri, version: analysis.version }, edits: lspEdits }] };
  return { changes: { [analysis.uri]: lspEdits } };
}

/** The fix-all action (on save, or "Source Action…"), with the edits the worker's fixAllEdits gave. */
export function fixAllAction(analysis: Analysis, edits: readonly TextEdit[], locale: Locale, target: EditTarget): CodeAction {
  return { title: localize(TITLES.fixAll, locale), kind: FIX_ALL_KIND, edit: workspaceEdit(analysis, edits, target) };
}

/**
 * The findings of one analysis, indexed for requests at the cursor: a code action request on a
 * document with 64,000 findings must not walk them all (that took 30 ms). Built once per analysis.
 */
class FindingIndex {
  /** The largest end among findings 0 … i (findings are sorted by start). */
  private readonly maxEnd: number[] = [];
  readonly fixableByRule = new Map<string, number>();

  constructor(private readonly findings: readonly Finding[]) {
    let max = -1;
    for (const f of findings) {
      max = Math.max(max, f.span.end);
      this.maxEnd.push(max);
      if (f.fix) this.fixableByRule.set(f.rule, (this.fixableByRule.get(f.rule) ?? 0) + 1);
    }
  }

  /** The findings whose spans touch [from, to], in document order. */
  overlapping(from: number, to: number): Finding[] {
    const lo = firstStartingAfter(this.findings, to);
    const out: Finding[] = [];
    for (let i = lo - 1; i >= 0 && this.maxEnd[i] >= from; i--) if (this.findings[i].span.end >= from) out.push(this.findings[i]);
    return out.reverse();
  }
}

const indexes = new WeakMap<Analysis, FindingIndex>();

function findingIndex(analysis: Analysis): FindingIndex {
  let index = indexes.get(analysis);
  if (!index) indexes.set(analysis, (index = new FindingIndex(analysis.findings)));
  return index;
}

/** The command that selects what `fix` asks to have selected once it is applied, if the client has one. */
function selectAfter(analysis: Analysis, fix: Fix, target: EditTarget): CodeAction['command'] {
  if (!fix.select || !target.selectCommand) return undefined;
  const after = new LineIndex(applyEdits(analysis.text, fix.edits).text);
  return { title: '', command: target.selectCommand, arguments: [analysis.uri, after.rangeOf(fix.select)] };
}

/** Every fix of one rule, combined: the edit of a "fix all of this rule" action. */
function fixAllOfRuleEdits(analysis: Analysis, rule: string): TextEdit[] {
  return combineFixes(analysis.findings.filter((f) => f.rule === rule && f.fix && isWholeFix(f.fix, analysis.text.length)).map((f) => f.fix!));
}

/**
 * Gives a listed action its edit (`codeAction/resolve`). An action listed for another version of
 * the document gets none: its edits would land in the wrong places.
 */
export function resolveCodeAction(analysis: Analysis, action: CodeAction, target: EditTarget): CodeAction {
  const data = action.data as Partial<FixAllOfRuleData> | undefined;
  if (action.edit || !data || data.uri !== analysis.uri || data.version !== analysis.version || typeof data.rule !== 'string') return action;
  return { ...action, edit: workspaceEdit(analysis, fixAllOfRuleEdits(analysis, data.rule), target) };
}

export function codeActions(analysis: Analysis, params: CodeActionParams, locale: Locale, target: EditTarget, docUrl: (rule: string) => string | undefined): CodeAction[] {
  if (!analysis.checked) return [];
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const lines = analysis.lines;

  if (wants(only, CodeActionKind.QuickFix)) {
    const from = lines.offsetAt(params.range.start);
    const to = lines.offsetAt(params.range.end);
    const index = findingIndex(analysis);
    const here = index.overlapping(from, to);
    const rulesHere = new Set<string>();
    const fixAllOffered = new Set<string>();
    const disabledLines = new Set<string>();
    for (const finding of here) {
      rulesHere.add(finding.rule);
      const diagnostic = toDiagnostic(finding, analysis.uri, lines, locale, docUrl(finding.rule));
      // The mechanical fix is the preferred action; suggestions follow it, for the writer to pick.
      const fix = finding.fix && isWholeFix(finding.fix, analysis.text.length) ? finding.fix : undefined;
      const suggestions = (finding.suggestions ?? []).filter((s) => isWholeFix(s, analysis.text.length));
      for (const offered of fix ? [fix, ...suggestions] : suggestions) {
        actions.push({
          title: localize(offered.title, locale),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: offered === fix,
          edit: workspaceEdit(analysis, offered.edits, target),
          command: selectAfter(analysis, offered, target),
        });
      }
      if (fix && !fixAllOffered.has(finding.rule)) {
        fixAllOffered.add(finding.rule);
        const count = index.fixableByRule.get(finding.rule) ?? 0;
        if (count > 1) {
          const data: FixAllOfRuleData = { uri: analysis.uri, version: analysis.version, rule: finding.rule };
          const action: CodeAction = { title: localize(TITLES.fixAllOfRule(finding.rule, count), locale), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], data };
          actions.push(target.resolvesEdits ? action : resolveCodeAction(analysis, action, target));
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
          edit: workspaceEdit(analysis, [disableOnLineEdit(analysis.text, lines, analysis.directives.list, line, finding.rule, analysis.format)], target),
        });
      }
    }
    if (analysis.directives) {
      for (const rule of rulesHere) {
        actions.push({
          title: localize(TITLES.disableFile(rule), locale),
          kind: CodeActionKind.QuickFix,
          edit: workspaceEdit(analysis, [disableInFileEdit(analysis.text, analysis.directives.list, rule, analysis.format)], target),
        });
      }
    }
  }
  return actions;
}
