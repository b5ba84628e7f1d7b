// The status bar item: body characters (字数) and the open problems of the active report.

import * as vscode from 'vscode';
import type { StructureResult } from '../../server/src/lsp/protocol';
import { t } from './locale';
import type { StructureWatcher } from './structure';

export function createStatusBar(watcher: StructureWatcher): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('gongwen.status', vscode.StatusBarAlignment.Right, 100);
  item.name = t('Gongwen report status');
  item.command = 'workbench.actions.view.problems';
  const update = (structure: StructureResult | undefined) => {
    if (!structure?.checked) {
      item.hide();
      return;
    }
    const uri = vscode.Uri.parse(structure.uri);
    const problems = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gongwen').length;
    item.text = `$(book) ${t('{0} characters', structure.bodyCharacters)}  $(${problems ? 'warning' : 'check'}) ${problems}`;
    item.tooltip = t('Body text: {0} characters (no whitespace, title or headings). Gongwen problems: {1}. Click to open the Problems view.', structure.bodyCharacters, problems);
    item.show();
  };
  const subscription = watcher.onDidChange(update);
  update(watcher.current);
  return vscode.Disposable.from(item, subscription);
}
