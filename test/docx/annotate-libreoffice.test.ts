// The annotated copy in LibreOffice, a second reader of OOXML: it must load it (a damaged package
// gives no output), export its comments to PDF at the words they are anchored on, and keep them,
// anchored on the same characters, when it saves the document as .docx again. Skipped without soffice.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotateDocx, readDocx, type DocxText } from '../../server/src/docx';
import { check } from '../../server/src/engine';
import { MADE_DIR } from './corpus';
import { sofficeAvailable } from './libreoffice';

const HAS_SOFFICE = sofficeAvailable();
const HAS_PDFTOPPM = spawnSync('pdftoppm', ['-v']).status === 0;
/** PDF export with each comment as a PDF text annotation (a note icon where it is anchored). */
const PDF_WITH_NOTES = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}';

function readOk(bytes: Uint8Array): DocxText {
  const result = readDocx(bytes);
  if (!result.ok) throw new Error(result.problem.message.en);
  return result;
}

/** Annotates a made .docx with the engine's findings; the comments in the order given. */
function annotateWithFindings(path: string): { bytes: Uint8Array; comments: { text: string; rule: string; anchored: string }[] } {
  const original = readFileSync(path);
  const doc = readOk(original);
  const findings = check(doc.text).findings;
  const result = annotateDocx(original, doc, findings.map((f) => ({ start: f.span.start, end: f.span.end, text: f.message.zh, rule: f.rule, severity: f.severity })), { date: new Date('2026-12-07T08:00:00Z') });
  if (!result.ok) throw new Error(result.problem.message.en);
  return { bytes: result.bytes, comments: findings.map((f, i) => ({ text: f.message.zh, rule: f.rule, anchored: doc.text.slice(result.comments[i].start, result.comments[i].end) })) };
}

function soffice(outDir: string, profile: string, target: string, file: string): void {
  const run = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', target, '--outdir', outDir, file], { encoding: 'utf8', timeout: 300_000 });
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
}

/** The text annotations of a PDF LibreOffice wrote: their /Contents (UTF-16BE hex) and the page rectangle. */
function pdfNotes(pdf: Buffer): string[] {
  const source = pdf.toString('latin1');
  return [...source.matchAll(/\/Subtype \/Text [^]*?\/Contents <FEFF([0-9A-F]*)>/g)].map((m) => Buffer.from(m[1], 'hex').swap16().toString('utf16le'));
}

/** Each comment's anchor text in a .docx, through the reader's map (as annotate.test.ts reads it). */
function anchoredTexts(doc: DocxText): string[] {
  const real = doc.paragraphs.flatMap((x) => x.pieces).filter((x) => x.kind !== 'numbering' && x.kind !== 'separator');
  return [...doc.documentXml.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/g)].map((m) => {
    const startAt = m.index! + m[0].length;
    const endAt = doc.documentXml.indexOf(`<w:commentRangeEnd w:id="${m[1]}"/>`);
    const first = real.find((x) => x.xmlStart >= startAt);
    const last = [...real].reverse().find((x) => x.xmlEnd <= endAt);
    return first && last && first.start <= last.end ? doc.text.slice(first.start, last.end) : '';
  });
}

describe.skipIf(!HAS_SOFFICE)('an annotated .docx in LibreOffice', () => {
  let work: string;
  let profile: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'gongwen-annotated-'));
    profile = mkdtempSync(join(tmpdir(), 'gongwen-soffice-profile-'));
  });
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  it.each(['seeds/000_7bb5cf063f89b13b.docx', 'features.docx', 'outline.docx'])('%s: converts to PDF with every comment as a note', (name) => {
    const { bytes, comments } = annotateWithFindings(join(MADE_DIR, name));
    expect(comments.length).toBeGreaterThan(0);
    const file = join(work, name.replace(/\//g, '_'));
    writeFileSync(file, bytes);
    soffice(work, profile, PDF_WITH_NOTES, file);
    const pdf = readFileSync(file.replace(/\.docx$/, '.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const notes = pdfNotes(pdf);
    for (const c of comments) expect(notes.some((n) => n.includes(c.text) && n.includes(c.rule)), c.rule).toBe(true);
  });

  it.each(['seeds/000_7bb5cf063f89b13b.docx', 'features.docx', 'outline.docx'])('%s: saved again as .docx by LibreOffice, keeps each comment on the same characters', (name) => {
    const { bytes, comments } = annotateWithFindings(join(MADE_DIR, name));
    const dir = mkdtempSync(join(work, 'docx-'));
    const file = join(dir, 'annotated.docx');
    writeFileSync(file, bytes);
    const outDir = join(dir, 'out');
    soffice(outDir, profile, 'docx', file);
    const saved = readOk(readFileSync(join(outDir, 'annotated.docx')));
    expect(saved.text).toBe(readOk(bytes).text);
    // Every comment of the annotated file (features.docx had one of its own) on the same characters.
    const ours = anchoredTexts(readOk(bytes));
    expect(ours.length).toBeGreaterThanOrEqual(comments.length);
    expect(anchoredTexts(saved).sort()).toEqual(ours.sort());
    expect(comments.every((c) => ours.includes(c.anchored))).toBe(true);
  });

  it('keeps the fixes written as tracked changes, by Gongwen, when it saves the document again', () => {
    const original = readFileSync(join(MADE_DIR, 'seeds/003_876dce043ba1a933.docx'));
    const doc = readOk(original);
    const findings = check(doc.text).findings.filter((f) => f.fix);
    expect(findings.length).toBeGreaterThan(0);
    const comments = findings.map((f) => ({ start: f.span.start, end: f.span.end, text: f.message.zh, rule: f.rule, edits: f.fix!.edits.map((e) => ({ start: e.span.start, end: e.span.end, newText: e.newText })) }));
    const result = annotateDocx(original, doc, comments, { trackedChanges: true });
    if (!result.ok) throw new Error(result.problem.message.en);
    // What Gongwen's changes delete and insert, in document order (LibreOffice may split one change into several elements).
    const changes = (xml: string) => {
      const text = (kind: 'ins' | 'del') =>
        [...xml.matchAll(new RegExp(`<w:${kind} w:id="\\d+" w:author="Gongwen"[^>]*>(.*?)</w:${kind}>`, 'g'))].map((m) => [...m[1].matchAll(/<w:(?:t|delText)\b[^>]*>([^<]*)</g)].map((t) => t[1]).join('')).join('|');
      return { deleted: text('del').replace(/\|/g, ''), inserted: text('ins').replace(/\|/g, '') };
    };
    const ours = changes(readOk(result.bytes).documentXml);
    expect(ours.deleted.length).toBeGreaterThan(0);
    const dir = mkdtempSync(join(work, 'tracked-'));
    const file = join(dir, 'tracked.docx');
    writeFileSync(file, result.bytes);
    soffice(join(dir, 'out'), profile, 'docx', file);
    const saved = readOk(readFileSync(join(dir, 'out', 'tracked.docx')));
    expect(changes(saved.documentXml)).toEqual(ours);
    // Read with the changes accepted, LibreOffice's copy says what ours says.
    expect(saved.text).toBe(readOk(result.bytes).text);
  });

  it.skipIf(!HAS_PDFTOPPM)('renders the first page, the notes at the words they are anchored on', () => {
    const { bytes } = annotateWithFindings(join(MADE_DIR, 'seeds/000_7bb5cf063f89b13b.docx'));
    const file = join(work, 'page.docx');
    writeFileSync(file, bytes);
    soffice(work, profile, PDF_WITH_NOTES, file);
    const render = spawnSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-png', join(work, 'page.pdf'), join(work, 'page')]);
    expect(render.status).toBe(0);
    const png = join(work, 'page-1.png');
    expect(existsSync(png) && statSync(png).size > 10_000).toBe(true);
  });
});
