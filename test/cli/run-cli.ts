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
  input?: string | Buffer;
  /** Run as a user that file modes apply to (see `unprivileged`). */
  asUnprivilegedUser?: boolean;
  /** `ulimit -f` in KiB: a write past it fails with EFBIG, part of the bytes written, as on a full disk. */
  fileSizeLimitKiB?: number;
}

export function runCli(args: string[], cwd = repoRoot, input?: string | Buffer, options: RunOptions = {}) {
  const user = options.asUnprivilegedUser ? unprivileged : undefined;
  // SIGXFSZ is ignored (as an ignored signal survives exec) so that the write fails instead of killing the process.
  const [command, commandArgs] =
    options.fileSizeLimitKiB === undefined
      ? [process.execPath, [cliPath, ...args]]
      : ['bash', ['-c', `trap '' XFSZ; ulimit -f ${options.fileSizeLimitKiB}; exec "$0" "$@"`, process.execPath, cliPath, ...args]];
  const r = spawnSync(command, commandArgs, { cwd, encoding: 'utf8', input: input ?? options.input, maxBuffer: 256 * 1024 * 1024, timeout: 60_000, ...user });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
