// `gongwen check --annotate OUT.docx IN.docx`: the one Word document is checked as any other
// (server/src/cli/main.ts), and a copy of it is written with every finding as a Word comment
// (author "Gongwen"). The original is never written: the copy goes to another path, atomically.

import { realpathSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { annotateDocx, type DocxText } from '../docx';
import { localize, msg, type Finding, type Locale, type Message } from '../engine';
import { replaceAtomically } from './files';

/** The copy to write: where, and whether each finding's fix (or first suggestion) goes in as a tracked change. */
export interface AnnotatedCopy {
  output: string;
  trackFixes: boolean;
  locale: Locale;
}

export const annotateMessages = {
  notWithFix: msg('--annotate 不能与 --fix 同时使用：批注副本只加批注，不改动文字。', '--annotate cannot be used with --fix: the annotated copy adds comments and changes no text.'),
  oneInput: msg('--annotate 只能用于一个 .docx 文档：请只给出一个输入文件。', '--annotate takes exactly one .docx document: give one input file.'),
  notDocx: (path: string) =>
    msg(
      `--annotate 只能为 Word 文档（.docx）加批注，“${path}”不是 .docx 文件。旧版 .doc、.wps 请先另存为 .docx。`,
      `--annotate adds comments to Word documents (.docx) only; "${path}" is not a .docx file. Save an old .doc or .wps as .docx first.`,
    ),
  outputExtension: (extension: string) =>
    msg(`批注副本的文件名须以 ${extension} 结尾（与原文档相同），Word 才能打开它。`, `The annotated copy's name must end in ${extension}, as the original's does, for Word to open it.`),
  sameFile: msg('批注副本不能写到原文档上：请为它另取一个文件名（原文档保持不变）。', 'The annotated copy cannot be written over the original: give it another name (the original is left as it is).'),
  trackWithoutAnnotate: msg('--track-fixes 只能与 --annotate 一起使用。', '--track-fixes works with --annotate only.'),
  tracked: (tracked: number, proposed: number) =>
    msg(
      `其中 ${tracked} 处修改写为修订（可在 Word 中逐条接受或拒绝）${proposed > tracked ? `；另有 ${proposed - tracked} 处无法准确写为修订（跨段、涉及自动编号或与其他修改重叠），只保留批注` : ''}`,
      `${tracked} edits written as tracked changes (accept or reject each in Word)${proposed > tracked ? `; ${proposed - tracked} more could not be written exactly (across paragraphs, on automatic numbering, or overlapping another edit) and are left to the comments` : ''}`,
    ),
  notWritten: (detail: string) => msg(`无法写入批注副本：${detail}`, `the annotated copy could not be written: ${detail}`),
  written: (path: string, count: number) =>
    msg(count ? `已写入批注副本 ${path}（${count} 条批注）` : `已写入批注副本 ${path}（没有发现问题，未加批注）`, count ? `wrote the annotated copy ${path} (${count} comments)` : `wrote the annotated copy ${path} (no findings, no comments)`),
};

/**
 * Why `--annotate OUTPUT` cannot be done for these paths, before anything is read: it takes
 * exactly one .docx, and writes a copy of the same kind under another name.
 */
export function annotateRequestProblem(paths: string[], output: string, cwd: string): { path: string; message: Message } | undefined {
  if (paths.length !== 1 || paths[0] === '-') return { path: '', message: annotateMessages.oneInput };
  const [shown] = paths;
  const input = resolve(cwd, shown);
  const extension = extname(input).toLowerCase();
  if (extension !== '.docx') return { path: shown, message: annotateMessages.notDocx(shown) };
  if (extname(output).toLowerCase() !== extension) return { path: output, message: annotateMessages.outputExtension(extension) };
  if (sameFile(input, resolve(cwd, output))) return { path: output, message: annotateMessages.sameFile };
  return undefined;
}

/**
 * Writes the copy of a checked Word document with each finding as a comment on the characters it
 * flags. Returns what to tell the writer, and whether the copy could not be made.
 */
export function writeAnnotatedCopy(copy: AnnotatedCopy, cwd: string, bytes: Uint8Array, doc: DocxText, findings: readonly Finding[]): { told: Message[]; failed: Message | undefined } {
  const comments = findings.map((f) => ({
    start: f.span.start,
    end: f.span.end,
    text: localize(f.message, copy.locale),
    rule: f.rule,
    severity: f.severity,
    // A tracked change is a proposal the writer accepts or rejects: a suggestion is as safe as a fix there.
    edits: copy.trackFixes ? (f.fix ?? f.suggestions?.[0])?.edits.map((e) => ({ start: e.span.start, end: e.span.end, newText: e.newText })) : undefined,
  }));
  const annotated = annotateDocx(bytes, doc, comments, { locale: copy.locale, trackedChanges: copy.trackFixes });
  if (!annotated.ok) return { told: [], failed: annotated.problem.message };
  const notWritten = writeNewFile(resolve(cwd, copy.output), annotated.bytes);
  if (notWritten) return { told: [], failed: annotateMessages.notWritten(notWritten) };
  const told = [annotateMessages.written(copy.output, comments.length)];
  if (copy.trackFixes) {
    const proposed = comments.reduce((n, c) => n + (c.edits?.length ?? 0), 0);
    const tracked = annotated.comments.reduce((n, c) => n + (c.trackedEdits?.length ?? 0), 0);
    told.push(annotateMessages.tracked(tracked, proposed));
  }
  return { told, failed: undefined };
}

/** Whether two paths name one file (the same path, a link to it, or a hard link). */
function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false; // one of them does not exist yet
  }
}

function systemMessage(e: unknown): string {
  const error = e as NodeJS.ErrnoException;
  return error?.code ? `${error.code}${error.path ? ` (${error.path})` : ''}` : String(e);
}

/**
 * Writes a file whole or not at all: into a temporary file beside it, synced, then renamed over
 * the path (through a symbolic link, onto the file it names). Returns why it could not.
 */
function writeNewFile(path: string, bytes: Uint8Array): string | undefined {
  let target = path;
  try {
    target = realpathSync(path);
    if (!statSync(target).isFile()) return systemMessage({ code: 'EISDIR', path });
  } catch {
    // A new file.
  }
  try {
    replaceAtomically(target, bytes);
    return undefined;
  } catch (e) {
    return systemMessage(e);
  }
}
