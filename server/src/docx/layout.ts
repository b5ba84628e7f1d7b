// The formatting facts of a .docx that GB/T 9704 speaks of: each section's paper, margins,
// document grid and page-number footers, and each body run's effective East Asian font and size
// (direct run properties over the character style over the paragraph style, each with its
// basedOn chain, over the document defaults; theme fonts resolved through the theme part).
// Pure: bytes and the text `readDocx` gave in, plain data (engine/layout.ts) out.

import type { DocumentGrid, LayoutFacts, PageMargins, PageNumberFooter, ParagraphFormat, RunFormat, SectionLayout } from '../engine/layout';
import type { DocxText } from './read';
import { child, parseXml, val, type XmlElement } from './xml';
import { DEFAULT_ZIP_LIMITS, listEntries, readParts } from './zip';
import { relsPathOf, resolveTarget } from './package-paths';

const TWIPS_PER_MM = 1440 / 25.4;
/** To a tenth of a mm; the epsilon keeps 1800 twips (31.75 mm, a float a hair below) rounding up as written. */
const mm = (twips: number) => Math.round((twips / TWIPS_PER_MM) * 10 + 1e-9) / 10;
/** Word's size when no level sets one (ECMA-376: 10 pt). */
const DEFAULT_HALF_POINTS = 20;

interface RunProperties {
  font?: string;
  halfPoints?: number;
}

interface StyleDefinition {
  type: string;
  basedOn?: string;
  run: RunProperties;
}

/** Theme font slots (`minorEastAsia` …) and their typefaces. */
type ThemeFonts = Map<string, string>;

/**
 * Reads the layout facts of a package `readDocx` read as `doc`. Never throws: a part that is
 * missing or damaged leaves its facts out (undefined when none can be read at all).
 */
export function readLayout(bytes: Uint8Array, doc: DocxText): LayoutFacts | undefined {
  try {
    return read(bytes, doc);
  } catch {
    return undefined;
  }
}

function read(bytes: Uint8Array, doc: DocxText): LayoutFacts | undefined {
  const listing = listEntries(bytes, DEFAULT_ZIP_LIMITS);
  if (!listing.ok) return undefined;
  const relsPath = relsPathOf(doc.documentPath);
  const first = loadParts(bytes, listing.names, [relsPath]);
  const rels = relationships(first.get(relsPath), doc.documentPath);
  const byType = (type: RegExp) => [...rels.values()].find((r) => type.test(r.type))?.path;
  const stylesPath = byType(/\/styles$/);
  const themePath = byType(/\/theme$/);
  const settingsPath = byType(/\/settings$/);
  const footerPaths = [...rels.values()].filter((r) => /\/footer$/.test(r.type)).map((r) => r.path);
  const parts = loadParts(bytes, listing.names, [stylesPath, themePath, settingsPath, ...footerPaths].filter((p): p is string => p !== undefined));

  const theme = readTheme(parseOrUndefined(themePath && parts.get(themePath)));
  const styles = new Styles(parseOrUndefined(stylesPath && parts.get(stylesPath)), theme);
  const gutterAtTop = child(parseOrUndefined(settingsPath && parts.get(settingsPath)), 'w:gutterAtTop') !== undefined;
  const document = parseXml(doc.documentXml);
  const body = child(document, 'w:body');
  if (!body) return undefined;

  const runs = runsByStart(body);
  const paragraphs: ParagraphFormat[] = doc.paragraphs.map((p) => {
    const formats: RunFormat[] = [];
    for (const piece of p.pieces) {
      if (piece.kind !== 'text' || !piece.run) continue;
      const found = runs.get(piece.run.start);
      if (!found) continue;
      const props = styles.effective(found.styleId, found.run);
      const last = formats[formats.length - 1];
      const format: RunFormat = { start: piece.start, end: piece.end, ...(props.font ? { font: props.font } : {}), sizePt: (props.halfPoints ?? DEFAULT_HALF_POINTS) / 2 };
      if (last && last.end === format.start && last.font === format.font && last.sizePt === format.sizePt) last.end = format.end;
      else formats.push(format);
    }
    return { index: p.index, start: p.start, end: p.end, ...paragraphMajority(formats, doc.text), runs: formats };
  });

  const footer = (rId: string | undefined) => {
    const path = rId === undefined ? undefined : rels.get(rId)?.path;
    return parseOrUndefined(path && parts.get(path));
  };
  const defaultSize = styles.effective(undefined, undefined).halfPoints ?? DEFAULT_HALF_POINTS;
  const sections = sectionProperties(body).map((sectPr) => readSection(sectPr, { gutterAtTop, footer, styles, defaultSizePt: defaultSize / 2 }));
  return { sections, paragraphs };
}

// ---- Parts ----

const decoder = new TextDecoder('utf-8');

function loadParts(bytes: Uint8Array, names: Set<string>, paths: string[]): Map<string, string> {
  const wanted = new Set(paths.filter((p) => names.has(p)));
  const out = new Map<string, string>();
  if (!wanted.size) return out;
  const read = readParts(bytes, wanted, DEFAULT_ZIP_LIMITS);
  if (read.ok) for (const [name, data] of read.parts) out.set(name, decoder.decode(data));
  return out;
}

function parseOrUndefined(source: string | undefined | ''): XmlElement | undefined {
  if (!source) return undefined;
  try {
    return parseXml(source);
  } catch {
    return undefined;
  }
}

/** A part's relationships by id. */
function relationships(source: string | undefined, owner: string): Map<string, { type: string; path: string }> {
  const out = new Map<string, { type: string; path: string }>();
  for (const r of parseOrUndefined(source)?.children ?? []) {
    if (r.attrs.Id === undefined || r.attrs.Target === undefined || r.attrs.TargetMode === 'External') continue;
    out.set(r.attrs.Id, { type: r.attrs.Type ?? '', path: resolveTarget(owner, r.attrs.Target) });
  }
  return out;
}

/** An attribute in a namespace not canonicalised by xml.ts (`r:id`), whatever its prefix. */
function localAttr(element: XmlElement, local: string): string | undefined {
  for (const name in element.attrs) if (name === local || name.endsWith(`:${local}`) || name.endsWith(`}${local}`)) return element.attrs[name];
  return undefined;
}

const localName = (name: string) => name.slice(Math.max(name.lastIndexOf(':'), name.lastIndexOf('}')) + 1);

// ---- Fonts and sizes ----

/** The typefaces of the theme's East Asian slots: `a:ea`, or the `Hans` script font where `a:ea` is empty. */
function readTheme(theme: XmlElement | undefined): ThemeFonts {
  const fonts: ThemeFonts = new Map();
  const visit = (el: XmlElement) => {
    const name = localName(el.name);
    if (name === 'majorFont' || name === 'minorFont') {
      const slot = name === 'majorFont' ? 'major' : 'minor';
      const ea = el.children.find((c) => localName(c.name) === 'ea')?.attrs.typeface;
      const hans = el.children.find((c) => localName(c.name) === 'font' && c.attrs.script === 'Hans')?.attrs.typeface;
      const typeface = ea || hans;
      if (typeface) fonts.set(`${slot}EastAsia`, typeface);
      return;
    }
    el.children.forEach(visit);
  };
  if (theme) visit(theme);
  return fonts;
}

function runProperties(rPr: XmlElement | undefined, theme: ThemeFonts): RunProperties {
  const props: RunProperties = {};
  const fonts = child(rPr, 'w:rFonts');
  const themed = fonts?.attrs['w:eastAsiaTheme'];
  const font = (themed && theme.get(themed)) || fonts?.attrs['w:eastAsia'];
  if (font) props.font = font;
  const size = Number.parseInt(val(rPr, 'w:sz') ?? '', 10);
  if (Number.isFinite(size) && size > 0) props.halfPoints = size;
  return props;
}

class Styles {
  private readonly styles = new Map<string, StyleDefinition>();
  private readonly defaults: RunProperties;
  private defaultParagraphStyle: string | undefined;
  private defaultCharacterStyle: string | undefined;

  constructor(
    part: XmlElement | undefined,
    private readonly theme: ThemeFonts,
  ) {
    this.defaults = runProperties(child(child(child(part, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr'), theme);
    let normal: string | undefined;
    for (const s of part?.children ?? []) {
      if (s.name !== 'w:style') continue;
      const id = s.attrs['w:styleId'];
      const type = s.attrs['w:type'] ?? 'paragraph';
      if (id === undefined) continue;
      this.styles.set(id, { type, basedOn: val(s, 'w:basedOn'), run: runProperties(child(s, 'w:rPr'), theme) });
      if (type === 'paragraph' && val(s, 'w:name') === 'Normal') normal = id;
      if (/^(?:1|true|on)$/i.test(s.attrs['w:default'] ?? '')) {
        if (type === 'paragraph') this.defaultParagraphStyle = id;
        else if (type === 'character') this.defaultCharacterStyle = id;
      }
    }
    // LibreOffice marks no style as the default; its Normal is the one paragraphs fall back to.
    this.defaultParagraphStyle ??= normal;
  }

  private chain(id: string | undefined, type: string): RunProperties[] {
    const out: RunProperties[] = [];
    const seen = new Set<string>();
    for (let at = id; at !== undefined && !seen.has(at); at = this.styles.get(at)?.basedOn) {
      seen.add(at);
      const style = this.styles.get(at);
      if (!style || style.type !== type) break;
      out.push(style.run);
    }
    return out;
  }

  /** A run's font and size: the first level that sets each, from the run itself to the document defaults. */
  effective(paragraphStyle: string | undefined, run: XmlElement | undefined): RunProperties {
    const rPr = child(run, 'w:rPr');
    const levels = [
      runProperties(rPr, this.theme),
      ...this.chain(val(rPr, 'w:rStyle') ?? this.defaultCharacterStyle, 'character'),
      ...this.chain(paragraphStyle ?? this.defaultParagraphStyle, 'paragraph'),
      this.defaults,
    ];
    return { font: levels.find((l) => l.font)?.font, halfPoints: levels.find((l) => l.halfPoints)?.halfPoints };
  }
}

/** Every `w:r` of the body by its start offset, with the style of the paragraph it is in. */
function runsByStart(body: XmlElement): Map<number, { run: XmlElement; styleId?: string }> {
  const out = new Map<number, { run: XmlElement; styleId?: string }>();
  const visit = (el: XmlElement, styleId: string | undefined) => {
    if (el.name === 'w:r') {
      out.set(el.start, { run: el, styleId });
      return;
    }
    const own = el.name === 'w:p' ? val(child(el, 'w:pPr'), 'w:pStyle') : styleId;
    for (const c of el.children) visit(c, own);
  };
  visit(body, undefined);
  return out;
}

const WHITESPACE = /[\s\u3000]/g;

function paragraphMajority(runs: RunFormat[], text: string): { font?: string; sizePt?: number } {
  const fonts = new Map<string, number>();
  const sizes = new Map<number, number>();
  for (const r of runs) {
    const n = text.slice(r.start, r.end).replace(WHITESPACE, '').length;
    if (!n) continue;
    if (r.font) fonts.set(r.font, (fonts.get(r.font) ?? 0) + n);
    if (r.sizePt !== undefined) sizes.set(r.sizePt, (sizes.get(r.sizePt) ?? 0) + n);
  }
  const top = <T>(m: Map<T, number>) => [...m].sort((a, b) => b[1] - a[1])[0]?.[0];
  const font = top(fonts);
  const sizePt = top(sizes);
  return { ...(font !== undefined ? { font } : {}), ...(sizePt !== undefined ? { sizePt } : {}) };
}

// ---- Sections ----

/** The section properties in document order: those that end a section inside the body, then the body's own. */
function sectionProperties(body: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (el: XmlElement) => {
    for (const c of el.children) {
      if (c.name === 'w:sectPr') out.push(c);
      else if (c.name === 'w:p') {
        const inner = child(child(c, 'w:pPr'), 'w:sectPr');
        if (inner) out.push(inner);
      } else if (c.name !== 'w:tbl') visit(c);
    }
  };
  visit(body);
  // The body's own w:sectPr is its last child; paragraph ones come before it in document order.
  const own = body.children.filter((c) => c.name === 'w:sectPr');
  return [...out.filter((s) => !own.includes(s)), ...own];
}

interface SectionContext {
  gutterAtTop: boolean;
  footer: (rId: string | undefined) => XmlElement | undefined;
  styles: Styles;
  defaultSizePt: number;
}

function twips(element: XmlElement | undefined, attr: string): number | undefined {
  const n = Number.parseInt(element?.attrs[attr] ?? '', 10);
  return Number.isFinite(n) ? n : undefined;
}

function readSection(sectPr: XmlElement, context: SectionContext): SectionLayout {
  const pgSz = child(sectPr, 'w:pgSz');
  // Word's defaults for a section that gives no size: US Letter; no margins given: 1 inch / 1.25 inch.
  const width = twips(pgSz, 'w:w') ?? 12240;
  const height = twips(pgSz, 'w:h') ?? 15840;
  const landscape = pgSz?.attrs['w:orient'] === 'landscape' || width > height;
  const pgMar = child(sectPr, 'w:pgMar');
  const top = twips(pgMar, 'w:top');
  const bottom = twips(pgMar, 'w:bottom');
  const left = twips(pgMar, 'w:left');
  const right = twips(pgMar, 'w:right');
  const gutter = twips(pgMar, 'w:gutter') ?? 0;
  const margins: PageMargins | undefined =
    top !== undefined && bottom !== undefined && left !== undefined && right !== undefined
      ? { top: mm(Math.abs(top)), bottom: mm(Math.abs(bottom)), left: mm(left), right: mm(right), gutter: mm(gutter), ...(context.gutterAtTop ? { gutterAtTop: true } : {}) }
      : undefined;

  let grid: DocumentGrid | undefined;
  const docGrid = child(sectPr, 'w:docGrid');
  const type = docGrid?.attrs['w:type'];
  const linePitch = twips(docGrid, 'w:linePitch');
  if ((type === 'lines' || type === 'linesAndChars' || type === 'snapToChars') && linePitch && top !== undefined && bottom !== undefined && left !== undefined && right !== undefined) {
    const textHeight = height - Math.abs(top) - Math.abs(bottom) - (context.gutterAtTop ? gutter : 0);
    const textWidth = width - left - right - (context.gutterAtTop ? 0 : gutter);
    grid = { type, linesPerPage: round1(textHeight / linePitch) };
    if (type !== 'lines') {
      // The character pitch is the default paragraph style's size plus charSpace (1/4096 pt).
      const pitchPt = context.defaultSizePt + signed32(twips(docGrid, 'w:charSpace') ?? 0) / 4096;
      if (pitchPt > 0) grid.charsPerLine = round1(textWidth / 20 / pitchPt);
    }
  }

  const numberFormat = child(sectPr, 'w:pgNumType')?.attrs['w:fmt'] ?? 'decimal';
  const pageNumbers: PageNumberFooter[] = [];
  for (const ref of sectPr.children.filter((c) => c.name === 'w:footerReference')) {
    const footer = context.footer(localAttr(ref, 'id'));
    if (footer) pageNumbers.push(...pageNumberParagraphs(footer, ref.attrs['w:type'] ?? 'default', numberFormat, context.styles));
  }
  return { pageWidth: mm(width), pageHeight: mm(height), landscape, ...(margins ? { margins } : {}), ...(grid ? { grid } : {}), pageNumbers };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** LibreOffice writes a negative charSpace as its unsigned 32-bit value (4294966476 for -820). */
const signed32 = (n: number) => (n >= 2 ** 31 ? n - 2 ** 32 : n);

// ---- Page numbers ----

/** What a paragraph shows around its PAGE field, read from its runs and simple or complex fields. */
interface FooterReading {
  before: string;
  after: string;
  switch?: string;
  found: boolean;
  sizes: Map<number, number>;
}

function pageNumberParagraphs(footer: XmlElement, kind: string, sectionFormat: string, styles: Styles): PageNumberFooter[] {
  const out: PageNumberFooter[] = [];
  const visit = (el: XmlElement) => {
    if (el.name === 'w:p') {
      const reading = readFooterParagraph(el, styles);
      if (reading.found) {
        const size = [...reading.sizes].sort((a, b) => b[1] - a[1])[0]?.[0];
        out.push({ kind, before: reading.before, after: reading.after, format: reading.switch ?? sectionFormat, ...(size !== undefined ? { sizePt: size / 2 } : {}) });
      }
      return;
    }
    // mc:AlternateContent holds a drawing twice (Choice and Fallback): read one.
    const children = el.name === 'mc:AlternateContent' ? (child(el, 'mc:Fallback') ?? child(el, 'mc:Choice'))?.children ?? [] : el.children;
    children.forEach(visit);
  };
  visit(footer);
  return out;
}

const PAGE_FIELD = /^\s*PAGE\b/i;
/** `\*` switches that format characters, not the number. */
const CHARACTER_SWITCHES = /^(?:MERGEFORMAT|CHARFORMAT|Upper|Lower|FirstCap|Caps)$/i;

function readFooterParagraph(p: XmlElement, styles: Styles): FooterReading {
  const styleId = val(child(p, 'w:pPr'), 'w:pStyle');
  const reading: FooterReading = { before: '', after: '', found: false, sizes: new Map() };
  // Complex fields: begin, instruction, separate, result, end; nested fields kept on a stack.
  const fields: { instruction: string; page?: boolean; showing: boolean }[] = [];
  const inPage = () => fields.some((f) => f.page);
  const showing = () => fields.every((f) => f.showing);
  const addText = (text: string, run: XmlElement | undefined) => {
    if (!text) return;
    if (inPage() || !showing()) {
      if (inPage() && run) count(run);
      return;
    }
    if (reading.found) reading.after += text;
    else reading.before += text;
    if (run && text.trim()) count(run);
  };
  const count = (run: XmlElement) => {
    const size = styles.effective(styleId, run).halfPoints ?? DEFAULT_HALF_POINTS;
    reading.sizes.set(size, (reading.sizes.get(size) ?? 0) + 1);
  };
  const pageField = (instruction: string) => {
    if (!PAGE_FIELD.test(instruction) || reading.found) return false;
    reading.found = true;
    const format = [...instruction.matchAll(/\\\*\s*([A-Za-z0-9]+)/g)].map((m) => m[1]).find((name) => !CHARACTER_SWITCHES.test(name));
    if (format) reading.switch = format;
    return true;
  };
  const visit = (el: XmlElement, run: XmlElement | undefined) => {
    switch (el.name) {
      case 'w:r':
        el.children.forEach((c) => visit(c, el));
        return;
      case 'w:fldSimple': {
        const isPage = pageField(el.attrs['w:instr'] ?? '');
        if (isPage) {
          fields.push({ instruction: '', page: true, showing: true });
          el.children.forEach((c) => visit(c, run));
          fields.pop();
        } else el.children.forEach((c) => visit(c, run));
        return;
      }
      case 'w:fldChar': {
        const type = el.attrs['w:fldCharType'];
        if (type === 'begin') fields.push({ instruction: '', showing: false });
        else if (type === 'separate' && fields.length) {
          const field = fields[fields.length - 1];
          field.page = pageField(field.instruction);
          field.showing = true;
        } else if (type === 'end') {
          const field = fields.pop();
          // A PAGE field with no result shown (never updated) still prints the number.
          if (field && !field.page && field.showing === false) pageField(field.instruction);
        }
        return;
      }
      case 'w:instrText':
        if (fields.length) fields[fields.length - 1].instruction += el.text;
        return;
      case 'w:t':
        addText(el.text, run);
        return;
      case 'w:tab':
      case 'w:ptab':
        addText('\t', undefined);
        return;
      case 'w:del':
      case 'w:moveFrom':
      case 'w:pPr':
      case 'w:rPr':
        return;
      default:
        el.children.forEach((c) => visit(c, run));
    }
  };
  p.children.forEach((c) => visit(c, undefined));
  return reading;
}
