// The palette commands (检查整个工作区, 重新编号, 跳到下一个占位符) and inserting a missing section from the 报告结构 view.

import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { ServerCommands, type CheckFilesArgs, type CheckFilesResult, type InsertSectionArgs, type InsertSectionResult, type RenumberArgs, type RenumberResult } from '../../server/src/lsp/protocol';
import { t } from './locale';

const WORKSPACE_FILES = '**/*.{gongwen,txt,md,markdown}';
const SKIPPED_FOLDERS = '**/{node_modules,.git,dist,out,.cache}/**';
const MAX_WORKSPACE_FILES = 5_000;
/** Files named in the warning about files that could not be checked; the rest are counted. */
const MAX_UNREADABLE_SHOWN = 3;

export async function checkWorkspace(client: LanguageClient): Promise<void> {
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('Gongwen: checking the workspace…') }, async () => {
    const files = await vscode.workspace.findFiles(WORKSPACE_FILES, SKIPPED_FOLDERS, MAX_WORKSPACE_FILES);
    const args: CheckFilesArgs = { uris: files.map((f) => f.toString()) };
    const result = (await client.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.checkFiles, arguments: [args] })) as CheckFilesResult;
    void vscode.window.showInformationMessage(t('Gongwen checked {0} reports and found {1} problems ({2} other files skipped).', result.checked, result.problems, result.skipped));
    if (result.unreadable.length) {
      const shown = result.unreadable.slice(0, MAX_UNREADABLE_SHOWN).join('; ') + (result.unreadable.length > MAX_UNREADABLE_SHOWN ? ' …' : '');
      void vscode.window.showWarningMessage(t('Gongwen could not check {0} files: {1}', result.unreadable.length, shown));
    }
    if (result.problems) await vscode.commands.executeCommand('workbench.actions.view.problems');
  });
}

/** Inserts a missing required section (from the 报告结构 view) and selects its placeholder body, so that typing replaces it. */
export async function insertSection(client: LanguageClient, uri: string, name: string): Promise<void> {
  const args: InsertSectionArgs = { uri, name };
  const result = (await client.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.insertSection, arguments: [args] })) as InsertSectionResult | null;
  if (result?.applied && result.selection) await select(uri, result.selection);
}

/**
 * Selects `range` of the document `uri` in its editor. Also run by the server after a quick fix
 * whose edit leaves a blank to fill (its code action's command): the blank is then selected.
 */
export async function select(uri: string | vscode.Uri, range: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<void> {
  const editor = await vscode.window.showTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
  const { start, end } = range;
  editor.selection = new vscode.Selection(start.line, start.character, end.line, end.character);
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Shows a rule's documentation (shipped in docs/rules) rendered, as the Markdown preview. */
export async function showRuleDoc(docsFolder: string, ruleId: string): Promise<void> {
  if (!/^[a-z0-9-]+$/.test(ruleId)) return;
  const doc = vscode.Uri.file(`${docsFolder}/${ruleId}.md`);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', doc);
  } catch {
    // No Markdown preview (the built-in extension turned off): the source is better than nothing.
    await vscode.window.showTextDocument(doc);
  }
}

export async function renumber(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const args: RenumberArgs = { uri: editor.document.uri.toString(), position: { line: editor.selection.active.line, character: editor.selection.active.character } };
  const result = (await client.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.renumber, arguments: [args] })) as RenumberResult | null;
  if (!result?.changed) void vscode.window.showInformationMessage(t('These headings are already numbered in sequence.'));
}

/** Placeholder rules share the category prefix in their ids (placeholder-letters, placeholder-date …). */
const isPlaceholder = (d: vscode.Diagnostic) => d.source === 'gongwen' && String(typeof d.code === 'object' ? d.code.value : d.code).startsWith('placeholder-');

export function goToNextPlaceholder(): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const placeholders = vscode.languages
    .getDiagnostics(editor.document.uri)
    .filter(isPlaceholder)
    .sort((a, b) => a.range.start.compareTo(b.range.start));
  if (!placeholders.length) {
    void vscode.window.showInformationMessage(t('No unfilled placeholders in this document.'));
    return;
  }
  const cursor = editor.selection.active;
  const next = placeholders.find((d) => d.range.start.isAfter(cursor)) ?? placeholders[0];
  editor.selection = new vscode.Selection(next.range.start, next.range.end);
  editor.revealRange(next.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
