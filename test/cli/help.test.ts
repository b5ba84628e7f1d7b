// `--help` after a command: the usage of that command, on stdout, exit 0 (as git, npm and eslint do).

import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

describe('gongwen COMMAND --help', () => {
  it.each([
    [['check', '--help'], '用法：gongwen check', '--stdin-filename'],
    [['check', '-h'], '用法：gongwen check', '--fix-suggestions'],
    [['check', 'report.txt', '--format', 'json', '--help'], '用法：gongwen check', '--rule'],
    [['check', '--help', '--locale', 'en'], 'Usage: gongwen check', '--stdin-filename'],
    [['rules', '--help'], '用法：gongwen rules', '--locale'],
    [['rules', '-h', '--locale', 'en'], 'Usage: gongwen rules', '--locale'],
  ])('%j prints the usage of that command and exits 0', (args, heading, option) => {
    const r = runCli(args);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(heading)).toBe(true);
    expect(r.stdout).toContain(option);
  });

  it('gives check and rules each their own usage', () => {
    expect(runCli(['rules', '--help']).stdout).not.toContain('--fix');
    expect(runCli(['check', '--help']).stdout).toContain('--fix');
  });
});
