// Any long phrase a document keeps repeating, found without a lexicon: word n-grams whose edges
// fall on word boundaries (nodejieba, or the Intl fallback), long enough and frequent enough to
// read as copy-and-paste. Topic terms, proper names, known formulas (repeated-formula's business)
// and the openings of sibling items and headings (deliberate parallelism) never count.

import type { DocumentAnalysis } from '../../analysis/analysis';
import type { Sentence } from '../../analysis/sentences';
import type { DocumentModel } from '../../model';
import { lineList, occurrenceFindings, quoted } from '../../occurrences';
import { msg, type Rule, type RuleFinding } from '../../rule';
import type { Segmenter } from '../../segmenter';
import { wordSpans, type KnownTerms } from '../../segmenter-intl';
import { codeUnitTable, isAsciiLetter, isDigit, isHan, type Span } from '../../text';

interface Word extends Span {
  /** Chinese characters that count toward a phrase's length: 0 for a topic term, proper name or word of the title. */
  weight: number;
}

/** Words between punctuation marks, in one paragraph. */
interface Run {
  paragraph: number;
  words: Word[];
}

/** Where a phrase occurs: words [first, last] of a run. */
interface Occurrence {
  run: Run;
  first: number;
  last: number;
}

interface Candidate {
  spans: Span[];
  weight: number;
}

/** Where an item's lead clause (一是强化理论武装，……) stops: the first clause or sentence end. */
const CLAUSE_END = codeUnitTable('。！？；!?;，,：:');

export const repeatedPhrase: Rule = {
  id: 'repeated-phrase',
  category: 'repetition',
  defaultSeverity: 'info',
  // On the real reports of the test corpus every phrase it found was a name, a slogan or a
  // parallel opening: it runs only when turned on, until it is right on real text.
  enabledByDefault: false,
  doc: msg(
    '默认关闭（在真实报告上找到的几乎都是单位名称、口号和有意的排比，启用时设为 "info" 等级别）。同一个较长的词组在文中反复出现（默认：不计主题词和专有名词至少10个汉字、出现3次以上，分布在不同段落），读来像复制粘贴。词组边界取在分词的词边界上。不计：本文主题词和专有名词（党史学习教育、习近平新时代中国特色社会主义思想等，可在配置中补充）、标题里的词（报告的主题，如项目名称）、已知套话（由“套话重复”规则检查）、并列条目开头一句（到第一个逗号或句号为止）或标题相同的排比（一是在……上实现常态化制度化）、各段以同样的话开头的排比（福州公司指标处于……/厦门公司指标处于……）、名称（分词标注全是名词，或以公司、局、工程、项目、指数等结尾）、书名号里的文件名和括号里的注释（省通信管理局按职责分工负责）、版头和落款。',
    'Off by default (on real reports nearly everything it found was a name, a slogan or deliberate parallelism; turn it on with a severity such as "info"). A long phrase that a document keeps repeating (by default at least 10 Chinese characters besides topic terms and proper names, 3 times or more, in different paragraphs), which reads like copy and paste. Phrase edges fall on word boundaries. Not counted: the topic terms and proper names of the report (党史学习教育, 习近平新时代中国特色社会主义思想 …, users add their own), the words of the title (the report’s subject, such as a project’s name), known formulas (the repeated-formula rule), parallelism where sibling items (up to their first comma or full stop) or headings open the same way (一是在……上实现常态化制度化), paragraphs that each open the same way (福州公司指标处于…… / 厦门公司指标处于……), names (every word a noun by the segmenter’s tags, or ending in 公司, 局, 工程, 项目, 指数 …), document titles in 《》 and notes in brackets (省通信管理局按职责分工负责), the 版头 and the signature.',
  ),
  basis: msg(
    '《党政机关公文处理工作条例》第十九条要求公文“内容简洁……文字精炼”；同一句话反复出现是审稿时常见的修改意见。',
    'Regulations on the Handling of Official Documents, art. 19: “concise content … refined wording”; the same sentence repeated is a common reviewer remark.',
  ),
  defaultOptions: { minLength: 10, minCount: 3, maxChars: 300_000 },
  check({ analysis, model, options, segmenter }) {
    const minLength = positive(options.minLength, 10);
    const minCount = Math.max(2, positive(options.minCount, 3));
    const maxChars = positive(options.maxChars, 300_000);
    const lexicon = analysis.prepared.repetition;
    const excluded = [...analysis.formulas.values()].flat().concat(leadSpans(model));
    // The title names the report's subject (长河市城区老旧小区改造项目): a topic the body repeats by
    // necessity. It is no occurrence itself, and its words weigh nothing, like topic terms. The
    // 版头, addressee and ending name the issuer; a title in 《》 names another document; a note
    // in brackets names who is responsible (（省通信管理局按职责分工负责）): none is the writer's wording.
    for (const line of [...analysis.frame.head, ...analysis.frame.ending]) excluded.push(line.span);
    for (const q of analysis.quoted) if (q.kind === 'title') excluded.push(q.span);
    excluded.push(...bracketedNotes(model));
    const runs = wordRuns(analysis, excluded, lexicon.topicTerms, titleWords(analysis), segmenter, minLength, minCount, maxChars);

    // Every stretch of words starting at a word and just long enough, keyed by its text.
    const byKey = new Map<string, Occurrence[]>();
    for (const run of runs) {
      const words = run.words;
      let last = -1;
      let weight = 0;
      for (let first = 0; first < words.length; first++) {
        while (weight < minLength && last + 1 < words.length) weight += words[++last].weight;
        if (weight < minLength) break;
        const key = model.text.slice(words[first].start, words[last].end);
        let list = byKey.get(key);
        if (!list) byKey.set(key, (list = []));
        const previous = list[list.length - 1];
        if (!previous || previous.run !== run || previous.last < first) list.push({ run, first, last });
        weight -= words[first].weight;
      }
    }

    // Each frequent stretch grown to the longest phrase all its occurrences share.
    const candidates = new Map<string, Candidate>();
    for (const list of byKey.values()) {
      if (list.length < minCount || new Set(list.map((o) => o.run.paragraph)).size < 2) continue;
      const grown = grow(model.text, list);
      const spans = grown.map((o) => ({ start: o.run.words[o.first].start, end: o.run.words[o.last].end }));
      const signature = spans.map((s) => `${s.start}-${s.end}`).join(',');
      if (!candidates.has(signature)) {
        const weight = grown[0].run.words.slice(grown[0].first, grown[0].last + 1).reduce((n, w) => n + w.weight, 0);
        candidates.set(signature, { spans, weight });
      }
    }

    // The longest phrases first; a shorter one overlapping them is the same repeat.
    const taken = new Uint8Array(model.text.length);
    const findings: RuleFinding[] = [];
    for (const candidate of [...candidates.values()].sort((a, b) => b.weight - a.weight || a.spans[0].start - b.spans[0].start)) {
      if (candidate.spans.some((s) => taken.subarray(s.start, s.end).includes(1))) continue;
      for (const s of candidate.spans) taken.fill(1, s.start, s.end);
      const words = model.text.slice(candidate.spans[0].start, candidate.spans[0].end);
      if (isName(words, segmenter) || opensParagraphs(model, candidate.spans)) continue;
      const phrase = quoted(model.text.slice(candidate.spans[0].start, candidate.spans[0].end));
      const n = candidate.spans.length;
      const message = msg(
        `词组${phrase.zh}在本文重复出现${n}次（第${lineList(model, candidate.spans, '、')}行），建议合并或换一种说法。`,
        `The phrase ${phrase.en} is repeated ${n} times in this document (lines ${lineList(model, candidate.spans, ', ')}); merge or reword.`,
      );
      findings.push(...occurrenceFindings(model, candidate.spans, message));
    }
    return findings;
  },
};

/** Part-of-speech tags of names and other nouns (jieba): n, nr, ns, nt, nz, vn …, abbreviations, numbers and measure words, unknown letters (国网). */
const NOUN_TAG = /^(?:n|vn|j|m|q|x|eng|f|s|b)/;
/** Endings of proper names: units, projects, indicators, programmes (国网湖北省电力有限公司, ……输变电工程, ……管理指数). */
const NAME_ENDING = /(?:公司|集团|局|厅|委员会|管委会|办公室|中心|政府|人大|常委会|大学|学院|学校|医院|银行|协会|工程|项目|站点|电站|指数|率|保险|示范区|合作区|试验区|开发区|产业园|园区|基地)$/;
/** A name runs to about this many characters; a longer phrase that ends in one says something of it. */
const MAX_NAME = 24;
/** Tags of words that make a phrase say something: verbs (not verbal nouns), adverbs, prepositions, conjunctions, pronouns. */
const SAYING_TAG = /^(?:v(?!n)|d|ad|p|c|r|y)/;

/**
 * Whether a repeated phrase names something (a unit, a place, a project, an indicator) rather
 * than saying something: by the segmenter's tags, it has no verb, adverb or preposition and its
 * words are all nouns or it ends like a name (南昌1000千伏特高压交流输变电工程); where the segmenter
 * tags none (the Intl fallback), it is short and ends like a name. A 套话 has verbs and adverbs
 * in it (进一步增强责任感和使命感).
 */
function isName(phrase: string, segmenter: Segmenter | undefined): boolean {
  const tagged = (segmenter?.tag?.(phrase) ?? []).filter((w) => /\p{Script=Han}/u.test(w.word));
  if (!tagged.length) return phrase.length <= MAX_NAME && NAME_ENDING.test(phrase);
  // One-character words are where tagging goes astray inside a name (特高压 cut as 特/高压, 特 an adverb).
  if (tagged.some((w) => w.word.length > 1 && SAYING_TAG.test(w.tag))) return false;
  return tagged.every((w) => NOUN_TAG.test(w.tag)) || NAME_ENDING.test(phrase);
}

/** How far into its paragraph an occurrence may start and still open it (福州公司指标处于公司领先水平……). */
const OPENING_REACH = 8;

/**
 * Whether every occurrence opens its paragraph: paragraphs that each begin the same way, one per
 * unit or indicator, are parallel on purpose (福州公司指标处于公司领先水平17项…… / 厦门公司指标处于……).
 */
function opensParagraphs(model: DocumentModel, spans: readonly Span[]): boolean {
  return spans.every((span) => {
    const p = model.paragraphs.find((q) => q.span.start <= span.start && span.start < q.span.end);
    return p !== undefined && span.start - p.contentStart <= OPENING_REACH;
  });
}

/** Notes in brackets inside a paragraph: （省大数据局牵头，省通信管理局按职责分工负责）. */
function bracketedNotes(model: DocumentModel): Span[] {
  const spans: Span[] = [];
  const pattern = /（[^（）\n]{1,120}）/g;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(model.text))) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

/**
 * The openings that parallelism repeats on purpose: a heading's own words, and the lead clause
 * of each enumeration item (一是在打牢“学”的基础上实现常态化制度化。). What follows the lead
 * clause is running text, where a repeat counts (三是守法意识淡薄，进一步压实……责任).
 */
/** Longest lead clause an enumeration item is taken to open with. */
const MAX_LEAD_SENTENCE = 200;

function leadSpans(model: DocumentModel): Span[] {
  const spans: Span[] = [];
  for (const heading of model.headings) spans.push({ start: heading.span.start, end: heading.bodySpan?.start ?? heading.span.end });
  for (const enumeration of model.enumerations) {
    for (const item of enumeration.items) {
      // A lead clause is short: bounding the scan keeps a paragraph of thousands of markers and
      // no full stop (a pasted list) from being rescanned to its end once per marker.
      const paragraphEnd = Math.min(model.paragraphs[item.paragraph]?.span.end ?? item.span.end, item.span.end + MAX_LEAD_SENTENCE);
      let end = item.span.end;
      while (end < paragraphEnd && !CLAUSE_END[model.text.charCodeAt(end)]) end++;
      spans.push({ start: item.span.start, end });
    }
  }
  return spans;
}

/** Whether a word of two characters or more is part of the document's title. */
function titleWords(analysis: DocumentAnalysis): (word: string) => boolean {
  const title = analysis.frame.title?.text ?? '';
  return (word) => word.length >= 2 && title.includes(word);
}

/** Runs of words between punctuation, excluded spans and masked text, clause by clause. */
function wordRuns(analysis: DocumentAnalysis, excluded: Span[], topicTerms: KnownTerms, inTitle: (word: string) => boolean, segmenter: Segmenter | undefined, minLength: number, minCount: number, maxChars: number): Run[] {
  const model = analysis.model;
  const text = model.text;
  const blocked = new Uint8Array(text.length);
  for (const span of [...excluded, ...model.masked]) blocked.fill(1, span.start, span.end);
  // Segmentation is most of this rule's cost: it is spent only on clauses where some stretch of
  // text recurs often enough to belong to a repeated phrase.
  const clauses = recurringClauses(text, analysis.sentences, blocked, topicTerms, Math.min(minLength, MAX_GRAM), minCount);
  const runs: Run[] = [];
  let budget = maxChars;
  for (const clause of clauses) {
    if (budget <= 0) break;
    const end = Math.min(clause.end, clause.start + budget);
    budget -= end - clause.start;
    runs.push(...clauseRuns(text, clause.start, end, clause.paragraph, blocked, topicTerms, inTitle, segmenter));
  }
  return runs;
}

/** The word runs of one clause, text[start, end). */
function clauseRuns(text: string, start: number, end: number, paragraph: number, blocked: Uint8Array, topicTerms: KnownTerms, inTitle: (word: string) => boolean, segmenter: Segmenter | undefined): Run[] {
  const runs: Run[] = [];
  let words: Word[] = [];
  for (const w of wordSpans(text.slice(start, end), segmenter, topicTerms)) {
    const wordStart = w.start + start;
    const wordEnd = w.end + start;
    if (blocked.subarray(wordStart, wordEnd).includes(1) || !hasWordCharacter(text, wordStart, wordEnd)) {
      if (words.length) runs.push({ paragraph, words });
      words = [];
      continue;
    }
    const isTopic = topicTerms.longestAt(text, wordStart, wordEnd) === wordEnd || inTitle(text.slice(wordStart, wordEnd));
    words.push({ start: wordStart, end: wordEnd, weight: isTopic ? 0 : hanCharacters(text, wordStart, wordEnd) });
  }
  if (words.length) runs.push({ paragraph, words });
  return runs;
}

/** Longest stretch of characters the pre-filter compares; longer ones add nothing to its precision. */
const MAX_GRAM = 16;
/** Characters a phrase never spans: punctuation and line breaks end a word run. */
const RUN_BREAK = codeUnitTable('\r\n。！？；，、：“”‘’（）《》〈〉【】!?;');

/**
 * The clauses that may hold a repeated phrase: stretches between punctuation (a phrase never
 * spans any) with a stretch of `gram` characters that occurs at least `minCount` times in the
 * sentences, not counting blocked text and the topic terms (which weigh nothing). A repeated
 * phrase weighs at least minLength >= `gram`, so each of its occurrences holds such a stretch,
 * and the same one. Topic terms are found per sentence, as `wordSpans` finds them, so every
 * occurrence of a phrase drops the same characters, and punctuation inside a term does not end a
 * clause. One pass of a rolling hash into a table of counts: collisions can only let too many
 * clauses through, never too few, so the filter never loses a phrase.
 */
function recurringClauses(text: string, sentences: Sentence[], blocked: Uint8Array, topicTerms: KnownTerms, gram: number, minCount: number): Sentence[] {
  let size = 1024;
  while (size < text.length * 2 && size < 1 << 22) size <<= 1;
  const counts = new Uint8Array(size);
  // The table slot of the stretch ending at each character, or -1.
  const slots = new Int32Array(text.length).fill(-1);
  const BASE = 0x9e3779b1 | 0;
  let power = 1;
  for (let i = 1; i < gram; i++) power = Math.imul(power, BASE);
  // The current stretch as a ring of `gram` code units; `oldest` is where the next one goes.
  const window = new Int32Array(gram);
  const clauses: Sentence[] = [];
  for (const sentence of sentences) {
    const terms = topicTerms.find(text, sentence.start, sentence.end);
    let term = 0;
    let hash = 0;
    let kept = 0;
    let oldest = 0;
    let clauseStart = sentence.start;
    for (let i = sentence.start; i < sentence.end; i++) {
      while (term < terms.length && terms[term].end <= i) term++;
      if (term < terms.length && terms[term].start <= i) continue;
      const isBreak = RUN_BREAK[text.charCodeAt(i)] === 1;
      if (isBreak) {
        if (i > clauseStart) clauses.push({ start: clauseStart, end: i, paragraph: sentence.paragraph });
        clauseStart = i + 1;
      }
      if (isBreak || blocked[i]) {
        hash = 0;
        kept = 0;
        oldest = 0;
        continue;
      }
      const code = text.charCodeAt(i);
      if (kept >= gram) hash = (hash - Math.imul(window[oldest], power)) | 0;
      hash = (Math.imul(hash, BASE) + code) | 0;
      window[oldest] = code;
      if (++oldest === gram) oldest = 0;
      if (++kept >= gram) {
        const slot = (hash ^ (hash >>> 15)) & (size - 1);
        slots[i] = slot;
        if (counts[slot] < 255) counts[slot]++;
      }
    }
    if (sentence.end > clauseStart) clauses.push({ start: clauseStart, end: sentence.end, paragraph: sentence.paragraph });
  }
  return clauses.filter((clause) => {
    for (let i = clause.start; i < clause.end; i++) if (slots[i] >= 0 && counts[slots[i]] >= minCount) return true;
    return false;
  });
}

function hasWordCharacter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isHan(text[i]) || isAsciiLetter(text[i]) || isDigit(text[i])) return true;
  return false;
}

/** Latin letters and digits do not count: they are mostly template blanks (XX) and figures. */
function hanCharacters(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (isHan(text[i])) n++;
  return n;
}

/** Occurrences grown word by word, left and right, as long as all of them agree. */
function grow(text: string, list: Occurrence[]): Occurrence[] {
  const grown = list.map((o) => ({ ...o }));
  const wordText = (o: Occurrence, i: number) => (i >= 0 && i < o.run.words.length ? text.slice(o.run.words[i].start, o.run.words[i].end) : undefined);
  const agree = (offset: (o: Occurrence) => number) => {
    const first = wordText(grown[0], offset(grown[0]));
    return first !== undefined && grown.every((o) => wordText(o, offset(o)) === first);
  };
  while (agree((o) => o.last + 1) && noOverlapAfterGrowth(grown, 0, 1)) grown.forEach((o) => o.last++);
  while (agree((o) => o.first - 1) && noOverlapAfterGrowth(grown, -1, 0)) grown.forEach((o) => o.first--);
  return grown;
}

/** Growing must not make two occurrences in one run overlap (a phrase repeated back to back). */
function noOverlapAfterGrowth(list: Occurrence[], left: number, right: number): boolean {
  for (let i = 1; i < list.length; i++) {
    const a = list[i - 1];
    const b = list[i];
    if (a.run === b.run && a.last + right >= b.first + left) return false;
  }
  return true;
}
