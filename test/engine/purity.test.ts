// The engine is a pure library: text in, findings out. Bundled for a platform that has neither
// Node's modules nor VS Code's, everything it imports, its packages' imports included, must
// resolve; a `node:fs`, `path` or `vscode` anywhere in the engine fails the build, and this test.

import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ENGINE = resolve(__dirname, '../../server/src/engine/index.ts');

async function bundleErrors(entry: string): Promise<string[]> {
  try {
    await build({ entryPoints: [entry], bundle: true, write: false, platform: 'neutral', format: 'esm', mainFields: ['module', 'main'], logLevel: 'silent' });
    return [];
  } catch (e) {
    return ((e as { errors?: { text: string }[] }).errors ?? [{ text: String(e) }]).map((x) => x.text);
  }
}

describe('the engine', () => {
  it('imports no Node or VS Code module, directly or through a package', async () => {
    expect(await bundleErrors(ENGINE)).toEqual([]);
  });

  it('is told apart from an adapter by this test (an adapter that reads files fails it)', async () => {
    const errors = await bundleErrors(resolve(__dirname, '../../server/src/config/index.ts'));
    expect(errors.join('\n')).toMatch(/node:fs/);
  });
});
