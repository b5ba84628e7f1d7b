// Entry point of the language server (`gongwen-server`, `dist/server.js`). The transport comes
// from the command line as vscode-languageserver reads it: --stdio (Neovim, Emacs, Helix; the
// default when none is given), --node-ipc (VS Code), --socket=PORT or --pipe=NAME.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { cachedSegmenter } from './engine/segmenter-cache';
import { lazySegmentation } from './lsp/segmentation';
import { startServer } from './lsp/server';
import { createJiebaSegmenter } from './segmentation';

declare const __GONGWEN_VERSION__: string | undefined;
const VERSION = typeof __GONGWEN_VERSION__ === 'string' ? __GONGWEN_VERSION__ : '0.0.0-dev';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${VERSION}\n`);
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    'gongwen-server — the Gongwen language server\n\nUsage: gongwen-server [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]\n\nWith no option it talks LSP over stdin/stdout.\n',
  );
} else {
  if (!args.some((a) => /^--(stdio|node-ipc|socket|pipe)\b/.test(a))) process.argv.push('--stdio');
  startServer(createConnection(ProposedFeatures.all), {
    version: VERSION,
    serverDir: __dirname,
    createSegmentation: (warn) =>
      lazySegmentation(() => {
        const segmenter = createJiebaSegmenter({ warn });
        // Load now (the first cut loads the dictionaries), not in the middle of a later check.
        segmenter.cut('加载分词词典');
        // A re-check after an edit cuts again the clauses the edit left alone: remembered, they
        // cost nothing. 300,000 characters of text covers the open reports of a working session.
        return cachedSegmenter(segmenter, 300_000);
      }, warn),
  });
}
