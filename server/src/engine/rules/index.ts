// The rule registry: every rule the checker runs, in one list. Each category keeps its own list
// in its folder, so adding a rule touches that folder's index only.

import type { Rule } from '../rule';
import { expressionRules } from './expression';
import { numberingRules } from './numbering';
import { placeholderRules } from './placeholder';
import { punctuationRules } from './punctuation';
import { repetitionRules } from './repetition';
import { structureRules } from './structure';

export const allRules: readonly Rule[] = [
  ...placeholderRules,
  ...numberingRules,
  ...structureRules,
  ...repetitionRules,
  ...expressionRules,
  ...punctuationRules,
];

export function findRule(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
