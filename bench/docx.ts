// `npx tsx bench/docx.ts`: how fast the .docx reader reads, and what it holds, on the largest
// made document of the test data and on documents made larger by repeating its body.
// Speed is measured here, never asserted in tests.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readDocx } from '../server/src/docx';

const MADE = resolve(__dirname, '../test/docx/made');

function docxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? docxFiles(path) : name.endsWith('.docx') ? [path] : [];
  });
}

/** The document with its body's content repeated `times` times (the section properties kept once). */
function scaled(bytes: Uint8Array, times: number): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']);
  const open = xml.indexOf('<w:body>') + '<w:body>'.length;
  const sect = xml.lastIndexOf('<w:sectPr');
  const close = xml.lastIndexOf('</w:body>');
  const content = xml.slice(open, sect >= 0 ? sect : close);
  files['word/document.xml'] = strToU8(xml.slice(0, open) + content.repeat(times) + xml.slice(sect >= 0 ? sect : close));
  return zipSync(files);
}

function measure(name: string, bytes: Uint8Array): void {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const runs: number[] = [];
  // heap held: what the result keeps (document.xml as text, paragraphs and pieces), after collection
  let result = readDocx(bytes);
  for (let i = 0; i < 3; i++) readDocx(bytes); // warm up the JIT
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    result = readDocx(bytes);
    runs.push(performance.now() - start);
  }
  global.gc?.();
  const held = process.memoryUsage().heapUsed - heapBefore;
  if (!result.ok) throw new Error(result.problem.message.en);
  runs.sort((a, b) => a - b);
  const xmlChars = result.documentXml.length;
  const ms = runs[Math.floor(runs.length / 2)];
  console.log(
    `${name.padEnd(48)} ${(bytes.length / 1024).toFixed(0).padStart(7)} KiB docx  ${(xmlChars / 1e6).toFixed(2).padStart(6)} M chars XML  ${String(result.paragraphs.length).padStart(7)} paragraphs  ${ms.toFixed(1).padStart(8)} ms  ${(xmlChars / 1e6 / (ms / 1000)).toFixed(1).padStart(5)} M chars/s  heap held ${(held / 1048576).toFixed(1)} MiB`,
  );
}

const largest = docxFiles(MADE).sort((a, b) => statSync(b).size - statSync(a).size)[0];
const bytes = readFileSync(largest);
measure(largest.slice(MADE.length + 1), bytes);
for (const times of [10, 100, 400]) measure(`  body ×${times}`, scaled(bytes, times));
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
