// The client's own words (status bar, the 报告结构 view, notifications) in the language the
// gongwen.locale setting chooses, as the server's messages are: zh, en, or auto (VS Code's display
// language). vscode.l10n follows only the display language, so the client reads the Chinese
// bundle itself; English is the source text.

import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';

let chinese: Record<string, string> = {};

export function loadTranslations(context: vscode.ExtensionContext): void {
  try {
    chinese = JSON.parse(readFileSync(context.asAbsolutePath('l10n/bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
  } catch {
    chinese = {};
  }
}

/** The writer's language for `uri` (the active editor's document by default). */
export function localeFor(uri = vscode.window.activeTextEditor?.document.uri): 'zh' | 'en' {
  const setting = vscode.workspace.getConfiguration('gongwen', uri).get<string>('locale', 'auto');
  if (setting === 'zh' || setting === 'en') return setting;
  return /^zh\b/i.test(vscode.env.language) ? 'zh' : 'en';
}

/** `message` (the English source, as in the l10n bundle) in the writer's language, with {0}, {1} … filled in. */
export function t(message: string, ...args: (string | number)[]): string {
  const template = localeFor() === 'zh' ? (chinese[message] ?? message) : message;
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : whole));
}
