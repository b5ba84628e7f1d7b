// Blanks written as words: 某某, 某单位, TODO, 待定, 待补充.

import { msg, type Rule, type RuleFinding } from '../../rule';
import { isAsciiLetter } from '../../text';
import { matches } from '../../scan';

/** Before 待定/待补充, these make ordinary prose: 有待, 亟待, 尚待. */
const PROSE_BEFORE = /[有亟尚仍还等期]/;

/**
 * Common surnames, without those that are also everyday prepositions or words before 某某
 * (于, 向, 任, 方, 万 …): 向某某单位报告 and 任某某职务 are blanks.
 */
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范廖贾夏韦付傅邹孟熊秦邱尹薛闫段雷侯陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤殷季康尚饶闵柯翟温',
);
/** After 王某某, these make it a blank for a place or body after all (王某某县 is not a person). */
const BODY_AFTER = /[县市区省镇乡村局厅处科委办]/;

/**
 * 王某某, 张某某: how case reports (违纪违法案件通报, 警示教育材料) name a person without naming
 * them; a surname before 某某 makes it deliberate, not a blank.
 */
function isAnonymisedName(text: string, at: number, found: string): boolean {
  return found === '某某' && SURNAMES.has(text[at - 1]) && !BODY_AFTER.test(text[at + 2] ?? '');
}

export const placeholderWords: Rule = {
  id: 'placeholder-words',
  category: 'placeholder',
  defaultSeverity: 'error',
  doc: msg(
    '用词语留下的空白：某某、某单位、某部门、某同志，以及 TODO、待定、待补充、待填写、待核实。“有待”“亟待”“尚待”等正常表述不算，“待核实”只在作为填写项的值时（“人数：待核实”“（待核实）”）才算；案件通报中隐去姓名的“王某某”“张某某”（姓氏加“某某”）也不算。',
    'Blanks left as words: 某某, 某单位, 某部门, 某同志, and TODO, 待定, 待补充, 待填写, 待核实. Ordinary prose such as 有待, 亟待, 尚待 is not a blank, 待核实 only as a field’s value (人数：待核实, （待核实）), nor is a surname with 某某 (王某某), the way case reports name a person without naming them.',
  ),
  basis: msg('公文起草常规：定稿前须替换模板中的全部占位符。', 'Common drafting practice: every template blank is filled before a report is issued.'),
  check({ model }) {
    const text = model.text;
    const findings: RuleFinding[] = [];
    const report = (start: number, end: number) =>
      findings.push({
        span: { start, end },
        message: msg(`未填写的占位内容“${text.slice(start, end)}”`, `Unfilled placeholder "${text.slice(start, end)}"`),
      });
    for (const m of matches(model, /某{2,}|某(?:单位|部门|同志|公司|学校|机关)/g)) {
      if (isAnonymisedName(text, m.index, m[0])) continue;
      report(m.index, m.index + m[0].length);
    }
    for (const m of matches(model, /TODO|TBD|FIXME/g)) {
      if (isAsciiLetter(text[m.index - 1]) || isAsciiLetter(text[m.index + m[0].length])) continue;
      report(m.index, m.index + m[0].length);
    }
    for (const m of matches(model, /待(?:定|补充|填写|填|核实)/g)) {
      if (PROSE_BEFORE.test(text[m.index - 1] ?? '')) continue;
      // 待定点, 待定期 … where 待定 is part of another word.
      if (m[0] === '待定' && /[点期向]/.test(text[m.index + 2] ?? '')) continue;
      // 待核实 in a sentence states where a matter stands (相关情况待核实后依法处理); only as a
      // field's value (人数：待核实, （待核实）) is it a blank.
      if (m[0] === '待核实' && !/^$|[：:（(【\[\s]$/.test(text[m.index - 1] ?? '')) continue;
      report(m.index, m.index + m[0].length);
    }
    return findings;
  },
};
