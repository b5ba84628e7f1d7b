// The annotated copy: every finding a Word comment anchored on the characters it flags, read back
// from the annotated package by the reader (not by the annotator), and nothing else changed.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { annotateDocx, paragraphAt, readDocx, type DocxComment, type DocxText } from '../../server/src/docx';
import { applyEdits } from '../../server/src/engine/edits';
import { check } from '../../server/src/engine';
import { buildDocx, p } from './build';
import { corpusFiles, MADE_DIR } from './corpus';

function readOk(bytes: Uint8Array): DocxText {
  const result = readDocx(bytes);
  if (!result.ok) throw new Error(result.problem.message.en);
  return result;
}

function annotated(bytes: Uint8Array, comments: DocxComment[]) {
  const doc = readOk(bytes);
  const result = annotateDocx(bytes, doc, comments, { date: new Date('2026-12-07T08:00:00Z') });
  if (!result.ok) throw new Error(result.problem.message.en);
  return { doc, result, entries: unzipSync(result.bytes), after: readOk(result.bytes) };
}

function engineComments(doc: DocxText): DocxComment[] {
  return check(doc.text).findings.map((f) => ({ start: f.span.start, end: f.span.end, text: f.message.zh, rule: f.rule, severity: f.severity }));
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/**
 * What each comment of an annotated document is anchored on, in the document's extracted text:
 * from the first character read after its w:commentRangeStart to the last before its
 * w:commentRangeEnd, located through the reader's own map of the annotated document.xml.
 */
function anchoredTexts(doc: DocxText): Map<number, string> {
  const real = doc.paragraphs.flatMap((x) => x.pieces).filter((x) => x.kind !== 'numbering' && x.kind !== 'separator');
  const out = new Map<number, string>();
  for (const m of doc.documentXml.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/g)) {
    const id = Number(m[1]);
    const startAt = m.index! + m[0].length;
    const endAt = doc.documentXml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
    expect(endAt, `comment ${id} has an end`).toBeGreaterThanOrEqual(startAt);
    const first = real.find((x) => x.xmlStart >= startAt);
    const last = [...real].reverse().find((x) => x.xmlEnd <= endAt);
    out.set(id, first && last && first.start <= last.end ? doc.text.slice(first.start, last.end) : '');
  }
  return out;
}

/**
 * What document.xml gained besides comment marks, compared with the original: each difference
 * must be a join that splits a run where a mark goes (the run closed, and reopened with a copy
 * of its own w:rPr, and its w:t after a split inside text); xml:space="preserve" (which a split
 * adds to the w:t it splits) aside. Returns the differences that are not such a join.
 */
function changesBesidesMarks(original: string, annotatedXml: string): string[] {
  const MARKS = /<w:commentRange(?:Start|End) w:id="\d+"\/>|<w:r><w:commentReference w:id="\d+"\/><\/w:r>/g;
  const before = original.replace(/ xml:space="preserve"/g, '');
  const after = annotatedXml.replace(MARKS, '').replace(/ xml:space="preserve"/g, '');
  const problems: string[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (before[i] === after[j]) {
      i++;
      j++;
      continue;
    }
    // A join starts with "<": the common "<" of "<w:tab/>" and "</w:r>…" is taken back.
    if (after[j - 1] === '<' && before[i - 1] === '<') {
      i--;
      j--;
    }
    const join = /^(<\/w:t>)?<\/w:r><w:r>/.exec(after.slice(j, j + 20));
    const runStart = Math.max(before.lastIndexOf('<w:r>', i), before.lastIndexOf('<w:r ', i));
    const runTagEnd = before.indexOf('>', runStart) + 1;
    const ownRPr = before.startsWith('<w:rPr', runTagEnd) ? before.slice(runTagEnd, elementEnd(before, runTagEnd, 'w:rPr')) : '';
    const expected = join ? `${join[0]}${ownRPr}${join[1] ? '<w:t>' : ''}` : undefined;
    if (!expected || !after.startsWith(expected, j)) {
      problems.push(`at ${i}: ${JSON.stringify(before.slice(i, i + 60))} became ${JSON.stringify(after.slice(j, j + 60))}`);
      break;
    }
    j += expected.length;
  }
  return problems;
}

function elementEnd(xml: string, at: number, name: string): number {
  const tags = new RegExp(`<(/?)${name}\\b[^>]*?(/?)>`, 'g');
  tags.lastIndex = at;
  let depth = 0;
  for (let m = tags.exec(xml); m; m = tags.exec(xml)) {
    if (m[1]) depth--;
    else if (!m[2]) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  throw new Error(`${name} not closed`);
}

const made = corpusFiles().filter((f) => f.key.startsWith('made/'));

describe('every made .docx annotated with the engine’s findings', () => {
  it('has findings to annotate in the seeds', () => {
    const seeds = made.filter((f) => f.key.startsWith('made/seeds/'));
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    expect(seeds.every((f) => engineComments(readOk(readFileSync(f.path))).length > 0)).toBe(true);
  });

  it.each(made.map((f) => [f.key, f.path]))('%s: each comment is anchored on exactly the flagged characters', (_key, path) => {
    const bytes = readFileSync(path);
    const doc = readOk(bytes);
    const comments = engineComments(doc);
    const { result, after } = annotated(bytes, comments);
    // The annotated document reads as the same text.
    expect(after.text).toBe(doc.text);
    const anchored = anchoredTexts(after);
    expect(anchored.size).toBe(comments.length);
    const problems: string[] = [];
    comments.forEach((c, i) => {
      const placed = result.comments[i];
      let flagged = doc.text.slice(c.start, c.end);
      // A span up to the start of the next paragraph (a section) ends at its last paragraph's end.
      if (flagged.endsWith('\n')) flagged = flagged.slice(0, -1);
      const got = anchored.get(placed.id);
      if (placed.moved === undefined && got !== flagged) problems.push(`${c.rule} ${JSON.stringify(flagged)} anchored on ${JSON.stringify(got)}`);
      if (placed.moved === 'numbering') {
        // Word's label has no characters to anchor on: the flagged text after it, or the line it numbers.
        const paragraph = paragraphAt(doc, c.start)!;
        const labelEnd = paragraph.pieces.filter((x) => x.kind === 'numbering').pop()!.end;
        const expected = flagged.slice(labelEnd - c.start) || doc.text.slice(labelEnd, paragraph.end).split('\n')[0];
        if (got !== expected) problems.push(`${c.rule} ${JSON.stringify(flagged)} on a label anchored on ${JSON.stringify(got)}, not ${JSON.stringify(expected)}`);
      }
      if (placed.moved === 'point' && (got !== '' || c.start !== c.end)) problems.push(`${c.rule} ${JSON.stringify(flagged)} made a point`);
    });
    expect(problems).toEqual([]);
  });

  it.each(made.map((f) => [f.key, f.path]))('%s: document.xml is unchanged outside the inserted marks, every other entry byte for byte', (_key, path) => {
    const bytes = readFileSync(path);
    const before = unzipSync(bytes);
    const doc = readOk(bytes);
    const comments = engineComments(doc);
    const { result, entries } = annotated(bytes, comments);
    const documentXml = text(entries['word/document.xml']);
    expect(documentXml.length > doc.documentXml.length).toBe(comments.length > 0);
    expect(changesBesidesMarks(doc.documentXml, documentXml)).toEqual([]);
    const changed = new Set(['word/document.xml', result.commentsPath, 'word/_rels/document.xml.rels', '[Content_Types].xml']);
    for (const name of Object.keys(before)) if (!changed.has(name)) expect(entries[name], name).toEqual(before[name]);
    // Entry order kept, the content types first, the new part last.
    expect(Object.keys(entries).filter((n) => n in before)).toEqual(['[Content_Types].xml', ...Object.keys(before).filter((n) => n !== '[Content_Types].xml')]);
  });
});

describe('the comment parts', () => {
  const bytes = readFileSync(join(MADE_DIR, 'seeds/000_7bb5cf063f89b13b.docx'));
  const doc = readOk(bytes);
  const comments = engineComments(doc);
  const { entries, result } = annotated(bytes, comments);

  it('word/comments.xml holds each comment by Gongwen, with its message, rule and severity', () => {
    expect(result.commentsPath).toBe('word/comments.xml');
    const xml = text(entries['word/comments.xml']);
    const elements = [...xml.matchAll(/<w:comment w:id="(\d+)" w:author="Gongwen" w:date="2026-12-07T08:00:00Z" w:initials="GW">(.*?)<\/w:comment>/g)];
    expect(elements.map((m) => Number(m[1]))).toEqual(comments.map((_, i) => i));
    elements.forEach((m, i) => {
      const shown = [...m[2].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]);
      expect(shown).toEqual([comments[i].text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'), `Gongwen · ${comments[i].rule} · ${{ error: '错误', warning: '警告', info: '提示' }[comments[i].severity!]}`]);
      expect(m[2]).toContain('<w:annotationRef/>');
    });
  });

  it('is related from document.xml and has its content type', () => {
    expect(text(entries['word/_rels/document.xml.rels'])).toMatch(/<Relationship Id="rId\d+" Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/comments" Target="comments\.xml"\/><\/Relationships>$/);
    const ids = [...text(entries['word/_rels/document.xml.rels']).matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(text(entries['[Content_Types].xml'])).toContain('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>');
  });

  it('puts every mark outside runs, with the reference run after the range end', () => {
    const xml = text(entries['word/document.xml']);
    for (const c of result.comments) {
      const end = `<w:commentRangeEnd w:id="${c.id}"/>`;
      expect(xml).toContain(`${end}<w:r><w:commentReference w:id="${c.id}"/></w:r>`);
    }
    // No mark inside a w:r: between a run's start and its end there is no other run start or mark.
    for (const m of xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*?<\/w:r>/gs)) expect(m[0]).not.toMatch(/commentRange/);
  });
});

describe('an anchor inside a run', () => {
  const RPR = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:b/><w:sz w:val="32"/></w:rPr>';
  const bytes = buildDocx({ body: `<w:p><w:r>${RPR}<w:t>今年完成 XXXX 项任务</w:t></w:r></w:p>` });

  it('splits the run there, each half keeping its formatting and the spaces at the split', () => {
    const doc = readOk(bytes);
    const start = doc.text.indexOf('XXXX');
    const { entries, after } = annotated(bytes, [{ start, end: start + 4, text: '占位符', rule: 'placeholder-letters' }]);
    const xml = text(entries['word/document.xml']);
    expect(xml).toContain(
      `<w:p><w:r>${RPR}<w:t xml:space="preserve">今年完成 </w:t></w:r><w:commentRangeStart w:id="0"/><w:r>${RPR}<w:t xml:space="preserve">XXXX</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:r>${RPR}<w:t xml:space="preserve"> 项任务</w:t></w:r></w:p>`,
    );
    expect(after.text).toBe('今年完成 XXXX 项任务');
    expect(anchoredTexts(after).get(0)).toBe('XXXX');
  });

  it('splits once for marks at one place, and keeps overlapping ranges apart', () => {
    const doc = readOk(bytes);
    const x = doc.text.indexOf('XXXX');
    const { after, entries } = annotated(bytes, [
      { start: 0, end: x + 2, text: 'a', rule: 'r1' },
      { start: x + 2, end: doc.text.length, text: 'b', rule: 'r2' },
      { start: x, end: x, text: 'c', rule: 'r3' },
    ]);
    const anchored = anchoredTexts(after);
    expect([0, 1, 2].map((id) => anchored.get(id))).toEqual(['今年完成 XX', 'XX 项任务', '']);
    expect(text(entries['word/document.xml']).match(/<w:commentRangeEnd w:id="0"\/>.*?<w:commentRangeStart w:id="1"\/>/)).not.toBeNull();
  });
});

describe('anchors the text does not hold', () => {
  const numbering = `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
  const bytes = buildDocx({
    numbering,
    body: `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>总体情况</w:t></w:r></w:p>${p('第一段。')}<w:p/>${p('第二段。')}<w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p>`,
  });
  const doc = readOk(bytes);

  it('a finding on Word’s numbering is anchored on the text it numbers, and says so', () => {
    expect(doc.text.startsWith('一、总体情况')).toBe(true);
    const { result, after, entries } = annotated(bytes, [
      { start: 0, end: 2, text: '编号', rule: 'r' },
      { start: 0, end: 6, text: '标题', rule: 'r' },
    ]);
    expect(result.comments.map((c) => c.moved)).toEqual(['numbering', 'numbering']);
    expect([...anchoredTexts(after).values()]).toEqual(['总体情况', '总体情况']);
    expect(text(entries['word/comments.xml'])).toContain('所指为 Word 自动编号“一、”');
  });

  it('a zero-length finding is a point comment; in an empty paragraph, inside it, or next to it when it is <w:p/>', () => {
    const [selfClosing, withProperties] = [doc.paragraphs[2], doc.paragraphs[4]];
    expect([selfClosing.start, withProperties.start]).toEqual([selfClosing.end, withProperties.end]);
    const { result, entries } = annotated(bytes, [
      { start: doc.text.indexOf('第一段') + 1, end: doc.text.indexOf('第一段') + 1, text: '此处缺少', rule: 'r' },
      { start: selfClosing.start, end: selfClosing.start, text: '空段', rule: 'r' },
      { start: withProperties.start, end: withProperties.start, text: '空段', rule: 'r' },
    ]);
    expect(result.comments.map((c) => c.moved)).toEqual(['point', 'point', 'point']);
    const xml = text(entries['word/document.xml']);
    const reference = (id: number) => `<w:commentRangeStart w:id="${id}"/><w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
    expect(xml).toContain(`<w:t xml:space="preserve">第</w:t></w:r>${reference(0)}<w:r><w:t xml:space="preserve">一段。</w:t></w:r>${reference(1)}</w:p><w:p/>`);
    expect(xml).toContain(`<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${reference(2)}</w:p>`);
  });

  it('a finding across paragraphs starts in one and ends in another', () => {
    const start = doc.text.indexOf('第一段');
    const end = doc.text.indexOf('第二段') + 3;
    const { after, entries } = annotated(bytes, [{ start, end, text: '跨段', rule: 'r' }]);
    expect(anchoredTexts(after).get(0)).toBe('第一段。\n\n第二段');
    const xml = text(entries['word/document.xml']);
    const startAt = xml.indexOf('<w:commentRangeStart w:id="0"/>');
    const endAt = xml.indexOf('<w:commentRangeEnd w:id="0"/>');
    expect(xml.slice(startAt, endAt)).toContain('</w:p>');
  });
});

describe('a document with comments already', () => {
  const bytes = readFileSync(join(MADE_DIR, 'features.docx'));
  const before = unzipSync(bytes);

  it('keeps them and adds its own with fresh ids, the relationship and content type as they were', () => {
    const doc = readOk(bytes);
    const oldIds = [...text(before['word/comments.xml']).matchAll(/<w:comment w:id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(oldIds.length).toBeGreaterThan(0);
    const at = doc.text.indexOf('认真落实');
    const { entries, result } = annotated(bytes, [{ start: at, end: at + 4, text: '新批注', rule: 'r' }]);
    const xml = text(entries['word/comments.xml']);
    const oldXml = text(before['word/comments.xml']);
    expect(xml.startsWith(oldXml.slice(0, oldXml.lastIndexOf('</w:comments>')))).toBe(true);
    expect(result.comments[0].id).toBe(Math.max(...oldIds) + 1);
    expect(xml).toContain(`<w:comment w:id="${result.comments[0].id}" w:author="Gongwen"`);
    expect(entries['word/_rels/document.xml.rels']).toEqual(before['word/_rels/document.xml.rels']);
    expect(entries['[Content_Types].xml']).toEqual(before['[Content_Types].xml']);
  });
});

describe('problems', () => {
  it('a package that is not the one read gives a message, never an exception', () => {
    const a = buildDocx({ body: p('甲') });
    const b = buildDocx({ body: p('乙') });
    const result = annotateDocx(b, readOk(a), [{ start: 0, end: 1, text: 'x', rule: 'r' }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message.zh).toContain('无法加批注');
  });

  it('a package without content types gives a message', () => {
    const a = buildDocx({ body: p('甲') });
    const entries = unzipSync(a);
    delete entries['[Content_Types].xml'];
    const bytes = zipSync(entries);
    const result = annotateDocx(bytes, readOk(bytes), [{ start: 0, end: 1, text: 'x', rule: 'r' }]);
    expect(result.ok).toBe(false);
  });
});

describe('documents written otherwise', () => {
  it('writes the marks with the prefix the document binds to WordprocessingML', () => {
    const bytes = buildDocx({ body: p('今年完成 XXXX 项任务'), prefix: 'ns0' });
    const doc = readOk(bytes);
    const at = doc.text.indexOf('XXXX');
    const { entries, after } = annotated(bytes, [{ start: at, end: at + 4, text: '占位符', rule: 'r' }]);
    const xml = text(entries['word/document.xml']);
    expect(xml).toContain('<ns0:t xml:space="preserve">今年完成 </ns0:t></ns0:r><ns0:commentRangeStart ns0:id="0"/><ns0:r><ns0:t xml:space="preserve">XXXX</ns0:t></ns0:r><ns0:commentRangeEnd ns0:id="0"/>');
    expect(xml).not.toMatch(/<w:/);
    expect(after.text).toBe(doc.text);
  });

  it('splits a run between a tab and its text, and anchors inside a hyperlink', () => {
    const bytes = buildDocx({
      body: '<w:p><w:r><w:rPr><w:i/></w:rPr><w:t>项目</w:t><w:tab/><w:t>金额</w:t></w:r><w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t>链接文字</w:t></w:r></w:hyperlink></w:p>',
    });
    const doc = readOk(bytes);
    const { entries, after } = annotated(bytes, [
      { start: doc.text.indexOf('金额'), end: doc.text.indexOf('金额') + 2, text: 'a', rule: 'r' },
      { start: doc.text.indexOf('文字'), end: doc.text.indexOf('文字') + 2, text: 'b', rule: 'r' },
    ]);
    const xml = text(entries['word/document.xml']);
    expect(xml).toContain('<w:tab/></w:r><w:commentRangeStart w:id="0"/><w:r><w:rPr><w:i/></w:rPr><w:t>金额</w:t></w:r><w:commentRangeEnd w:id="0"/>');
    expect(xml).toContain('<w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t xml:space="preserve">链接</w:t></w:r><w:commentRangeStart w:id="1"/>');
    expect([...anchoredTexts(after).values()]).toEqual(['金额', '文字']);
  });

  it('escapes the message and leaves out characters XML cannot hold', () => {
    const bytes = buildDocx({ body: p('正文') });
    const { entries } = annotated(bytes, [{ start: 0, end: 2, text: '<a> & "b"\u0001', rule: 'r' }]);
    expect(text(entries['word/comments.xml'])).toContain('<w:t xml:space="preserve">&lt;a&gt; &amp; "b"</w:t>');
  });
});

describe('parts with a byte order mark', () => {
  it('keep it', () => {
    const entries = unzipSync(buildDocx({ body: p('正文') }));
    for (const name of ['word/document.xml', '[Content_Types].xml']) entries[name] = new Uint8Array([0xef, 0xbb, 0xbf, ...entries[name]]);
    const bytes = zipSync(entries);
    const { entries: after } = annotated(bytes, [{ start: 0, end: 2, text: 'x', rule: 'r' }]);
    expect([...after['word/document.xml'].subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...after['[Content_Types].xml'].subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(after['word/document.xml'])).toContain('<w:commentRangeStart w:id="0"/>');
  });
});

describe('spans anywhere', () => {
  /** A small deterministic generator (mulberry32), so a failure names a span that can be rerun. */
  function random(seed: number): () => number {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it.each(made.map((f) => [f.key, f.path]))('%s: 300 random spans, across runs, cells, labels and paragraphs, each anchored on the text it asks for or on the nearest real text', (_key, path) => {
    const bytes = readFileSync(path);
    const doc = readOk(bytes);
    const next = random(path.length * 7919);
    const comments: DocxComment[] = Array.from({ length: 300 }, (_, i) => {
      const start = Math.floor(next() * (doc.text.length + 1));
      const length = i % 3 === 0 ? 0 : Math.floor(next() * (i % 3 === 1 ? 12 : 400));
      return { start, end: Math.min(doc.text.length, start + length), text: `c${i}`, rule: 'r' };
    });
    const { result, after, entries } = annotated(bytes, comments);
    expect(after.text).toBe(doc.text);
    expect(changesBesidesMarks(doc.documentXml, text(entries['word/document.xml']))).toEqual([]);
    const anchored = anchoredTexts(after);
    const problems: string[] = [];
    comments.forEach((c, i) => {
      const placed = result.comments[i];
      const got = anchored.get(placed.id);
      if (got !== doc.text.slice(placed.start, placed.end)) problems.push(`[${c.start}, ${c.end}) placed at [${placed.start}, ${placed.end}) but anchored on ${JSON.stringify(got)}`);
      // Placed inside what was asked for, only trimmed of characters document.xml does not hold.
      const trimmed = doc.text.slice(c.start, c.end);
      if (placed.moved === undefined && !trimmed.includes(doc.text.slice(placed.start, placed.end))) problems.push(`[${c.start}, ${c.end}) moved to [${placed.start}, ${placed.end})`);
      if (placed.moved === undefined && placed.end - placed.start < trimmed.replace(/[\n\t ]+$/, '').length - 40) problems.push(`[${c.start}, ${c.end}) shrank to [${placed.start}, ${placed.end})`);
    });
    expect(problems.slice(0, 5)).toEqual([]);
  });
});

describe('fixes as tracked changes', () => {
  /** The document with every tracked change rejected: insertions gone, deletions back as text. */
  function rejected(xml: string): string {
    // Gongwen's deletions hold runs only, so the first </w:del> after one's start is its end.
    return xml
      .replace(/<w:ins w:id="\d+" w:author="Gongwen" w:date="[^"]+">.*?<\/w:ins>/g, '')
      .replace(/<w:del w:id="\d+" w:author="Gongwen" w:date="[^"]+">(.*?)<\/w:del>/g, (_, runs: string) => runs.replace(/<(\/?)w:delText\b/g, '<$1w:t'));
  }

  function withFixes(doc: DocxText): DocxComment[] {
    return check(doc.text).findings.map((f) => ({
      start: f.span.start,
      end: f.span.end,
      text: f.message.zh,
      rule: f.rule,
      edits: (f.fix ?? f.suggestions?.[0])?.edits.map((e) => ({ start: e.span.start, end: e.span.end, newText: e.newText })) ?? [],
    }));
  }

  it.each(made.map((f) => [f.key, f.path]))('%s: accepted, the document reads as the text with those edits; rejected, as the original', (_key, path) => {
    const bytes = readFileSync(path);
    const doc = readOk(bytes);
    const comments = withFixes(doc);
    const result = annotateDocx(bytes, doc, comments, { trackedChanges: true, date: new Date('2026-12-07T08:00:00Z') });
    if (!result.ok) throw new Error(result.problem.message.en);
    const written = comments.flatMap((c, i) => (result.comments[i].trackedEdits ?? []).map((k) => c.edits![k]));
    const accepted = readOk(result.bytes);
    expect(accepted.text).toBe(applyEdits(doc.text, written.map((e) => ({ span: { start: e.start, end: e.end }, newText: e.newText }))).text);
    const entries = unzipSync(result.bytes);
    const xml = text(entries['word/document.xml']);
    const back = unzipSync(result.bytes);
    back['word/document.xml'] = new TextEncoder().encode(rejected(xml));
    expect(readOk(zipSync(back)).text).toBe(doc.text);
    // Each comment still anchored; with its change inside it.
    expect(anchoredTexts(accepted).size).toBe(comments.length);
  });

  it.each(made.map((f) => [f.key, f.path]))('%s: 200 random edits, accepted and rejected', (_key, path) => {
    const bytes = readFileSync(path);
    const doc = readOk(bytes);
    let seed = path.length * 104729;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const comments: DocxComment[] = Array.from({ length: 200 }, (_, i) => {
      const start = Math.floor(next() * doc.text.length);
      const end = Math.min(doc.text.length, start + Math.floor(next() * (i % 2 ? 3 : 30)));
      const newText = ['', '，', '甲乙', ' & <x>', '\n'][i % 5];
      return { start, end, text: `e${i}`, rule: 'r', edits: [{ start, end, newText }] };
    });
    const result = annotateDocx(bytes, doc, comments, { trackedChanges: true });
    if (!result.ok) throw new Error(result.problem.message.en);
    const written = comments.flatMap((c, i) => (result.comments[i].trackedEdits ?? []).map((k) => c.edits![k]));
    expect(written.length).toBeGreaterThan(20);
    expect(readOk(result.bytes).text).toBe(applyEdits(doc.text, written.map((e) => ({ span: { start: e.start, end: e.end }, newText: e.newText }))).text);
    const back = unzipSync(result.bytes);
    back['word/document.xml'] = new TextEncoder().encode(rejected(text(back['word/document.xml'])));
    expect(readOk(zipSync(back)).text).toBe(doc.text);
  });

  it('writes the edits it can and leaves the others to the comment', () => {
    const bytes = buildDocx({ body: `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>加强了组织领导,完善</w:t></w:r><w:r><w:t>了制度</w:t><w:tab/><w:t>甲</w:t></w:r></w:p>` });
    const doc = readOk(bytes);
    const comma = doc.text.indexOf(',');
    const tab = doc.text.indexOf('\t');
    const result = annotateDocx(bytes, doc, [
      { start: comma, end: comma + 1, text: '半角逗号', rule: 'r', edits: [{ start: comma, end: comma + 1, newText: '，' }] },
      { start: tab, end: tab + 1, text: '制表符', rule: 'r', edits: [{ start: tab, end: tab + 1, newText: '' }] },
      { start: 0, end: 2, text: '跨段', rule: 'r', edits: [{ start: 0, end: 2, newText: '一\n二' }] },
      { start: comma + 1, end: doc.text.indexOf('度') + 1, text: '跨两个 run', rule: 'r', edits: [{ start: comma + 1, end: doc.text.indexOf('度') + 1, newText: '健全了机制' }] },
    ], { trackedChanges: true, date: new Date('2026-12-07T08:00:00Z') });
    if (!result.ok) throw new Error(result.problem.message.en);
    expect(result.comments.map((c) => c.trackedEdits)).toEqual([[0], [], [], [0]]);
    const xml = text(unzipSync(result.bytes)['word/document.xml']);
    expect(xml).toContain(
      '<w:commentRangeStart w:id="0"/><w:del w:id="4" w:author="Gongwen" w:date="2026-12-07T08:00:00Z"><w:r><w:rPr><w:b/></w:rPr><w:delText xml:space="preserve">,</w:delText></w:r></w:del><w:ins w:id="5" w:author="Gongwen" w:date="2026-12-07T08:00:00Z"><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">，</w:t></w:r></w:ins><w:commentRangeEnd w:id="0"/>',
    );
    expect(readOk(result.bytes).text).toBe('加强了组织领导，健全了机制\t甲');
  });
});
