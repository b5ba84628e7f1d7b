// Tests that spawn the CLI or the server run the bundles in dist/: build them once per run
// so that `npx vitest` alone never tests stale output.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function setup(): void {
  execFileSync(process.execPath, [resolve(__dirname, '../scripts/build.mjs')], { stdio: 'inherit' });
}
