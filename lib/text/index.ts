/**
 * Text normalisation for search. Pure: no DOM, no browser API, no database.
 */
export { fold, foldChar, foldWithMap, originalRange, type FoldedText } from './fold';
export { TERM_ALIASES, termOf, tokenize, wordRanges, wordsOf, type Token } from './tokens';
export { editDistance } from './edit-distance';
export { lightStem } from './stem';
