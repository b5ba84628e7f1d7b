// Entry point of the `gongwen` binary.

import { localize } from '../engine';
import { forTerminal } from './format';
import { localeIn, run } from './main';
import { notices } from './messages';

// A reader that stops early (`gongwen check reports | head`) is not a failure of the check: stop
// quietly, as a command ended by SIGPIPE does. Any other failure to write the output (a full disk)
// is one line, not a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE' && stream === process.stdout) process.stderr.write(`gongwen: ${localize(notices.cannotWriteOutput(e.code ?? e.message), localeIn(process.argv.slice(2)))}\n`);
    process.exit(e.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
  });
}

const code = run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
  // Every message names a file, a field or a rule a user wrote: none may drive the terminal.
  stderr: (s) => process.stderr.write(forTerminal(s.endsWith('\n') ? s : s + '\n')),
  write: (s) => process.stdout.write(s),
  cwd: process.cwd(),
});
process.exitCode = code;
