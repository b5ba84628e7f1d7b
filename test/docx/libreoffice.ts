// LibreOffice as the second reader the .docx tests compare against: its plain-text export, and
// the paragraphs and table rows of its own reading of a document (counted in its ODF export).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { SaxesParser } from 'saxes';

/**
 * Whether LibreOffice is here to compare with. Under CI (CI=true) it must be: test/editor/install.sh
 * installs it, and a comparison quietly skipped there would prove nothing.
 */
export function sofficeAvailable(): boolean {
  const available = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
  if (!available && process.env.CI === 'true') throw new Error('LibreOffice (soffice) is missing: CI installs it with test/editor/install.sh (libreoffice-writer-nogui)');
  return available;
}

/** Converts files with one soffice run; returns each output by input path. */
function convert(files: string[], target: string, extension: string): Map<string, string> {
  const outDir = mkdtempSync(join(tmpdir(), 'gongwen-soffice-'));
  const profile = mkdtempSync(join(tmpdir(), 'gongwen-soffice-profile-'));
  try {
    const run = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', target, '--outdir', outDir, ...files], { encoding: 'utf8', timeout: 300_000 });
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
    // A file LibreOffice cannot load gives no output: it is left out of the map.
    return new Map(
      files.flatMap((f) => {
        const out = join(outDir, basename(f).replace(/\.[^.]+$/, extension));
        return existsSync(out) ? [[f, readFileSync(out, 'utf8')] as const] : [];
      }),
    );
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

/** LibreOffice's plain-text export (UTF-8): one line a paragraph, a line a table cell's paragraph. */
export function libreOfficeText(files: string[]): Map<string, string> {
  const out = convert(files, 'txt:Text (encoded):UTF8', '.txt');
  for (const [f, text] of out) out.set(f, text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  return out;
}

/**
 * Body paragraphs and table rows as LibreOffice reads the document: `text:p`/`text:h` outside
 * tables, notes, annotations, drawing objects (frames, text boxes, shapes) and tracked-change
 * records, plus the rows of top-level tables.
 */
export function libreOfficeParagraphCounts(files: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [f, fodt] of convert(files, 'fodt', '.fodt')) {
    const parser = new SaxesParser();
    const stack: string[] = [];
    let count = 0;
    let inBody = false;
    const excluded = (name: string) => name.startsWith('draw:') || ['table:table-cell', 'table:covered-table-cell', 'text:note', 'office:annotation', 'text:tracked-changes'].includes(name);
    parser.on('opentag', (tag) => {
      if (tag.name === 'office:text') inBody = true;
      const outside = inBody && !stack.some(excluded);
      if (outside && (tag.name === 'text:p' || tag.name === 'text:h' || tag.name === 'table:table-row')) count++;
      if (!tag.isSelfClosing) stack.push(tag.name);
    });
    parser.on('closetag', (tag) => {
      if (!tag.isSelfClosing) stack.pop();
      if (tag.name === 'office:text') inBody = false;
    });
    parser.write(fodt).close();
    counts.set(f, count);
  }
  return counts;
}
