// Load: 50 documents open at once and 2,000 rapid edits across them, through the protocol. Every
// document ends with diagnostics for its final version only (older versions are superseded, never
// published after a newer one), and closing them leaves nothing behind. How long it takes and the
// heap before and after are measured by `npm run bench` (bench/server.ts), not asserted here.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_TEXT, SEEDS } from './fixtures';
import { LspSession } from './lspSession';

const DOCUMENTS = 50;
const EDITS = 2_000;

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('load through the protocol', () => {
  let session: LspSession;
  beforeAll(async () => {
    session = new LspSession({ settings: { debounceMs: 100 } });
    await session.initialize();
  });
  afterAll(() => session.dispose());

  it(`${DOCUMENTS} documents, ${EDITS} edits: final versions only, nothing kept after close`, { timeout: 240_000 }, async () => {
    const texts = [SAMPLE_TEXT, ...SEEDS.map((s) => s.text)];
    const next = random(20261122);
    const insertions = ['XX', '（二）', '，', '一是', '×××', '。'];
    const openAndEdit = async (prefix: string, documents: number, edits: number): Promise<string[]> => {
      const uris = Array.from({ length: documents }, (_, i) => `file:///tmp/load/${prefix}-${i}.gongwen`);
      for (const [i, uri] of uris.entries()) await session.open(uri, texts[i % texts.length]);
      for (let i = 0; i < edits; i++) {
        const uri = uris[Math.floor(next() * uris.length)];
        const doc = session.doc(uri);
        const at = doc.positionAt(Math.floor(next() * doc.getText().length));
        if (next() < 0.7) {
          await session.change(uri, [{ range: { start: at, end: at }, newText: insertions[Math.floor(next() * insertions.length)] }]);
        } else {
          const end = doc.positionAt(doc.offsetAt(at) + 1);
          await session.change(uri, [{ range: { start: at, end }, newText: '' }]);
        }
      }
      return uris;
    };
    const uris = await openAndEdit('report', DOCUMENTS, EDITS);

    for (const uri of uris) {
      const final = await session.settled(uri, 120_000);
      const versions = session.published.get(uri)!.map((p) => p.version!);
      expect(final.version).toBe(session.doc(uri).version);
      // Versions only ever go up: no superseded check was published after a newer one.
      expect(versions).toEqual([...versions].sort((a, b) => a - b));
    }

    // The final diagnostics are those of the final text: a fresh open of the same text agrees.
    for (const uri of uris.slice(0, 5)) {
      const text = session.doc(uri).getText();
      const expected = (await session.settled(uri)).diagnostics;
      await session.close(uri);
      await session.open(uri, text);
      expect((await session.settled(uri)).diagnostics).toEqual(expected);
      await session.close(uri);
    }

    for (const uri of uris.slice(5)) await session.close(uri);
    const emptyStats = await session.stats(false, true);
    expect(emptyStats.openDocuments).toBe(0);
    expect(emptyStats.cachedAnalyses).toBe(0);
    // Nor in the worker, where a leak of whole checks (model, analysis, findings) would be.
    expect(emptyStats.workerKeptChecks).toBe(0);
  });
});
