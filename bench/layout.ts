// `npx tsx bench/layout.ts`: what reading a .docx's layout facts (readLayout) and running the
// layout rules on them cost, besides readDocx and the rest of the check, on the largest made
// document of the test data and on documents made larger by repeating its body.
// Speed is measured here, never asserted in tests.

import { readDocx, readLayout } from '../server/src/docx';
import { allRules, check } from '../server/src/engine';
import { largestMadeDocument, scaled } from './docx-inputs';

const layoutRules = allRules.filter((r) => r.category === 'layout');
// Every Word document checked, whatever its type, so that the rules run on the speech too.
const allDocuments = Object.fromEntries(layoutRules.map((r) => [r.id, { options: { documents: 'all' } }]));

function median(run: () => void): number {
  for (let i = 0; i < 2; i++) run(); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[2];
}

function measure(name: string, bytes: Uint8Array): void {
  const doc = readDocx(bytes);
  if (!doc.ok) throw new Error(doc.problem.message.en);
  const layout = readLayout(bytes, doc);
  const readMs = median(() => readDocx(bytes));
  const layoutMs = median(() => readLayout(bytes, doc));
  const rulesMs = median(() => check(doc.text, { ruleSet: layoutRules, layout, rules: allDocuments }));
  const checkMs = median(() => check(doc.text, { ruleSet: allRules.filter((r) => r.category !== 'layout' && r.id !== 'repeated-phrase') }));
  console.log(
    `${name.padEnd(48)} ${String(doc.paragraphs.length).padStart(6)} paragraphs  readDocx ${readMs.toFixed(1).padStart(7)} ms  readLayout ${layoutMs.toFixed(1).padStart(7)} ms  layout rules ${rulesMs.toFixed(1).padStart(7)} ms  other rules ${checkMs.toFixed(1).padStart(7)} ms`,
  );
}

const { name, bytes } = largestMadeDocument();
measure(name, bytes);
for (const times of [10, 100]) measure(`  body ×${times}`, scaled(bytes, times));
