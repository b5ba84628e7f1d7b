// Launches the extension tests with @vscode/test-electron's runTests. Here, VS Code cannot be
// downloaded, so vscodeExecutablePath is a shim that runs the suite in code-server; on a desktop,
// GONGWEN_VSCODE=download lets runTests fetch VS Code as usual, and GONGWEN_VSCODE=/path/to/code
// uses an installed one. The call is the same either way.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const out = join(root, 'out/test/vscode');

// The suite runs inside the extension host as CommonJS; mocha is resolved from node_modules there.
await build({
  entryPoints: [join(here, 'suite/index.ts'), join(here, 'suite/extension.suite.ts')],
  outdir: out,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  bundle: false,
  sourcemap: 'inline',
  logLevel: 'warning',
});

// The suite compares a Word document's view with what the library reads from the file: the reader, bundled.
await build({
  entryPoints: [join(root, 'server/src/docx/index.ts')],
  outfile: join(out, 'docx.js'),
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  bundle: true,
  logLevel: 'warning',
});

// A fresh workspace: the sample report, plain-text reports, a plain-text note (which must not be
// checked), reports lacking a section, Markdown reports with and without # headings, and empty
// documents to type into.
const workspace = mkdtempSync(join(tmpdir(), 'gongwen-vscode-'));
cpSync(join(root, 'samples/工作总结示例.gongwen'), join(workspace, '工作总结示例.gongwen'));
writeFileSync(join(workspace, '自查报告.txt'), '一、基本情况\n今年完成XX项任务。\n三、下一步打算\n继续努力。\n');
writeFileSync(join(workspace, 'note.txt'), 'Remember: XX tickets for Friday.\n');
writeFileSync(join(workspace, 'empty.gongwen'), '');
writeFileSync(join(workspace, '停用.txt'), '一、基本情况\n今年完成XX项任务。\n三、下一步打算\n继续努力。\n');
const lacking = '关于2023年工作的总结\n一、主要做法\n　　做了许多工作。\n二、下一步打算\n　　继续努力。\n';
writeFileSync(join(workspace, '缺部分的总结.gongwen'), lacking);
writeFileSync(join(workspace, '缺部分的总结2.gongwen'), lacking);
writeFileSync(join(workspace, '空白.txt'), '');
writeFileSync(join(workspace, '空白.md'), '');
const markdownReport = '关于2023年工作的总结\n\n一、主要做法\n\n今年完成了各项任务。\n\n二、下一步打算\n\n继续努力。\n';
writeFileSync(join(workspace, '井号标题.md'), markdownReport.replace('一、', '## 一、').replace('二、', '## 二、'));
writeFileSync(join(workspace, '无井号标题.md'), markdownReport);
// Word documents: one with layout faults planted (made by test/docx/made/make.sh), one to
// annotate from the explorer without opening it first, and one rewritten on disk while shown.
cpSync(join(root, 'test/docx/made/layout-faults.docx'), join(workspace, '版式问题.docx'));
cpSync(join(root, 'test/docx/made/outline.docx'), join(workspace, '提纲.docx'));
cpSync(join(root, 'test/docx/made/layout-faults.docx'), join(workspace, '会改动的.docx'));
writeFileSync(join(workspace, '坏文档.docx'), 'not a zip');
writeFileSync(join(workspace, '待保存的总结.gongwen'), '关于2023年工作的总结\n一、主要做法\n　　做了许多工作,习主席的重要讲话已认真学习。\n三、下一步打算\n　　继续努力。\n');

const choice = process.env.GONGWEN_VSCODE;
try {
  await runTests({
    ...(choice === 'download' ? {} : { vscodeExecutablePath: choice || join(here, 'code-shim.sh') }),
    extensionDevelopmentPath: root,
    extensionTestsPath: join(out, 'index.js'),
    launchArgs: [workspace, '--disable-extensions'],
  });
} catch (e) {
  console.error(`extension tests failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
