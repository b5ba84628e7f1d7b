// Configurations written to hang or crash the checker, from issue 11, and one at every cap the
// schema and the engine enforce. Used by test/config/adversarial.test.ts (each finishes with one
// clear problem) and by `npm run bench` (each is timed against the default check).

import { CONFIG_LIMITS } from '../../server/src/config/schema';
import { GLOB_LIMITS, USER_PATTERN_LIMITS } from '../../server/src/engine';
import { TEMPLATE_LIMITS } from '../../server/src/engine/templates/validate';

/** A negated class of `size` characters none of which is in a Chinese report (Latin Extended). */
const foreignClass = (size: number) => `[^${Array.from({ length: size }, (_, i) => String.fromCharCode(0x100 + i)).join('')}]`;

export interface AdversarialConfig {
  name: string;
  config: unknown;
  /** How many problems the CLI prints, each starting with `field` (a prefix) at its line and column. */
  problems: number;
  field: string;
  /** Words of the first problem (English). */
  says: string;
  /** The report's findings are those of no configuration at all. */
  sameFindings: boolean;
}

export const ADVERSARIAL_CONFIGS: AdversarialConfig[] = [
  {
    name: 'an empty placeholder-custom pattern (looped for ever)',
    config: { rules: { 'placeholder-custom': ['error', { patterns: [''] }] } },
    problems: 1,
    field: 'rules.placeholder-custom[1].patterns[0]',
    says: 'must not be empty',
    sameFindings: true,
  },
  {
    name: 'ten patterns [^<470 characters>]{198}Z (6 s on 3,000 characters)',
    config: { placeholders: Array.from({ length: 10 }, () => ({ regex: `${foreignClass(470)}{198}Z` })) },
    problems: 10,
    field: 'placeholders[',
    says: `too long (at most ${USER_PATTERN_LIMITS.maxLength} characters)`,
    sameFindings: true,
  },
  {
    name: 'ten patterns [^<150 characters>]{140}Z, each within the length cap',
    config: { placeholders: Array.from({ length: 10 }, () => ({ regex: `${foreignClass(150)}{140}Z` })) },
    problems: 8,
    field: 'placeholders[',
    says: 'together are too complex',
    sameFindings: true,
  },
  {
    name: '"ignore": ["{" × 200,000] (28 s)',
    config: { ignore: ['{'.repeat(200_000)] },
    problems: 1,
    field: 'ignore[0]',
    says: `too long (at most ${GLOB_LIMITS.maxLength} characters)`,
    sameFindings: true,
  },
  {
    name: '"ignore" with 150,000 alternatives (stack overflow)',
    config: { ignore: [`{${Array.from({ length: 150_000 }, (_, i) => `a${i}`).join(',')}}`] },
    problems: 1,
    field: 'ignore[0]',
    says: `too long (at most ${GLOB_LIMITS.maxLength} characters)`,
    sameFindings: true,
  },
  {
    name: '"reportTypeByPath" keyed by "{" × 200,000',
    config: { reportTypeByPath: { ['{'.repeat(200_000)]: '工作总结' } },
    problems: 1,
    field: 'reportTypeByPath.{{{{',
    says: `too long (at most ${GLOB_LIMITS.maxLength} characters)`,
    sameFindings: true,
  },
  {
    name: 'a template with 10,000 sections (out of memory in --format json)',
    config: {
      reportType: '大报告',
      reportTypeByPath: { '*.txt': '大报告' },
      templates: [{ type: '大报告', sections: Array.from({ length: 10_000 }, (_, i) => ({ key: `s${i}`, name: `第${i}部分`, words: [`词${i}`] })) }],
    },
    problems: 1,
    field: 'templates[0].sections',
    says: `at most ${TEMPLATE_LIMITS.sections} entries`,
    sameFindings: false,
  },
];

const word = (i: number, length: number) => `词${String(i).padStart(length - 1, '甲')}`.slice(0, length);

/** Every list at its cap and every pattern as costly as allowed: the most a configuration can ask. */
export const AT_THE_CAPS = {
  rules: {
    'repeated-phrase': ['info', { minLength: 4, minCount: 2, maxChars: 1_000_000 }],
    'repeated-formula': ['warning', { defaultLimit: 0 }],
    'required-section': ['warning', { minHeadings: 0 }],
  },
  // Two patterns of program size 143 and three four-character literals: 298 of the 300 units per character.
  placeholders: [...['X', 'Y'].map((last) => ({ regex: `${foreignClass(150)}{140}${last}` })), ...Array.from({ length: 3 }, (_, i) => word(i, 4))],
  ignore: Array.from({ length: CONFIG_LIMITS.ignore }, (_, i) => `${'*a'.repeat(60)}/**/${i}/${'*'.repeat(GLOB_LIMITS.maxLength - 126 - String(i).length)}`),
  // Ninety-nine globs that fail late, then one that sends every .txt file to the template below.
  reportTypeByPath: Object.fromEntries([
    ...Array.from({ length: CONFIG_LIMITS.reportTypeByPath - 1 }, (_, i) => [`**/${'*b'.repeat(100)}${i}/*.txt`, '工作总结']),
    ['*.txt', '工作总结'],
  ]),
  templates: [
    {
      type: '工作总结',
      recognise: { fileNamePatterns: Array.from({ length: TEMPLATE_LIMITS.globs }, (_, i) => `${'*总'.repeat(80)}${i}`) },
      sections: Array.from({ length: TEMPLATE_LIMITS.sections }, (_, s) => ({
        key: `k${s}`,
        name: word(s, 10),
        words: Array.from({ length: TEMPLATE_LIMITS.words }, (_, i) => word(s * 100 + i, 6)),
        bodyCues: Array.from({ length: TEMPLATE_LIMITS.cuesInAll / TEMPLATE_LIMITS.sections }, (_, i) => `${word(i, 3)}…${word(s, 3)}…问题`),
      })),
    },
  ],
  lexicons: {
    formulas: Array.from({ length: CONFIG_LIMITS.lexicon.formulas }, (_, i) => ({ text: word(i, 12), variants: Array.from({ length: CONFIG_LIMITS.lexicon.variants }, (_, v) => word(i * 100 + v, 12)) })),
    canonical: Array.from({ length: CONFIG_LIMITS.lexicon.canonical }, (_, i) => ({ canonical: `工作${word(i, 10)}`, wrong: [word(i, 9)], nearMiss: true })),
    topicTerms: Array.from({ length: CONFIG_LIMITS.lexicon.topicTerms }, (_, i) => word(i, 8)),
  },
};
