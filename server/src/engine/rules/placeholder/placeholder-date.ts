// Dates left blank: 2021年 月 日, ____年__月__日, 年月日 on a signature line.

import { msg, type Rule, type RuleFinding } from '../../rule';
import { isHan } from '../../text';
import { matches } from '../../scan';

const YEAR = '(?:[0-9０-９]{2,4}|[〇○零一二三四五六七八九]{2,4}|[XxＸｘ×]{2,4})';
const NUM = '(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|[XxＸｘ×]{1,2})';
const GAP = '[ \\u3000_＿]*';
// Without a year, a match starts only where a run of gap characters starts: tried inside a long
// run of spaces or underscores, it would rescan the run from every position (quadratic).
const DATE = new RegExp(`(?:(${YEAR})|(?<![ \\u3000_＿]))${GAP}年${GAP}(${NUM})?${GAP}月${GAP}(${NUM})?${GAP}日`, 'g');
/** A period with both ends left out: 统计期限自至。 */
const EMPTY_RANGE = /自[ \u3000_＿]*至(?=[ \u3000_＿]*(?:[。，；、）)]|$))/gm;
const MONTH_ONLY = new RegExp(`${YEAR}年[ \\u3000_＿]+月(?!${GAP}${NUM}?${GAP}日)`, 'g');

export const placeholderDate: Rule = {
  id: 'placeholder-date',
  category: 'placeholder',
  defaultSeverity: 'error',
  doc: msg(
    '日期中的年、月或日留空（2021年 月 日、____年__月__日、落款处的“年月日”），或起止日期都没有填（“统计期限自至。”）。“出生年月日”这类字面用法不算。',
    'A date with its year, month or day left blank (2021年 月 日, ____年__月__日, 年月日 on the signature line), or a period with both dates left out (统计期限自至。). Literal uses such as 出生年月日 are not blanks.',
  ),
  basis: msg('GB/T 9704-2012 §7.3.5.1：成文日期用阿拉伯数字将年、月、日标全。', 'GB/T 9704-2012 §7.3.5.1: the date is written in full, year, month and day, in Arabic numerals.'),
  check({ model }) {
    const text = model.text;
    const findings: RuleFinding[] = [];
    const report = (start: number, end: number) =>
      findings.push({
        span: { start, end },
        message: msg(`日期未填写完整：“${text.slice(start, end)}”`, `Date left blank: "${text.slice(start, end)}"`),
      });
    for (const m of matches(model, DATE)) {
      const [all, year, month, day] = m;
      if (month && day) continue;
      const start = m.index;
      const hasBlank = /[ \u3000_＿]/.test(all);
      if (!year && !hasBlank) {
        // A bare 年月日 is a blank only where a date stands alone (a signature line), not in 出生年月日.
        if (isHan(text[start - 1]) || isHan(text[start + all.length])) continue;
      }
      report(start, start + all.length);
    }
    for (const m of matches(model, MONTH_ONLY)) report(m.index, m.index + m[0].length);
    for (const m of matches(model, EMPTY_RANGE)) report(m.index, m.index + m[0].length);
    return findings;
  },
};
