// Entry point of the `gongwen` binary.

import { forTerminal } from './format';
import { run } from './main';

const code = run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
  // Every message names a file, a field or a rule a user wrote: none may drive the terminal.
  stderr: (s) => process.stderr.write(forTerminal(s.endsWith('\n') ? s : s + '\n')),
  cwd: process.cwd(),
});
process.exitCode = code;
