// Dates standing alone on a line: the 成文日期 under a signer, the date under a speech's title,
// complete or with blanks left to fill (2021年 月 日).

const DATE_CHARS = '[0-9０-９〇○零一二三四五六七八九十XxＸｘ×]';
const GAP = '[ \\u3000_＿]*';
/** A date standing alone on its line, complete or with blanks (2021年 月 日, 年月日). */
const DATE_LINE = new RegExp(`^(${DATE_CHARS}{2,4})?${GAP}年${GAP}(${DATE_CHARS}{1,2})?${GAP}月${GAP}(${DATE_CHARS}{1,3})?${GAP}日$`);
const NUMERIC_DATE_LINE = /^[0-9０-９]{4}[-.．/][0-9０-９]{1,2}[-.．/][0-9０-９]{1,2}$/;
/** A date to the month (2024年1月): a date line all the same, not body text. */
const MONTH_DATE_LINE = new RegExp(`^${DATE_CHARS}{4}年${DATE_CHARS}{1,2}月$`);

/** A date alone, complete (2024年1月10日, 2024-01-10, 2024年1月) or with blanks (2024年 月 日). */
export function dateKind(text: string): 'date' | 'blank-date' | undefined {
  const m = DATE_LINE.exec(text);
  if (m) return m[1] && m[2] && m[3] ? 'date' : 'blank-date';
  return NUMERIC_DATE_LINE.test(text) || MONTH_DATE_LINE.test(text) ? 'date' : undefined;
}
