import { canonicalExpression } from './canonical-expression';
import { informalTitle } from './informal-title';

export const expressionRules = [canonicalExpression, informalTitle];
