// textlint in-process, warm, with the rule set a user would pick for these reports: no-todo
// (TODO-style blanks), zh-half-and-full-width-bracket, prh (canonical expressions, bench/prh.yml)
// and no-unmatched-pair (bench/textlintrc.json). No Chinese preset exists on npm (see
// /work/shared/docs/performance-notes.md). Only textlint's public API is used.

import { resolve } from 'node:path';
import { createLinter, loadTextlintrc } from 'textlint';

export interface TextlintRunner {
  /** Lints the text as a plain-text file; resolves with the number of messages. */
  lint(text: string): Promise<number>;
}

export async function createTextlint(): Promise<TextlintRunner> {
  const descriptor = await loadTextlintrc({ configFilePath: resolve(__dirname, 'textlintrc.json'), node_modulesDir: resolve(__dirname, '../node_modules') });
  const linter = createLinter({ descriptor });
  return {
    async lint(text: string) {
      const result = await linter.lintText(text, resolve(__dirname, 'report.txt'));
      return result.messages.length;
    },
  };
}
