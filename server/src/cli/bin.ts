// Entry point of the `gongwen` binary.

import { run } from './main';

const code = run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
  stderr: (s) => process.stderr.write(s.endsWith('\n') ? s : s + '\n'),
  cwd: process.cwd(),
});
process.exitCode = code;
