// The npm package installed as a writer would, on a machine without a C++ compiler: `npm pack`
// of the bundles global-setup.ts built (prepack would build them again, and rewrite dist/ under
// the feet of the tests running beside this one), then `npm install -g` into a temporary prefix with g++, gcc, cc, make and
// clang failing on PATH (and CC/CXX set to `false`). nodejieba's build must really fail, the
// install still succeed, and the installed `gongwen` and `gongwen-server` must give the findings
// the repository's build gives with nodejieba: word segmentation falls back to jieba-js.
//
// About 15 s on the 2-core machine, most of it the install; it needs the npm registry (or its
// cache) for nodejieba and node-pre-gyp, as `npm ci` does.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliPath, repoRoot } from '../cli/run-cli';
import { LspSession } from '../server/lspSession';

const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const seeds = join(repoRoot, '..', 'shared', 'corpus', 'seeds');

describe('the npm package, installed where no compiler is', () => {
  const work = mkdtempSync(join(tmpdir(), 'gongwen-install-'));
  const prefix = join(work, 'prefix');
  const installed = () => join(prefix, 'lib', 'node_modules', 'gongwen');
  let installLog = '';
  let installStatus: number | null = null;

  /** PATH with every C/C++ compiler and make failing, as on a machine that has none. */
  function withoutCompilers(): NodeJS.ProcessEnv {
    const bin = join(work, 'no-compilers');
    mkdirSync(bin, { recursive: true });
    for (const tool of ['gcc', 'g++', 'cc', 'c++', 'make', 'clang', 'clang++']) {
      writeFileSync(join(bin, tool), `#!/bin/sh\necho "${tool}: no compiler on this machine" >&2\nexit 1\n`);
      chmodSync(join(bin, tool), 0o755);
    }
    return { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}`, CC: 'false', CXX: 'false' };
  }

  beforeAll(() => {
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: repoRoot, stdio: 'ignore' });
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
    const r = spawnSync('npm', ['install', '--global', '--prefix', prefix, '--foreground-scripts', '--no-audit', '--no-fund', join(work, tarball)], {
      cwd: work,
      env: withoutCompilers(),
      encoding: 'utf8',
      timeout: 300_000,
    });
    installStatus = r.status;
    installLog = r.stdout + r.stderr;
  }, 400_000);

  it('installs, although building nodejieba failed for want of a compiler', () => {
    expect(installStatus, installLog.slice(-2000)).toBe(0);
    expect(installLog).toMatch(/no compiler on this machine/);
    expect(existsSync(join(installed(), 'node_modules', 'nodejieba', 'build', 'Release', 'nodejieba.node'))).toBe(false);
  });

  it('gives working commands', () => {
    for (const command of ['gongwen', 'gongwen-server']) {
      expect(execFileSync(join(prefix, 'bin', command), ['--version'], { encoding: 'utf8' }).trim()).toBe(version);
    }
  });

  it("finds with jieba-js what the repository's build finds with nodejieba, every rule on, without a warning", () => {
    const files = [join(repoRoot, 'samples', 'sample-report.txt'), ...(existsSync(seeds) ? readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => join(seeds, f)) : [])];
    const args = ['check', '--no-config', '--rule', 'repeated-phrase=info', '--format', 'json', ...files];
    const fromPackage = spawnSync(join(prefix, 'bin', 'gongwen'), args, { encoding: 'utf8' });
    const fromRepository = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8' });
    expect(fromPackage.stderr).toBe('');
    expect(fromPackage.status).toBe(fromRepository.status);
    expect(JSON.parse(fromPackage.stdout)).toEqual(JSON.parse(fromRepository.stdout));
    expect(JSON.parse(fromPackage.stdout).flatMap((f: { diagnostics: unknown[] }) => f.diagnostics).length).toBeGreaterThan(10);
  });

  it('serves diagnostics over LSP, segmenting with jieba-js', async () => {
    const session = new LspSession({ serverPath: realpathSync(join(prefix, 'bin', 'gongwen-server')) });
    try {
      await session.initialize();
      const uri = pathToFileURL(join(work, 'report.gongwen')).href;
      await session.open(uri, readFileSync(join(repoRoot, 'samples', 'sample-report.txt'), 'utf8'));
      const published = await session.settled(uri);
      expect(published.diagnostics.length).toBeGreaterThan(5);
      expect((await session.stats()).segmenter).toBe('jieba-js');
      expect(session.messages).toEqual([]);
    } finally {
      await session.dispose();
    }
  });
});
