import { placeholderBrackets } from './placeholder-brackets';
import { placeholderDate } from './placeholder-date';
import { placeholderLetters } from './placeholder-letters';
import { placeholderSymbols } from './placeholder-symbols';
import { placeholderWords } from './placeholder-words';

export const placeholderRules = [placeholderLetters, placeholderSymbols, placeholderBrackets, placeholderDate, placeholderWords];
