// What a configuration key, a file name or a document holds never reaches the terminal as a
// control sequence: stylish output and every line on stderr show control characters as escapes;
// JSON and SARIF write them as JSON escapes and stay valid JSON, with the same values.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli';

/** ESC, C1 CSI (U+009B), BEL, CR and a right-to-left override. */
const CONTROLS = /[\u0007\u000d\u001b\u009b\u202e]/;

let dir: string;
const hostileName = 'a\u001b[2Jb\u202e.txt';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-terminal-'));
  // A right-to-left override in the text itself: a file with C0 controls is not read as text at all.
  writeFileSync(join(dir, hostileName), '一、主要做法\n完成XX项任务，〔待\u202e填〕。\n');
  writeFileSync(
    join(dir, '.gongwenrc.json'),
    JSON.stringify({ '\u001b]0;owned\u0007title': 1, rules: { 'placeholder-\u001b[31mdate': 'off' }, placeholders: [{ regex: '〔[^〕]{0,5}〕', message: '模板\u009b5m提示' }] }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('terminal output', () => {
  it('stylish output and stderr show control characters as escapes', () => {
    const r = runCli(['check', '.'], dir);
    expect(r.stdout).not.toMatch(CONTROLS);
    expect(r.stderr).not.toMatch(CONTROLS);
    expect(r.stdout).toContain('a\\u001b[2Jb\\u202e.txt');
    expect(r.stdout).toContain('模板\\u009b5m提示：“〔待\\u202e填〕”');
    expect(r.stderr).toContain('\\u001b]0;owned\\u0007title');
    expect(r.stderr).toContain('rules.placeholder-\\u001b[31mdate');
  });

  it.each(['json', 'sarif'])('%s stays valid JSON, with the same values, and nothing raw', (format) => {
    const r = runCli(['check', '--format', format, '.'], dir);
    expect(r.stdout).not.toMatch(CONTROLS);
    // Parsed back, the values are the very characters: the office's message with its C1 control.
    const text = JSON.stringify(JSON.parse(r.stdout));
    expect(text).toContain('模板\u009b5m提示：“〔待\u202e填〕”');
  });
});
