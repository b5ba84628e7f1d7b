#!/usr/bin/env node
// `npm run eval`: the built CLI on real documents and the seeds, scored against their gold with
// ../shared/tools/score.mjs. Prints, per set of documents: recall (must items) and precision per
// kind and per rule, false alarms per document, and every false alarm and miss, so that each
// change shows its effect on real text.
//
//   node scripts/eval.mjs [--set NAME] [--quiet]
//
// Sets: `seeds` and `real` from ../shared/corpus, and each folder of test/corpus/real/ (real
// documents the project collected, each with docs/ and gold.jsonl). Run `npm run build` first
// (`npm run eval` does).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared');
const scorer = join(shared, 'tools/score.mjs');
const cli = join(root, 'dist/cli.js');
export const KINDS = ['placeholder', 'numbering', 'structure', 'repetition', 'expression', 'punctuation'];

const args = process.argv.slice(2);
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
const quiet = args.includes('--quiet');

/** The sets of documents with gold: name, text files, gold file. */
function documentSets() {
  const sets = [];
  const add = (name, dir, gold) => {
    if (!existsSync(dir) || !existsSync(gold)) return;
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
    if (files.length) sets.push({ name, files, gold });
  };
  add('seeds', join(shared, 'corpus/seeds'), join(shared, 'corpus/seeds.gold.jsonl'));
  add('real', join(shared, 'corpus/real/docs'), join(shared, 'corpus/real/gold.jsonl'));
  const own = join(root, 'test/corpus/real');
  if (existsSync(own)) {
    for (const folder of readdirSync(own).sort()) add(`real/${folder}`, join(own, folder, 'docs'), join(own, folder, 'gold.jsonl'));
  }
  return sets;
}

function checkFiles(files) {
  const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`gongwen check failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

function score(gold, results, show = 0) {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-eval-'));
  const path = join(dir, 'results.json');
  writeFileSync(path, JSON.stringify(results));
  const r = spawnSync(process.execPath, [scorer, '--gold', gold, '--results', path, '--kinds', KINDS.join(','), '--show', String(show)], { encoding: 'utf8' });
  return r.stdout;
}

/** The scorer's table: kind → { must, found, produced, tp }. */
function table(output) {
  const rows = {};
  for (const line of output.split('\n')) {
    const m = /^(\w+)\s+(\d+)\s+(\d+)\s+\S+\s+(\d+)\s+(\d+)\s+\S+$/.exec(line.trim());
    if (m && KINDS.includes(m[1])) rows[m[1]] = { must: +m[2], found: +m[3], produced: +m[4], tp: +m[5] };
  }
  return rows;
}

const ratio = (a, b) => (b ? (a / b).toFixed(3) : '  -  ');

function report(set) {
  const results = checkFiles(set.files);
  const full = score(set.gold, results, 100_000);
  const kinds = table(full);
  const total = Object.values(kinds).reduce((t, k) => ({ must: t.must + k.must, found: t.found + k.found, produced: t.produced + k.produced, tp: t.tp + k.tp }), { must: 0, found: 0, produced: 0, tp: 0 });
  const falseAlarms = total.produced - total.tp;

  // Per rule: the results filtered to one rule, scored again.
  const rules = [...new Set(results.flatMap((r) => r.diagnostics.map((d) => d.rule)))].sort();
  const perRule = rules.map((rule) => {
    const filtered = results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.rule === rule) }));
    const row = Object.values(table(score(set.gold, filtered))).find((k) => k.produced > 0) ?? { produced: 0, tp: 0 };
    return { rule, produced: row.produced, tp: row.tp };
  });

  console.log(`\n## ${set.name}: ${set.files.length} documents`);
  console.log('kind          must  found  recall   produced  true+  precision');
  for (const kind of KINDS) {
    const k = kinds[kind];
    console.log(`${kind.padEnd(12)} ${String(k.must).padStart(5)} ${String(k.found).padStart(6)}  ${ratio(k.found, k.must)}  ${String(k.produced).padStart(9)} ${String(k.tp).padStart(6)}  ${ratio(k.tp, k.produced)}`);
  }
  console.log(`overall      ${String(total.must).padStart(5)} ${String(total.found).padStart(6)}  ${ratio(total.found, total.must)}  ${String(total.produced).padStart(9)} ${String(total.tp).padStart(6)}  ${ratio(total.tp, total.produced)}`);
  console.log(`false alarms: ${falseAlarms} (${(falseAlarms / set.files.length).toFixed(2)} per document)`);
  console.log('rule                         produced  true+  precision');
  for (const r of perRule) console.log(`${r.rule.padEnd(28)} ${String(r.produced).padStart(8)} ${String(r.tp).padStart(6)}  ${ratio(r.tp, r.produced)}`);
  if (!quiet) {
    const lists = full.split('\n').filter((line) => /^(missed|false) /.test(line) || /^  \S/.test(line));
    if (lists.length) console.log(lists.join('\n'));
  }
  return { ...total, documents: set.files.length, perRule };
}

if (!existsSync(cli)) {
  console.error('eval: dist/cli.js is missing; run `npm run build` first');
  process.exit(2);
}
if (!existsSync(scorer)) {
  console.error(`eval: the scorer is missing (${scorer})`);
  process.exit(2);
}
const sets = documentSets().filter((s) => !only || s.name === only || s.name.startsWith(`${only}/`));
const totals = sets.map((s) => ({ name: s.name, ...report(s) }));
const real = totals.filter((t) => t.name.startsWith('real'));
if (real.length > 1) {
  const sum = (key) => real.reduce((n, t) => n + t[key], 0);
  const documents = sum('documents');
  console.log(`\n## all real documents (${real.map((t) => basename(t.name)).join(', ')}): ${documents} documents`);
  console.log(`recall ${ratio(sum('found'), sum('must'))}  precision ${ratio(sum('tp'), sum('produced'))}  false alarms ${sum('produced') - sum('tp')} (${((sum('produced') - sum('tp')) / documents).toFixed(2)} per document)`);
}
