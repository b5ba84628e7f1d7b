import type { Rule } from '../../rule';

export const punctuationRules: Rule[] = [];
