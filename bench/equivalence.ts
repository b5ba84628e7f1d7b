// How far each fallback segmenter is from nodejieba on the seed and real corpora: paragraphs cut
// or tagged differently, and findings (every rule on, repeated-phrase included) that differ.
// test/segmentation/equivalence.test.ts asserts jieba-js gives none; this counts, for the record,
// and shows what Intl.Segmenter, the fallback before jieba-js, changed.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, type Segmenter } from '../server/src/engine';

export interface Divergence {
  label: string;
  paragraphs: number;
  cutDiffers: number;
  /** null where the segmenter has no tags (Intl.Segmenter). */
  tagDiffers: number | null;
  findings: number;
  findingsDiffer: number;
  documentsDiffer: number;
}

/** The seeds, the shared real corpus and the project's own real documents, where present. */
export function corpusDocuments(root: string): string[] {
  const txt = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f)) : []);
  const shared = join(root, '..', 'shared', 'corpus');
  const own = join(root, 'test', 'corpus', 'real');
  return [...txt(join(shared, 'seeds')), ...txt(join(shared, 'real', 'docs')), ...(existsSync(own) ? readdirSync(own).flatMap((g) => txt(join(own, g, 'docs'))) : [])];
}

export function divergence(label: string, reference: Segmenter, candidate: Segmenter, paths: string[]): Divergence {
  const result: Divergence = { label, paragraphs: 0, cutDiffers: 0, tagDiffers: candidate.tag ? 0 : null, findings: 0, findingsDiffer: 0, documentsDiffer: 0 };
  const everyRule = { 'repeated-phrase': 'info' as const };
  for (const path of paths) {
    const text = readFileSync(path, 'utf8');
    for (const paragraph of text.split('\n').filter(Boolean)) {
      result.paragraphs++;
      if (reference.cut(paragraph).join('\u0000') !== candidate.cut(paragraph).join('\u0000')) result.cutDiffers++;
      if (result.tagDiffers !== null && JSON.stringify(reference.tag!(paragraph)) !== JSON.stringify(candidate.tag!(paragraph))) result.tagDiffers++;
    }
    const expected = check(text, { rules: everyRule, segmenter: reference }).findings.map((f) => JSON.stringify(f));
    const actual = new Set(check(text, { rules: everyRule, segmenter: candidate }).findings.map((f) => JSON.stringify(f)));
    const missing = expected.filter((f) => !actual.has(f)).length;
    const extra = actual.size - (expected.length - missing);
    result.findings += expected.length;
    result.findingsDiffer += missing + extra;
    if (missing + extra) result.documentsDiffer++;
  }
  return result;
}
