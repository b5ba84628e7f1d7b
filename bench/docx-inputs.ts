// The documents the .docx benchmarks measure: the largest made document of the test data, and
// it made larger by repeating its body.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export const MADE = resolve(__dirname, '../test/docx/made');

function docxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? docxFiles(path) : name.endsWith('.docx') ? [path] : [];
  });
}

/** The largest made .docx: its name under test/docx/made and its bytes. */
export function largestMadeDocument(): { name: string; bytes: Uint8Array } {
  const path = docxFiles(MADE).sort((a, b) => statSync(b).size - statSync(a).size)[0];
  return { name: path.slice(MADE.length + 1), bytes: readFileSync(path) };
}

/** The document with its body's content repeated `times` times (the section properties kept once). */
export function scaled(bytes: Uint8Array, times: number): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']);
  const open = xml.indexOf('<w:body>') + '<w:body>'.length;
  const sect = xml.lastIndexOf('<w:sectPr');
  const close = xml.lastIndexOf('</w:body>');
  const content = xml.slice(open, sect >= 0 ? sect : close);
  files['word/document.xml'] = strToU8(xml.slice(0, open) + content.repeat(times) + xml.slice(sect >= 0 ? sect : close));
  return zipSync(files);
}
