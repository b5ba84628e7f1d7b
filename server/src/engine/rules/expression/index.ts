import type { Rule } from '../../rule';

export const expressionRules: Rule[] = [];
