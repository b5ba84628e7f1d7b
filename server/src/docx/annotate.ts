// An annotated copy of a .docx: each finding becomes a Word comment anchored on the characters it
// flags. Pure: the package's bytes and the reader's map in, the new package's bytes out.
//
// document.xml is changed only by insertions: comment marks (w:commentRangeStart/End and a run
// holding w:commentReference) and, where a mark falls inside a run, the join that splits it
// (`</w:t></w:r>` … `<w:r>` + a copy of the run's w:rPr + `<w:t xml:space="preserve">`, and
// `xml:space="preserve"` added to the split w:t's start tag so the first half keeps a trailing
// space). Every other entry keeps its bytes; word/comments.xml is created (or appended to), with
// its relationship and content type.

import { Unzip, UnzipInflate, Zip, ZipDeflate, ZipPassThrough, unzipSync } from 'fflate';
import type { Locale, Message, Severity } from '../engine/rule';
import { paragraphAt, xmlOffsetAt, type DocxParagraph, type DocxText } from './read';
import { parseXml, type XmlElement } from './xml';
import { concat, DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip';
import { relsPathOf, resolveTarget } from './package-paths';

export interface DocxComment {
  /** [start, end) in the extracted text (`DocxText.text`); start === end for a point. */
  start: number;
  end: number;
  /** The message, in the writer's language. */
  text: string;
  rule: string;
  severity?: Severity;
  /** The finding's fix, as edits of the extracted text: written as tracked changes with `trackedChanges`. */
  edits?: { start: number; end: number; newText: string }[];
}

export interface AnnotateOptions {
  author?: string;
  initials?: string;
  /** The comments' date (now by default). */
  date?: Date;
  /** The language of the severity label in each comment. */
  locale?: Locale;
  limits?: Partial<ZipLimits>;
  /**
   * Write each comment's edits as tracked changes (w:del/w:ins by the author), for the writer to
   * accept or reject in Word. An edit is written only where it can be exactly: within one
   * paragraph, over text only (no tab, break, field or Word-generated number), in runs side by
   * side, not overlapping another edit; the others are left to the comment.
   */
  trackedChanges?: boolean;
}

/** Where a comment was anchored, in the extracted text, and why it differs from what was asked. */
export interface PlacedComment {
  id: number;
  start: number;
  end: number;
  /**
   * `numbering`: the finding starts in a label Word generates, so the anchor starts at the
   * paragraph's first real text (and, for a finding on the label alone, runs to the end of that line); `point`: no character to anchor on (an empty span, an empty
   * paragraph), so the comment marks a point.
   */
  moved?: 'numbering' | 'point';
  /** With `trackedChanges`: the indexes of its edits written as tracked changes. */
  trackedEdits?: number[];
}

export type AnnotateProblemCode = 'mismatch' | 'damaged' | 'too-large';

export interface AnnotateProblem {
  code: AnnotateProblemCode;
  message: Message;
}

export type AnnotateResult = { ok: true; bytes: Uint8Array; comments: PlacedComment[]; commentsPath: string } | { ok: false; problem: AnnotateProblem };

const SEVERITY_LABELS: Record<Severity, Message> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};

const NUMBERING_NOTE: Message = { zh: '（所指为 Word 自动编号“%s”，批注标在其后的文字上）', en: '(this is about the number Word generates, "%s"; the comment marks the text after it)' };

const problems = {
  mismatch: (): AnnotateProblem => ({
    code: 'mismatch',
    message: { zh: '无法加批注：读取结果与文档不一致（文档在读取后被改动）。请重新检查后再试。', en: 'Cannot annotate: the text read does not match the document (it changed after it was read). Check it again and retry.' },
  }),
  damaged: (detail: string): AnnotateProblem => ({
    code: 'damaged',
    message: { zh: '无法加批注：文档已损坏或结构异常。请在 Word/WPS 中打开后重新另存为 .docx 再试。', en: `Cannot annotate: the document is damaged or malformed (${detail}). Open it in Word or WPS, save it as .docx again, and retry.` },
  }),
  tooLarge: (part: string, limit: number): AnnotateProblem => ({
    code: 'too-large',
    message: {
      zh: `无法加批注：文档的 ${part} 解压后超过 ${Math.round(limit / 1048576)} MB，过大或异常。`,
      en: `Cannot annotate: the document's ${part} is larger than ${Math.round(limit / 1048576)} MB uncompressed; it is too large or malformed.`,
    },
  }),
};

const NS = {
  transitional: {
    w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
    commentsRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  },
  strict: {
    w: 'http://purl.oclc.org/ooxml/wordprocessingml/main',
    commentsRel: 'http://purl.oclc.org/ooxml/officeDocument/relationships/comments',
  },
};
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const COMMENTS_REL = /\/relationships\/comments$/;

class Failure extends Error {
  constructor(readonly problem: AnnotateProblem) {
    super(problem.message.en);
  }
}

/** Writes a copy of the package with each comment anchored on its span. Never throws. */
export function annotateDocx(bytes: Uint8Array, doc: DocxText, comments: readonly DocxComment[], options: AnnotateOptions = {}): AnnotateResult {
  try {
    return annotate(bytes, doc, comments, options);
  } catch (e) {
    if (e instanceof Failure) return { ok: false, problem: e.problem };
    return { ok: false, problem: problems.damaged(e instanceof Error ? e.message : String(e)) };
  }
}

interface Entry {
  name: string;
  data: Uint8Array;
  stored: boolean;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

function annotate(bytes: Uint8Array, doc: DocxText, comments: readonly DocxComment[], options: AnnotateOptions): AnnotateResult {
  const limits = { ...DEFAULT_ZIP_LIMITS, ...options.limits };
  const entries = readEntries(bytes, limits);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const documentEntry = byName.get(doc.documentPath);
  if (!documentEntry || decoder.decode(documentEntry.data) !== doc.documentXml) throw new Failure(problems.mismatch());

  const strict = /<[^>]*xmlns(?::[\w.-]+)?="http:\/\/purl\.oclc\.org\/ooxml\/wordprocessingml\/main"/.test(doc.documentXml.slice(0, 4096));
  const ns = strict ? NS.strict : NS.transitional;
  const prefix = /<(?:([\w.-]+):)?document\b/.exec(doc.documentXml)?.[1] ?? 'w';
  const tree = parseXml(doc.documentXml);

  const relsPath = relsPathOf(doc.documentPath);
  const relsXml = byName.has(relsPath) ? decoder.decode(byName.get(relsPath)!.data) : undefined;
  const existing = relsXml === undefined ? undefined : existingCommentsPart(relsXml, doc.documentPath);
  const existingXml = existing && byName.has(existing) ? decoder.decode(byName.get(existing)!.data) : undefined;
  const commentsPath = existingXml !== undefined ? existing! : freshName(byName, doc.documentPath);

  const firstId = nextCommentId(doc.documentXml, existingXml);
  const anchors = new Anchoring(doc, tree);
  const placed: PlacedComment[] = [];
  const marks: Mark[] = [];
  comments.forEach((comment, i) => {
    const id = firstId + i;
    const anchor = anchors.place(comment);
    placed.push({ id, start: anchor.start, end: anchor.end, ...(anchor.moved ? { moved: anchor.moved } : {}) });
    const start = `<${prefix}:commentRangeStart ${prefix}:id="${id}"/>`;
    const end = `<${prefix}:commentRangeEnd ${prefix}:id="${id}"/><${prefix}:r><${prefix}:commentReference ${prefix}:id="${id}"/></${prefix}:r>`;
    if (anchor.xmlStart === anchor.xmlEnd) marks.push({ at: anchor.xmlStart, order: 1, id, text: start + end });
    else {
      marks.push({ at: anchor.xmlStart, order: 2, id, text: start });
      marks.push({ at: anchor.xmlEnd, order: 0, id, text: end });
    }
  });
  const date = (options.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const author = escapeXml(options.author ?? 'Gongwen', true);
  const deletions: Deletion[] = [];
  if (options.trackedChanges) {
    let revisionId = firstId + comments.length;
    const attributes = () => `${prefix}:id="${revisionId++}" ${prefix}:author="${author}" ${prefix}:date="${date}"`;
    comments.forEach((comment, i) => {
      const written: number[] = [];
      for (const [k, edit] of (comment.edits ?? []).entries()) {
        const change = anchors.trackedChange(edit, deletions);
        if (!change) continue;
        written.push(k);
        const deletion = change.from === change.to ? '' : `<${prefix}:del ${attributes()}>`;
        const inserted = edit.newText
          ? `<${prefix}:ins ${attributes()}><${prefix}:r>${change.rPr}<${prefix}:t xml:space="preserve">${escapeXml(edit.newText, false)}</${prefix}:t></${prefix}:r></${prefix}:ins>`
          : '';
        // Insertions are kept too (as empty ranges), so that no other change touches them.
        deletions.push({ from: change.from, to: change.to });
        if (change.from === change.to) marks.push({ at: change.from, order: -1, id: placed[i].id, text: inserted });
        else {
          marks.push({ at: change.from, order: 3, id: placed[i].id, text: deletion });
          marks.push({ at: change.to, order: -1, id: placed[i].id, text: `</${prefix}:del>${inserted}` });
        }
      }
      placed[i].trackedEdits = written;
    });
  }
  const annotatedXml = insertMarks(doc.documentXml, marks, anchors, prefix, deletions);

  const locale = options.locale ?? 'zh';
  const initials = escapeXml(options.initials ?? 'GW', true);
  const commentElements = comments
    .map((comment, i) => {
      const note = placed[i].moved === 'numbering' ? [NUMBERING_NOTE[locale].replace('%s', numberingLabelAt(doc, comment.start))] : [];
      const label = comment.severity ? ` · ${SEVERITY_LABELS[comment.severity][locale]}` : '';
      const paragraphs = [...comment.text.split(/\r?\n/), ...note, `Gongwen · ${comment.rule}${label}`];
      const body = paragraphs
        .map((text, j) => {
          const ref = j === 0 ? `<w:r><w:annotationRef/></w:r>` : '';
          return `<w:p>${ref}<w:r><w:t xml:space="preserve">${escapeXml(text, false)}</w:t></w:r></w:p>`;
        })
        .join('');
      return `<w:comment w:id="${placed[i].id}" w:author="${author}" w:date="${date}" w:initials="${initials}">${body}</w:comment>`;
    })
    .join('');

  const changed = new Map<string, string>();
  changed.set(doc.documentPath, annotatedXml);
  if (existingXml !== undefined) changed.set(commentsPath, appendComments(existingXml, commentElements));
  else {
    changed.set(commentsPath, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${ns.w}">${commentElements}</w:comments>`);
    const target = relativeTarget(doc.documentPath, commentsPath);
    changed.set(relsPath, withRelationship(relsXml, ns.commentsRel, target));
    const typesEntry = byName.get('[Content_Types].xml');
    if (!typesEntry) throw new Failure(problems.damaged('no [Content_Types].xml'));
    changed.set('[Content_Types].xml', withOverride(decoder.decode(typesEntry.data), `/${commentsPath}`));
  }

  const order = entries.map((e) => e.name);
  for (const name of changed.keys()) if (!byName.has(name)) order.push(name);
  // Word and LibreOffice find the content types first.
  order.sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  return {
    ok: true,
    bytes: writeZip(order.map((name) => (changed.has(name) ? { name, data: encodeLike(byName.get(name)?.data, changed.get(name)!), stored: false } : byName.get(name)!))),
    comments: placed,
    commentsPath,
  };
}

// ---------------------------------------------------------------------------------------------
// Anchors: from extracted-text offsets to places in document.xml where a mark may go.

interface Anchor {
  start: number;
  end: number;
  xmlStart: number;
  xmlEnd: number;
  moved?: PlacedComment['moved'];
}

interface Mark {
  /** An offset of document.xml (possibly inside a run, which `insertMarks` then splits). */
  at: number;
  /**
   * At one offset: a tracked deletion's end and insertion (-1), comment ends (0), points (1),
   * comment starts (2), a tracked deletion's start (3): a comment holds its finding's change.
   */
  order: number;
  id: number;
  text: string;
}

const isGenerated = (piece: DocxParagraph['pieces'][number]) => piece.kind === 'numbering' || piece.kind === 'separator';

class Anchoring {
  /** Every element by the offset of its start tag, with its parent. */
  private readonly elements = new Map<number, XmlElement>();
  private readonly parents = new Map<XmlElement, XmlElement>();

  constructor(
    private readonly doc: DocxText,
    private readonly root: XmlElement,
  ) {
    const walk = (el: XmlElement) => {
      this.elements.set(el.start, el);
      for (const c of el.children) {
        this.parents.set(c, el);
        walk(c);
      }
    };
    walk(root);
  }

  place(comment: DocxComment): Anchor {
    const text = this.doc.text;
    let start = clamp(Math.min(comment.start, comment.end), 0, text.length);
    let end = clamp(Math.max(comment.start, comment.end), 0, text.length);
    let moved: Anchor['moved'];
    let first = paragraphAt(this.doc, start) ?? this.doc.paragraphs[this.doc.paragraphs.length - 1];
    if (!first) throw new Failure(problems.damaged('no paragraph'));
    const paragraphs = this.doc.paragraphs;
    // A span starting after a paragraph's last real character (at its line feed) starts at the
    // next paragraph's first, past empty paragraphs and numbering labels.
    while (end > start && !first.pieces.some((p) => !isGenerated(p) && p.end > start) && first.index + 1 < paragraphs.length && paragraphs[first.index + 1].start <= end) {
      first = paragraphs[first.index + 1];
      start = Math.min(end, first.pieces.find((p) => !isGenerated(p))?.start ?? first.start);
    }
    // A span ending before a paragraph's first real character (a section up to the next heading,
    // whose label Word generates) ends at the previous paragraph's last, past empty ones.
    let last = paragraphAt(this.doc, end) ?? first;
    while (end > start && last.index > first.index && !last.pieces.some((p) => !isGenerated(p) && p.start < end)) {
      last = paragraphs[last.index - 1];
      end = Math.max(start, last.end);
    }
    const label = first.pieces.find((p) => p.kind === 'numbering' && start >= p.start && start < p.end);
    if (label) {
      // The label has no characters in document.xml: the comment goes on the text it numbers.
      const realText = first.pieces.find((p) => !isGenerated(p));
      start = realText ? realText.start : first.end;
      if (end <= start) {
        const lineEnd = text.indexOf('\n', start);
        end = lineEnd >= 0 && lineEnd < first.end ? lineEnd : first.end;
      }
      moved = 'numbering';
    }
    const xmlStart = this.startIn(first, start);
    if (end === start) return { start: xmlStart.offset, end: xmlStart.offset, xmlStart: xmlStart.at, xmlEnd: xmlStart.at, moved: moved ?? 'point' };
    const xmlEnd = this.endIn(last, end);
    if (xmlEnd.at <= xmlStart.at || xmlEnd.offset <= xmlStart.offset) return { start: xmlStart.offset, end: xmlStart.offset, xmlStart: xmlStart.at, xmlEnd: xmlStart.at, moved: 'point' };
    return { start: xmlStart.offset, end: xmlEnd.offset, xmlStart: xmlStart.at, xmlEnd: xmlEnd.at, ...(moved ? { moved } : {}) };
  }

  /** Where a span starting at `offset` starts: at it, or at the next real character of the paragraph. */
  private startIn(paragraph: DocxParagraph, offset: number): { at: number; offset: number } {
    const exact = xmlOffsetAt(paragraph, offset, 'start');
    if (exact !== undefined) return { at: exact, offset };
    const next = paragraph.pieces.find((p) => !isGenerated(p) && p.end > offset);
    if (next) return { at: next.xmlStart, offset: Math.max(offset, next.start) };
    const prev = [...paragraph.pieces].reverse().find((p) => !isGenerated(p));
    if (prev) return { at: prev.xmlEnd, offset: prev.end };
    return { at: this.paragraphContentStart(paragraph), offset: paragraph.start };
  }

  /** Where a span ending at `offset` ends: at it, or at the end of the real character before. */
  private endIn(paragraph: DocxParagraph, offset: number): { at: number; offset: number } {
    const exact = xmlOffsetAt(paragraph, offset, 'end');
    if (exact !== undefined) return { at: exact, offset };
    const prev = [...paragraph.pieces].reverse().find((p) => !isGenerated(p) && p.start < offset);
    if (prev) return { at: prev.xmlEnd, offset: Math.min(offset, prev.end) };
    return { at: this.paragraphContentStart(paragraph), offset: paragraph.start };
  }

  /**
   * A point for a paragraph with no text: just inside it, after its properties (for a row, in
   * its first cell's first paragraph); a self-closing `<w:p/>` has no inside, so the nearest
   * paragraph's text or inside instead.
   */
  private paragraphContentStart(paragraph: DocxParagraph): number {
    const inside = this.insideOf(paragraph);
    if (inside !== undefined) return inside;
    const all = this.doc.paragraphs;
    for (let d = 1; d < all.length; d++) {
      const before = all[paragraph.index - d];
      const beforeText = before?.pieces.filter((x) => !isGenerated(x)).pop();
      if (beforeText) return beforeText.xmlEnd;
      const after = all[paragraph.index + d];
      const afterText = after?.pieces.find((x) => !isGenerated(x));
      if (afterText) return afterText.xmlStart;
      const nearest = (before && this.insideOf(before)) ?? (after && this.insideOf(after));
      if (nearest !== undefined) return nearest;
    }
    throw new Failure(problems.damaged('no paragraph to hold a comment'));
  }

  private insideOf(paragraph: DocxParagraph): number | undefined {
    let el = this.elements.get(paragraph.xmlStart);
    while (el && el.name !== 'w:p') el = el.children.find((c) => c.name === 'w:p' || containsParagraph(c));
    if (!el || el.contentStart === el.end) return undefined;
    const pPr = el.children.find((c) => c.name === 'w:pPr');
    return pPr ? pPr.end : el.contentStart;
  }

  /**
   * The run (`w:r`) whose content holds `at` (its edges included), and the text element `at` is
   * strictly inside, if any.
   */
  runAround(at: number): { run: XmlElement; t?: XmlElement } | undefined {
    let t: XmlElement | undefined;
    for (let e: XmlElement | undefined = this.deepestAt(at); e; e = this.parents.get(e)) {
      if (e.name === 'w:t' && at > e.contentStart && at < e.contentEnd) t = e;
      if (e.name === 'w:r') return { run: e, t };
    }
    return undefined;
  }

  /** The innermost element whose content holds `at`, its edges included (children are ordered: a binary search a level). */
  deepestAt(at: number): XmlElement {
    let el = this.root;
    for (;;) {
      const kids = el.children;
      let lo = 0;
      let hi = kids.length - 1;
      let found: XmlElement | undefined;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const c = kids[mid];
        if (at < c.contentStart) hi = mid - 1;
        else if (at > c.contentEnd) lo = mid + 1;
        else {
          found = c;
          break;
        }
      }
      if (!found) return el;
      el = found;
    }
  }

  /** Every `w:t` of the document. */
  textElements(): XmlElement[] {
    return [...this.elements.values()].filter((e) => e.name === 'w:t');
  }

  /**
   * Where an edit goes as a tracked change: the raw offsets of the text it replaces (equal for an
   * insertion) and the properties of the run it is in; undefined where it cannot go exactly
   * (see `AnnotateOptions.trackedChanges`) or overlaps a deletion already placed.
   */
  trackedChange(edit: { start: number; end: number; newText: string }, taken: Deletion[]): { from: number; to: number; rPr: string } | undefined {
    const { start, end } = edit;
    // A line feed or tab in the new text would need a paragraph or a w:tab, not characters of a w:t.
    if (!(start <= end) || (start === end && !edit.newText) || /[\n\r\t]/.test(edit.newText)) return undefined;
    const paragraph = paragraphAt(this.doc, start);
    if (!paragraph || end > paragraph.end) return undefined;
    if (this.doc.generated.some((g) => g.start < end && start < g.end)) return undefined;
    const covered = paragraph.pieces.filter((p) => p.start < end && start < p.end);
    if (covered.some((p) => p.kind !== 'text' || !p.run)) return undefined;
    const from = xmlOffsetAt(paragraph, start, start === end ? 'end' : 'start');
    const to = start === end ? from : xmlOffsetAt(paragraph, end, 'end');
    if (from === undefined || to === undefined) return undefined;
    const conflicts = (d: Deletion) => (d.from < to && from < d.to) || ((d.from === d.to || from === to) && d.from <= to && from <= d.to);
    if (taken.some(conflicts)) return undefined;
    const runAt = this.runAround(from) ?? this.runAround(to);
    const run = runAt?.run;
    if (!run || this.parents.get(run)?.name.startsWith('m:')) return undefined;
    const rPr = run.children.find((c) => c.name === 'w:rPr');
    const rPrRaw = rPr ? this.doc.documentXml.slice(rPr.start, rPr.end) : '';
    if (from === to) return { from, to, rPr: rPrRaw };
    // What the deletion wraps: whole runs of text side by side in one container, after splitting.
    const a = normalize(from, 'start', this);
    const b = normalize(to, 'end', this);
    const container = (at: number) => {
      const around = this.runAround(at);
      return around ? this.parents.get(around.run) : this.deepestAt(at);
    };
    const parent = container(a);
    if (!parent || parent !== container(b)) return undefined;
    for (const c of parent.children) {
      if (c.end <= a || c.start >= b) continue;
      if (c.name !== 'w:r') {
        if (!RANGE_MARKUP.has(c.name)) return undefined;
        continue;
      }
      if (c.children.some((x) => x.end > a && x.start < b && x.name !== 'w:t' && x.name !== 'w:rPr')) return undefined;
    }
    return { from, to, rPr: rPrRaw };
  }

  /** Math (`m:*`) takes no comment marks inside: a mark there moves out to the outermost math element. */
  outOfMath(at: number, side: 'start' | 'end'): number {
    let outer: XmlElement | undefined;
    for (let e: XmlElement | undefined = this.deepestAt(at); e; e = this.parents.get(e)) if (e.name.startsWith('m:')) outer = e;
    return outer ? (side === 'start' ? outer.start : outer.end) : at;
  }
}

/** Markup that may stand between the runs a tracked deletion wraps. */
const RANGE_MARKUP = new Set(['w:bookmarkStart', 'w:bookmarkEnd', 'w:proofErr', 'w:commentRangeStart', 'w:commentRangeEnd', 'w:permStart', 'w:permEnd']);

function containsParagraph(el: XmlElement): boolean {
  return el.children.some((c) => c.name === 'w:p' || containsParagraph(c));
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Number.isFinite(n) ? Math.trunc(n) : lo));
}

/** Characters of `w:t` content (offsets of document.xml) that a tracked deletion removes (empty for an insertion). */
interface Deletion {
  from: number;
  to: number;
}

/**
 * Inserts the marks. A mark inside a run splits it: the run is closed before the marks and
 * reopened after them with a copy of its properties; inside a `w:t`, the text element too.
 * Marks at one place share one split. Text a tracked deletion removes is in `w:delText`
 * elements: the original `w:t` tags around it are renamed, and a split opens or closes the
 * element its side of the text needs.
 */
function insertMarks(xml: string, marks: Mark[], anchors: Anchoring, prefix: string, deletions: Deletion[]): string {
  const deleted = (at: number) => deletions.some((d) => at >= d.from && at < d.to);
  const textTag = (isDeleted: boolean) => `${prefix}:${isDeleted ? 'delText' : 't'}`;
  const placed = marks.map((m) => ({ ...m, at: normalize(m.at, m.order <= 0 ? 'end' : 'start', anchors) }));
  placed.sort((a, b) => a.at - b.at || a.order - b.order || (a.order === 0 ? b.id - a.id : a.id - b.id));
  const edits: { at: number; remove: number; text: string }[] = [];
  const preserved = new Set<number>();
  for (let i = 0; i < placed.length; ) {
    let j = i;
    let text = '';
    while (j < placed.length && placed[j].at === placed[i].at) text += placed[j++].text;
    const at = placed[i].at;
    const around = anchors.runAround(at);
    if (!around) edits.push({ at, remove: 0, text });
    else {
      const { run, t } = around;
      const rPr = run.children.find((c) => c.name === 'w:rPr');
      const rPrRaw = rPr ? xml.slice(rPr.start, rPr.end) : '';
      if (t) {
        // The first half of the text may now end in a space, which Word keeps only when told to.
        if (!/\bxml:space\s*=/.test(xml.slice(t.start, t.contentStart)) && !preserved.has(t.start)) {
          preserved.add(t.start);
          edits.push({ at: t.contentStart - 1, remove: 0, text: ' xml:space="preserve"' });
        }
        edits.push({ at, remove: 0, text: `</${textTag(deleted(at - 1))}></${prefix}:r>${text}<${prefix}:r>${rPrRaw}<${textTag(deleted(at))} xml:space="preserve">` });
      } else edits.push({ at, remove: 0, text: `</${prefix}:r>${text}<${prefix}:r>${rPrRaw}` });
    }
    i = j;
  }
  if (deletions.length) {
    for (const t of anchors.textElements()) {
      if (t.contentEnd === t.contentStart) continue;
      const name = xml.slice(t.start + 1, t.start + 1 + `${prefix}:t`.length);
      if (deleted(t.contentStart)) edits.push({ at: t.start + 1, remove: name.length, text: textTag(true) });
      if (deleted(t.contentEnd - 1)) edits.push({ at: t.contentEnd + 2, remove: name.length, text: textTag(true) });
    }
  }
  edits.sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const edit of edits) {
    out += xml.slice(from, edit.at) + edit.text;
    from = edit.at + edit.remove;
  }
  return out + xml.slice(from);
}

/**
 * Moves a mark off the edges of text and runs, so that a mark at the start or end of a run goes
 * between runs rather than splitting one into an empty half.
 */
function normalize(at: number, side: 'start' | 'end', anchors: Anchoring): number {
  at = anchors.outOfMath(at, side);
  const innermost = anchors.deepestAt(at);
  if (innermost.name === 'w:t' && at === innermost.contentStart) at = innermost.start;
  else if (innermost.name === 'w:t' && at === innermost.contentEnd) at = innermost.end;
  const around = anchors.runAround(at);
  if (!around || around.t) return at;
  const content = around.run.children.filter((c) => c.name !== 'w:rPr');
  if (!content.length || at <= content[0].start) return around.run.start;
  if (at >= content[content.length - 1].end) return around.run.end;
  return at;
}

// ---------------------------------------------------------------------------------------------
// Package parts.

function readEntries(bytes: Uint8Array, limits: ZipLimits): Entry[] {
  const listed: { name: string; stored: boolean }[] = [];
  unzipSync(bytes, {
    filter(file) {
      listed.push({ name: file.name, stored: file.compression === 0 });
      if (listed.length > limits.maxEntries) throw new Failure(problems.damaged('too many entries'));
      return false;
    },
  });
  const data = new Map<string, Uint8Array[]>();
  const done = new Set<string>();
  const unzip = new Unzip((file) => {
    if (data.has(file.name)) return;
    const chunks: Uint8Array[] = [];
    data.set(file.name, chunks);
    let total = 0;
    file.ondata = (err, chunk, final) => {
      if (err) throw err;
      total += chunk.length;
      if (total > limits.maxPartBytes) throw new Failure(problems.tooLarge(file.name, limits.maxPartBytes));
      chunks.push(chunk);
      if (final) done.add(file.name);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const step = 64 * 1024;
  for (let at = 0; at < bytes.length; at += step) unzip.push(bytes.subarray(at, Math.min(at + step, bytes.length)), at + step >= bytes.length);
  const seen = new Set<string>();
  return listed.flatMap(({ name, stored }) => {
    if (seen.has(name)) return [];
    seen.add(name);
    const chunks = data.get(name);
    if (!chunks || !done.has(name)) throw new Failure(problems.damaged(`${name} is truncated`));
    return [{ name, stored, data: concat(chunks) }];
  });
}

function writeZip(entries: Entry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  for (const entry of entries) {
    const file = entry.stored ? new ZipPassThrough(entry.name) : new ZipDeflate(entry.name, { level: 6 });
    zip.add(file);
    file.push(entry.data, true);
  }
  zip.end();
  if (failure) throw failure;
  return concat(chunks);
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** A changed part in UTF-8, with the byte order mark its original had (the decoder drops it). */
function encodeLike(original: Uint8Array | undefined, text: string): Uint8Array {
  const encoded = encoder.encode(text);
  if (!original || !UTF8_BOM.every((b, i) => original[i] === b)) return encoded;
  const out = new Uint8Array(encoded.length + 3);
  out.set(UTF8_BOM);
  out.set(encoded, 3);
  return out;
}

function relativeTarget(base: string, path: string): string {
  const dir = base.slice(0, base.lastIndexOf('/') + 1);
  return path.startsWith(dir) ? path.slice(dir.length) : `/${path}`;
}

function existingCommentsPart(relsXml: string, documentPath: string): string | undefined {
  const rels = parseXml(relsXml);
  const rel = rels.children.find((r) => COMMENTS_REL.test(r.attrs.Type ?? '') && r.attrs.TargetMode !== 'External' && r.attrs.Target);
  return rel ? resolveTarget(documentPath, rel.attrs.Target) : undefined;
}

function freshName(byName: Map<string, Entry>, documentPath: string): string {
  const dir = documentPath.slice(0, documentPath.lastIndexOf('/') + 1);
  for (let n = 0; ; n++) {
    const name = `${dir}comments${n ? n : ''}.xml`;
    if (!byName.has(name)) return name;
  }
}

/** One more than any comment id in use (in comments.xml or as a mark in the document). */
function nextCommentId(documentXml: string, commentsXml: string | undefined): number {
  let max = -1;
  for (const source of [documentXml, commentsXml ?? '']) {
    for (const m of source.matchAll(/<(?:[\w.-]+:)?(?:comment|commentRangeStart|commentRangeEnd|commentReference)\b[^>]*?\s(?:[\w.-]+:)?id="(\d+)"/g)) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

function appendComments(commentsXml: string, elements: string): string {
  const root = /<(?:([\w.-]+):)?comments\b[^>]*>/.exec(commentsXml);
  if (!root) throw new Failure(problems.damaged('comments part without w:comments'));
  const p = root[1];
  // Written with the part's own prefix, or in a default namespace declared on the wrapper.
  const rewritten = p === 'w' ? elements : p ? elements.replace(/(<\/?|\s)w:/g, `$1${p}:`) : elements.replace(/(<\/?|\s)w:/g, '$1');
  const selfClosing = /\/>$/.test(root[0]);
  if (selfClosing) return commentsXml.replace(root[0], `${root[0].slice(0, -2)}>${rewritten}</${p ? `${p}:` : ''}comments>`);
  const close = commentsXml.lastIndexOf(`</${p ? `${p}:` : ''}comments>`);
  if (close < 0) throw new Failure(problems.damaged('comments part not closed'));
  return commentsXml.slice(0, close) + rewritten + commentsXml.slice(close);
}

function withRelationship(relsXml: string | undefined, type: string, target: string): string {
  const relationship = (id: string) => `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target, true)}"/>`;
  if (relsXml === undefined) return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${relationship('rId1')}</Relationships>`;
  const ids = new Set([...relsXml.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const close = relsXml.lastIndexOf('</Relationships>');
  if (close < 0) {
    const empty = /<Relationships\b[^>]*\/>/.exec(relsXml);
    if (!empty) throw new Failure(problems.damaged('relationships part without Relationships'));
    return relsXml.replace(empty[0], `${empty[0].slice(0, -2)}>${relationship(`rId${n}`)}</Relationships>`);
  }
  return relsXml.slice(0, close) + relationship(`rId${n}`) + relsXml.slice(close);
}

function withOverride(typesXml: string, partName: string): string {
  if (new RegExp(`PartName="${partName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`, 'i').test(typesXml)) return typesXml;
  const close = typesXml.lastIndexOf('</Types>');
  if (close < 0) throw new Failure(problems.damaged('[Content_Types].xml without Types'));
  return `${typesXml.slice(0, close)}<Override PartName="${partName}" ContentType="${COMMENTS_CONTENT_TYPE}"/>${typesXml.slice(close)}`;
}

/** Text for XML: markup escaped, and the control characters XML 1.0 cannot hold left out. */
function escapeXml(text: string, attribute: boolean): string {
  const escaped = text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return attribute ? escaped.replace(/"/g, '&quot;') : escaped;
}

function numberingLabelAt(doc: DocxText, offset: number): string {
  const paragraph = paragraphAt(doc, offset);
  return (paragraph?.pieces ?? [])
    .filter((p) => p.kind === 'numbering')
    .map((p) => doc.text.slice(p.start, p.end))
    .join('')
    .trim();
}
