// `gongwen check --fix` on a report with tens of thousands of fixes: it used to take 64 s on a
// 1.1 MB file with 64,000 fixes (combining and applying edits was quadratic). The time itself is
// measured in `npm run bench`; here the test's own timeout is only a hang guard.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wordsOf } from '../helpers';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-fix-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gongwen check --fix at scale', () => {
  it('fixes 64,000 half-width marks in a 1.1 MB report in one run, changing no word', { timeout: 60_000 }, () => {
    const line = '　　我们加强了组织领导,完善了制度;推进了工作:取得了成效(显著)。';
    const text = '关于2023年工作的总结\n' + Array.from({ length: 12_800 }, () => line).join('\n') + '\n';
    const file = join(dir, 'big.txt');
    writeFileSync(file, text);
    const r = runCli(['check', '--fix', '--format', 'json', 'big.txt'], dir);
    expect(r.stderr).toBe('');
    const fixed = readFileSync(file, 'utf8');
    expect(fixed.split('\n')[1]).toBe('　　我们加强了组织领导，完善了制度；推进了工作：取得了成效（显著）。');
    expect(fixed).not.toMatch(/[,;:()]/);
    expect(wordsOf(fixed)).toBe(wordsOf(text));
    expect(JSON.parse(r.stdout)[0].diagnostics.filter((d: { fix?: unknown }) => d.fix)).toEqual([]);
    // A second run has nothing to do.
    runCli(['check', '--fix', 'big.txt'], dir);
    expect(readFileSync(file, 'utf8')).toBe(fixed);
  });
});
