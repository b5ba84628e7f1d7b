// The JSON Schema of each rule's options: types, allowed values and caps, so that a wrong option
// is reported where it is written instead of being ignored by the rule, and so that no option can
// make a check cost more than a bounded multiple of the default one. The defaults come from the
// rules themselves; test/config/schema.test.ts checks that every option a rule declares is
// described here and that its default is valid.

import { USER_PATTERN_LIMITS, type MarkerStyle } from '../engine';

export type Schema = Record<string, unknown>;

/** Marker styles a house style may accept besides the standard ones (docs/rules/numbering-style.md). */
const HOUSE_STYLES = [
  'cn-dot',
  'cn-comma',
  'cn-space',
  'cn-paren-half',
  'cn-paren-dun',
  'cn-angle',
  'ar-dun',
  'ar-dot-small',
  'ar-paren-half',
  'ar-paren-dun',
] as const satisfies readonly MarkerStyle[];

const text = (maxLength: number, minLength = 1): Schema => ({ type: 'string', minLength, maxLength });

/** One entry of `placeholders` and of placeholder-custom's `patterns`. */
export const PLACEHOLDER_SCHEMA: Schema = {
  anyOf: [
    { ...text(USER_PATTERN_LIMITS.maxLength), description: '原样文字 — literal text' },
    {
      type: 'object',
      properties: { text: text(USER_PATTERN_LIMITS.maxLength), message: text(200) },
      required: ['text'],
      additionalProperties: false,
    },
    {
      type: 'object',
      properties: { regex: { ...text(USER_PATTERN_LIMITS.maxLength), description: 'RE2 语法的正则表达式 — a regular expression in RE2 syntax' }, message: text(200) },
      required: ['regex'],
      additionalProperties: false,
    },
  ],
};

export const PLACEHOLDERS_SCHEMA: Schema = { type: 'array', maxItems: USER_PATTERN_LIMITS.maxPatterns, items: PLACEHOLDER_SCHEMA };

/** The layout rules' switch: `gongwen` checks a Word document only when it is a 公文 (a report type is recognised, not a speech); `all` checks every Word document. */
const LAYOUT_DOCUMENTS: Record<string, Schema> = { documents: { type: 'string', enum: ['gongwen', 'all'] } };

export const RULE_OPTION_SCHEMAS: Readonly<Record<string, Readonly<Record<string, Schema>>>> = {
  'layout-paper-size': LAYOUT_DOCUMENTS,
  'layout-margins': LAYOUT_DOCUMENTS,
  'layout-grid': LAYOUT_DOCUMENTS,
  'layout-title-font': LAYOUT_DOCUMENTS,
  'layout-body-font': LAYOUT_DOCUMENTS,
  'layout-heading-font': LAYOUT_DOCUMENTS,
  'layout-page-number': LAYOUT_DOCUMENTS,
  'numbering-hierarchy': {
    policy: { type: 'string', enum: ['consistent', 'strict', 'allow-skip'] },
  },
  'numbering-style': {
    allow: { type: 'array', items: { type: 'string', enum: HOUSE_STYLES }, maxItems: HOUSE_STYLES.length, uniqueItems: true },
  },
  'placeholder-custom': {
    patterns: PLACEHOLDERS_SCHEMA,
  },
  'required-section': {
    minHeadings: { type: 'integer', minimum: 0, maximum: 100 },
  },
  'repeated-formula': {
    defaultLimit: { type: 'integer', minimum: 0, maximum: 1000 },
  },
  'repeated-phrase': {
    // Every key the rule builds is a phrase this long: 50 characters is five times the default;
    // below 4 characters nearly every word recurs and the rule does several times its usual work.
    minLength: { type: 'integer', minimum: 4, maximum: 50 },
    minCount: { type: 'integer', minimum: 2, maximum: 1000 },
    // Characters segmented into words, the rule's main cost: at most about three times the default.
    maxChars: { type: 'integer', minimum: 0, maximum: 1_000_000 },
  },
};
