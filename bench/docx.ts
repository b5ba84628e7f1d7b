// `npx tsx bench/docx.ts`: how fast the .docx reader reads, and what it holds, on the largest
// made document of the test data and on documents made larger by repeating its body.
// Speed is measured here, never asserted in tests.

import { readDocx } from '../server/src/docx';
import { largestMadeDocument, scaled } from './docx-inputs';


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

const { name, bytes } = largestMadeDocument();
measure(name, bytes);
for (const times of [10, 100, 400]) measure(`  body ×${times}`, scaled(bytes, times));
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
