// Runs the built `gongwen` binary as a user would.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '../..');
export const cliPath = resolve(repoRoot, 'dist/cli.js');

export function runCli(args: string[], cwd = repoRoot, input?: string) {
  const r = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
