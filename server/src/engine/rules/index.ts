// The rule registry: every rule the checker runs, in one list. Each category keeps its own list
// in its folder, so adding a rule touches that folder's index only.

import type { Rule } from '../rule';
import { expressionRules } from './expression';
import { layoutRules } from './layout';
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
  ...layoutRules,
];

export function findRule(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}

/**
 * The rules a name stands for where a rule or a category may be named (as inline directives read
 * names; the CLI's --rule): the rule with that id, or every rule of that category; none for another name.
 */
export function rulesNamed(name: string): readonly Rule[] {
  const rule = findRule(name);
  return rule ? [rule] : allRules.filter((r) => r.category === name);
}
