// Files on disk for the CLI and the server: finding the files to check, reading them as text
// whatever their encoding, and writing fixed files back. Every path that cannot be read, decoded
// or written gives one message and the caller goes on: nothing here throws on a bad path, blocks
// on a pipe or reads more than MAX_FILE_BYTES.

import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { isatty } from 'node:tty';
import { msg, type Message } from '../engine';
import { compileGlob, splitGlob } from '../engine/globs';
import { readDocx, readLayout, type DocxText } from '../docx';
import type { LayoutFacts } from '../engine/layout';

/**
 * Word documents are read as .docx. An old .doc or .wps is taken too, so that the reader can say
 * to save it as .docx (and can read one that is a .docx under the old name).
 */
const WORD_EXTENSIONS = ['.docx', '.doc', '.wps'];
const CHECKED_EXTENSIONS = ['.txt', '.md', '.markdown', '.gongwen', ...WORD_EXTENSIONS];
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);
/** Larger files are refused with a message rather than slowing a batch run to a crawl. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** A path named on the command line or met while walking that gives nothing to check. */
export interface PathProblem {
  path: string;
  message: Message;
}

export interface ExpandResult {
  /** Files to check, each once, in the order given (a folder's files sorted by name). */
  files: string[];
  /** Arguments that named nothing, and folders that could not be read. */
  problems: PathProblem[];
}

const NO_SUCH_PATH = msg('没有这个文件或文件夹', 'no such file or folder');
const NO_REPORTS_IN_FOLDER = msg('文件夹中没有 .txt、.md、.docx 文件', 'no .txt, .md or .docx files in this folder');
const NO_GLOB_MATCH = msg('没有与此模式匹配的文件', 'no file matches this pattern');

const isReportName = (name: string) => CHECKED_EXTENSIONS.some((x) => name.toLowerCase().endsWith(x));

/** A path read as a Word document rather than as text. */
export const isWordDocumentName = (path: string) => WORD_EXTENSIONS.some((x) => path.toLowerCase().endsWith(x));

/**
 * The owner file Word keeps beside an open document (`~$报告.docx`, a few bytes, not a document):
 * never a report, so a folder walk or a glob passes it by without a word.
 */
const isWordLockFile = (name: string) => name.startsWith('~$');

/** The path that stands for standard input: passed through as it is (a file named `-` is `./-`). */
export const STDIN_PATH = '-';

export function expandPaths(args: string[], cwd = process.cwd()): ExpandResult {
  const files: string[] = [];
  const problems: PathProblem[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const abs = resolve(cwd, f);
    if (!seen.has(abs)) {
      seen.add(abs);
      files.push(f);
    }
  };
  for (const arg of args) {
    if (arg === STDIN_PATH) {
      if (!files.includes(STDIN_PATH)) files.push(STDIN_PATH);
      continue;
    }
    let st: Stats | undefined;
    let statFailure: unknown;
    try {
      st = statSync(resolve(cwd, arg));
    } catch (e) {
      statFailure = e;
    }
    // A path that exists is taken as it is written, glob characters and all (a file named
    // `a[1].txt`, or `报告(1).txt`); only one that names nothing is read as a glob.
    const glob = st || isSymbolicLink(resolve(cwd, arg)) ? undefined : splitGlob(arg.split(sep).join('/'));
    if (glob) {
      const found = expandGlob(arg, glob, cwd, problems);
      if (found === undefined) continue;
      if (!found.length) problems.push({ path: arg, message: NO_GLOB_MATCH });
      found.forEach(add);
      continue;
    }
    if (!st) {
      problems.push({ path: arg, message: statError(resolve(cwd, arg), statFailure) });
      continue;
    }
    if (!st.isDirectory()) {
      add(arg);
      continue;
    }
    const before = problems.length;
    const found = walk(resolve(cwd, arg), true, cwd, problems).map((f) => displayPath(f, cwd));
    if (!found.length && problems.length === before) problems.push({ path: arg, message: NO_REPORTS_IN_FOLDER });
    found.forEach(add);
  }
  return { files, problems };
}

/** A path as the user is shown it: relative to the working folder when it is inside it. */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') ? rel : abs;
}

const byName = new Intl.Collator().compare;

/**
 * The files under a folder (absolute paths), depth first, each folder's entries sorted by name. `reportsOnly`:
 * files with a report's extension, hidden and tool folders skipped (walking a folder); otherwise
 * every file, for a glob to choose from. Symbolic links to folders are not followed (as `grep -r`
 * and `find` do: no loops, no file met twice); other entries with a chosen name are returned
 * whatever they are (a link, a FIFO, a device), for the reading step to check or refuse in one
 * line. A folder that cannot be read is a problem; the walk goes on. `maxDepth`: how many levels
 * of names below the root can match (a glob without `**`). Iterative: the depth and the number
 * of files are bounded by memory only, never by the call stack.
 */
function walk(root: string, reportsOnly: boolean, cwd: string, problems: PathProblem[], maxDepth = Infinity): string[] {
  const out: string[] = [];
  // Entries still to visit, the next one last: a folder's children are pushed in reverse order.
  const pending: { path: string; folder: boolean; depth: number }[] = [{ path: root, folder: true, depth: 0 }];
  for (let entry = pending.pop(); entry; entry = pending.pop()) {
    if (!entry.folder) {
      out.push(entry.path);
      continue;
    }
    let entries;
    try {
      entries = readdirSync(entry.path, { withFileTypes: true });
    } catch (e) {
      problems.push({ path: displayPath(entry.path, cwd), message: msg(`无法读取文件夹（${systemError(e).zh}）`, `cannot read the folder (${systemError(e).en})`) });
      continue;
    }
    const children: { path: string; folder: boolean; depth: number }[] = [];
    const depth = entry.depth + 1;
    for (const e of entries.sort((a, b) => byName(a.name, b.name))) {
      if (SKIPPED_DIRS.has(e.name) || (reportsOnly && e.name.startsWith('.')) || (!e.isDirectory() && isWordLockFile(e.name))) continue;
      const path = join(entry.path, e.name);
      if (e.isDirectory()) {
        if (depth < maxDepth) children.push({ path, folder: true, depth });
      } else if (!reportsOnly || isReportName(e.name)) {
        if (e.isSymbolicLink() && isFolder(path)) continue;
        children.push({ path, folder: false, depth });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
  }
  return out;
}

/** A path that cannot be stat'ed (missing, a link loop) is not a folder: reading it will say why. */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The files a glob matches; undefined (and a problem saying why) for a glob that cannot be used. */
function expandGlob(pattern: string, { base, glob }: { base: string; glob: string }, cwd: string, problems: PathProblem[]): string[] | undefined {
  const baseAbs = resolve(cwd, base || (pattern.startsWith('/') ? '/' : '.'));
  // The engine's glob runs in linear time: a pattern such as **/**/**/…/x never backtracks. One
  // it cannot use (too long, an extglob negation such as !(…)) is refused, saying why.
  const compiled = compileGlob(glob);
  if (!compiled.ok) {
    problems.push({ path: pattern, message: compiled.message });
    return undefined;
  }
  if (!isFolder(baseAbs)) return [];
  // Without ** (or braces or extglobs, which may hold a /) a glob matches names at one depth only: no need to walk deeper.
  const segments = glob.split('/');
  const anyDepth = segments.some((s) => s.includes('**')) || /[{(]/.test(glob);
  const candidates = walk(baseAbs, false, cwd, problems, anyDepth ? Infinity : segments.length);
  return candidates
    .filter((f) => compiled.glob.matches(relative(baseAbs, f).split(sep).join('/')))
    .map((f) => displayPath(f, cwd));
}

// --- reading ---------------------------------------------------------------------------------

export type ReadResult =
  | { ok: true; text: string; encoding: string; hadBom: boolean }
  /** `message` for the writer; `error` is its English text, for logs and protocol results. */
  | { ok: false; message: Message; error: string };

function refused(message: Message): { ok: false; message: Message; error: string } {
  return { ok: false, message, error: message.en };
}

const O_NONBLOCK = constants.O_NONBLOCK ?? 0;
const O_NOCTTY = constants.O_NOCTTY ?? 0;

/** Reads a file as text (see `readFileBytes` for what is opened and how much is read). */
export function readTextFile(path: string, maxBytes = MAX_FILE_BYTES): ReadResult {
  const bytes = readFileBytes(path, maxBytes);
  return bytes.ok ? decodeText(bytes.bytes) : bytes;
}

/**
 * A Word document read: its text for the engine, the document it came from (`docx`) and its
 * bytes (for an annotated copy), and its formatting facts for the layout rules (absent when they
 * could not be read).
 */
export type DocumentReadResult = { ok: true; text: string; docx: DocxText; layout: LayoutFacts | undefined; bytes: Uint8Array } | { ok: false; message: Message; error: string };

/**
 * Reads a Word document (.docx; a .doc or .wps is refused with the advice to save it as .docx)
 * with the same care as a text file: only a regular file, never more than `maxBytes`.
 */
export function readWordDocument(path: string, maxBytes = MAX_FILE_BYTES): DocumentReadResult {
  const bytes = readFileBytes(path, maxBytes);
  return bytes.ok ? wordDocumentOf(bytes.bytes) : bytes;
}

function wordDocumentOf(bytes: Uint8Array): DocumentReadResult {
  const docx = readDocx(bytes);
  return docx.ok ? { ok: true, text: docx.text, docx, layout: readLayout(bytes, docx), bytes } : refused(docx.problem.message);
}

type BytesRead = { ok: true; bytes: Buffer } | { ok: false; message: Message; error: string };

/**
 * The bytes of a regular file. Only a regular file is ever opened, and never more than
 * `maxBytes` + 1 bytes of it are read, whatever its size says (it may grow while read, or say 0
 * as in /proc). A FIFO, a device or a socket is refused from its stat, without opening it:
 * opening a FIFO waits for a writer, /dev/zero never ends. The open itself is non-blocking and
 * checked again with fstat, in case the path was replaced in between.
 */
function readFileBytes(path: string, maxBytes: number): BytesRead {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (e) {
    return refused(statError(path, e));
  }
  const notFile = notRegularFile(st) ?? tooLarge(st.size, maxBytes);
  if (notFile) return refused(notFile);
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | O_NONBLOCK | O_NOCTTY);
    const opened = fstatSync(fd);
    const changed = notRegularFile(opened) ?? tooLarge(opened.size, maxBytes);
    if (changed) return refused(changed);
    const bytes = readAtMost(fd, opened.size, maxBytes + 1);
    if (bytes.length > maxBytes) return refused(tooLarge(undefined, maxBytes)!);
    return { ok: true, bytes };
  } catch (e) {
    return refused(systemError(e));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const STDIN_IS_TERMINAL = msg(
  '标准输入是终端：请用管道或重定向传入报告（如 cat report.txt | gongwen check -），或直接给出文件路径',
  'standard input is a terminal: pipe or redirect the report into it (cat report.txt | gongwen check -), or name the file',
);

/**
 * Reads standard input to its end as text, with the same limit and decoding as a file. A
 * terminal is refused at once rather than waited on; a closed standard input reads as empty
 * (Node opens /dev/null in its place). Standard input that is non-blocking (shared with a
 * parent that set O_NONBLOCK) is waited on between reads, never spun on.
 */
export function readStandardInput(maxBytes = MAX_FILE_BYTES): ReadResult {
  const bytes = readStandardInputBytes(maxBytes);
  return bytes.ok ? decodeText(bytes.bytes) : bytes;
}

/** Reads standard input to its end as a Word document (`--stdin-filename report.docx`), as `readStandardInput` reads text. */
export function readStandardInputDocument(maxBytes = MAX_FILE_BYTES): DocumentReadResult {
  const bytes = readStandardInputBytes(maxBytes);
  return bytes.ok ? wordDocumentOf(bytes.bytes) : bytes;
}

function readStandardInputBytes(maxBytes: number): BytesRead {
  if (isatty(0)) return refused(STDIN_IS_TERMINAL);
  try {
    const bytes = readAtMost(0, 0, maxBytes + 1);
    if (bytes.length > maxBytes) return refused(tooLarge(undefined, maxBytes)!);
    return { ok: true, bytes };
  } catch (e) {
    return refused(systemError(e));
  }
}

/** Reads to the end or to `limit` bytes, whichever comes first; the size is only where to start. */
function readAtMost(fd: number, sizeHint: number, limit: number): Buffer {
  let buffer = Buffer.allocUnsafe(Math.min(Math.max(sizeHint + 1, 4096), limit));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length === limit) break;
      const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const n = readRetrying(fd, buffer, length);
    if (n === 0) break;
    length += n;
  }
  return buffer.subarray(0, length);
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** One read; on a non-blocking descriptor with nothing yet to read, waits 10 ms and tries again. End of input is 0. */
function readRetrying(fd: number, buffer: Buffer, at: number): number {
  for (;;) {
    try {
      return readSync(fd, buffer, at, buffer.length - at, null);
    } catch (e) {
      const code = errorCode(e);
      if (code === 'EOF') return 0;
      if (code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 10);
    }
  }
}

function notRegularFile(st: Stats): Message | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return msg('是文件夹，不是文件', 'is a folder, not a file');
  if (st.isFIFO()) return msg('是命名管道（FIFO），不是文件，未读取', 'is a named pipe (FIFO), not a file: not read');
  if (st.isCharacterDevice()) return msg('是字符设备，不是文件，未读取', 'is a character device, not a file: not read');
  if (st.isBlockDevice()) return msg('是块设备，不是文件，未读取', 'is a block device, not a file: not read');
  if (st.isSocket()) return msg('是套接字，不是文件，未读取', 'is a socket, not a file: not read');
  return msg('不是普通文件，未读取', 'is not a regular file: not read');
}

/** `size` undefined: more was read than the size said, and more than the limit. */
function tooLarge(size: number | undefined, maxBytes: number): Message | undefined {
  if (size !== undefined && size <= maxBytes) return undefined;
  const mb = (n: number) => `${Number((n / 1048576).toFixed(1))} MB`;
  const shown = size === undefined ? `> ${mb(maxBytes)}` : mb(size);
  return msg(`文件过大（${shown}，上限 ${mb(maxBytes)}），未检查`, `file is too large (${shown}; the limit is ${mb(maxBytes)}): not checked`);
}

function errorCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}

/** Why a path cannot be stat'ed: a missing target behind a link is a broken link, not a missing file. */
function statError(path: string, e: unknown): Message {
  return errorCode(e) === 'ENOENT' && isSymbolicLink(path) ? msg('符号链接指向的文件不存在', 'broken symbolic link: its target does not exist') : systemError(e);
}

/** What a failed system call means to a writer. */
function systemError(e: unknown): Message {
  const code = errorCode(e);
  switch (code) {
    case 'ENOENT':
      return NO_SUCH_PATH;
    case 'EACCES':
    case 'EPERM':
      return msg('没有权限', 'permission denied');
    case 'ELOOP':
      return msg('符号链接循环', 'too many levels of symbolic links (a link loop)');
    case 'ENOTDIR':
      return msg('路径中有一段不是文件夹', 'a part of the path is not a folder');
    case 'ENAMETOOLONG':
      return msg('路径过长', 'the path is too long');
    case 'EISDIR':
      return msg('是文件夹，不是文件', 'is a folder, not a file');
    case 'EROFS':
      return msg('文件系统只读', 'read-only file system');
    case 'ENOSPC':
    case 'EDQUOT':
      return msg('磁盘空间不足', 'no space left on the disk');
    case 'EFBIG':
      return msg('超出允许的文件大小', 'file too large for this system or limit');
    default:
      return msg(`系统错误 ${code ?? String(e)}`, `system error ${code ?? String(e)}`);
  }
}

// --- decoding --------------------------------------------------------------------------------

const BINARY_NUL = msg('二进制文件（含 NUL 字节），不是文本', 'binary file (contains NUL bytes), not text');
const BINARY_CONTROL = msg('二进制文件（含控制字符），不是文本', 'binary file (control characters), not text');
const NOT_TEXT = msg('不是 UTF-8、UTF-16 或 GB18030/GBK 编码的文本', 'not text in UTF-8, UTF-16 or GB18030/GBK');

type Decoded = { ok: true; text: string; encoding: string; hadBom: boolean };

/**
 * UTF-8 (with or without BOM), UTF-16 (with BOM, or without: LE or BE, told from the text), or
 * GB18030/GBK; anything else is refused, never decoded into replacement characters.
 *
 * Without a BOM, valid UTF-8 with no NUL byte is UTF-8. Otherwise the same bytes can often be
 * decoded both as GB18030 and as UTF-16 (a line of 汉字 in UTF-16LE such as 5D E5 … is also
 * valid GB18030, as 錧\O…), so each decoding that succeeds is scored for how much it reads like a
 * report, and the best one wins: UTF-16 by the share of characters a report is written in,
 * GB18030 by the share of its double-byte characters that lie in the GB2312 area, where nearly
 * every character of real simplified Chinese text lies (the other decoding's bytes fall
 * outside it). Each must also be plausible on its own (MIN_UTF16_SHARE, CHINESE_PUNCTUATION,
 * MIN_GB2312_SHARE), so binary data and text in other legacy encodings are refused.
 */
export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return checked(decodeAs(bytes.subarray(3), 'utf-8', true), NOT_TEXT);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(decodeAs(bytes.subarray(2), 'utf-16le', true), NOT_TEXT);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(decodeAs(bytes.subarray(2), 'utf-16be', true), NOT_TEXT);
  const hasNul = bytes.includes(0);
  if (!hasNul) {
    const utf8 = decodeAs(bytes, 'utf-8');
    if (utf8) return checked(utf8, NOT_TEXT);
  }
  // Each decoding that succeeds, with its score and a tie-breaker: the best one wins.
  const candidates: { decoded: Decoded; score: number; tieBreak: number }[] = [];
  if (bytes.length % 2 === 0) {
    for (const encoding of ['utf-16le', 'utf-16be']) {
      const decoded = decodeAs(bytes, encoding);
      const score = decoded ? reportCharacterShare(decoded.text) : 0;
      if (decoded && score >= MIN_UTF16_SHARE && (hasNul || CHINESE_PUNCTUATION.test(decoded.text))) candidates.push({ decoded, score, tieBreak: latinShare(decoded.text) });
    }
  }
  // GB18030 text never contains a NUL byte: NUL bytes are UTF-16 or binary data.
  const gb = hasNul ? undefined : decodeAs(bytes, 'gb18030');
  const gbScore = gb ? gb2312Share(bytes) : 0;
  if (gb && gbScore >= MIN_GB2312_SHARE) candidates.push({ decoded: gb, score: gbScore, tieBreak: 0 });
  const best = candidates.filter((c) => !looksBinary(c.decoded.text)).sort((a, b) => b.score - a.score || b.tieBreak - a.tieBreak)[0];
  if (best) return best.decoded;
  return { ok: false, ...(hasNul ? { message: BINARY_NUL, error: BINARY_NUL.en } : { message: NOT_TEXT, error: NOT_TEXT.en }) };
}

/** A decoding with a BOM is taken at its word, but control characters still make it binary. */
function checked(decoded: Decoded | undefined, otherwise: Message): ReadResult {
  if (!decoded) return refused(otherwise);
  return looksBinary(decoded.text) ? refused(BINARY_CONTROL) : decoded;
}

function decodeAs(bytes: Uint8Array, encoding: string, hadBom = false): Decoded | undefined {
  try {
    // ignoreBOM: the caller has taken off the one BOM a file has; a second U+FEFF is text.
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding, hadBom };
  } catch {
    return undefined;
  }
}

/** Scores look at the start of a file: enough to tell, and linear in nothing larger. */
const SAMPLE_CHARS = 65536;

/** Text with more than 1% control characters (other than tab, newlines, form feed) is not a report. */
function looksBinary(text: string): boolean {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.01;
}

/**
 * UTF-16 without a BOM must read as a report for the most part. Arbitrary code units score about
 * 0.37 (the blocks below cover that much of the BMP), so binary data stays out; a report with a
 * few words in another script stays in.
 */
const MIN_UTF16_SHARE = 0.5;

/**
 * UTF-16 with no NUL byte has no ASCII at all, not even a line break: it can only be a line of
 * 汉字 and full-width punctuation. Pairs of ASCII letters read as UTF-16 are 汉字 too (Ca → 慃),
 * so 8-bit text (Latin-1, say) could pass for it, but not with Chinese punctuation: each of these
 * code units holds a control byte or 0xFF, which neither 8-bit text nor GB18030 has.
 */
const CHINESE_PUNCTUATION = /[、。，：；！？“”（）]/;

/**
 * The blocks a Chinese report is written in (code point ranges, inclusive). Rare blocks are left
 * out (radicals, kana, bopomofo, extension A, compatibility ideographs): they are where 汉字 read
 * with the wrong byte order tend to land.
 */
const REPORT_BLOCKS: readonly [number, number][] = [
  [0x09, 0x0d], // tab, line breaks, form feed
  [0x20, 0x7e], // ASCII
  [0xa0, 0xff], // Latin-1: ·, ×, °, §
  [0x2000, 0x27bf], // general punctuation (“” — …), letter-like, number forms (Ⅰ), arrows, maths, ①, box drawing, □○, ☆, ✓
  [0x3000, 0x303f], // CJK symbols and punctuation: 、。〔〕《》
  [0x3200, 0x33ff], // enclosed and compatibility: ㈠, ㎡
  [0x4e00, 0x9fff], // unified ideographs
  [0xfe30, 0xfe6f], // compatibility and small forms
  [0xff00, 0xffef], // full-width forms: ，：（）％
];

/** The share of the sample's characters that a report is written in. */
function reportCharacterShare(text: string): number {
  let plausible = 0;
  let total = 0;
  for (const ch of text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text) {
    const c = ch.codePointAt(0)!;
    total++;
    if (c > 0xffff || REPORT_BLOCKS.some(([from, to]) => c >= from && c <= to)) plausible++;
  }
  return total ? plausible / total : 0;
}

/**
 * The share of the sample's characters below U+0100. Read with the wrong byte order, ASCII
 * letters become 汉字 (A → U+4100) and can score as well as the right reading when nothing else
 * tells them apart; then the reading with ASCII in it is the right one.
 */
function latinShare(text: string): number {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) < 0x100) latin++;
  return sample.length ? latin / sample.length : 0;
}

/**
 * GB18030 must have a fair share of its double-byte characters in the GB2312 area: real text has
 * nearly all (traditional characters in GBK about 0.6); Latin-1 or other legacy text, which
 * GB18030 also decodes, as garbage, has next to none.
 */
const MIN_GB2312_SHARE = 0.3;

/** The share of GB18030 double-byte characters (in the sample) that lie in the GB2312 area (A1–F7, A1–FE). */
function gb2312Share(bytes: Uint8Array): number {
  let doubleByte = 0;
  let gb2312 = 0;
  const end = Math.min(bytes.length, SAMPLE_CHARS * 2);
  for (let i = 0; i < end; ) {
    const lead = bytes[i];
    if (lead < 0x81 || lead === 0xff) {
      i++;
      continue;
    }
    const trail = bytes[i + 1];
    if (trail >= 0x30 && trail <= 0x39) {
      i += 4;
      continue;
    }
    doubleByte++;
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) gb2312++;
    i += 2;
  }
  return doubleByte ? gb2312 / doubleByte : 1;
}

// --- writing ---------------------------------------------------------------------------------

/**
 * Writes a fixed file in UTF-8 (with the BOM it had), or says why it could not. The text goes to
 * a new file in the same folder that then replaces the original in one rename, so a failure at
 * any point (no space, a size limit, a crash) leaves the original as it was, never half a report.
 * The new file keeps the original's mode (and owner, where allowed). A file the user may not write
 * is not written, even though its folder would allow the rename. A symbolic link is written
 * through: its target is replaced, the link stays. (As with `sed -i`, other hard links to the
 * file keep the old text.)
 */
export function writeFixedFile(path: string, text: string, hadBom: boolean): Message | undefined {
  let target: string;
  let original: Stats;
  try {
    target = realpathSync(path);
    original = statSync(target);
    const notFile = notRegularFile(original);
    if (notFile) return notFixed(notFile);
    // Opening for writing (without truncating) asks the system whether this user may write it.
    closeSync(openSync(target, constants.O_WRONLY | O_NONBLOCK | O_NOCTTY));
  } catch (e) {
    return notFixed(systemError(e));
  }
  const bytes = Buffer.from((hadBom ? '\ufeff' : '') + text, 'utf8');
  try {
    replaceAtomically(target, bytes, original.mode & 0o7777, (fd) => {
      fchmodSync(fd, original.mode & 0o7777);
      if (process.getuid?.() !== original.uid || process.getgid?.() !== original.gid) {
        try {
          fchownSync(fd, original.uid, original.gid);
        } catch {
          // Only root may give a file away: anyone else's fixed file is theirs, with the same mode.
        }
      }
    });
    return undefined;
  } catch (e) {
    return notFixed(systemError(e));
  }
}

/**
 * Writes `bytes` to `target` whole or not at all: into a temporary file beside it (created with
 * `mode`, and handed to `prepare` before anything is written), synced, then renamed over the
 * target. Throws what the system said; the temporary file is gone either way.
 */
export function replaceAtomically(target: string, bytes: Uint8Array, mode = 0o666, prepare?: (fd: number) => void): void {
  const temporary = join(dirname(target), `.${basename(target)}.gongwen-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx', mode);
    prepare?.(fd);
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, target);
  } catch (e) {
    if (fd !== undefined) closeQuietly(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // Never created.
    }
    throw e;
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // The write already failed; that is what the writer is told.
  }
}

function notFixed(why: Message): Message {
  return msg(`未修复：无法写入（${why.zh}）`, `not fixed: cannot write the file (${why.en})`);
}
