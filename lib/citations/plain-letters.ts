/**
 * Accented letters read as themselves or as their plain letter (session 21): text loses its accents (OCR, a page made
 * ASCII, a machine translation, a user typing: `resolucion 64/293`, `Conseil de securite`, `Protocole relatif a la
 * traite`, `articulo 5`), and an engine word that needs its accent misses the citation. Each accented letter of a
 * pattern's words (`Conférence`, `présent`, `Comisión`) is read as `[ée]`, in its case (`États` → `[ÉE]tats`). Only
 * for words whose plain form is no other word that would let a wrong citation in: the words of titles, names and
 * phrases (the plain `a` of `à` is read where the pattern's other words still have to follow). The plain letter is
 * `lib/text/fold.ts`' (one folding); tables compared as strings fold with it too.
 */

import { foldChar } from '../text/fold';

/**
 * One piece of a regex source: an escape or a character class, passed over whole (a class's letters are the
 * pattern's own choice, `[a-zà-ÿ]`, `[ée]`), or one accented Latin letter (U+00C0–U+00FF but `×` and `÷`).
 */
const PIECE = /\\.|\[(?:\\.|[^\]\\])*\]|[À-ÖØ-öø-ÿ]/g;

/** The plain letter of an accented one, in its case (`é` → `e`, `É` → `E`), or '' when it has none (`ß`, `æ`). */
function plainOf(letter: string): string {
  const plain = foldChar(letter);
  if (!/^[a-z]$/.test(plain)) return '';
  return letter === letter.toLowerCase() ? plain : plain.toUpperCase();
}

/** A regex source whose accented letters outside classes also read as their plain letters (`sécurité` → `s[ée]curit[ée]`). */
export const orPlain = (source: string): string =>
  source.replace(PIECE, (piece) => {
    if (piece.length > 1) return piece;
    const plain = plainOf(piece);
    return plain ? `[${piece}${plain}]` : piece;
  });

/** A text with its accented letters plain, case kept (`Préambule` → `Preambule`): a word table's second spelling. */
export const plainText = (text: string): string => text.replace(/[À-ÖØ-öø-ÿ]/g, (c) => plainOf(c) || c);

/** Words and their plain spellings (`États` and `Etats`), for a table looked up as written. */
export const withPlain = (words: readonly string[]): string[] => [...new Set(words.flatMap((w) => [w, plainText(w)]))];

/** `orPlain` on a regex (its flags kept): for the patterns written as literals. */
export const orPlainRe = (re: RegExp): RegExp => new RegExp(orPlain(re.source), re.flags);
