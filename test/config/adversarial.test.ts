// Configurations written to hang or crash the checker (issue 11), run as a writer would meet them:
// through the built CLI and the built language server, on a real report. Each used to loop for
// ever, take seconds to minutes, overflow the stack or run out of memory; now each finishes with
// one clear problem named at its line and field, and the report is checked as without it. The
// timeouts are a generous "it finished" bound, not a measurement: `npm run bench` measures the
// time of each against the default check (bench/config.ts).

import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfigText, toCheckOptions } from '../../server/src/config/config';
import { check, planPlaceholders, USER_PATTERN_LIMITS } from '../../server/src/engine';
import { runCli } from '../cli/run-cli';
import { LspSession } from '../server/lspSession';
import { ADVERSARIAL_CONFIGS, AT_THE_CAPS } from './adversarial-configs';

const REPORT = resolve(__dirname, '../corpus/real/summaries-2/docs/t06_nongye_nongcun_zongjie_2024.txt');
const FINISHES = 20_000;

let dir: string;
let report: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-adversarial-'));
  report = join(dir, 'report.txt');
  copyFileSync(REPORT, report);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function checkWith(config: unknown, ...extra: string[]) {
  const configPath = join(dir, 'config.json');
  writeFileSync(configPath, JSON.stringify(config));
  const r = runCli(['check', '--format', 'json', '--locale', 'en', '--config', configPath, ...extra, report], dir);
  return { ...r, findings: r.stdout ? (JSON.parse(r.stdout) as { diagnostics: unknown[] }[]).flatMap((f) => f.diagnostics) : [] };
}

const withoutConfig = () => JSON.parse(runCli(['check', '--format', 'json', '--locale', 'en', '--no-config', report], dir).stdout).flatMap((f: { diagnostics: unknown[] }) => f.diagnostics);

describe('adversarial configurations through the CLI', () => {
  it.each(ADVERSARIAL_CONFIGS.map((c) => [c.name, c] as const))('%s: one clear problem, and the report checked as without it', { timeout: FINISHES }, (_name, c) => {
    const r = checkWith(c.config);
    expect(r.stderr).not.toContain('internal error');
    const problems = r.stderr.trim().split('\n');
    expect(problems.length).toBe(c.problems);
    for (const line of problems) expect(line).toMatch(new RegExp(`^gongwen: config\\.json:\\d+:\\d+: ${c.field.replace(/[.[\]]/g, '\\$&')}`));
    expect(problems[0]).toContain(c.says);
    if (c.sameFindings) expect(r.findings).toEqual(withoutConfig());
  });

  it('120,000 unknown rules (minutes: each problem was located by a search of the tree): the first 100 named, the rest counted', { timeout: FINISHES }, () => {
    const r = checkWith({ rules: Object.fromEntries(Array.from({ length: 120_000 }, (_, i) => [`x${i}`, 'off'])), levelSkip: 'strict' });
    const problems = r.stderr.trim().split('\n');
    expect(problems).toHaveLength(101);
    expect(problems[0]).toMatch(/^gongwen: config\.json:1:\d+: rules\.x0: /);
    expect(problems[100]).toContain('119900 more problems not listed');
    // The fields that are right still apply.
    expect(r.findings).toEqual(checkWith({ levelSkip: 'strict' }).findings);
  });

  it('a template of 10,000 sections: its first 20 are used, and --format json stays small', { timeout: FINISHES }, () => {
    const r = checkWith(ADVERSARIAL_CONFIGS.find((c) => c.name.startsWith('a template'))!.config);
    const missing = (r.findings as { rule: string }[]).filter((f) => f.rule === 'required-section');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.length).toBeLessThanOrEqual(20);
    expect(r.stdout.length).toBeLessThan(1 << 20);
  });

  it('a configuration at every cap finishes, its patterns within the work budget', { timeout: FINISHES }, () => {
    const { config, problems } = readConfigText(JSON.stringify(AT_THE_CAPS), { trusted: true });
    expect(problems).toEqual([]);
    const options = toCheckOptions(config);
    const custom = options.rules!['placeholder-custom'];
    const plan = planPlaceholders(typeof custom === 'object' ? (custom.options?.patterns as unknown[]) : []);
    // The bound the engine keeps: at most workPerCharacter units of work per character of text.
    expect(plan.notRun).toEqual([]);
    expect(plan.work).toBeLessThanOrEqual(USER_PATTERN_LIMITS.workPerCharacter);
    expect(plan.work).toBeGreaterThan(USER_PATTERN_LIMITS.workPerCharacter * 0.8);
    const r = checkWith(AT_THE_CAPS);
    expect(r.stderr).toBe('');
    // The office's template of 20 sections replaced the built-in 工作总结's: its sections are what is missing.
    const missing = (r.findings as { rule: string; message: string }[]).filter((f) => f.rule === 'required-section');
    expect(missing.length).toBeGreaterThan(4);
    expect(missing.length).toBeLessThanOrEqual(20);
  });

  it('an empty pattern given straight to the engine does not loop either', { timeout: FINISHES }, () => {
    const text = '〔待填〕'.repeat(1000);
    expect(check(text, { rules: { 'placeholder-custom': { options: { patterns: ['', { text: '' }, { regex: '' }, { regex: '(?:)' }] } } } }).findings.filter((f) => f.rule === 'placeholder-custom')).toEqual([]);
  });
});

describe('adversarial configurations through the language server', () => {
  const codes = (diagnostics: { code?: string | number }[]) => diagnostics.map((d) => String(d.code)).sort();

  it('an empty pattern, which used to hang the server, is shown on the file and the report is checked', { timeout: 60_000 }, async () => {
    const sub = mkdtempSync(join(dir, 'server-'));
    const configPath = join(sub, '.gongwenrc.json');
    writeFileSync(configPath, '{\n  "rules": { "placeholder-custom": ["error", { "patterns": [""] }] }\n}\n');
    const session = new LspSession();
    try {
      await session.initialize();
      const uri = pathToFileURL(join(sub, '总结.gongwen')).href;
      await session.open(uri, '一、主要做法\n完成XX项任务。\n');
      expect(codes((await session.settled(uri)).diagnostics)).toContain('placeholder-letters');
      const problems = await session.diagnostics(pathToFileURL(configPath).href, (p) => p.diagnostics.length > 0);
      // At the empty pattern: line 2, column 61.
      expect(problems.diagnostics).toMatchObject([{ range: { start: { line: 1, character: 60 } }, severity: 1, message: '不能为空' }]);
    } finally {
      await session.dispose();
    }
  });
});
