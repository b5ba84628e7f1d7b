// Typing （ at the start of a line offers the next heading marker (（二） → （三）): the server's
// completion, with （ as a trigger character. VS Code fires trigger characters only for typed
// keys, while a writer's input method commits （ through composition; so the client watches for
// an opener that arrives at the start of a line of a checked report and asks for suggestions.

import * as vscode from 'vscode';

const OPENER_AT_LINE_START = /^[ \t\u3000\u00a0]*[（(]$/;

export function watchMarkerOpeners(isChecked: (document: vscode.TextDocument) => boolean): vscode.Disposable {
  return vscode.workspace.onDidChangeTextDocument((e) => {
    // Undo and redo are not typing.
    if (e.reason !== undefined || e.contentChanges.length !== 1) return;
    const editor = vscode.window.activeTextEditor;
    if (!editor || e.document !== editor.document) return;
    const change = e.contentChanges[0];
    if (!/[（(]$/.test(change.text) || /[\r\n]/.test(change.text)) return;
    const end = change.range.start.translate(0, change.text.length);
    const lineSoFar = e.document.lineAt(end.line).text.slice(0, end.character);
    if (!OPENER_AT_LINE_START.test(lineSoFar) || !isChecked(e.document)) return;
    void vscode.commands.executeCommand('editor.action.triggerSuggest');
  });
}
