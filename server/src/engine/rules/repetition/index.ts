import { doubledCharacter } from './doubled-character';
import { repeatedFormula } from './repeated-formula';
import { repeatedPhrase } from './repeated-phrase';

export const repetitionRules = [repeatedFormula, repeatedPhrase, doubledCharacter];
