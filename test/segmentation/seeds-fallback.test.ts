// The Intl fallback must find what nodejieba finds: the same repetition findings on the seeds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, type Segmenter } from '../../server/src/engine';
import { getSegmenter, intlSegmenter } from '../../server/src/segmentation';
import { expectedBackend } from './native';

const seeds = resolve(__dirname, '../../../shared/corpus/seeds');
const files = existsSync(seeds) ? readdirSync(seeds).filter((f) => f.endsWith('.txt')) : [];

function repetition(text: string, segmenter: Segmenter) {
  return check(text, { segmenter })
    .findings.filter((f) => f.category === 'repetition')
    .map((f) => `${f.rule} ${f.span.start}-${f.span.end} ${f.message.zh}`);
}

describe.skipIf(!files.length)('repetition findings on the seed reports', () => {
  const texts = files.map((f) => readFileSync(join(seeds, f), 'utf8'));

  it('are the same with the Intl fallback as with nodejieba', () => {
    for (const text of texts) expect(repetition(text, intlSegmenter)).toEqual(repetition(text, getSegmenter()));
    expect(getSegmenter().backend).toBe(expectedBackend);
  });

  it('are the formulas and the doubled character the reviewers marked, and no generic repeat', () => {
    const all = texts.flatMap((t) => repetition(t, intlSegmenter));
    expect(all.filter((f) => f.startsWith('repeated-formula'))).toHaveLength(7);
    expect(all.filter((f) => f.startsWith('doubled-character'))).toHaveLength(1);
    expect(all.filter((f) => f.startsWith('repeated-phrase'))).toEqual([]);
  });
});
