// What the two packages people install hold: the npm package (`npm pack`: the `gongwen` and
// `gongwen-server` commands) and the .vsix (`vsce`), both from package.json's "files" list. They
// must hold what runs — the bundles, the dictionaries both segmenters read, the rule pages, the
// schemas — and nothing of the repository's development: tests, benchmarks, TypeScript sources,
// source maps. The bundles are the ones global-setup.ts has just built.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../cli/run-cli';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  private?: boolean;
  bin: Record<string, string>;
  main: string;
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
};

interface PackedFile {
  path: string;
  mode: number;
}

function npmPackFiles(): PackedFile[] {
  // --ignore-scripts: prepack would build again; global-setup.ts has built dist/ for this run.
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return (JSON.parse(out) as { files: PackedFile[] }[])[0]!.files;
}

function vsixFiles(): string[] {
  const out = execFileSync(join(repoRoot, 'node_modules', '.bin', 'vsce'), ['ls'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return out.split('\n').filter(Boolean);
}

/** What neither package may carry: the repository's development files. */
const DEVELOPMENT = /^(test|bench|scripts|server|client|samples|\.ci)\/|\.map$|(?<!\.d)\.ts$|^tsconfig|^vitest|^\.git/;

/** What both must carry: the bundles, every dictionary file the segmenters read, a page per rule. */
function shipped(): string[] {
  const rulePages = readdirSync(join(repoRoot, 'docs', 'rules')).map((f) => `docs/rules/${f}`);
  const dictionaries = readdirSync(join(repoRoot, 'data')).filter((f) => f.endsWith('.utf8')).map((f) => `data/${f}`);
  return ['dist/server.js', 'dist/extension.js', 'schemas/gongwenrc.schema.json', 'LICENSE', 'README.md', 'package.json', ...dictionaries, ...rulePages];
}

describe('the npm package', () => {
  const files = npmPackFiles();
  const paths = files.map((f) => f.path);

  it('is publishable, and builds its bundles before it is packed', () => {
    expect(manifest.private).toBeUndefined();
    expect(manifest.scripts.prepack).toMatch(/npm run build/);
  });

  it('holds the commands, executable, each starting with a shebang for node', () => {
    expect(Object.keys(manifest.bin).sort()).toEqual(['gongwen', 'gongwen-server']);
    for (const target of Object.values(manifest.bin)) {
      const path = target.replace(/^\.\//, '');
      const packed = files.find((f) => f.path === path);
      expect(packed, path).toBeDefined();
      expect(packed!.mode & 0o111, `${path} is executable`).toBe(0o111);
      expect(readFileSync(join(repoRoot, path), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    }
  });

  it('holds what runs and nothing of development', () => {
    expect(paths).toEqual(expect.arrayContaining(shipped()));
    expect(paths.filter((p) => DEVELOPMENT.test(p))).toEqual([]);
  });

  it('needs nothing from the registry but the optional native segmenter (everything else is bundled)', () => {
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(Object.keys(manifest.optionalDependencies ?? {}).sort()).toEqual(['@mapbox/node-pre-gyp', 'nodejieba']);
  });
});

describe('the .vsix', () => {
  const paths = vsixFiles();

  it('holds the extension, the server, the dictionaries jieba-js reads on any platform, and nothing of development', () => {
    expect(paths).toEqual(expect.arrayContaining([manifest.main.replace(/^\.\//, ''), ...shipped()]));
    expect(paths.filter((p) => DEVELOPMENT.test(p))).toEqual([]);
  });

  it("holds nodejieba's native module where it was built, and of nodejieba only what the server loads", () => {
    const nodejieba = paths.filter((p) => p.startsWith('node_modules/'));
    const built = (() => {
      try {
        readFileSync(join(repoRoot, 'node_modules/nodejieba/build/Release/nodejieba.node'));
        return true;
      } catch {
        return false;
      }
    })();
    expect(nodejieba.sort()).toEqual(
      built
        ? ['node_modules/nodejieba/LICENSE', 'node_modules/nodejieba/build/Release/nodejieba.node', 'node_modules/nodejieba/package.json', 'node_modules/nodejieba/submodules/cppjieba/dict/stop_words.utf8']
        : [],
    );
  });
});
