// Runs the CLI on the seed reports and scores it against the reviewers' gold file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './cli/run-cli';

const shared = resolve(repoRoot, '../shared');
const seeds = join(shared, 'corpus/seeds');
const gold = join(shared, 'corpus/seeds.gold.jsonl');
const scorer = join(shared, 'tools/score.mjs');
const available = existsSync(seeds) && existsSync(gold) && existsSync(scorer);

describe.skipIf(!available)('seed corpus, scored against the gold file', () => {
  const results = (() => {
    if (!available) return '';
    const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => join(seeds, f));
    const out = join(mkdtempSync(join(tmpdir(), 'gongwen-corpus-')), 'results.json');
    writeFileSync(out, runCli(['check', '--format', 'json', ...files]).stdout);
    return out;
  })();

  const score = (kinds: string, minRecall: number, minPrecision: number) =>
    spawnSync(process.execPath, [scorer, '--gold', gold, '--results', results, '--kinds', kinds, '--min-recall', String(minRecall), '--min-precision', String(minPrecision)], { encoding: 'utf8' });

  it('finds every placeholder with precision of at least 0.99', () => {
    const r = score('placeholder', 1, 0.99);
    expect(r.stdout).toMatch(/placeholder +\d+ +\d+ +1\.000/);
    expect(r.status, r.stdout).toBe(0);
  });

  it('finds every numbering fault, with no numbering finding outside the gold items', () => {
    const r = score('numbering', 1, 1);
    expect(r.status, r.stdout).toBe(0);
  });

  it('finds every repeated formula, canonical-expression slip and punctuation fault with precision of at least 0.9', () => {
    const r = score('repetition,expression,punctuation', 1, 0.9);
    expect(r.status, r.stdout).toBe(0);
  });
});
