// Text encoded as writers' files hold it: UTF-8, UTF-16 in either byte order, GB18030, with or
// without a BOM. Node encodes only UTF-8 and UTF-16LE; the other encoders are built here from
// Node's own decoders, so that the tests need no external tool.

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Encoded {
  encoding: EncodingName;
  bom: boolean;
  bytes: Uint8Array;
}

let gbTable: Map<number, number[]> | undefined;

/** GB18030's code for each BMP character, read back from the decoder (two-byte codes first, then four-byte). */
function gb18030Table(): Map<number, number[]> {
  if (gbTable) return gbTable;
  const table = new Map<number, number[]>();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const learn = (bytes: number[]) => {
    let text: string;
    try {
      text = decoder.decode(Uint8Array.from(bytes));
    } catch {
      return;
    }
    const c = text.codePointAt(0)!;
    if (text.length === 1 && !table.has(c)) table.set(c, bytes);
  };
  for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) learn([lead, trail]);
  for (let b1 = 0x81; b1 <= 0x84; b1++)
    for (let b2 = 0x30; b2 <= 0x39; b2++) for (let b3 = 0x81; b3 <= 0xfe; b3++) for (let b4 = 0x30; b4 <= 0x39; b4++) learn([b1, b2, b3, b4]);
  return (gbTable = table);
}

/** GB18030 bytes of the text; undefined if it holds a character outside the BMP (four-byte codes from 0x90 are not tabled). */
export function encodeGb18030(text: string): Uint8Array | undefined {
  const table = gb18030Table();
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const code = table.get(c);
      if (!code) return undefined;
      out.push(...code);
    }
  }
  return Uint8Array.from(out);
}

const BOMS: Record<EncodingName, number[]> = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff], gb18030: [] };

export function encode(text: string, encoding: EncodingName, bom = false): Uint8Array | undefined {
  let body: Uint8Array | undefined;
  if (encoding === 'utf-8') body = Buffer.from(text, 'utf8');
  else if (encoding === 'utf-16le') body = Buffer.from(text, 'utf16le');
  else if (encoding === 'utf-16be') body = Buffer.from(text, 'utf16le').swap16();
  else body = encodeGb18030(text);
  if (!body) return undefined;
  return bom ? Buffer.concat([Buffer.from(BOMS[encoding]), body]) : body;
}

/** Every way the tests write a text: UTF-8, UTF-16LE and BE with and without BOM, GB18030. */
export const ENCODINGS: { encoding: EncodingName; bom: boolean }[] = [
  { encoding: 'utf-8', bom: false },
  { encoding: 'utf-8', bom: true },
  { encoding: 'utf-16le', bom: false },
  { encoding: 'utf-16le', bom: true },
  { encoding: 'utf-16be', bom: false },
  { encoding: 'utf-16be', bom: true },
  { encoding: 'gb18030', bom: false },
];
