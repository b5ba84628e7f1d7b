// Documents the protocol tests open: the sample report shipped in samples/ (always there), and
// the real seed reports from ../shared/corpus (there in CI and on developers' machines; the tests
// that need them are skipped, saying so, where they are absent).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './lspSession';

export const SAMPLE_PATH = resolve(ROOT, 'samples/工作总结示例.gongwen');
export const SAMPLE_TEXT = readFileSync(SAMPLE_PATH, 'utf8');
export const SAMPLE_URI = pathToFileURL(SAMPLE_PATH).href;

export const SEEDS_DIR = resolve(ROOT, '../shared/corpus/seeds');
export const SEEDS: { name: string; path: string; uri: string; text: string }[] = existsSync(SEEDS_DIR)
  ? readdirSync(SEEDS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((name) => {
        const path = resolve(SEEDS_DIR, name);
        return { name, path, uri: pathToFileURL(path).href, text: readFileSync(path, 'utf8').replace(/^\ufeff/, '') };
      })
  : [];
