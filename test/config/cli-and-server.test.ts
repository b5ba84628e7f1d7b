// One .gongwenrc.json changes the findings, and the same way in the CLI and in the language server.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli';
import { LspSession } from '../server/lspSession';

const REPORT = [
  '关于2021年XX工作的总结',
  '根据有关要求，现将〔待填〕工作情况报告如下：',
  '一、主要做法',
  '1.完善工作机制。由XX牵头，定期调度，落实《中共党章程》要求。',
  '二、存在的问题',
  '个别单位落实不够到位。',
  '三、下一步打算',
  '继续抓好落实。',
  '2021年 月 日',
  '',
].join('\n');

const CONFIG = {
  rules: { 'placeholder-letters': 'off', 'placeholder-date': 'info' },
  levelSkip: 'strict',
  placeholders: ['〔待填〕'],
  lexicons: { canonical: [{ canonical: '中国共产党章程', wrong: ['中共党章程'] }] },
};

interface Seen {
  rule: string;
  severity: string;
  line: number;
  character: number;
}

const key = (d: Seen) => `${d.line}:${d.character} ${d.rule} ${d.severity}`;

let dir: string;
let file: string;

function cliFindings(...extra: string[]): Seen[] {
  const r = runCli(['check', '--format', 'json', ...extra, file], dir);
  const [report] = JSON.parse(r.stdout) as { diagnostics: { rule: string; severity: string; range: { start: { line: number; character: number } } }[] }[];
  return report.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, ...d.range.start }));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-one-config-'));
  file = join(dir, '工作总结.gongwen');
  writeFileSync(file, REPORT);
  writeFileSync(join(dir, '.gongwenrc.json'), JSON.stringify(CONFIG, null, 2));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('one configuration file', () => {
  it('changes what the CLI reports', () => {
    const without = cliFindings('--no-config').map(key);
    const withConfig = cliFindings().map(key);
    // Turned off: the XX placeholders.
    expect(without.filter((k) => k.includes('placeholder-letters')).length).toBeGreaterThan(0);
    expect(withConfig.filter((k) => k.includes('placeholder-letters'))).toEqual([]);
    // Severity changed: the blank date.
    expect(without).toContain('8:0 placeholder-date error');
    expect(withConfig).toContain('8:0 placeholder-date info');
    // Added: the office's own placeholder, and the strict level-skip policy.
    expect(withConfig).toContain('1:9 placeholder-custom error');
    expect(withConfig.some((k) => k.startsWith('3:0 numbering-hierarchy'))).toBe(true);
    expect(without.some((k) => k.startsWith('3:0 numbering-hierarchy'))).toBe(false);
    // The office's own canonical expression, from the lexicons field.
    expect(withConfig.some((k) => k.startsWith('3:') && k.includes('canonical-expression'))).toBe(true);
    expect(without.some((k) => k.includes('canonical-expression'))).toBe(false);
  });

  it('a malformed file: one message naming the file, line and field, and the defaults apply', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{\n  "rules": {\n    "placeholder-letters": "off"\n    "placeholder-date": "off"\n  }\n}\n');
    const r = runCli(['check', '--format', 'json', '--config', bad, file], dir);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^gongwen: bad\.json:4:5: rules: .*“,”或“}”.*按默认设置检查/)]);
    expect(cliFindings('--config', bad).map(key)).toEqual(cliFindings('--no-config').map(key));
  });

  it('--config naming no file is a usage error', () => {
    const r = runCli(['check', '--locale', 'en', '--config', join(dir, 'nope.json'), file], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such configuration file');
  });

  it('--rule on the command line wins over the file', () => {
    const found = cliFindings('--rule', 'placeholder-date=warning').map(key);
    expect(found).toContain('8:0 placeholder-date warning');
  });

  it('gives the language server the same findings as the CLI', { timeout: 60_000 }, async () => {
    const session = new LspSession();
    try {
      await session.initialize();
      const uri = pathToFileURL(file).href;
      await session.open(uri, REPORT);
      const published = await session.settled(uri);
      const severities = ['', 'error', 'warning', 'info', 'info'];
      const fromServer = published.diagnostics.map((d) => key({ rule: String(d.code), severity: severities[d.severity ?? 1], ...d.range.start })).sort();
      expect(fromServer).toEqual(cliFindings().map(key).sort());
      // And the configuration did apply there: the rule it turned off is absent, the lexicon addition is used.
      expect(fromServer.some((k) => k.includes('placeholder-letters'))).toBe(false);
      expect(fromServer.some((k) => k.includes('canonical-expression'))).toBe(true);
    } finally {
      await session.dispose();
    }
  });
});
