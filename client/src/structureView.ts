// The "报告结构" explorer view: which type the report is checked as (or that none was
// recognised), the section tree of the active report and, where the report type requires
// sections, whether each is present.

import * as vscode from 'vscode';
import type { RequiredSection, StructureHeading, StructureResult } from '../../server/src/lsp/protocol';
import { t } from './locale';
import type { StructureWatcher } from './structure';

type Node =
  | { kind: 'type'; description: string; recognised: boolean }
  | { kind: 'heading'; heading: StructureHeading }
  | { kind: 'required-group'; sections: RequiredSection[]; reportType?: string }
  | { kind: 'required'; section: RequiredSection };

export class StructureView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private structure: StructureResult | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(watcher: StructureWatcher) {
    this.structure = watcher.current;
    this.subscription = watcher.onDidChange((s) => {
      this.structure = s;
      void vscode.commands.executeCommand('setContext', 'gongwen.hasStructure', Boolean(s?.checked));
      this.changed.fire();
    });
  }

  getChildren(node?: Node): Node[] {
    const s = this.structure;
    if (!s?.checked) return [];
    if (!node) {
      const roots: Node[] = [];
      if (s.typeDescription) roots.push({ kind: 'type', description: s.typeDescription, recognised: s.reportType !== undefined });
      if (s.required?.length) roots.push({ kind: 'required-group', sections: s.required, reportType: s.reportType });
      return roots.concat(s.headings.map((heading): Node => ({ kind: 'heading', heading })));
    }
    if (node.kind === 'heading') return node.heading.children.map((heading): Node => ({ kind: 'heading', heading }));
    if (node.kind === 'required-group') return node.sections.map((section): Node => ({ kind: 'required', section }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'type') {
      const item = new vscode.TreeItem(node.description);
      item.tooltip = node.description;
      item.iconPath = new vscode.ThemeIcon(node.recognised ? 'info' : 'question');
      return item;
    }
    if (node.kind === 'heading') {
      const h = node.heading;
      const item = new vscode.TreeItem(h.name, h.children.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
      item.description = t('line {0}', h.selectionRange.start.line + 1);
      item.iconPath = new vscode.ThemeIcon(h.level === 1 ? 'symbol-namespace' : 'symbol-string');
      const uri = vscode.Uri.parse(this.structure!.uri);
      const r = h.selectionRange;
      item.command = {
        command: 'vscode.open',
        title: t('Go to section'),
        // The cursor at the heading's start: a selection of the line (with its run-in body) would go with the next keystroke.
        arguments: [uri, { selection: new vscode.Range(r.start.line, r.start.character, r.start.line, r.start.character) }],
      };
      return item;
    }
    if (node.kind === 'required-group') {
      const missing = node.sections.filter((s) => !s.present).length;
      const item = new vscode.TreeItem(
        node.reportType ? t('Required sections ({0})', node.reportType) : t('Required sections'),
        vscode.TreeItemCollapsibleState.Expanded,
      );
      item.description = missing ? t('{0} missing', missing) : t('all present');
      item.iconPath = new vscode.ThemeIcon(missing ? 'warning' : 'pass');
      return item;
    }
    const item = new vscode.TreeItem(node.section.name);
    item.description = node.section.present ? t('present') : t('missing — click to insert');
    item.iconPath = new vscode.ThemeIcon(node.section.present ? 'pass' : 'error');
    if (!node.section.present) {
      item.command = {
        command: 'gongwen.insertSection',
        title: t('Insert section'),
        arguments: [this.structure!.uri, node.section.name],
      };
    }
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
