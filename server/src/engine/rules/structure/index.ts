import type { Rule } from '../../rule';
import { blankSignature } from './blank-signature';
import { closingFormula } from './closing-formula';
import { emptySection } from './empty-section';
import { openingFormula } from './opening-formula';
import { requiredSection } from './required-section';
import { sectionOrder } from './section-order';

export const structureRules: Rule[] = [requiredSection, sectionOrder, emptySection, openingFormula, closingFormula, blankSignature];
