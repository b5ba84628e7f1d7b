// Records, for every .docx of the test data, how many body paragraphs and table rows LibreOffice
// reads in it, so the reader's count is checked on machines without LibreOffice too.
// Run: npx tsx test/docx/record-paragraph-counts.ts (needs soffice).

import { writeFileSync } from 'node:fs';
import { COUNTS_FILE, corpusFiles, recordedCounts } from './corpus';
import { libreOfficeParagraphCounts, sofficeAvailable } from './libreoffice';

if (!sofficeAvailable()) {
  console.error('soffice is not installed (apt-get install libreoffice-writer-nogui)');
  process.exit(1);
}
const files = corpusFiles();
const counts = libreOfficeParagraphCounts(files.map((f) => f.path));
const recorded = { ...recordedCounts() };
for (const f of files) {
  const count = counts.get(f.path);
  if (count === undefined) console.warn(`LibreOffice cannot load ${f.path}: not recorded`);
  else recorded[f.key] = count;
}
const sorted = Object.fromEntries(Object.entries(recorded).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(COUNTS_FILE, JSON.stringify(sorted, null, 2) + '\n');
console.log(`${files.length} files recorded in ${COUNTS_FILE}`);
