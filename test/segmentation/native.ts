// Whether nodejieba's native module was built here: it is an optional dependency, absent where
// npm found no compiler. Tests of nodejieba itself skip without it; the others expect jieba-js.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const nodejiebaBuilt = existsSync(resolve(__dirname, '../../node_modules/nodejieba/build/Release/nodejieba.node'));

/** The backend the adapters' segmenter loads on this machine. */
export const expectedBackend = nodejiebaBuilt ? 'nodejieba' : 'jieba-js';
