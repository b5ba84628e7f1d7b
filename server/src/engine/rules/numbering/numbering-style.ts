// Heading markers in the standard's forms: 一、 （一） 1. （1）, full-width brackets, nothing after them,
// and one form per level within a document.

import { canonicalMarker, describeMarker, readMarker } from '../../markers';
import type { DocumentModel, HeadingMarker, MarkerStyle } from '../../model';
import { msg, type Rule, type RuleFinding } from '../../rule';
import { LEVEL_NAMES_EN, LEVEL_NAMES_ZH } from '../../numbering';

export const numberingStyle: Rule = {
  id: 'numbering-style',
  category: 'numbering',
  defaultSeverity: 'warning',
  fixable: true,
  doc: msg(
    '结构层次序数的写法应符合国家标准：一级“一、”，二级“（一）”（全角括号，括号后不加标点，括号内不加空格），三级“1.”（“1．”也可），四级“（1）”。常见错误：“一.”“一，”、半角括号“(一)”、尖括号“〈一〉”、“（ 一）”、“（一）、”、“1、”、“1﹒”，以及同一个序号写了两遍（“二、二、”）。一组全角括号中混入半角括号尤其显眼；同一层级在全文中也应只用一种写法。段落中的列举序号（“主要是：1、……2、……”）也应写作“1.”。表格中的行号按表格自己的写法，只标出与同一表格其他行号不一致的（“1.”“2.”中夹着“1、”）。快速修复改为标准写法。选项 allow 可列出本单位允许的写法（如 ["ar-dun"]）。',
    'Heading markers take the standard\'s forms: level 1 "一、", level 2 "（一）" (full-width brackets, nothing after them, no spaces inside), level 3 "1." ("1．" is fine too), level 4 "（1）". Common faults: "一." "一，", half-width "(一)", angle brackets "〈一〉", "（ 一）", "（一）、", "1、", "1﹒", and one marker typed twice ("二、二、"). Half-width brackets in a run of full-width ones stand out most; one level also keeps one form throughout a document. Numbers listing items inside a paragraph ("主要是：1、……2、……") are written "1." too. Row labels in a table follow the table\'s own form: only a label unlike the table\'s other labels of its level is reported ("1、" among "1." "2."). The quick fix writes the standard form. Option allow lists house styles to accept (e.g. ["ar-dun"]).',
  ),
  basis: msg('GB/T 9704-2012 §7.3.3：第一层为“一、”，第二层为“（一）”，第三层为“1.”，第四层为“（1）”。', 'GB/T 9704-2012 §7.3.3: level 1 is "一、", level 2 "（一）", level 3 "1.", level 4 "（1）".'),
  defaultOptions: { allow: [] },
  check({ model, options }) {
    const allow = new Set(Array.isArray(options.allow) ? (options.allow as MarkerStyle[]) : []);
    const findings: RuleFinding[] = [...inlineListMarkers(model, allow), ...tableRowLabels(model, allow)];
    const usualForm = usualForms(model);
    for (const h of model.headings) {
      const marker = h.marker;
      if (!marker) continue;
      const shown = model.text.slice(marker.span.start, marker.span.end);
      if (marker.doubled) {
        findings.push({
          span: marker.doubled,
          message: msg(`序号“${shown}”重复写了两遍`, `The marker "${shown}" is typed twice`),
          fix: { title: msg(`删除重复的“${shown}”`, `Remove the repeated "${shown}"`), edits: [{ span: marker.doubled, newText: '' }] },
        });
      }
      const wanted = canonicalMarker(marker.level, marker.value);
      const levelZh = LEVEL_NAMES_ZH[marker.level];
      const levelEn = LEVEL_NAMES_EN[marker.level];
      if (!marker.canonical && !allow.has(marker.style)) {
        const style = describeMarker(marker);
        findings.push({
          span: marker.span,
          message: msg(`${levelZh}标题序号应写作“${wanted}”，“${shown}”${style.zh}`, `A ${levelEn} heading marker is written "${wanted}"; "${shown}" ${style.en}`),
          fix: { title: msg(`改为“${wanted}”`, `Change to "${wanted}"`), edits: [{ span: marker.span, newText: wanted }] },
        });
        continue;
      }
      // An accepted form that differs from the form the document uses for this level (1． among 1.).
      const usual = usualForm.get(marker.level);
      const form = formOf(model, marker);
      if (usual && form !== usual.form) {
        const target = usual.form.replace('N', model.text.slice(marker.numberSpan.start, marker.numberSpan.end));
        findings.push({
          span: marker.span,
          message: msg(
            `${levelZh}标题“${shown}”与本文同级标题的写法“${usual.example}”不一致`,
            `The ${levelEn} heading marker "${shown}" differs from the form "${usual.example}" the document uses for this level`,
          ),
          fix: { title: msg(`改为“${target}”`, `Change to "${target}"`), edits: [{ span: marker.span, newText: target }] },
        });
      }
    }
    return findings;
  },
};

/** Numbers listing items inside a paragraph written 1、 (主要是：1、……；2、……): the standard writes 1. */
function inlineListMarkers(model: DocumentModel, allow: ReadonlySet<MarkerStyle>): RuleFinding[] {
  if (allow.has('ar-dun')) return [];
  const findings: RuleFinding[] = [];
  for (const list of model.enumerations) {
    if (list.family !== 'arabic') continue;
    for (const item of list.items) {
      if (item.form !== '、') continue;
      const shown = model.text.slice(item.span.start, item.span.end);
      const wanted = `${item.value}.`;
      findings.push({
        span: item.span,
        message: msg(`段落中的列举序号应写作“${wanted}”，“${shown}”数字后应用点号而不是顿号`, `A number listing items in a paragraph is written "${wanted}"; "${shown}" uses 、 where the standard has a dot`),
        fix: { title: msg(`改为“${wanted}”`, `Change to "${wanted}"`), edits: [{ span: item.span, newText: wanted }] },
      });
    }
  }
  return findings;
}

/**
 * Row labels of a table (cells opening with a marker) written unlike the table's standard labels
 * of their level: 1、 among 1. 2. 3. A table keeps its own template's forms, so a table that never
 * writes a level the standard way is left alone.
 */
function tableRowLabels(model: DocumentModel, allow: ReadonlySet<MarkerStyle>): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const table of model.tables) {
    const byLevel = new Map<number, HeadingMarker[]>();
    for (const row of table.rows) {
      const p = model.paragraphs[row];
      let at = p.span.start;
      for (const cell of model.text.slice(p.span.start, p.span.end).split('\t')) {
        const lead = cell.length - cell.trimStart().length;
        const marker = readMarker(cell.trimStart(), at + lead);
        at += cell.length + 1;
        if (!marker) continue;
        const list = byLevel.get(marker.level) ?? [];
        list.push(marker);
        byLevel.set(marker.level, list);
      }
    }
    for (const markers of byLevel.values()) {
      const canonical = markers.filter((m) => m.canonical);
      if (!canonical.length) continue;
      for (const marker of markers) {
        if (marker.canonical || allow.has(marker.style)) continue;
        const shown = model.text.slice(marker.span.start, marker.span.end);
        const wanted = model.text.slice(canonical[0].span.start, canonical[0].numberSpan.start) + model.text.slice(marker.numberSpan.start, marker.numberSpan.end) + model.text.slice(canonical[0].numberSpan.end, canonical[0].span.end);
        findings.push({
          span: marker.span,
          message: msg(
            `表格行号“${shown}”与同一表格其他行号的写法“${model.text.slice(canonical[0].span.start, canonical[0].span.end)}”不一致`,
            `The table row label "${shown}" differs from the form "${model.text.slice(canonical[0].span.start, canonical[0].span.end)}" of the table's other labels`,
          ),
          fix: { title: msg(`改为“${wanted}”`, `Change to "${wanted}"`), edits: [{ span: marker.span, newText: wanted }] },
        });
      }
    }
  }
  return findings;
}

/** A marker's form: its text with the numeral replaced by N (`N.`, `N．`, `（N）`). */
function formOf(model: DocumentModel, marker: HeadingMarker): string {
  const text = model.text;
  return text.slice(marker.span.start, marker.numberSpan.start) + 'N' + text.slice(marker.numberSpan.end, marker.span.end);
}

/**
 * Per level, the form most of its canonical markers take, when one form clearly dominates.
 * Only canonical forms compete: non-canonical ones are reported on their own.
 */
function usualForms(model: DocumentModel): Map<number, { form: string; example: string }> {
  const counts = new Map<number, Map<string, { n: number; example: string }>>();
  for (const h of model.headings) {
    if (!h.marker?.canonical) continue;
    const form = formOf(model, h.marker);
    if (!counts.has(h.level)) counts.set(h.level, new Map());
    const byForm = counts.get(h.level)!;
    const entry = byForm.get(form) ?? { n: 0, example: model.text.slice(h.marker.span.start, h.marker.span.end) };
    entry.n++;
    byForm.set(form, entry);
  }
  const usual = new Map<number, { form: string; example: string }>();
  for (const [level, byForm] of counts) {
    if (byForm.size < 2) continue;
    const sorted = [...byForm.entries()].sort((a, b) => b[1].n - a[1].n);
    // A tie gives no "usual" form to hold the others to.
    if (sorted[0][1].n > sorted[1][1].n) usual.set(level, { form: sorted[0][0], example: sorted[0][1].example });
  }
  return usual;
}
