// The .docx test data: the documents made here (test/docx/made/) and the real ones offices wrote,
// kept with the shared corpus (../shared/corpus/docx/, or GONGWEN_DOCX_DIR), and the paragraph
// counts LibreOffice gives for each (paragraph-counts.json, written by record-paragraph-counts.ts).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const DOCX_TEST_DIR = resolve(__dirname);
export const MADE_DIR = join(DOCX_TEST_DIR, 'made');
export const REAL_DIR = process.env.GONGWEN_DOCX_DIR ?? resolve(DOCX_TEST_DIR, '../../../shared/corpus/docx');
export const COUNTS_FILE = join(DOCX_TEST_DIR, 'paragraph-counts.json');

function docxFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return docxFilesUnder(path);
      return name.endsWith('.docx') ? [path] : [];
    });
}

export interface CorpusFile {
  /** `made/…` or `real/…`: the key of its recorded count. */
  key: string;
  path: string;
}

export function corpusFiles(): CorpusFile[] {
  return [
    ...docxFilesUnder(MADE_DIR).map((path) => ({ key: `made/${relative(MADE_DIR, path)}`, path })),
    ...docxFilesUnder(REAL_DIR).map((path) => ({ key: `real/${relative(REAL_DIR, path)}`, path })),
  ];
}

export function recordedCounts(): Record<string, number> {
  return existsSync(COUNTS_FILE) ? (JSON.parse(readFileSync(COUNTS_FILE, 'utf8')) as Record<string, number>) : {};
}
