// `gongwen check --annotate OUT.docx IN.docx`: checks one Word document and writes a copy of it
// with every finding as a Word comment (author "Gongwen"), then prints the report as `check` does.
// The original is never written: the copy goes to another path, atomically.

import { closeSync, fstatSync, fsyncSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { annotateDocx, readDocx } from '../docx';
import { check, localize, msg, present, type CheckOptions, type CheckResult, type Locale, type Message } from '../engine';
import { displayPath } from './files';
import { formatJson, formatSarif, formatStylish, type FileReport } from './format';
import type { CliIO } from './main';
import { notices } from './messages';

export interface AnnotateRequest {
  /** Where the annotated copy goes. */
  output: string;
  /** The paths given to check: exactly one .docx. */
  paths: string[];
  format: 'stylish' | 'json' | 'sarif';
  locale: Locale;
  /** The tool's version, for SARIF. */
  version: string;
  /** Also write each finding's fix (or first suggestion) as a tracked change. */
  trackFixes: boolean;
}

/** How the CLI checks a file: its configuration's options, or nothing when the configuration ignores it. */
export type CheckOptionsFor = (path: string) => { options: CheckOptions } | { ignoredBy: string };

/** Larger documents are refused, as the text files are. */
const MAX_DOCX_BYTES = 50 * 1024 * 1024;
const WORD_EXTENSIONS = new Set(['.docx', '.docm', '.dotx', '.dotm']);

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
  notRead: (detail: string) => msg(`无法读取：${detail}`, `cannot be read: ${detail}`),
  tooLarge: msg(`文件超过 ${MAX_DOCX_BYTES / 1024 / 1024} MB，未读取`, `larger than ${MAX_DOCX_BYTES / 1024 / 1024} MB: not read`),
  notWritten: (detail: string) => msg(`无法写入批注副本：${detail}`, `the annotated copy could not be written: ${detail}`),
  written: (path: string, count: number) =>
    msg(count ? `已写入批注副本 ${path}（${count} 条批注）` : `已写入批注副本 ${path}（没有发现问题，未加批注）`, count ? `wrote the annotated copy ${path} (${count} comments)` : `wrote the annotated copy ${path} (no findings, no comments)`),
};

export function runAnnotate(request: AnnotateRequest, io: CliIO, optionsFor: CheckOptionsFor): number {
  const { locale } = request;
  const say = (path: string, message: Message) => io.stderr(`gongwen: ${path ? `${path}: ` : ''}${localize(message, locale)}`);
  if (request.paths.length !== 1 || request.paths[0] === '-') {
    say('', annotateMessages.oneInput);
    return 2;
  }
  const shown = request.paths[0];
  const input = resolve(io.cwd, shown);
  const output = resolve(io.cwd, request.output);
  const extension = extname(input).toLowerCase();
  if (!WORD_EXTENSIONS.has(extension)) {
    say(shown, annotateMessages.notDocx(shown));
    return 2;
  }
  if (extname(output).toLowerCase() !== extension) {
    say(request.output, annotateMessages.outputExtension(extension));
    return 2;
  }
  if (sameFile(input, output)) {
    say(request.output, annotateMessages.sameFile);
    return 2;
  }
  const setting = optionsFor(input);
  if ('ignoredBy' in setting) {
    say(shown, notices.ignored(displayPath(setting.ignoredBy, io.cwd)));
    return 0;
  }
  const bytes = readBytes(input);
  if (!(bytes instanceof Uint8Array)) {
    say(shown, bytes);
    return 2;
  }
  const doc = readDocx(bytes);
  if (!doc.ok) {
    say(shown, doc.problem.message);
    return 2;
  }
  const result: CheckResult = check(doc.text, { ...setting.options, format: 'plaintext' });
  for (const failure of result.failures) say(shown, notices.ruleFailed(failure.rule, failure.error));
  const comments = result.findings.map((f) => ({
    start: f.span.start,
    end: f.span.end,
    text: localize(f.message, locale),
    rule: f.rule,
    severity: f.severity,
    // A tracked change is a proposal the writer accepts or rejects: a suggestion is as safe as a fix there.
    edits: request.trackFixes ? (f.fix ?? f.suggestions?.[0])?.edits.map((e) => ({ start: e.span.start, end: e.span.end, newText: e.newText })) : undefined,
  }));
  const annotated = annotateDocx(bytes, doc, comments, { locale, trackedChanges: request.trackFixes });
  let troubles = 0;
  if (!annotated.ok) {
    say(shown, annotated.problem.message);
    troubles++;
  } else {
    const notWritten = writeNewFile(output, annotated.bytes);
    if (notWritten) {
      say(request.output, annotateMessages.notWritten(notWritten));
      troubles++;
    } else {
      say('', annotateMessages.written(request.output, comments.length));
      if (request.trackFixes) {
        const proposed = comments.reduce((n, c) => n + (c.edits?.length ?? 0), 0);
        const tracked = annotated.comments.reduce((n, c) => n + (c.trackedEdits?.length ?? 0), 0);
        say('', annotateMessages.tracked(tracked, proposed));
      }
    }
  }
  const reports: FileReport[] = [{ file: shown, diagnostics: result.findings.map((f) => present(f, result.model.lines, locale)) }];
  const report = request.format === 'json' ? formatJson(reports) : request.format === 'sarif' ? formatSarif(reports, locale, request.version) : formatStylish(reports, locale);
  if (report) io.stdout(report);
  if (troubles) return 2;
  return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
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

/** The file's bytes, or why it cannot be read: not a file, too large, a system error. */
function readBytes(path: string): Uint8Array | Message {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const st = fstatSync(fd);
    if (!st.isFile()) return annotateMessages.notRead(systemMessage({ code: 'EISDIR' }));
    if (st.size > MAX_DOCX_BYTES) return annotateMessages.tooLarge;
    const out = new Uint8Array(st.size);
    let at = 0;
    while (at < out.length) {
      const n = readSync(fd, out, at, out.length - at, at);
      if (n === 0) break;
      at += n;
    }
    return out.subarray(0, at);
  } catch (e) {
    return annotateMessages.notRead(systemMessage(e));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
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
  const temporary = join(dirname(target), `.${basename(target)}.gongwen-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx');
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, target);
    return undefined;
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // Never created.
    }
    return systemMessage(e);
  }
}
