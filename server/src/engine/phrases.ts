// Formula phrases and body cues as templates write them: `…` stands for any words within one
// sentence (`现将…如下`), and matching ignores spaces and punctuation, so that `妥否，请批示`
// matches `妥否,请批示。`. A cue starting with `^` must open its paragraph (`^下一步`).

import { SENTENCE_END } from './text';

const SENTENCE_SPLIT = new RegExp(`[${SENTENCE_END}\\r\\n]`);

/** Removes spaces and punctuation, so that 妥否，请批示 matches 妥否,请批示。 */
function normalisePhrase(s: string): string {
  return s.replace(/[\s\p{P}\p{S}]/gu, '');
}

function pieces(phrase: string): string[] {
  return phrase.split(/…+|\.{3,}/).map(normalisePhrase).filter(Boolean);
}

/** Whether the pieces occur in order in one normalised sentence, the first at its start when `anchored`. */
function inSentence(sentence: string, parts: string[], anchored: boolean): boolean {
  let from = 0;
  for (const [k, piece] of parts.entries()) {
    const i = sentence.indexOf(piece, from);
    if (i < 0 || (anchored && k === 0 && i !== 0)) return false;
    from = i + piece.length;
  }
  return true;
}

/** Whether the text holds one of the phrases, within one sentence. */
export function containsPhrase(text: string, phrases: readonly string[]): boolean {
  const sentences = text.split(SENTENCE_SPLIT).map(normalisePhrase);
  return phrases.some((phrase) => {
    const parts = pieces(phrase);
    return parts.length > 0 && sentences.some((s) => inSentence(s, parts, false));
  });
}

/**
 * Whether a paragraph's text matches one of the cues: a phrase, or with a leading `^`, a phrase
 * that opens the paragraph. The text is split and normalised once for all the cues: a template
 * may give hundreds, each tested against every paragraph of a report missing its section.
 */
export function matchesAnyCue(text: string, cues: readonly string[]): boolean {
  const sentences = text.split(SENTENCE_SPLIT).map(normalisePhrase);
  return cues.some((cue) => {
    const anchored = cue.startsWith('^');
    const parts = pieces(anchored ? cue.slice(1) : cue);
    if (!parts.length) return false;
    return anchored ? inSentence(sentences[0], parts, true) : sentences.some((s) => inSentence(s, parts, false));
  });
}
