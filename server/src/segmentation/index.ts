// Word segmentation for the adapters (CLI, language server), loaded once and only when a rule
// first asks for words, with the shipped dictionaries:
//
// 1. nodejieba, where its native module was built (an optional dependency: `npm install` goes on
//    without it when there is no compiler, and the .vsix carries the linux-x64 build only);
// 2. otherwise jieba-js.ts, cppjieba's algorithm in TypeScript over the same dictionaries: the
//    same words and tags, so the same findings, on every platform, and no warning, since nothing
//    is lost (test/segmentation/equivalence.test.ts compares them on the corpora);
// 3. Intl.Segmenter, with a one-time warning, only when the dictionaries themselves are missing.
//
// nodejieba's own dictionaries take about a second to load and hold about 280 MB, nearly all of
// it the 349k-word main dictionary and the IDF table. So the shipped main dictionary is its
// 50,000 most frequent words (data/jieba-main.dict.utf8, written by scripts/trim-dictionary.mjs:
// about 0.1 s and 77 MB), and the IDF table, which only keyword extraction reads and cutting
// never does, is a one-line stand-in (data/jieba-idf.utf8). The HMM model (tagging re-cuts runs
// of unknown characters with it) is cppjieba's, copied to data/jieba-hmm.model.utf8 so that both
// backends read the same file. docs/performance.md compares them.
//
// nodejieba 3.5.8's public `load()` assigns undeclared globals (`dict`, `hmmDict`, `userDict`,
// `idfDict`, `stopWordDict`): it pollutes the global object, and throws outright when a script in
// the same realm declared one of those names at top level. So this module never calls it: it
// loads the package's native binding and hands it the dictionary paths itself.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { msg, type Message } from '../engine/rule';
import type { Segmenter, TaggedWord } from '../engine/segmenter';
import { intlSegmenter } from '../engine/segmenter-intl';
import { createJiebaJs } from './jieba-js';

export { createIntlSegmenter, intlSegmenter } from '../engine/segmenter-intl';

/** The shipped dictionaries, relative to the extension's root. */
const MAIN_DICT = join('data', 'jieba-main.dict.utf8');
const USER_DICT = join('data', 'jieba-user.dict.utf8');
const IDF = join('data', 'jieba-idf.utf8');
const HMM_MODEL = join('data', 'jieba-hmm.model.utf8');

interface JiebaBinding {
  load(dict: string, hmmDict: string, userDict: string, idfDict: string, stopWordDict: string): boolean;
  cut(text: string): string[];
  tag(text: string): TaggedWord[];
}

export interface JiebaOptions {
  /** The native package to try first (tests point it at one that does not exist). */
  packageName?: string;
  /** false: do not try nodejieba at all, go straight to jieba-js (tests, the benchmark). */
  native?: boolean;
  /** The user dictionary; data/jieba-user.dict.utf8 of the extension by default. */
  userDictPath?: string;
  /**
   * Where the one-time warning goes, in both languages for the adapter to choose from; stderr in
   * English by default (stdout may be the LSP channel).
   */
  warn?: (message: Message) => void;
}

/** Jieba segmentation, loaded on first use: nodejieba, else jieba-js, else Intl.Segmenter for good. */
export interface JiebaSegmenter extends Segmenter {
  /**
   * `unloaded` before the first cut; then `nodejieba` (native), `jieba-js` (the same
   * segmentation in TypeScript) or `intl` (neither could load its dictionaries).
   */
  readonly backend: 'unloaded' | 'nodejieba' | 'jieba-js' | 'intl';
}

type Cutter = Pick<JiebaBinding, 'cut' | 'tag'>;

export function createJiebaSegmenter(options: JiebaOptions = {}): JiebaSegmenter {
  const warn = options.warn ?? ((message: Message) => process.stderr.write(`gongwen: ${message.en}\n`));
  let backend: JiebaSegmenter['backend'] = 'unloaded';
  let cutter: Cutter | undefined;

  const ensureLoaded = (): void => {
    if (backend !== 'unloaded') return;
    const dictionaries = { main: findData(MAIN_DICT), user: options.userDictPath ?? findData(USER_DICT), idf: findData(IDF), hmm: findData(HMM_MODEL) };
    let nativeFailure: string | undefined;
    if (options.native !== false) {
      try {
        cutter = loadBinding(options.packageName ?? 'nodejieba', dictionaries, warn);
        backend = 'nodejieba';
        return;
      } catch (e) {
        nativeFailure = firstLine(e);
      }
    }
    try {
      cutter = loadJiebaJs(dictionaries);
      backend = 'jieba-js';
    } catch (e) {
      backend = 'intl';
      const reasons = [nativeFailure && `nodejieba: ${nativeFailure}`, `jieba-js: ${firstLine(e)}`].filter(Boolean).join('; ');
      warn(msg(`无法加载分词词典（${reasons}），改用 Intl.Segmenter 切分词语，重复类检查的结果可能与其他电脑不同。`, `word segmentation could not be loaded (${reasons}); using Intl.Segmenter for word boundaries instead.`));
    }
  };

  return {
    get name() {
      return backend === 'unloaded' ? 'jieba' : backend;
    },
    get backend() {
      return backend;
    },
    cut(text: string): string[] {
      ensureLoaded();
      return cutter ? cutter.cut(text) : intlSegmenter.cut(text);
    },
    tag(text: string): TaggedWord[] {
      ensureLoaded();
      return cutter ? cutter.tag(text) : [];
    },
  };
}

let shared: JiebaSegmenter | undefined;

/** One segmenter for a whole process that checks many documents (tests, benchmarks). */
export function getSegmenter(): JiebaSegmenter {
  return (shared ??= createJiebaSegmenter());
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
}

interface Dictionaries {
  main?: string;
  user?: string;
  idf?: string;
  hmm?: string;
}

function loadBinding(packageName: string, shipped: Dictionaries, warn: (message: Message) => void): JiebaBinding {
  const nodeRequire = createRequire(__filename);
  const root = dirname(nodeRequire.resolve(`${packageName}/package.json`));
  // The binding segfaults on a cut before load(): it is only returned once loaded.
  const binding = nodeRequire(join(root, 'build', 'Release', 'nodejieba.node')) as JiebaBinding;
  const dictDir = join(root, 'submodules', 'cppjieba', 'dict');
  if (!shipped.user) warn(msg(`找不到 ${USER_DICT}，nodejieba 可能把“四个意识”“我为群众办实事”等词语切开。`, `${USER_DICT} not found; nodejieba may split terms such as 四个意识 and 我为群众办实事.`));
  const paths = [
    shipped.main ?? join(dictDir, 'jieba.dict.utf8'),
    shipped.hmm ?? join(dictDir, 'hmm_model.utf8'),
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

/** jieba-js over the shipped dictionaries: it needs all three, having no others of its own. */
function loadJiebaJs(shipped: Dictionaries): Cutter {
  const read = (path: string | undefined, name: string) => {
    if (!path || !existsSync(path)) throw new Error(`${path ?? name} is missing`);
    return readFileSync(path, 'utf8');
  };
  return createJiebaJs({ main: read(shipped.main, MAIN_DICT), user: read(shipped.user, USER_DICT), hmm: read(shipped.hmm, HMM_MODEL) });
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
