import { placeholderBrackets } from './placeholder-brackets';
import { placeholderCustom } from './placeholder-custom';
import { placeholderDate } from './placeholder-date';
import { placeholderLetters } from './placeholder-letters';
import { placeholderSymbols } from './placeholder-symbols';
import { placeholderWords } from './placeholder-words';

export const placeholderRules = [placeholderLetters, placeholderSymbols, placeholderBrackets, placeholderDate, placeholderWords, placeholderCustom];
