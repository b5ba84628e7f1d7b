// Entry point of the language server (`gongwen-server`, `dist/server.js`). The transport comes
// from the command line as vscode-languageserver reads it: --stdio (Neovim, Emacs, Helix; the
// default when none is given), --node-ipc (VS Code), --socket=PORT or --pipe=NAME. The same
// script runs the analysis worker (lsp/worker.ts) in a worker thread of its own.

import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { cachedSegmenter } from './engine/segmenter-cache';
import { startServer } from './lsp/server';
import { runAnalysisWorker } from './lsp/worker';
import { createJiebaSegmenter } from './segmentation';

declare const __GONGWEN_VERSION__: string | undefined;
const VERSION = typeof __GONGWEN_VERSION__ === 'string' ? __GONGWEN_VERSION__ : '0.0.0-dev';

if (!isMainThread) {
  runAnalysisWorker(parentPort!, {
    stop: (workerData as { stop: Int32Array }).stop,
    createSegmenter: (warn) => {
      // The warning goes to the server's log, which is English like the rest of it.
      const segmenter = createJiebaSegmenter({ warn: (message) => warn(message.en) });
      // Load now (the first cut loads the dictionaries), before the first check needs words.
      segmenter.cut('加载分词词典');
      // A re-check after an edit cuts again the clauses the edit left alone: remembered, they
      // cost nothing. 300,000 characters of text covers the open reports of a working session.
      const cached = cachedSegmenter(segmenter, 300_000);
      // Tags are asked for a few short phrases only: straight from nodejieba.
      return {
        get name() {
          return segmenter.name;
        },
        cut: (text) => cached.cut(text),
        tag: (text) => segmenter.tag?.(text) ?? [],
      };
    },
  });
} else {
  const args = process.argv.slice(2);
  if (args.includes('--version') || args.includes('-v')) {
    process.stdout.write(`${VERSION}\n`);
  } else if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(
      'gongwen-server — the Gongwen language server\n\nUsage: gongwen-server [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]\n\nWith no option it talks LSP over stdin/stdout.\n',
    );
  } else {
    if (!args.some((a) => /^--(stdio|node-ipc|socket|pipe)\b/.test(a))) process.argv.push('--stdio');
    startServer(createConnection(ProposedFeatures.all), { version: VERSION, serverDir: __dirname, workerScript: __filename });
  }
}
