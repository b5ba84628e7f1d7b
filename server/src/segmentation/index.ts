// Word segmentation for the adapters (CLI, language server): nodejieba with the shipped user
// dictionary of political and administrative terms, loaded once and only when a rule first asks
// for words; the Intl.Segmenter fallback, with a one-time warning, when the native module cannot
// load.
//
// nodejieba's own dictionaries take about a second to load and hold about 280 MB, nearly all of
// it the 349k-word main dictionary and the IDF table. So the shipped main dictionary is its
// 50,000 most frequent words (data/jieba-main.dict.utf8, written by scripts/trim-dictionary.mjs:
// about 0.1 s and 77 MB), and the IDF table, which only keyword extraction reads and cutting
// never does, is a one-line stand-in (data/jieba-idf.utf8). docs/performance.md compares them.
//
// nodejieba 3.5.8's public `load()` assigns undeclared globals (`dict`, `hmmDict`, `userDict`,
// `idfDict`, `stopWordDict`): it pollutes the global object, and throws outright when a script in
// the same realm declared one of those names at top level. So this module never calls it: it
// loads the package's native binding and hands it the dictionary paths itself.

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Segmenter, TaggedWord } from '../engine/segmenter';
import { intlSegmenter } from '../engine/segmenter-intl';

export { createIntlSegmenter, intlSegmenter } from '../engine/segmenter-intl';

/** The shipped dictionaries, relative to the extension's root. */
const MAIN_DICT = join('data', 'jieba-main.dict.utf8');
const USER_DICT = join('data', 'jieba-user.dict.utf8');
const IDF = join('data', 'jieba-idf.utf8');

interface JiebaBinding {
  load(dict: string, hmmDict: string, userDict: string, idfDict: string, stopWordDict: string): boolean;
  cut(text: string): string[];
  tag(text: string): TaggedWord[];
}

export interface JiebaOptions {
  /** The package to load (tests point it at one that does not exist). */
  packageName?: string;
  /** The user dictionary; data/jieba-user.dict.utf8 of the extension by default. */
  userDictPath?: string;
  /** Where the one-time warning goes; stderr by default (stdout may be the LSP channel). */
  warn?: (message: string) => void;
}

/** A segmenter over nodejieba, loaded on first use, falling back to Intl.Segmenter for good. */
export interface JiebaSegmenter extends Segmenter {
  /** `nodejieba` once loaded, `intl` after a failed load, `unloaded` before the first cut. */
  readonly backend: 'unloaded' | 'nodejieba' | 'intl';
}

export function createJiebaSegmenter(options: JiebaOptions = {}): JiebaSegmenter {
  const warn = options.warn ?? ((message: string) => process.stderr.write(`gongwen: ${message}\n`));
  let backend: JiebaSegmenter['backend'] = 'unloaded';
  let binding: JiebaBinding | undefined;

  const ensureLoaded = (): void => {
    if (backend !== 'unloaded') return;
    try {
      binding = loadBinding(options.packageName ?? 'nodejieba', { main: findData(MAIN_DICT), user: options.userDictPath ?? findData(USER_DICT), idf: findData(IDF) }, warn);
      backend = 'nodejieba';
    } catch (e) {
      backend = 'intl';
      const reason = (e instanceof Error ? e.message : String(e)).split('\n')[0];
      warn(`nodejieba could not be loaded (${reason}); using Intl.Segmenter for word boundaries instead.`);
    }
  };

  return {
    get name() {
      return backend === 'intl' ? 'intl' : 'nodejieba';
    },
    get backend() {
      return backend;
    },
    cut(text: string): string[] {
      ensureLoaded();
      return binding ? binding.cut(text) : intlSegmenter.cut(text);
    },
    tag(text: string): TaggedWord[] {
      ensureLoaded();
      return binding ? binding.tag(text) : [];
    },
  };
}

let shared: JiebaSegmenter | undefined;

/** The process-wide segmenter: nodejieba, created on first call and loaded on first use. */
export function getSegmenter(): JiebaSegmenter {
  return (shared ??= createJiebaSegmenter());
}

interface Dictionaries {
  main?: string;
  user?: string;
  idf?: string;
}

function loadBinding(packageName: string, shipped: Dictionaries, warn: (message: string) => void): JiebaBinding {
  const nodeRequire = createRequire(__filename);
  const root = dirname(nodeRequire.resolve(`${packageName}/package.json`));
  // The binding segfaults on a cut before load(): it is only returned once loaded.
  const binding = nodeRequire(join(root, 'build', 'Release', 'nodejieba.node')) as JiebaBinding;
  const dictDir = join(root, 'submodules', 'cppjieba', 'dict');
  if (!shipped.user) warn(`${USER_DICT} not found; nodejieba may split terms such as 四个意识 and 我为群众办实事.`);
  const paths = [
    shipped.main ?? join(dictDir, 'jieba.dict.utf8'),
    join(dictDir, 'hmm_model.utf8'),
    shipped.user ?? join(dictDir, 'user.dict.utf8'),
    shipped.idf ?? join(dictDir, 'idf.utf8'),
    join(dictDir, 'stop_words.utf8'),
  ] as const;
  // cppjieba aborts the whole process on a file it cannot open, so check first.
  const missing = paths.find((p) => !existsSync(p));
  if (missing) throw new Error(`${missing} is missing`);
  if (binding.load(...paths) === false) throw new Error(`its dictionaries in ${dictDir} did not load`);
  return binding;
}

/** A file of data/ above this module: ../data from dist/, ../../../data from the sources. */
function findData(relative: string): string | undefined {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, relative);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/** What a segmenter from `withBudget` throws once its budget is spent. */
export const SEGMENTATION_BUDGET_SPENT = 'gongwen: segmentation budget spent';

/**
 * `inner`, for one check, cutting (or tagging) at most `maxChars` characters in all. Past that it
 * throws: the rule asking stands aside for this check (the engine records it as a failure), and
 * the adapter tells the writer that check was capped. Every character asked for counts, whether
 * a cache below answers it or not, so that the outcome depends on the text alone.
 */
export function withBudget(inner: Segmenter, maxChars: number): Segmenter {
  let left = maxChars;
  const spend = (text: string) => {
    left -= text.length;
    if (left < 0) throw new Error(SEGMENTATION_BUDGET_SPENT);
  };
  const budgeted: Segmenter = {
    get name() {
      return inner.name;
    },
    cut(text: string): string[] {
      spend(text);
      return inner.cut(text);
    },
  };
  const tag = inner.tag?.bind(inner);
  if (tag) {
    budgeted.tag = (text: string): TaggedWord[] => {
      spend(text);
      return tag(text);
    };
  }
  return budgeted;
}
