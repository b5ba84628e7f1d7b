// Finding the files to check and reading them as text, whatever their encoding.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { compileGlob } from '../engine/globs';

export const CHECKED_EXTENSIONS = ['.txt', '.md', '.markdown', '.gongwen'];
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);
/** Larger files are refused with a message rather than slowing a batch run to a crawl. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface ExpandResult {
  files: string[];
  /** Arguments that named nothing: a path that does not exist, or a glob that matched no file. */
  unmatched: string[];
}

export function expandPaths(args: string[], cwd = process.cwd()): ExpandResult {
  const files: string[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const abs = resolve(cwd, f);
    if (!seen.has(abs)) {
      seen.add(abs);
      files.push(f);
    }
  };
  for (const arg of args) {
    if (/[*?[{]/.test(arg)) {
      const found = expandGlob(arg, cwd);
      if (!found.length) unmatched.push(arg);
      found.forEach(add);
      continue;
    }
    let st;
    try {
      st = statSync(resolve(cwd, arg));
    } catch {
      unmatched.push(arg);
      continue;
    }
    if (st.isDirectory()) {
      const found = walk(resolve(cwd, arg)).map((f) => displayPath(f, cwd));
      if (!found.length) unmatched.push(arg);
      found.forEach(add);
    } else add(arg);
  }
  return { files, unmatched };
}

function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') ? rel : abs;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || SKIPPED_DIRS.has(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile() && CHECKED_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) out.push(p);
  }
  return out;
}

function expandGlob(pattern: string, cwd: string): string[] {
  const normalised = pattern.split(sep).join('/');
  const segments = normalised.split('/');
  const firstGlob = segments.findIndex((s) => /[*?[{]/.test(s));
  const base = segments.slice(0, firstGlob).join('/') || (normalised.startsWith('/') ? '/' : '.');
  const baseAbs = resolve(cwd, base);
  // The engine's glob runs in linear time: a pattern such as **/**/**/…/x never backtracks. One
  // it cannot use (too long, a negation) matches nothing, and the path is reported as unmatched.
  const compiled = compileGlob(segments.slice(firstGlob).join('/'));
  if (!compiled.ok) return [];
  const candidates = walkAll(baseAbs);
  return candidates
    .filter((f) => compiled.glob.matches(relative(baseAbs, f).split(sep).join('/')))
    .map((f) => displayPath(f, cwd));
}

function walkAll(dir: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (SKIPPED_DIRS.has(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walkAll(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

export type ReadResult = { ok: true; text: string; encoding: string; hadBom: boolean } | { ok: false; error: string };

export function readTextFile(path: string): ReadResult {
  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, error: 'is a folder, not a file' };
    if (st.size > MAX_FILE_BYTES) return { ok: false, error: `file is too large (${(st.size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)` };
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, error: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? String(e)})` };
  }
  return decodeText(bytes);
}

/** UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK; anything else is refused. */
export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes.subarray(3), 'utf-8', true);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes.subarray(2), 'utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes.subarray(2), 'utf-16be', true);
  if (bytes.includes(0)) return { ok: false, error: 'binary file (contains NUL bytes), not text' };
  const utf8 = decodeAs(bytes, 'utf-8');
  if (utf8.ok) return utf8;
  const gb = decodeAs(bytes, 'gb18030');
  if (gb.ok) return gb;
  return { ok: false, error: 'not text in UTF-8 or GB18030/GBK' };
}

function decodeAs(bytes: Uint8Array, encoding: string, hadBom = false): ReadResult {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: `not valid ${encoding}` };
  }
  if (looksBinary(text)) return { ok: false, error: 'binary file (control characters), not text' };
  return { ok: true, text, encoding, hadBom };
}

/** Text with more than 1% control characters (other than tab, newlines, form feed) is not a report. */
function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.01;
}
