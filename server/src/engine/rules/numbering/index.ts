import { enumerationNesting } from './enumeration-nesting';
import { enumerationSequence } from './enumeration-sequence';
import { headingPunctuation } from './heading-punctuation';
import { numberingHierarchy } from './numbering-hierarchy';
import { numberingSequence } from './numbering-sequence';
import { numberingStyle } from './numbering-style';

export const numberingRules = [numberingSequence, numberingStyle, numberingHierarchy, headingPunctuation, enumerationSequence, enumerationNesting];
