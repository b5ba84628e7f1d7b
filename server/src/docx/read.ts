// Reading a .docx into the text the engine checks, with a map back to the document: bytes in,
// result out, no I/O. The text is the body as Word shows it with tracked changes accepted:
// one paragraph a line, a table row a line with its cells separated by TAB, Word's automatic
// numbering written out (and marked as generated), headers, footers, footnotes, comments and
// text boxes left out.

import { problems, type DocxProblem, type LegacyFormat } from './messages';
import { Numbering, readStyleSheet, type StyleSheet } from './numbering';
import { child, onOff, parseXml, val, XmlError, type XmlElement } from './xml';
import { DEFAULT_ZIP_LIMITS, listEntries, readParts, type ZipLimits } from './zip';
import { relsPathOf, resolveTarget } from './package-paths';

/**
 * What a stretch of the extracted text is made from.
 * - `text`: characters of a `w:t` (or `m:t`);
 * - `tab`, `break`: a `w:tab`/`w:ptab`, a `w:br`/`w:cr` (a space inside a table cell);
 * - `symbol`: a `w:sym` or `w:noBreakHyphen`;
 * - `numbering`: a label Word generates (`一、`, `（二）`, its suffix): no character of it is in document.xml;
 * - `separator`: the TAB between two cells, the space between two paragraphs of one cell.
 */
export type DocxPieceKind = 'text' | 'tab' | 'break' | 'symbol' | 'numbering' | 'separator';

export interface DocxPiece {
  kind: DocxPieceKind;
  /** [start, end) in the extracted text (UTF-16). */
  start: number;
  end: number;
  /**
   * [xmlStart, xmlEnd) in `documentXml` (UTF-16): for `text`, the raw characters that read as
   * this piece (linear when both ranges have one length; an entity such as `&amp;` is a piece of
   * its own); for `tab`, `break`, `symbol`, the element; for `numbering`, the paragraph's `w:numPr`
   * (or `w:pPr`, or its start tag when the numbering comes from its style); for `separator`, the
   * boundary between the two cells or paragraphs.
   */
  xmlStart: number;
  xmlEnd: number;
  /** The `w:r` (or math `m:r`) the piece is in, tags included: where an anchor splits a run. Absent for generated pieces. */
  run?: { start: number; end: number };
  /** For `text`: its `w:t` element, tags included. */
  element?: { start: number; end: number };
}

export interface DocxParagraph {
  /** 0-based, in document order: body paragraphs and table rows. `第N段` is index + 1. */
  index: number;
  kind: 'paragraph' | 'row';
  /** [start, end) in the extracted text, without the line feed that ends it. */
  start: number;
  end: number;
  /** The extracted text's line where it starts (a line break inside a paragraph starts another). */
  line: number;
  /** The `<w:p>` (from the first, when a deleted paragraph mark joined two) or `<w:tr>` element in `documentXml`. */
  xmlStart: number;
  xmlEnd: number;
  /** The paragraph style's id (`w:pStyle`), for body paragraphs that name one. */
  styleId?: string;
  pieces: DocxPiece[];
}

export interface DocxText {
  ok: true;
  /** The extracted text: paragraphs and rows joined by "\n". */
  text: string;
  paragraphs: DocxParagraph[];
  /** Spans of `text` that Word's numbering generated: fixes must not edit them. */
  generated: { start: number; end: number }[];
  /** word/document.xml as text: the offsets in `paragraphs` index it. */
  documentXml: string;
  /** The package path of the main part (normally `word/document.xml`). */
  documentPath: string;
}

export type DocxReadResult = DocxText | { ok: false; problem: DocxProblem };

/** An OLE compound file: .doc, .wps, .xls … and the container of an encrypted .docx. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream an encrypted OOXML package keeps its key data in, as a UTF-16LE directory name. */
const ENCRYPTION_INFO = utf16le('EncryptionInfo');

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    if (bytes[i] !== needle[0]) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Documents Word and WPS save as text under a .doc name: RTF, a web page (HTML, or MHT with its
 * MIME header) and Word 2003's single-file XML. Told from the start of the file.
 */
function textDocumentFormat(bytes: Uint8Array): LegacyFormat | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF|\s)+/, '');
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (/^(?:<!DOCTYPE html|<html|MIME-Version:)/i.test(head)) return 'html';
  if (/^<\?xml[^>]*\?>\s*<\?mso-application progid="Word\.Document"\?>/.test(head)) return 'word-xml';
  return undefined;
}

const RELATIONSHIP_TYPES = {
  officeDocument: /\/officeDocument$/,
  numbering: /\/numbering$/,
  styles: /\/styles$/,
};

/** Targets of a relationships part by type, resolved against the part they belong to. */
function relationshipTargets(rels: XmlElement | undefined, owner: string): { type: string; path: string }[] {
  return (rels?.children ?? [])
    .filter((r) => r.attrs.Target !== undefined && r.attrs.TargetMode !== 'External')
    .map((r) => ({ type: r.attrs.Type ?? '', path: resolveTarget(owner, r.attrs.Target) }));
}

const decoder = new TextDecoder('utf-8');

export interface DocxReadOptions {
  limits?: Partial<ZipLimits>;
}

/** Reads a .docx (or .docm, .dotx) package. Never throws: a file it cannot read gives one problem. */
export function readDocx(bytes: Uint8Array, options: DocxReadOptions = {}): DocxReadResult {
  try {
    return read(bytes, { ...DEFAULT_ZIP_LIMITS, ...options.limits });
  } catch (e) {
    return { ok: false, problem: problems.damaged('document', e instanceof Error ? e.message : String(e)) };
  }
}

function read(bytes: Uint8Array, limits: ZipLimits): DocxReadResult {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    return { ok: false, problem: contains(bytes, ENCRYPTION_INFO) ? problems.encrypted() : problems.legacyFormat('binary') };
  }
  const textFormat = textDocumentFormat(bytes);
  if (textFormat) return { ok: false, problem: problems.legacyFormat(textFormat) };
  const listing = listEntries(bytes, limits);
  if (!listing.ok) return { ok: false, problem: listing.reason === 'not-zip' ? problems.notDocx() : problems.tooManyEntries(limits.maxEntries) };
  const { names } = listing;

  // Parts are inflated in one pass over the package where they sit where Word puts them; a
  // package whose relationships name other paths costs a pass more for each part found late.
  const loaded = new Map<string, string>();
  const load = (paths: string[]): DocxProblem | undefined => {
    const wanted = new Set(paths.filter((p) => names.has(p) && !loaded.has(p)));
    if (wanted.size === 0) return undefined;
    const read = readParts(bytes, wanted, limits);
    if (!read.ok) return read.reason === 'too-large' ? problems.partTooLarge(read.part, limits.maxPartBytes) : problems.damaged('zip', read.detail);
    for (const [name, data] of read.parts) loaded.set(name, decoder.decode(data));
    return undefined;
  };
  const parse = (path: string, source: string | undefined): XmlElement | undefined => {
    if (source === undefined) return undefined;
    try {
      return parseXml(source);
    } catch (e) {
      throw new DamagedPart(path, e instanceof XmlError ? e.message : String(e));
    }
  };

  try {
    const usual = load(['_rels/.rels', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/numbering.xml', 'word/styles.xml']);
    if (usual) return { ok: false, problem: usual };
    const main = relationshipTargets(parse('_rels/.rels', loaded.get('_rels/.rels')), '').find((r) => RELATIONSHIP_TYPES.officeDocument.test(r.type));
    const documentPath = main && names.has(main.path) ? main.path : 'word/document.xml';
    if (!names.has(documentPath)) return { ok: false, problem: problems.noDocument() };

    const documentRelsPath = relsPathOf(documentPath);
    const rels = load([documentPath, documentRelsPath]);
    if (rels) return { ok: false, problem: rels };
    const targets = relationshipTargets(parse(documentRelsPath, loaded.get(documentRelsPath)), documentPath);
    const numberingPath = targets.find((r) => RELATIONSHIP_TYPES.numbering.test(r.type))?.path;
    const stylesPath = targets.find((r) => RELATIONSHIP_TYPES.styles.test(r.type))?.path;
    const rest = load([numberingPath, stylesPath].filter((p): p is string => p !== undefined));
    if (rest) return { ok: false, problem: rest };

    const documentXml = loaded.get(documentPath) ?? '';
    const document = parse(documentPath, documentXml);
    const body = child(document, 'w:body');
    if (!body) throw new DamagedPart(documentPath, 'no w:body');
    const styles = readStyleSheet(stylesPath ? parse(stylesPath, loaded.get(stylesPath)) : undefined);
    const numbering = new Numbering(numberingPath ? parse(numberingPath, loaded.get(numberingPath)) : undefined, styles);
    return new Extractor(documentXml, documentPath, numbering, styles).run(body);
  } catch (e) {
    if (e instanceof DamagedPart) return { ok: false, problem: problems.damaged(e.part, e.detail) };
    throw e;
  }
}

class DamagedPart extends Error {
  constructor(
    readonly part: string,
    readonly detail: string,
  ) {
    super(`${part}: ${detail}`);
  }
}

interface Chunk {
  kind: DocxPieceKind;
  text: string;
  xmlStart: number;
  xmlEnd: number;
  run?: XmlElement;
  element?: XmlElement;
}

/** A paragraph or row being collected; a deleted paragraph mark carries it into the next `w:p`. */
interface Collecting {
  kind: 'paragraph' | 'row';
  element: XmlElement;
  chunks: Chunk[];
  /** The properties of the last `w:p` joined: with changes accepted, its mark is the one kept. */
  lastParagraph?: XmlElement;
}

interface FieldState {
  showingResult: boolean;
}

/** Inline wrappers whose content reads as part of the paragraph. */
const INLINE_CONTAINERS = new Set(['w:ins', 'w:moveTo', 'w:hyperlink', 'w:smartTag', 'w:customXml', 'w:fldSimple', 'w:dir', 'w:bdo']);
/** Inline content that is not there once changes are accepted. */
const REMOVED = new Set(['w:del', 'w:moveFrom']);

class Extractor {
  private readonly out: DocxParagraph[] = [];
  private readonly lines: string[] = [];
  private length = 0;
  private lineCount = 0;
  private readonly generated: { start: number; end: number }[] = [];
  private readonly fields: FieldState[] = [];
  private collecting: Collecting | undefined;
  /** Depth of table cells being read: inside one, tabs and breaks read as spaces. */
  private cellDepth = 0;
  /** Whether the cell being read has text yet (its next paragraph then starts after a space). */
  private cellHasText = false;

  constructor(
    private readonly xml: string,
    private readonly documentPath: string,
    private readonly numbering: Numbering,
    private readonly styles: StyleSheet,
  ) {}

  run(body: XmlElement): DocxText {
    this.blocks(body.children);
    if (this.collecting) this.finish(this.collecting);
    return { ok: true, text: this.lines.join('\n'), paragraphs: this.out, generated: this.generated, documentXml: this.xml, documentPath: this.documentPath };
  }

  private blocks(elements: XmlElement[]): void {
    for (const el of elements) {
      switch (el.name) {
        case 'w:p':
          this.paragraph(el);
          break;
        case 'w:tbl':
          this.table(el);
          break;
        case 'w:sdt':
          this.blocks(child(el, 'w:sdtContent')?.children ?? []);
          break;
        case 'mc:AlternateContent':
          this.blocks(chosenBranch(el));
          break;
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
          this.blocks(el.children);
          break;
        default:
          break;
      }
    }
  }

  private paragraph(p: XmlElement): void {
    const pPr = child(p, 'w:pPr');
    if (this.cellDepth > 0) {
      this.cellParagraph(p);
      return;
    }
    const collecting = this.collecting ?? { kind: 'paragraph' as const, element: p, chunks: [] };
    this.collecting = collecting;
    collecting.lastParagraph = p;
    this.inline(p.children, collecting.chunks);
    if (markDeleted(pPr)) return;
    this.collecting = undefined;
    // An empty paragraph that only carries a section's properties shows as a section break, not as a line.
    if (child(pPr, 'w:sectPr') && !child(pPr, 'w:numPr') && collecting.element === p && !collecting.chunks.some((c) => c.text)) return;
    this.finish(collecting);
  }

  /** A paragraph inside a table cell: its text joins the row's, after a space if the cell has text already. */
  private cellParagraph(p: XmlElement): void {
    const row = this.collecting;
    if (!row) return;
    const before = row.chunks.length;
    const label = this.numberingLabel(p);
    if (label) row.chunks.push(label);
    this.inline(p.children, row.chunks);
    const wrote = row.chunks.slice(before).some((c) => c.text !== '');
    if (wrote && this.cellHasText) row.chunks.splice(before, 0, { kind: 'separator', text: ' ', xmlStart: p.start, xmlEnd: p.start });
    this.cellHasText ||= wrote;
  }

  private table(tbl: XmlElement): void {
    // A paragraph whose deleted mark ran it on has nothing to run on into: a table starts here.
    if (this.cellDepth === 0 && this.collecting) {
      this.finish(this.collecting);
      this.collecting = undefined;
    }
    for (const row of rowsOf(tbl)) {
      if (child(child(row, 'w:trPr'), 'w:del')) continue;
      if (this.cellDepth > 0) {
        // A table inside a cell: its text reads as more paragraphs of that cell.
        this.cells(row, false);
        continue;
      }
      const collecting: Collecting = { kind: 'row', element: row, chunks: [] };
      this.collecting = collecting;
      this.cells(row, true);
      this.collecting = undefined;
      this.finish(collecting);
    }
  }

  private cells(row: XmlElement, ownCells: boolean): void {
    const chunks = this.collecting!.chunks;
    cellsOf(row).forEach((cell, i) => {
      if (ownCells) {
        if (i > 0) chunks.push({ kind: 'separator', text: '\t', xmlStart: cell.start, xmlEnd: cell.start });
        this.cellHasText = false;
      }
      this.cellDepth++;
      this.blocks(cell.children);
      this.cellDepth--;
    });
  }

  private numberingLabel(p: XmlElement): Chunk | undefined {
    const pPr = child(p, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    const styleId = val(pPr, 'w:pStyle');
    const fromStyle = this.styles.numberingOf(styleId);
    const numId = val(numPr, 'w:numId') ?? fromStyle?.numId;
    if (numId === undefined || numId === '0') return undefined;
    const explicit = val(numPr, 'w:ilvl');
    const level = explicit !== undefined ? Number.parseInt(explicit, 10) : (fromStyle?.level ?? this.numbering.levelOfStyle(numId, this.styles.chainOf(styleId)) ?? 0);
    const text = this.numbering.next({ numId, level: Number.isFinite(level) ? level : 0 });
    if (!text) return undefined;
    const source = numPr ?? pPr;
    const inCell = this.cellDepth > 0;
    return { kind: 'numbering', text: inCell ? text.replace(/\t/g, ' ') : text, xmlStart: source?.start ?? p.start, xmlEnd: source?.end ?? p.start };
  }

  private inline(elements: XmlElement[], chunks: Chunk[]): void {
    for (const el of elements) {
      if (el.name === 'w:r') {
        if (!hidden(el)) this.inRun(el, chunks, () => this.runContent(el.children, chunks));
      }
      else if (el.name === 'w:sdt') this.inline(child(el, 'w:sdtContent')?.children ?? [], chunks);
      else if (el.name === 'mc:AlternateContent') this.inline(chosenBranch(el), chunks);
      else if (el.name === 'm:oMath' || el.name === 'm:oMathPara') this.math(el, chunks);
      else if (INLINE_CONTAINERS.has(el.name)) this.inline(el.children, chunks);
      else if (REMOVED.has(el.name)) continue;
    }
  }

  private math(el: XmlElement, chunks: Chunk[]): void {
    for (const c of el.children) {
      if (c.name === 'm:t') this.text(c, chunks);
      else if (c.name === 'm:r') this.inRun(c, chunks, () => this.math(c, chunks));
      else if (c.name === 'w:del' || c.name === 'm:rPr' || c.name === 'w:rPr') continue;
      else this.math(c, chunks);
    }
  }

  /** Reads a run's content, marking what it adds as that run's. */
  private inRun(run: XmlElement, chunks: Chunk[], read: () => void): void {
    const before = chunks.length;
    read();
    for (let i = before; i < chunks.length; i++) chunks[i].run ??= run;
  }

  private get showing(): boolean {
    return this.fields.every((f) => f.showingResult);
  }

  private runContent(elements: XmlElement[], chunks: Chunk[]): void {
    const inCell = this.cellDepth > 0;
    for (const el of elements) {
      switch (el.name) {
        case 'w:fldChar': {
          const type = el.attrs['w:fldCharType'];
          if (type === 'begin') this.fields.push({ showingResult: false });
          else if (type === 'separate' && this.fields.length) this.fields[this.fields.length - 1].showingResult = true;
          else if (type === 'end') this.fields.pop();
          continue;
        }
        case 'mc:AlternateContent':
          this.runContent(chosenBranch(el), chunks);
          continue;
        case 'w:ruby':
          this.inline(child(el, 'w:rubyBase')?.children ?? [], chunks);
          continue;
        default:
          break;
      }
      if (!this.showing) continue;
      switch (el.name) {
        case 'w:t':
          this.text(el, chunks);
          break;
        case 'w:tab':
        case 'w:ptab':
          chunks.push({ kind: 'tab', text: inCell ? ' ' : '\t', xmlStart: el.start, xmlEnd: el.end });
          break;
        case 'w:br': {
          // A page or column break moves the text on, it does not end a line of it.
          const type = el.attrs['w:type'];
          if (type === 'page' || type === 'column') break;
          chunks.push({ kind: 'break', text: inCell ? ' ' : '\n', xmlStart: el.start, xmlEnd: el.end });
          break;
        }
        case 'w:cr':
          chunks.push({ kind: 'break', text: inCell ? ' ' : '\n', xmlStart: el.start, xmlEnd: el.end });
          break;
        case 'w:noBreakHyphen':
          chunks.push({ kind: 'symbol', text: '-', xmlStart: el.start, xmlEnd: el.end });
          break;
        case 'w:sym': {
          const code = Number.parseInt(el.attrs['w:char'] ?? '', 16);
          if (Number.isFinite(code) && code > 0) chunks.push({ kind: 'symbol', text: String.fromCodePoint(code), xmlStart: el.start, xmlEnd: el.end });
          break;
        }
        default:
          break;
      }
    }
  }

  /** A `w:t`'s characters, in pieces that map linearly onto its raw content (an entity on its own). */
  private text(el: XmlElement, chunks: Chunk[]): void {
    const decoded = el.text;
    if (!decoded) return;
    const raw = this.xml.slice(el.contentStart, el.contentEnd);
    const base = el.contentStart;
    if (raw === decoded) {
      chunks.push({ kind: 'text', text: decoded, xmlStart: base, xmlEnd: el.contentEnd, element: el });
      return;
    }
    const pieces: Chunk[] = [];
    let i = 0;
    let j = 0;
    let plainStart = 0;
    const flushPlain = () => {
      if (i > plainStart) pieces.push({ kind: 'text', text: raw.slice(plainStart, i), xmlStart: base + plainStart, xmlEnd: base + i, element: el });
    };
    let linear = !raw.includes('<');
    while (linear && i < raw.length) {
      const c = raw[i];
      if (c !== '&' && c !== '\r') {
        i++;
        j++;
        continue;
      }
      flushPlain();
      const rawLength = c === '&' ? raw.indexOf(';', i) + 1 - i : raw[i + 1] === '\n' ? 2 : 1;
      if (rawLength <= 0) {
        linear = false;
        break;
      }
      const code = decoded.codePointAt(j) ?? 0;
      const textLength = code > 0xffff ? 2 : 1;
      pieces.push({ kind: 'text', text: decoded.slice(j, j + textLength), xmlStart: base + i, xmlEnd: base + i + rawLength, element: el });
      i += rawLength;
      j += textLength;
      plainStart = i;
    }
    if (linear) {
      flushPlain();
      linear = j === decoded.length && pieces.map((p) => p.text).join('') === decoded;
    }
    if (!linear) {
      // Content the walk above does not follow (CDATA): one piece for the whole element.
      chunks.push({ kind: 'text', text: decoded, xmlStart: base, xmlEnd: el.contentEnd, element: el });
      return;
    }
    chunks.push(...pieces);
  }

  private finish(collecting: Collecting): void {
    const p = collecting.element;
    const last = collecting.lastParagraph ?? p;
    const chunks = collecting.chunks;
    if (collecting.kind === 'paragraph') {
      const label = this.numberingLabel(last);
      if (label) chunks.unshift(label);
    }
    const index = this.out.length;
    const start = this.length + (index > 0 ? 1 : 0);
    const pieces: DocxPiece[] = [];
    let at = start;
    let text = '';
    for (const c of chunks) {
      if (!c.text) continue;
      pieces.push({
        kind: c.kind,
        start: at,
        end: at + c.text.length,
        xmlStart: c.xmlStart,
        xmlEnd: c.xmlEnd,
        ...(c.run ? { run: { start: c.run.start, end: c.run.end } } : {}),
        ...(c.element ? { element: { start: c.element.start, end: c.element.end } } : {}),
      });
      if (c.kind === 'numbering') this.generated.push({ start: at, end: at + c.text.length });
      at += c.text.length;
      text += c.text;
    }
    const styleId = collecting.kind === 'paragraph' ? val(child(p, 'w:pPr'), 'w:pStyle') : undefined;
    const line = this.lineCount;
    this.out.push({ index, kind: collecting.kind, start, end: at, line, xmlStart: p.start, xmlEnd: (collecting.lastParagraph ?? p).end, ...(styleId ? { styleId } : {}), pieces });
    this.lines.push(text);
    this.length = at;
    this.lineCount += 1 + countLineFeeds(text);
  }
}

function countLineFeeds(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** A run formatted as hidden text (`w:vanish`), which Word does not show or print. */
function hidden(run: XmlElement): boolean {
  return onOff(child(run, 'w:rPr'), 'w:vanish') === true;
}

/** Whether a paragraph's mark is a tracked deletion: accepted, its text runs on into the next paragraph. */
function markDeleted(pPr: XmlElement | undefined): boolean {
  return child(child(pPr, 'w:rPr'), 'w:del') !== undefined;
}

/** mc:AlternateContent: the fallback every consumer understands, or the first choice when there is none. */
function chosenBranch(el: XmlElement): XmlElement[] {
  return (child(el, 'mc:Fallback') ?? child(el, 'mc:Choice'))?.children ?? [];
}

/** A table's rows, through the content controls and custom XML that may wrap them. */
function rowsOf(tbl: XmlElement): XmlElement[] {
  return tbl.children.flatMap((c) => (c.name === 'w:tr' ? [c] : c.name === 'w:sdt' ? rowsOf(child(c, 'w:sdtContent') ?? c) : c.name === 'w:customXml' ? rowsOf(c) : []));
}

function cellsOf(tr: XmlElement): XmlElement[] {
  return tr.children.flatMap((c) => (c.name === 'w:tc' ? [c] : c.name === 'w:sdt' ? cellsOf(child(c, 'w:sdtContent') ?? c) : c.name === 'w:customXml' ? cellsOf(c) : []));
}

/** The paragraph holding an offset of the extracted text (binary search). */
export function paragraphAt(doc: DocxText, offset: number): DocxParagraph | undefined {
  let lo = 0;
  let hi = doc.paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = doc.paragraphs[mid];
    if (offset < p.start) hi = mid - 1;
    else if (offset > p.end) lo = mid + 1;
    else return p;
  }
  return undefined;
}

/**
 * Where an offset of the extracted text is in `documentXml`: inside a `w:t`'s raw characters, or
 * at the element a tab or break reads from. Where two pieces meet, `side` chooses: `start` (a
 * span starting here) gives the next piece's start, `end` (a span ending here) the previous
 * piece's end. Undefined for generated text (numbering, separators) and inside an entity, where
 * no edit or comment anchor may point.
 */
export function xmlOffsetAt(paragraph: DocxParagraph, offset: number, side: 'start' | 'end' = 'start'): number | undefined {
  const pieces = side === 'start' ? paragraph.pieces : [...paragraph.pieces].reverse();
  for (const piece of pieces) {
    if (offset < piece.start || offset > piece.end) continue;
    const generated = piece.kind === 'numbering' || piece.kind === 'separator';
    if (side === 'start' && offset === piece.end && piece.end > piece.start) continue;
    if (side === 'end' && offset === piece.start && piece.end > piece.start) continue;
    if (generated) return undefined;
    if (offset === piece.start) return piece.xmlStart;
    if (offset === piece.end) return piece.xmlEnd;
    const linear = piece.xmlEnd - piece.xmlStart === piece.end - piece.start;
    return linear ? piece.xmlStart + (offset - piece.start) : undefined;
  }
  return undefined;
}
