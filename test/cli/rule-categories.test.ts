// `--rule NAME=SEVERITY` takes a category as inline directives do (`gongwen-disable placeholder`):
// it sets every rule of the category; a rule named by its id keeps its own setting.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-rule-'));
// A letter placeholder, a symbol placeholder and a numbering gap.
writeFileSync(join(dir, 'r.txt'), '一、做法\nXX局\n三、问题\n某局于□□年成立\n');

const findings = (args: string[]) => {
  const r = runCli(['check', '--format', 'json', '--no-config', ...args, 'r.txt'], dir);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout)[0].diagnostics as { rule: string; category: string; severity: string }[]).map((d) => `${d.rule}:${d.severity}`);
};
const categoryOf = (args: string[], category: string) =>
  (JSON.parse(runCli(['check', '--format', 'json', '--no-config', ...args, 'r.txt'], dir).stdout)[0].diagnostics as { category: string }[]).filter((d) => d.category === category);

describe('--rule with a category', () => {
  it('the file has findings of two placeholder rules and of numbering to begin with', () => {
    const all = findings([]);
    expect(all).toEqual(expect.arrayContaining([expect.stringMatching(/^placeholder-letters:/), expect.stringMatching(/^placeholder-symbols:/), expect.stringMatching(/^numbering-sequence:/)]));
  });

  it('placeholder=off turns off every placeholder rule and no other', () => {
    const r = runCli(['check', '--format', 'json', '--no-config', '--rule', 'placeholder=off', 'r.txt'], dir);
    expect(r.code).toBe(0);
    expect(categoryOf(['--rule', 'placeholder=off'], 'placeholder')).toEqual([]);
    expect(findings(['--rule', 'placeholder=off'])).toContain('numbering-sequence:warning');
  });

  it('a category sets the severity of each of its rules', () => {
    const found = findings(['--rule', 'placeholder=info']);
    expect(found).toContain('placeholder-letters:info');
    expect(found).toContain('placeholder-symbols:info');
  });

  it.each([
    [['--rule', 'placeholder=off', '--rule', 'placeholder-letters=error']],
    [['--rule', 'placeholder-letters=error', '--rule', 'placeholder=off']],
    [['--rule', 'placeholder-letters=error,placeholder=off']],
  ])('a rule id wins over its category whatever the order: %j', (args) => {
    const found = findings(args);
    expect(found.filter((f) => f.startsWith('placeholder-'))).toEqual(['placeholder-letters:error']);
  });

  it.each([
    [['--rule', 'placeholders=off'], 'unknown rule or category "placeholders"; did you mean "placeholder"?'],
    [['--rule', 'placeholder-leters=off'], 'did you mean "placeholder-letters"'],
    [['--rule', 'nothing-like-it=off'], 'unknown rule or category "nothing-like-it" (see "gongwen rules")'],
  ])('names an unknown rule or category with its near matches, in one message: %j', (args, message) => {
    const r = runCli(['check', '--locale', 'en', ...args, 'r.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('says so in Chinese by default', () => {
    const r = runCli(['check', '--rule', 'placeholders=off', 'r.txt'], dir);
    expect(r.stderr).toContain('未知规则或类别“placeholders”，是否是“placeholder”？');
  });
});
