// Properties of the CLI's files on inputs nobody wrote by hand (server/src/cli/files.ts and the
// built binary): decoding never throws and never invents a character; a real report, mutated,
// reads back exactly in every encoding; walking any tree of files, folders, links and FIFOs ends,
// naming each path once, and reading each gives the one outcome its kind calls for; `--fix`
// leaves each file either as it was or fixed, never half written, wherever its write fails.

import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText, expandPaths, readTextFile, readWordDocument, writeFixedFile } from '../../server/src/cli/files';
import { runCli } from '../cli/run-cli';
import { encode, ENCODINGS } from './encodings';
import { applyRandomEdit, editArbitrary, REPORTS, runs, seed, TOKENS } from './inputs';

const settings = (n: number) => ({ numRuns: n, seed: seed(), endOnFailure: true });
const scratch = mkdtempSync(join(tmpdir(), 'gongwen-fuzz-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let caseNumber = 0;
const freshFolder = () => {
  const dir = join(scratch, String(caseNumber++));
  mkdirSync(dir);
  return dir;
};

/** The real documents of test/corpus/real besides the seed reports (or samples) of inputs.ts. */
const CORPUS_DIR = resolve(__dirname, '../corpus/real');
const REAL_TEXTS: string[] = [
  ...REPORTS.map((r) => r.text),
  ...readdirSync(CORPUS_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => /(^|\/)docs\/.*\.txt$/.test(f))
    .sort()
    .map((f) => readFileSync(join(CORPUS_DIR, f), 'utf8').replace(/^\ufeff/, '')),
];

// --- decoding --------------------------------------------------------------------------------

/** How U+FFFD itself is written in each encoding: the only way a decoded text may contain one. */
const REPLACEMENT_BYTES: Record<string, number[]> = { 'utf-8': [0xef, 0xbf, 0xbd], 'utf-16le': [0xfd, 0xff], 'utf-16be': [0xff, 0xfd], gb18030: [0x84, 0x31, 0xa4, 0x37] };

function occurrences(bytes: Uint8Array, needle: number[]): number {
  let n = 0;
  for (let i = 0; i + needle.length <= bytes.length; i++) if (needle.every((b, j) => bytes[i + j] === b)) n++;
  return n;
}

/** Bytes shaped like the inputs the decoder must tell apart: UTF-16 of any code units, GB18030-like pairs, mixes with NULs. */
const suspiciousBytes = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 }).map((units) => new Uint8Array(new Uint16Array(units).buffer)),
  fc.array(fc.tuple(fc.integer({ min: 0x81, max: 0xfe }), fc.integer({ min: 0x40, max: 0xfe })), { maxLength: 300 }).map((pairs) => Uint8Array.from(pairs.flat())),
  fc.array(fc.constantFrom(0x00, 0x0a, 0x4e, 0x5d, 0xe5, 0xa1, 0xb0, 0xff, 0xfe, 0x30, 0x20), { maxLength: 600 }).map((b) => Uint8Array.from(b)),
);

/** No half of a surrogate pair: text that can be saved in any encoding at all. */
const wellFormed = (text: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);

/** A real report after random edits, or a random excerpt of one: what a writer may save. */
const mutatedReport = fc
  .tuple(fc.nat({ max: REAL_TEXTS.length - 1 }), fc.array(editArbitrary, { maxLength: 6 }), fc.option(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 24, max: 3000 }))))
  .map(([which, edits, excerpt]) => {
    let text = edits.reduce(applyRandomEdit, REAL_TEXTS[which]);
    if (excerpt) {
      const start = Math.floor(excerpt[0] * Math.max(0, text.length - excerpt[1]));
      text = text.slice(start, start + excerpt[1]);
    }
    return text;
  })
  // Text long enough to tell its encoding: a few 汉字 can be equally valid UTF-16, GB18030 and even UTF-8 (see files.test.ts).
  .filter((text) => text.length >= 24 && wellFormed(text));

describe('decoding', () => {
  it('never throws, and never returns a character the bytes do not hold (random and UTF-16- or GB-shaped bytes)', () => {
    fc.assert(
      fc.property(suspiciousBytes, (bytes) => {
        const result = decodeText(bytes);
        if (!result.ok) {
          expect(result.error).toMatch(/^(binary file|not text)/);
          return;
        }
        const replacements = [...result.text].filter((c) => c === '\ufffd').length;
        expect(replacements).toBeLessThanOrEqual(occurrences(bytes, REPLACEMENT_BYTES[result.encoding]));
        // UTF-8 and UTF-16 are one-to-one: the text encodes back to the very bytes.
        if (result.encoding !== 'gb18030') expect(Buffer.from(encode(result.text, result.encoding as 'utf-8', result.hadBom)!)).toEqual(Buffer.from(bytes));
      }),
      settings(runs(2_000, 200_000)),
    );
  });

  it('reads every mutated real report back exactly, in UTF-8, UTF-16LE/BE with and without BOM, and GB18030 (or refuses where it cannot tell)', () => {
    fc.assert(
      fc.property(mutatedReport, fc.constantFrom(...ENCODINGS), (text, { encoding, bom }) => {
        const bytes = encode(text, encoding, bom);
        fc.pre(bytes !== undefined); // GB18030 of a character beyond the BMP is not tabled by the test encoder
        // A text that starts with U+FEFF, saved without a BOM, is the very bytes of the rest saved with one.
        fc.pre(bom || encoding === 'gb18030' || !text.startsWith('\ufeff'));
        const result = decodeText(bytes!);
        const context = `${encoding}${bom ? ' with BOM' : ''}: ${JSON.stringify(text.slice(0, 60))}`;
        // The one case the decoder refuses rather than guesses: UTF-16 without BOM, with no ASCII
        // (so no NUL byte) and no Chinese punctuation, which 8-bit text read as UTF-16 can mimic.
        const indistinct = encoding.startsWith('utf-16') && !bom && !bytes!.includes(0) && !/[、。，：；！？“”（）]/.test(text);
        if (indistinct && !result.ok) return;
        // GB18030 of ASCII text is the same bytes as UTF-8, and is read as UTF-8.
        const sameAsUtf8 = encoding === 'gb18030' && Buffer.from(bytes!).equals(Buffer.from(text, 'utf8'));
        expect(result, context).toEqual({ ok: true, text, encoding: sameAsUtf8 ? 'utf-8' : encoding, hadBom: bom });
      }),
      settings(runs(300, 10_000)),
    );
  });
});

// --- walking ---------------------------------------------------------------------------------

type Kind = 'folder' | 'file' | 'fifo' | 'link';
interface EntrySpec {
  parent: number;
  kind: Kind;
  name: string;
  /** For a link: the index of the entry it points to, or -1 for nothing, or its own index for a loop. */
  target: number;
}

const NAMES = ['a', 'b', 'B', '报告', '.hidden', 'node_modules', 'z', '~$报告'];
const EXTENSIONS = ['.txt', '.md', '.TXT', '.markdown', '.gongwen', '.docx', '.DOC', '.wps', ''];

const treeSpec = fc.array(
  fc.record({
    parent: fc.nat(),
    kind: fc.constantFrom<Kind>('folder', 'folder', 'file', 'file', 'fifo', 'link'),
    name: fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...EXTENSIONS)).map(([n, x]) => n + x),
    target: fc.integer({ min: -1, max: 40 }),
  }),
  { maxLength: 40 },
);

interface Built {
  root: string;
  /** Every entry created: path relative to the root, kind, and (links) the entry it points to. */
  entries: { path: string; kind: Kind; target?: string }[];
}

/** Creates the tree under a fresh folder; entries whose name is taken in their folder are dropped. */
function buildTree(spec: EntrySpec[]): Built {
  const root = freshFolder();
  const entries: Built['entries'] = [];
  const folders = [''];
  for (const e of spec) {
    const parent = folders[e.parent % folders.length];
    const path = parent ? `${parent}/${e.name}` : e.name;
    if (entries.some((x) => x.path === path)) continue;
    entries.push({ path, kind: e.kind });
    if (e.kind === 'folder') {
      mkdirSync(join(root, path));
      folders.push(path);
    } else if (e.kind === 'file') writeFileSync(join(root, path), '正文。\n');
    else if (e.kind === 'fifo') execFileSync('mkfifo', [join(root, path)]);
  }
  // Links last, so that they may point to any entry, to themselves, or to nothing.
  entries.forEach((entry, i) => {
    if (entry.kind !== 'link') return;
    const t = spec[i]?.target ?? -1;
    entry.target = t === i ? entry.path : t >= 0 && t < entries.length ? entries[t].path : `${entry.path}.missing`;
    symlinkSync(join(root, entry.target), join(root, entry.path));
  });
  return { root, entries };
}

/** What a path leads to once links are followed: a kind, or a link loop, or nothing. */
function resolveKind(built: Built, path: string): Kind | 'loop' | 'missing' {
  for (let hops = 0; hops <= built.entries.length; hops++) {
    const entry = built.entries.find((e) => e.path === path);
    if (!entry) return 'missing';
    if (entry.kind !== 'link') return entry.kind;
    path = entry.target!;
  }
  return 'loop';
}

const REPORT_NAME = /\.(txt|md|markdown|gongwen|docx|doc|wps)$/i;
const WORD_NAME = /\.(docx|doc|wps)$/i;

/**
 * The files a walk of the root should list, worked out from the spec alone: every entry with a
 * report's name that is not a folder or a link to one, outside hidden and node_modules folders,
 * and not named as Word's lock files are (~$…). (Entries are only ever created inside real
 * folders, so no listed path runs through a link.)
 */
function expectedFiles(built: Built): string[] {
  const skipped = (path: string) => path.split('/').some((part) => part.startsWith('.') || part === 'node_modules') || basename(path).startsWith('~$');
  return built.entries.filter((e) => REPORT_NAME.test(e.path) && !skipped(e.path) && resolveKind(built, e.path) !== 'folder').map((e) => e.path);
}

describe.skipIf(process.platform === 'win32')('walking', () => {
  it('lists each report of a random tree once, follows no folder link, and reading each ends in the outcome its kind calls for', () => {
    fc.assert(
      fc.property(treeSpec, (spec) => {
        const built = buildTree(spec);
        const { files, problems } = expandPaths(['.'], built.root);
        expect(problems).toEqual(files.length ? [] : [{ path: '.', message: expect.anything() }]);
        const listed = files.map((f) => f.split('\\').join('/'));
        expect(new Set(listed).size, 'a path listed twice').toBe(listed.length);
        expect([...listed].sort()).toEqual(expectedFiles(built).sort());
        for (const path of listed) {
          const word = WORD_NAME.test(path);
          const result = word ? readWordDocument(join(built.root, path)) : readTextFile(join(built.root, path));
          const kind = resolveKind(built, path);
          const expected = { file: word ? { ok: false, error: expect.stringMatching(/not a valid \.docx/) } : { ok: true, text: '正文。\n' }, fifo: { ok: false, error: expect.stringMatching(/named pipe/) }, loop: { ok: false, error: expect.stringMatching(/link loop/) }, missing: { ok: false, error: expect.stringMatching(/broken symbolic link/) } };
          expect(result, `${path} (${kind})`).toMatchObject(expected[kind as keyof typeof expected]);
        }
      }),
      settings(runs(40, 3_000)),
    );
  });

  it.runIf(process.env.GONGWEN_FUZZ === 'full')('walks 150,000 files (measured, for the record)', () => {
    const root = freshFolder();
    let t = performance.now();
    for (let d = 0; d < 150; d++) {
      mkdirSync(join(root, 'reports', `d${d}`), { recursive: true });
      for (let f = 0; f < 1000; f++) writeFileSync(join(root, 'reports', `d${d}`, `r${f}.txt`), '');
    }
    const createMs = performance.now() - t;
    const heapBefore = process.memoryUsage().heapUsed;
    t = performance.now();
    const { files } = expandPaths(['reports'], root);
    const walkMs = performance.now() - t;
    expect(files).toHaveLength(150_000);
    console.log(`walk: 150,000 files in ${walkMs.toFixed(0)} ms (created in ${createMs.toFixed(0)} ms); heap +${((process.memoryUsage().heapUsed - heapBefore) / 1048576).toFixed(0)} MB, rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
  }, 600_000);
});

// --- writing fixed files ---------------------------------------------------------------------

describe.skipIf(process.platform === 'win32')('writing fixed files', () => {
  it('writes exactly the text asked for, with the mode the file had, and leaves nothing beside it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), fc.boolean(), fc.constantFrom(0o600, 0o640, 0o644, 0o664, 0o755), (text, bom, mode) => {
        const dir = freshFolder();
        const path = join(dir, 'r.txt');
        writeFileSync(path, 'old');
        chmodSync(path, mode);
        expect(writeFixedFile(path, text, bom)).toBeUndefined();
        expect(readFileSync(path, 'utf8')).toBe((bom ? '\ufeff' : '') + text);
        expect(statSync(path).mode & 0o7777).toBe(mode);
        expect(readdirSync(dir)).toEqual(['r.txt']);
      }),
      settings(runs(100, 5_000)),
    );
  });

  /** Reports with faults `--fix` mends (doubled and half-width punctuation) after random edits. */
  const fixable = fc
    .tuple(fc.nat({ max: REAL_TEXTS.length - 1 }), fc.array(editArbitrary, { maxLength: 4 }), fc.array(fc.constantFrom('。。', '，，', ',', ';', ...TOKENS.slice(0, 20)), { maxLength: 8 }), fc.integer({ min: 200, max: 30_000 }))
    .map(([which, edits, extra, length]) => {
      const text = edits.reduce(applyRandomEdit, REAL_TEXTS[which]).slice(0, length);
      return extra.reduce((t, piece, i) => applyRandomEdit(t, { at: (i + 1) / (extra.length + 1), remove: 0, insert: piece }), text);
    })
    .filter(wellFormed);

  it('--fix leaves each file as it was or fixed, never part written, wherever a write stops (a file size limit)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fixable, fc.boolean()), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 64 }), (reports, limitKiB) => {
        const dir = freshFolder();
        const originals = reports.map(([text, bom], i) => {
          const bytes = Buffer.from((bom ? '\ufeff' : '') + text, 'utf8');
          writeFileSync(join(dir, `r${i}.txt`), bytes);
          chmodSync(join(dir, `r${i}.txt`), 0o640);
          return bytes;
        });
        // What --fix writes when nothing stops it, on a copy.
        const unlimited = `${dir}-unlimited`;
        cpSync(dir, unlimited, { recursive: true });
        runCli(['check', '--fix', '.'], unlimited);
        const fixed = originals.map((_, i) => readFileSync(join(unlimited, `r${i}.txt`)));

        const r = runCli(['check', '--fix', '--locale', 'en', '.'], dir, undefined, { fileSizeLimitKiB: limitKiB });
        const lines = r.stderr.trim().split('\n').filter(Boolean);
        const expectedLines: string[] = [];
        originals.forEach((original, i) => {
          const now = readFileSync(join(dir, `r${i}.txt`));
          const outcome = now.equals(fixed[i]) ? 'fixed' : now.equals(original) ? 'original' : 'partial';
          // A write fails only where the fixed file would pass the limit; then the file stays as it was.
          const stopped = !fixed[i].equals(original) && fixed[i].length > limitKiB * 1024;
          expect(outcome, `r${i}.txt (${original.length} bytes, fixed ${fixed[i].length}, limit ${limitKiB} KiB)`).toBe(stopped ? 'original' : 'fixed');
          if (stopped) expectedLines.push(`gongwen: r${i}.txt: not fixed: cannot write the file (file too large for this system or limit)`);
          expect(statSync(join(dir, `r${i}.txt`)).mode & 0o7777).toBe(0o640);
        });
        expect(lines).toEqual(expectedLines);
        expect(readdirSync(dir).sort()).toEqual(originals.map((_, i) => `r${i}.txt`));
        if (expectedLines.length) expect(r.code).toBe(2);
      }),
      settings(runs(6, 300)),
    );
  }, 600_000);
});
