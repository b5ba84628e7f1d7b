// A function word typed twice: 党员的的思想, 完成了了任务, and a sentence pasted twice in a row
// (二是提升民生兜底保障水平。提升民生兜底保障水平。). Legitimate doubling is left alone: words
// (目的的实现 is 目的 + 的, 为了了解 is 为了 + 了解), AABB reduplication (实实在在, 的的确确,
// 仔仔细细) and idioms (不了了之).

import type { DocumentAnalysis } from '../../analysis/analysis';
import { msg, type Rule, type RuleFinding } from '../../rule';
import type { Segmenter } from '../../segmenter';
import { wordSpans } from '../../segmenter-intl';
import { isHan } from '../../text';
import { isMasked } from '../../scan';

/**
 * Particles, prepositions and conjunctions: characters that never double inside a sentence.
 * Content characters do (常常, 人人, 谢谢, 看看), and measure words after 一 too (一对对, 一把把).
 */
const FUNCTION_CHARACTERS = new Set([...'的了在和与及被将从向于而并也都就又还是地得着之其以为或但则使让很']);

/** Idioms and set phrases that hold a doubled function character. */
const IDIOMS = ['不了了之', '小时了了', '了了分明'];

/** Characters of context on each side that the segmenter sees around a candidate. */
const CONTEXT = 12;

export const doubledCharacter: Rule = {
  id: 'doubled-character',
  category: 'repetition',
  defaultSeverity: 'warning',
  hasSuggestions: true,
  doc: msg(
    '同一个虚词连打两次（“的的”“了了”“在在”），同一个双字词连写两次（“新增新增”；“研究研究”这类动词重叠和“一步一步”不算），或同一句话紧接着又写了一遍（“二是提升民生兜底保障水平。提升民生兜底保障水平。”，至少6个汉字），多为输入或粘贴错误。合法的叠用不算：词语内部（目的的实现、为了了解）、AABB式重叠（实实在在、的的确确、仔仔细细）、成语（不了了之），以及常常、谢谢、人人这类实词重叠。',
    'A function word typed twice (的的, 了了, 在在), a two-character word written twice (新增新增; not verb reduplication such as 研究研究, nor 一步一步), or a sentence written again right after itself (二是提升民生兜底保障水平。提升民生兜底保障水平。, six Chinese characters at least): almost always a typing or pasting slip. Legitimate doubling is not reported: across a word boundary (目的的实现, 为了了解), AABB reduplication (实实在在, 的的确确, 仔仔细细), idioms (不了了之), and reduplicated content words such as 常常, 谢谢, 人人.',
  ),
  basis: msg('文字差错属于公文校核的基本内容（《党政机关公文处理工作条例》第二十条：审核“文字、数字、计量单位和标点符号等用法”）。', 'Typing errors are part of every review (Regulations on the Handling of Official Documents, art. 20: checking the use of words, numbers, units and punctuation).'),
  check({ analysis, model, segmenter }) {
    const text = model.text;
    const findings: RuleFinding[] = [...doubledSentences(analysis), ...doubledWords(analysis, segmenter)];
    for (const paragraph of model.paragraphs) {
      const { start, end } = paragraph.span;
      for (let i = start; i + 1 < end; i++) {
        const ch = text[i];
        if (text[i + 1] !== ch || !FUNCTION_CHARACTERS.has(ch)) continue;
        let runEnd = i + 2;
        while (runEnd < end && text[runEnd] === ch) runEnd++;
        const span = { start: i, end: runEnd };
        const legitimate = isMasked(model, span) || isReduplication(text, i, runEnd) || inIdiom(text, i, runEnd) || !standsAlone(text, i, runEnd, start, end, segmenter);
        if (!legitimate) {
          findings.push({
            span,
            message: msg(`“${text.slice(i, runEnd)}”重复，多打了“${ch}”`, `"${text.slice(i, runEnd)}" doubled: one "${ch}" too many`),
            suggestions: [{ title: msg(`删去多余的“${ch}”`, `Delete the extra "${ch}"`), edits: [{ span: { start: i + 1, end: runEnd }, newText: '' }] }],
          });
        }
        i = runEnd - 1;
      }
    }
    return findings;
  },
};

/**
 * Verbs doubled on purpose (ABAB: 研究研究, 商量商量) and cheers (欢迎欢迎): the rest of a
 * two-character word written twice in a row is a slip (产业园新增新增台资农业企业7家).
 */
const ABAB = new Set(['研究研究', '讨论讨论', '商量商量', '考虑考虑', '学习学习', '了解了解', '交流交流', '锻炼锻炼', '活动活动', '休息休息', '整理整理', '打扫打扫', '检查检查', '欢迎欢迎', '加油加油', '谢谢谢谢']);
/** Numerals and 一 make counted repeats (一步一步, 一批一批) and names (十四五), not slips. */
const COUNTING = /[一二三四五六七八九十百千万两〇零第]/;

/**
 * A two-character word written twice in a row: 新增新增. Both copies must be words where they
 * stand: 生产增产增效 and 重视巡视巡察 only look like it.
 */
function doubledWords(analysis: DocumentAnalysis, segmenter: Segmenter | undefined): RuleFinding[] {
  const text = analysis.text;
  const findings: RuleFinding[] = [];
  for (const paragraph of analysis.model.paragraphs) {
    for (let i = paragraph.span.start; i + 4 <= paragraph.span.end; i++) {
      if (text[i] !== text[i + 2] || text[i + 1] !== text[i + 3] || text[i] === text[i + 1]) continue;
      const word = text.slice(i, i + 2);
      if (!isHan(word[0]) || !isHan(word[1]) || COUNTING.test(word) || ABAB.has(word + word)) continue;
      const span = { start: i + 2, end: i + 4 };
      if (isMasked(analysis.model, { start: i, end: i + 4 }) || !twoWords(text, i, paragraph.span.start, paragraph.span.end, segmenter)) continue;
      findings.push({
        span,
        message: msg(`“${word}${word}”重复，多写了一个“${word}”`, `"${word}${word}" doubled: one "${word}" too many`),
        suggestions: [{ title: msg(`删去多余的“${word}”`, `Delete the extra "${word}"`), edits: [{ span, newText: '' }] }],
      });
      i += 3;
    }
  }
  return findings;
}

/** A sentence shorter than this (in Chinese characters) may be repeated for effect (加油！加油！). */
const MIN_DOUBLED_SENTENCE = 6;

/** A sentence that the one before it ends with, word for word: 二是提升民生兜底保障水平。提升民生兜底保障水平。 */
function doubledSentences(analysis: DocumentAnalysis): RuleFinding[] {
  const text = analysis.text;
  const sentences = analysis.sentences;
  const findings: RuleFinding[] = [];
  for (let i = 1; i < sentences.length; i++) {
    const previous = sentences[i - 1];
    const current = sentences[i];
    if (previous.paragraph !== current.paragraph) continue;
    const words = text.slice(current.start, current.end);
    let han = 0;
    for (const ch of words) if (isHan(ch)) han++;
    if (han < MIN_DOUBLED_SENTENCE || !text.slice(previous.start, previous.end).endsWith(words)) continue;
    const span = { start: current.start, end: current.end };
    findings.push({
      span,
      message: msg(`“${words}”与上一句重复，多写了一遍`, `"${words}" repeats the sentence before it`),
      suggestions: [{ title: msg('删去重复的一句', 'Delete the repeated sentence'), edits: [{ span, newText: '' }] }],
    });
  }
  return findings;
}

/** AABB: the pair is the BB of 实实在在 or the AA of 的的确确. */
function isReduplication(text: string, start: number, end: number): boolean {
  if (end - start !== 2) return false;
  const ch = text[start];
  const before = text[start - 1];
  const after = text[end];
  return (isHan(before) && before !== ch && text[start - 2] === before) || (isHan(after) && after !== ch && text[end + 1] === after);
}

/** Whether an idiom covers the run [start, end). */
function inIdiom(text: string, start: number, end: number): boolean {
  return IDIOMS.some((idiom) => {
    for (let at = Math.max(0, end - idiom.length); at <= start; at++) if (text.startsWith(idiom, at)) return true;
    return false;
  });
}

/** Whether every character of the run is a word on its own (not part of 目的 or 了解). */
/** Whether the segmenter cuts text[at, at + 4) into two words of two characters. */
function twoWords(text: string, at: number, paragraphStart: number, paragraphEnd: number, segmenter: Segmenter | undefined): boolean {
  const from = Math.max(paragraphStart, at - CONTEXT);
  const to = Math.min(paragraphEnd, at + 4 + CONTEXT);
  const starts = new Set(wordSpans(text.slice(from, to), segmenter).map((w) => w.start + from));
  return starts.has(at) && starts.has(at + 2) && (at + 4 === to || starts.has(at + 4));
}

function standsAlone(text: string, start: number, end: number, paragraphStart: number, paragraphEnd: number, segmenter: Segmenter | undefined): boolean {
  const from = Math.max(paragraphStart, start - CONTEXT);
  const to = Math.min(paragraphEnd, end + CONTEXT);
  const words = wordSpans(text.slice(from, to), segmenter);
  const single = new Set(words.filter((w) => w.end - w.start === 1).map((w) => w.start + from));
  for (let i = start; i < end; i++) if (!single.has(i)) return false;
  return true;
}
