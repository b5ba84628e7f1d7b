// The .docx reader is a pure library like the engine (bytes in, text out): bundled for a platform
// with neither Node's modules nor VS Code's, everything it imports must resolve, so a web build of
// the extension or a worker can read Word documents too.

import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the .docx reader', () => {
  it('imports no Node or VS Code module, directly or through a package', async () => {
    const entry = resolve(__dirname, '../../server/src/docx/index.ts');
    const errors = await build({ entryPoints: [entry], bundle: true, write: false, platform: 'neutral', format: 'esm', mainFields: ['module', 'main'], logLevel: 'silent' }).then(
      () => [],
      (e: { errors?: { text: string }[] }) => (e.errors ?? []).map((x) => x.text),
    );
    expect(errors).toEqual([]);
  });
});
