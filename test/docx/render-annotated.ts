// Renders the top of the first page of an annotated seed to test/artifacts/annotated-docx.png:
// the document as LibreOffice lays it out, each comment a note icon at the words it is anchored
// on. (LibreOffice 7.4 cannot print comments in the margin; its PDF export gives them as notes.)
// Run: npx tsx test/docx/render-annotated.ts (needs soffice and pdftoppm).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { annotateDocx, readDocx } from '../../server/src/docx';
import { check } from '../../server/src/engine';
import { MADE_DIR } from './corpus';

const SEED = join(MADE_DIR, 'seeds/000_7bb5cf063f89b13b.docx');
const OUT = resolve(__dirname, '../artifacts/annotated-docx.png');

const bytes = readFileSync(SEED);
const doc = readDocx(bytes);
if (!doc.ok) throw new Error(doc.problem.message.en);
const findings = check(doc.text).findings;
const annotated = annotateDocx(bytes, doc, findings.map((f) => ({ start: f.span.start, end: f.span.end, text: f.message.zh, rule: f.rule, severity: f.severity })));
if (!annotated.ok) throw new Error(annotated.problem.message.en);

const work = mkdtempSync(join(tmpdir(), 'gongwen-render-'));
try {
  const file = join(work, 'annotated.docx');
  writeFileSync(file, annotated.bytes);
  const run = (command: string, args: string[]) => {
    const r = spawnSync(command, args, { encoding: 'utf8', timeout: 300_000 });
    if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr}`);
  };
  run('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}', '--outdir', work, file]);
  // 110 dpi, the top 45% of the page: the first paragraphs and their notes.
  run('pdftoppm', ['-r', '110', '-f', '1', '-l', '1', '-x', '0', '-y', '0', '-W', '910', '-H', '580', '-png', '-singlefile', join(work, 'annotated.pdf'), join(work, 'page')]);
  writeFileSync(OUT, readFileSync(join(work, 'page.png')));
  console.log(`${OUT}: ${findings.length} comments, the first page's top`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
