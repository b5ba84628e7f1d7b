// The year of a 发文字号 in the wrong brackets: 岚君山管[2022]48号, 鄂政发(2019)22号 — the standard
// writes 〔2022〕.

import { msg, type Rule, type RuleFinding } from '../../rule';
import { matches } from '../../scan';

/** An issuer's code, the year in brackets other than 〔〕, and the sequence number with 号. */
const DOCUMENT_NUMBER = /(?<=[\u4e00-\u9fff])([[［【(（])((?:19|20)\d{2})([\]］】)）])(?=\d{1,4}号)/g;

export const documentNumber: Rule = {
  id: 'document-number',
  category: 'punctuation',
  defaultSeverity: 'warning',
  fixable: true,
  doc: msg(
    '发文字号中的年份应用六角括号“〔〕”括入（国发〔2021〕1号），不能写成方括号、圆括号或方头括号（岚君山管[2022]48号、鄂政发(2019)22号、【2022】）。只检查“机关代字+括号年份+序号+号”这种发文字号的写法。快速修复改为“〔〕”。',
    'The year in a document number (发文字号) goes in tortoise-shell brackets, 国发〔2021〕1号, not square, round or lenticular ones (岚君山管[2022]48号, 鄂政发(2019)22号, 【2022】). Only the form issuer code + bracketed year + sequence number + 号 is checked. The quick fix writes 〔〕.',
  ),
  basis: msg('GB/T 9704-2012 §7.2.4：发文字号由发文机关代字、年份、发文顺序号组成，年份应标全称，用六角括号“〔〕”括入。', 'GB/T 9704-2012 §7.2.4: a document number is the issuer’s code, the year in full in tortoise-shell brackets 〔〕, and the sequence number.'),
  check({ model }) {
    const findings: RuleFinding[] = [];
    for (const m of matches(model, DOCUMENT_NUMBER)) {
      const [all, open, year] = m;
      const span = { start: m.index, end: m.index + all.length };
      findings.push({
        span,
        message: msg(`发文字号中的年份应写作“〔${year}〕”，“${all}”用了“${open}”`, `The year of a document number is written "〔${year}〕"; "${all}" uses "${open}"`),
        fix: { title: msg(`改为“〔${year}〕”`, `Change to "〔${year}〕"`), edits: [{ span, newText: `〔${year}〕` }] },
      });
    }
    return findings;
  },
};
