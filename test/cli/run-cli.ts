// Runs the built `gongwen` binary as a user would.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '../..');
export const cliPath = resolve(repoRoot, 'dist/cli.js');

/**
 * The user permission tests run the CLI as. Root reads every folder and writes every file
 * whatever their modes, so when the tests run as root (as in a container) the CLI runs as
 * `nobody`; otherwise as the current user, for whom the modes already hold.
 */
export const unprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;

export interface RunOptions {
  input?: string;
  /** Run as a user that file modes apply to (see `unprivileged`). */
  asUnprivilegedUser?: boolean;
}

export function runCli(args: string[], cwd = repoRoot, input?: string, options: RunOptions = {}) {
  const user = options.asUnprivilegedUser ? unprivileged : undefined;
  const r = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', input: input ?? options.input, maxBuffer: 256 * 1024 * 1024, timeout: 60_000, ...user });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
