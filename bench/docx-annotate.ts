// `npx tsx bench/docx-annotate.ts`: how fast an annotated copy is written, on the largest made
// document with the engine's findings and with a comment every 40 characters (runs split at
// most anchors), and on documents made larger by repeating its body. Measured, never asserted.

import { annotateDocx, readDocx, type DocxComment, type DocxText } from '../server/src/docx';
import { check } from '../server/src/engine';
import { largestMadeDocument, scaled } from './docx-inputs';


function dense(doc: DocxText): DocxComment[] {
  const out: DocxComment[] = [];
  for (let at = 7; at + 5 < doc.text.length; at += 40) out.push({ start: at, end: at + 5, text: '批注', rule: 'bench' });
  return out;
}

function measure(name: string, bytes: Uint8Array, commentsOf: (doc: DocxText) => DocxComment[]): void {
  const doc = readDocx(bytes);
  if (!doc.ok) throw new Error(doc.problem.message.en);
  const comments = commentsOf(doc);
  const runs: number[] = [];
  for (let i = 0; i < 2; i++) annotateDocx(bytes, doc, comments);
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const result = annotateDocx(bytes, doc, comments);
    runs.push(performance.now() - start);
    if (!result.ok) throw new Error(result.problem.message.en);
  }
  runs.sort((a, b) => a - b);
  const ms = runs[2];
  console.log(`${name.padEnd(44)} ${(bytes.length / 1024).toFixed(0).padStart(6)} KiB  ${(doc.documentXml.length / 1e6).toFixed(2).padStart(5)} M chars XML  ${String(comments.length).padStart(6)} comments  ${ms.toFixed(1).padStart(8)} ms`);
}

const { name, bytes } = largestMadeDocument();
const findings = (doc: DocxText) => check(doc.text).findings.map((f) => ({ start: f.span.start, end: f.span.end, text: f.message.zh, rule: f.rule }));
measure(`${name}, findings`, bytes, findings);
measure(`${name}, every 40 chars`, bytes, dense);
for (const times of [10, 100]) measure(`  body ×${times}, every 40 chars`, scaled(bytes, times), dense);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
