import type { Rule } from '../../rule';

export const repetitionRules: Rule[] = [];
