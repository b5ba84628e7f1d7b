// `npx tsx bench/docx-annotate.ts`: how fast an annotated copy is written, on the largest made
// document with the engine's findings and with a comment every 40 characters (runs split at
// most anchors), and on documents made larger by repeating its body. Measured, never asserted.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { annotateDocx, readDocx, type DocxComment, type DocxText } from '../server/src/docx';
import { check } from '../server/src/engine';

const MADE = resolve(__dirname, '../test/docx/made');

function docxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? docxFiles(path) : name.endsWith('.docx') ? [path] : [];
  });
}

function scaled(bytes: Uint8Array, times: number): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']);
  const open = xml.indexOf('<w:body>') + '<w:body>'.length;
  const sect = xml.lastIndexOf('<w:sectPr');
  const close = xml.lastIndexOf('</w:body>');
  files['word/document.xml'] = strToU8(xml.slice(0, open) + xml.slice(open, sect >= 0 ? sect : close).repeat(times) + xml.slice(sect >= 0 ? sect : close));
  return zipSync(files);
}

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

const largest = docxFiles(MADE).sort((a, b) => statSync(b).size - statSync(a).size)[0];
const bytes = readFileSync(largest);
const findings = (doc: DocxText) => check(doc.text).findings.map((f) => ({ start: f.span.start, end: f.span.end, text: f.message.zh, rule: f.rule }));
measure(`${largest.slice(MADE.length + 1)}, findings`, bytes, findings);
measure(`${largest.slice(MADE.length + 1)}, every 40 chars`, bytes, dense);
for (const times of [10, 100]) measure(`  body ×${times}, every 40 chars`, scaled(bytes, times), dense);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
