import { documentNumber } from './document-number';
import { doubledPunctuation } from './doubled-punctuation';
import { halfwidthPunctuation } from './halfwidth-punctuation';
import { unbalancedPair } from './unbalanced-pair';

export const punctuationRules = [unbalancedPair, halfwidthPunctuation, doubledPunctuation, documentNumber];
