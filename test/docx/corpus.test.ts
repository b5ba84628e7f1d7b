// The reader on whole documents: .docx files made with LibreOffice from the seeds and from real
// reports give back their text; every .docx of the test data has the paragraphs LibreOffice
// counts in it; and, where soffice is installed, the text matches LibreOffice's own text export
// paragraph for paragraph (numbering labels aside, which LibreOffice indents and spaces its own way).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphAt, readDocx, xmlOffsetAt, type DocxText } from '../../server/src/docx';
import { check, parse } from '../../server/src/engine';
import { corpusFiles, MADE_DIR, REAL_DIR, recordedCounts } from './corpus';
import { libreOfficeText, sofficeAvailable } from './libreoffice';

const SEEDS = resolve(__dirname, '../../../shared/corpus/seeds');
const REAL_TEXT = resolve(__dirname, '../corpus/real');

function readOk(path: string): DocxText {
  const result = readDocx(readFileSync(path));
  if (!result.ok) throw new Error(`${path}: ${result.problem.message.en}`);
  return result;
}

/** The text file a made .docx was converted from, if this checkout has it. */
function sourceOf(madeDocx: string): string | undefined {
  const txt = basename(madeDocx).replace(/\.docx$/, '.txt');
  if (madeDocx.includes('/made/seeds/')) return existsSync(join(SEEDS, txt)) ? join(SEEDS, txt) : undefined;
  for (const set of readdirSync(REAL_TEXT)) {
    const candidate = join(REAL_TEXT, set, 'docs', txt);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

describe('a .docx made from a text report', () => {
  const made = corpusFiles().filter((f) => f.key.startsWith('made/seeds/') || f.key.startsWith('made/real/'));

  it('is there for every seed and for reports of each real set', () => {
    expect(made.filter((f) => f.key.startsWith('made/seeds/')).length).toBeGreaterThanOrEqual(5);
    expect(made.filter((f) => f.key.startsWith('made/real/')).length).toBeGreaterThanOrEqual(6);
  });

  it.each(made.map((f) => [f.key, f.path]))('%s reads as the text it was made from', (_key, path) => {
    const source = sourceOf(path);
    if (!source) return; // the seeds live in ../shared, absent from some checkouts
    expect(readOk(path).text).toBe(readFileSync(source, 'utf8').replace(/\n$/, ''));
  });
});

/** What document.xml reads as from `from` to `to`: its text, markup left out, tabs kept. */
function xmlText(doc: DocxText, from: number, to: number): string {
  return doc.documentXml
    .slice(from, to)
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!);
}

describe('findings on a made .docx, placed in document.xml', () => {
  const made = corpusFiles().filter((f) => f.key.startsWith('made/seeds/') || f.key.startsWith('made/real/'));

  it('has findings to place: the seeds carry planted faults', () => {
    const seeds = made.filter((f) => f.key.startsWith('made/seeds/'));
    expect(seeds.every((f) => check(readOk(f.path).text).findings.length > 0)).toBe(true);
  });

  it.each(made.map((f) => [f.key, f.path]))('%s: every finding names its paragraph and quotes the characters it covers there', (_key, path) => {
    const doc = readOk(path);
    const result = check(doc.text);
    for (const finding of result.findings) {
      const { start, end } = finding.span;
      const paragraph = paragraphAt(doc, start);
      expect(paragraph, finding.rule).toBeDefined();
      if (end > paragraph!.end || start === end) continue; // a span past its paragraph (a section) is placed by its start
      const from = xmlOffsetAt(paragraph!, start, 'start');
      const to = xmlOffsetAt(paragraph!, end, 'end');
      expect(xmlText(doc, from!, to!), finding.rule).toBe(doc.text.slice(start, end));
    }
  });
});

describe('the made document with Word features', () => {
  it('reads numbering, tables, breaks and accepted changes as Word shows them; header, footer, footnote and comment left out', () => {
    expect(readOk(join(MADE_DIR, 'features.docx')).text.split('\n')).toEqual([
      '关于2023年工作情况的报告',
      '一、总体情况',
      '（一）组织领导',
      '1.成立工作小组。',
      '2.制定实施方案。',
      '（二）宣传引导',
      '二、存在问题',
      '（一）认识不足',
      '我们认真落实各项任务。',
      '项目\t2022年\t2023年',
      '收到申请\t21\t34',
      '第一行',
      '第二行',
      '项目\t金额',
      '正文继续。',
      '',
      '指标 （单位）\t\t备注',
      '一、下步打算',
      '二、保障措施',
      '特此报告。',
    ]);
  });
});

describe('headings Word numbers', () => {
  // outline.txt is the same report with its headings' numbers typed by hand.
  const doc = readOk(join(MADE_DIR, 'outline.docx'));
  const typed = readFileSync(join(MADE_DIR, 'outline.txt'), 'utf8').replace(/\n$/, '');

  it('read as the same report typed by hand, so they are checked like typed headings', () => {
    expect(doc.text).toBe(typed);
    const levels = (text: string) => parse(text).headings.map((h) => [h.level, text.slice(h.span.start, h.span.end)]);
    expect(levels(doc.text).map(([level]) => level)).toEqual([1, 2, 3, 4, 4, 3, 2, 1, 1, 2]);
    expect(levels(doc.text)).toEqual(levels(typed));
    expect(check(doc.text).findings.map((f) => [f.rule, f.span])).toEqual(check(typed).findings.map((f) => [f.rule, f.span]));
  });

  it('have their numbers marked as generated, never as text a fix could edit', () => {
    expect(doc.generated.map((g) => doc.text.slice(g.start, g.end))).toEqual(['一、', '（一）', '1.', '（1）', '（2）', '2.', '（二）', '二、', '三、', '（一）']);
  });
});

describe('the map of every .docx of the test data', () => {
  it.each(corpusFiles().map((f) => [f.key, f.path]))('%s: pieces tile each paragraph, and each run\'s text is the characters of its w:t', (_key, path) => {
    const doc = readOk(path);
    const problems: string[] = [];
    let previousEnd = -1;
    for (const p of doc.paragraphs) {
      if (p.start !== previousEnd + 1) problems.push(`第${p.index + 1}段 starts at ${p.start}, not after the line feed at ${previousEnd}`);
      if (p.line !== doc.text.slice(0, p.start).split('\n').length - 1) problems.push(`第${p.index + 1}段 is not on line ${p.line}`);
      let at = p.start;
      for (const piece of p.pieces) {
        if (piece.start !== at) problems.push(`第${p.index + 1}段: a gap or overlap at ${at}`);
        at = piece.end;
        if (piece.kind === 'text' && xmlText(doc, piece.xmlStart, piece.xmlEnd) !== doc.text.slice(piece.start, piece.end)) problems.push(`第${p.index + 1}段: ${JSON.stringify(doc.text.slice(piece.start, piece.end))} is not its w:t`);
      }
      if (at !== p.end) problems.push(`第${p.index + 1}段: pieces end at ${at}, not ${p.end}`);
      previousEnd = p.end;
    }
    expect(previousEnd).toBe(doc.text.length);
    expect(problems).toEqual([]);
  });
});

describe('paragraph counts recorded from LibreOffice', () => {
  const counts = recordedCounts();
  const files = corpusFiles();

  it('are recorded for every .docx of the test data', () => {
    expect(files.filter((f) => counts[f.key] === undefined).map((f) => f.key)).toEqual([]);
  });

  it.each(files.map((f) => [f.key, f.path]))('%s has as many paragraphs and rows as LibreOffice reads', (key, path) => {
    expect(readOk(path).paragraphs.length).toBe(counts[key]);
  });
});

interface Unit {
  paragraph: number;
  text: string;
  /** The numbering label Word would show before it (first line of a numbered paragraph). */
  label?: string;
  cell: boolean;
  /**
   * LibreOffice's export shows more here: footnote marks and tracked deletions, which the reader
   * leaves out, or a field it computed again on loading (a DATE field shows today).
   */
  lenient: boolean;
}

const LIBREOFFICE_SHOWS_MORE = /<\w+:(?:footnoteReference|endnoteReference|del|moveFrom|fldChar|fldSimple)\b/;

function unitsOf(doc: DocxText): Unit[] {
  return doc.paragraphs.flatMap((p): Unit[] => {
    const lenient = LIBREOFFICE_SHOWS_MORE.test(doc.documentXml.slice(p.xmlStart, p.xmlEnd));
    const label = p.pieces.filter((x) => x.kind === 'numbering').map((x) => doc.text.slice(x.start, x.end)).join('');
    const own = p.pieces.filter((x) => x.kind !== 'numbering');
    const text = own.length ? doc.text.slice(own[0].start, p.end) : '';
    if (p.kind === 'row') return text.split('\t').map((cell) => ({ paragraph: p.index, text: cell, cell: true, lenient }));
    return text.split('\n').map((line, i) => ({ paragraph: p.index, text: line, cell: false, lenient, ...(i === 0 && label ? { label } : {}) }));
  });
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/** Paragraphs where the reader and LibreOffice's export differ, beyond numbering's layout. */
function differences(doc: DocxText, exported: string, compareLabels: boolean): string[] {
  const lines = exported.replace(/\n$/, '').split('\n');
  const out: string[] = [];
  let i = 0;
  for (const unit of unitsOf(doc)) {
    const same = (ours: string, theirs: string) => (unit.lenient ? isSubsequence(ours, theirs) : ours === theirs);
    if (unit.cell) {
      const parts = [lines[i] ?? ''];
      const joined = () => parts.map((s) => s.trim()).filter(Boolean).join(' ');
      while (!same(unit.text.trim(), joined()) && i + parts.length < lines.length && unit.text.trim().startsWith(joined())) parts.push(lines[i + parts.length]);
      if (!same(unit.text.trim(), joined())) out.push(`第${unit.paragraph + 1}段 cell: ${JSON.stringify(unit.text)} ≠ ${JSON.stringify(parts)}`);
      i += parts.length;
      continue;
    }
    const theirs = (lines[i++] ?? '').trimStart();
    const ours = unit.text.trimStart();
    if (unit.label) {
      const theirLabel = theirs.slice(0, theirs.length - ours.length).trim();
      if (!theirs.endsWith(ours) || !theirLabel) out.push(`第${unit.paragraph + 1}段: ${JSON.stringify(unit.label + ours)} ≠ ${JSON.stringify(theirs)}`);
      else if (compareLabels && theirLabel !== unit.label.trim()) out.push(`第${unit.paragraph + 1}段 label: ${JSON.stringify(unit.label)} ≠ ${JSON.stringify(theirLabel)}`);
    } else if (!same(ours, theirs)) {
      out.push(`第${unit.paragraph + 1}段: ${JSON.stringify(ours)} ≠ ${JSON.stringify(theirs)}`);
    }
  }
  if (i < lines.length) out.push(`LibreOffice has ${lines.length - i} more lines: ${JSON.stringify(lines.slice(i, i + 3))}`);
  return out;
}

const soffice = sofficeAvailable();

describe.skipIf(!soffice)(`LibreOffice's text export${soffice ? '' : ' (skipped: soffice is not installed; the recorded paragraph counts still run)'}`, () => {
  const files = corpusFiles();
  const exported = soffice ? libreOfficeText(files.map((f) => f.path)) : new Map<string, string>();

  it('covers the real documents offices wrote, where this checkout has them', () => {
    if (!existsSync(REAL_DIR)) console.warn(`no real .docx here (${REAL_DIR}); only the made documents are compared`);
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [f.key, f.path]))('%s reads as LibreOffice exports it, paragraph for paragraph', (key, path) => {
    // Labels are compared where LibreOffice wrote the numbering definitions itself.
    const theirs = exported.get(path);
    if (theirs === undefined) throw new Error(`LibreOffice cannot load ${path}`);
    expect(differences(readOk(path), theirs, key.startsWith('made/'))).toEqual([]);
  });
});
