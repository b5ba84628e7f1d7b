// Bundles the CLI, the language server and the VS Code client with esbuild.
import { build } from 'esbuild';
import { chmodSync, existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Minified for the packages (extension.js was 972 KB, of which about 12 KB Gongwen's own code);
  // names kept, so that stack traces still say which function. The source maps are written beside
  // the bundles for development and never packed: package.json's "files" lists dist/*.js only.
  minify: true,
  keepNames: true,
  sourcemap: true,
  logLevel: 'warning',
  define: { __GONGWEN_VERSION__: JSON.stringify(pkg.version) },
  // nodejieba is a native addon: it is loaded from node_modules at run time, never bundled.
  external: ['vscode', 'nodejieba'],
};
const entries = [
  { in: 'server/src/cli/bin.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { in: 'server/src/server.ts', out: 'dist/server.js', banner: '#!/usr/bin/env node' },
  { in: 'client/src/extension.ts', out: 'dist/extension.js' },
];
const built = entries.filter((e) => existsSync(e.in));
await Promise.all(built.map((e) => build({ ...common, entryPoints: [e.in], outfile: e.out, banner: e.banner ? { js: e.banner } : undefined })));
// The commands (package.json "bin") run as they are, from dist/ or from an unpacked package.
for (const e of built) if (e.banner) chmodSync(e.out, 0o755);
