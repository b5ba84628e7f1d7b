// The ZIP package of a .docx, read with fflate: which entries it holds (its central directory),
// and the few XML parts the reader needs, decompressed in a stream whose output is counted, so a
// zip bomb stops at the cap instead of filling memory, whatever sizes its headers claim.

import { Unzip, UnzipInflate, unzipSync } from 'fflate';

export interface ZipLimits {
  /** Entries a package may list. */
  maxEntries: number;
  /** Uncompressed bytes one part read may reach. */
  maxPartBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 10_000, maxPartBytes: 64 * 1024 * 1024 };

export type EntryListing = { ok: true; names: Set<string> } | { ok: false; reason: 'not-zip' | 'too-many-entries' };

/** The names of a package's entries, from its central directory; nothing is decompressed. */
export function listEntries(bytes: Uint8Array, limits: ZipLimits): EntryListing {
  const names = new Set<string>();
  let count = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        count++;
        if (count <= limits.maxEntries) names.add(file.name);
        return false;
      },
    });
  } catch {
    return { ok: false, reason: 'not-zip' };
  }
  if (count > limits.maxEntries) return { ok: false, reason: 'too-many-entries' };
  return { ok: true, names };
}

class PartTooLarge extends Error {
  constructor(readonly part: string) {
    super(part);
  }
}

export type PartsRead = { ok: true; parts: Map<string, Uint8Array> } | { ok: false; reason: 'too-large'; part: string } | { ok: false; reason: 'damaged'; detail: string };

/** Feeding the stream this much at a time bounds what one inflate step can produce (≈1,000×). */
const FEED_BYTES = 64 * 1024;

/** Decompresses the entries named in `wanted` (those present), each capped at `maxPartBytes`. */
export function readParts(bytes: Uint8Array, wanted: ReadonlySet<string>, limits: ZipLimits): PartsRead {
  const chunks = new Map<string, Uint8Array[]>();
  const done = new Set<string>();
  const unzip = new Unzip((file) => {
    if (!wanted.has(file.name) || chunks.has(file.name)) return;
    const parts: Uint8Array[] = [];
    chunks.set(file.name, parts);
    let total = 0;
    file.ondata = (err, data, final) => {
      if (err) throw err;
      total += data.length;
      if (total > limits.maxPartBytes) throw new PartTooLarge(file.name);
      parts.push(data);
      if (final) done.add(file.name);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let offset = 0; offset < bytes.length; offset += FEED_BYTES) {
      unzip.push(bytes.subarray(offset, Math.min(offset + FEED_BYTES, bytes.length)), offset + FEED_BYTES >= bytes.length);
    }
  } catch (e) {
    if (e instanceof PartTooLarge) return { ok: false, reason: 'too-large', part: e.part };
    return { ok: false, reason: 'damaged', detail: e instanceof Error ? e.message : String(e) };
  }
  const parts = new Map<string, Uint8Array>();
  for (const [name, list] of chunks) {
    if (!done.has(name)) return { ok: false, reason: 'damaged', detail: `${name} is truncated` };
    parts.set(name, concat(list));
  }
  return { ok: true, parts };
}

/** The chunks as one array (the one chunk itself when there is only one). */
export function concat(list: Uint8Array[]): Uint8Array {
  if (list.length === 1) return list[0];
  const out = new Uint8Array(list.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of list) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
