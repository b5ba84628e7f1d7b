// The snippets a writer inserts: every report skeleton is numbered the way the checker wants, and
// every blank left unfilled is caught as a placeholder.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../server/src/engine';

interface Snippet {
  prefix: string[];
  description: string;
  body: string[];
}

const snippets = JSON.parse(readFileSync(resolve(__dirname, '../../snippets/gongwen.code-snippets'), 'utf8')) as Record<string, Snippet>;
const skeletons = ['工作总结', '自评报告', '评估报告', '述职报告', '调研报告', '工作计划', '请示'];

/** The text VS Code inserts when the writer tabs through without typing (`fill` undefined) or types `fill(n)` at stop n. */
function expand(body: string[], fill?: (stop: number) => string): string {
  let text = body.join('\n').replace(/\$\{CURRENT_YEAR\}/g, '2024');
  // Innermost first: ${1:default}, ${1|a,b|} choices, $0, and mirrors like ${1}.
  for (let guard = 0; /\$\{\d+[:|}]/.test(text) && guard < 10; guard++) {
    text = text
      .replace(/\$\{(\d+):([^${}]*)\}/g, (_, n, d) => (fill && n !== '0' ? fill(Number(n)) : d))
      .replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, _n, choices) => choices.split(',')[0])
      .replace(/\$\{\d+\}/g, '');
  }
  return text.replace(/\$0/g, '');
}

/** What a writer would type at a stop: words for text, a number for a month or a day. */
const filled = (body: string[]) => (stop: number) => {
  const at = body.join('\n').indexOf(`\${${stop}:`);
  const after = body.join('\n').slice(at, at + 12);
  return /^\$\{\d+: {2}\}[月日]/.test(after) ? String((stop % 12) + 1) : /^\$\{\d+:\$\{CURRENT_YEAR/.test(after) ? '2024' : `内容${'甲乙丙丁戊己庚辛壬癸'[stop % 10]}${'子丑寅卯辰巳午未申酉'[Math.floor(stop / 10) % 10]}`;
};

describe('snippets', () => {
  it('has a skeleton for every report type, with both a pinyin and a Chinese prefix', () => {
    for (const name of skeletons) {
      expect(snippets[name], name).toBeDefined();
      expect(snippets[name].prefix.some((p) => /^[a-z]+$/.test(p))).toBe(true);
      expect(snippets[name].prefix).toContain(name);
    }
  });

  it.each(skeletons)('%s: numbered as GB/T 9704 wants, and every blank left is caught', (name) => {
    const { body } = snippets[name];
    const blank = check(expand(body));
    const lines = expand(body).split('\n');
    const numbering = blank.findings.filter((f) => f.category === 'numbering');
    expect(numbering).toEqual([]);
    // Each line with a tab stop (but the year, which has a default) holds a placeholder finding.
    const linesWithBlanks = body.map((l, i) => (/\$\{\d+:(?!\$\{CURRENT_YEAR)/.test(l) ? i : -1)).filter((i) => i >= 0);
    const placeholderLines = new Set(blank.findings.filter((f) => f.category === 'placeholder').map((f) => blank.model.lines.lineAt(f.span.start)));
    for (const i of linesWithBlanks) expect(placeholderLines.has(i), `line ${i + 1}: ${lines[i]}`).toBe(true);

    const done = check(expand(body, filled(body)));
    expect(done.findings.filter((f) => f.category === 'placeholder' || f.category === 'numbering').map((f) => f.rule)).toEqual([]);
  });
});
