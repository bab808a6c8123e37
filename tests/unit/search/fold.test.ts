import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  editDistance,
  fold,
  foldWithMap,
  lightStem,
  originalRange,
  termOf,
  tokenize,
  wordRanges,
} from '../../../lib/text';

describe('fold: what people type and what the compendium prints compare equal', () => {
  it.each([
    ['accents', 'Prélèvement', 'prelevement'],
    ['capital accents', 'ÉTATS', 'etats'],
    ['cedilla', 'Coopération française', 'cooperation francaise'],
    ['œ ligature', 'Cœur bleu', 'coeur bleu'],
    ['Œ capital', 'ŒUVRE', 'oeuvre'],
    ['æ ligature', 'curriculum vitæ', 'curriculum vitae'],
    ['typographic apostrophe', 'd’organes', "d'organes"],
    ['left quote and modifier apostrophe', 'l‘article lʼarticle', "l'article l'article"],
    ['guillemets', '« victime »', '" victime "'],
    ['no-break space', 'article\u00a06', 'article 6'],
    ['narrow no-break space', 'Rapport\u202f:', 'rapport :'],
    ['runs of spaces and line breaks', 'a \n\t b', 'a b'],
    ['en and em dashes', 'sous–régionale — bilatérale', 'sous-regionale - bilaterale'],
    ['soft hyphen', 'pré\u00advention', 'prevention'],
    ['bidi controls', '\u200fالاتجار\u200e', 'الاتجار'],
    ['fi ligature', 'ﬁnancement', 'financement'],
    ['backtick', '`quote`', "'quote'"],
    ['symbols untouched', 'CTOC/COP/WG.4/2015/6', 'ctoc/cop/wg.4/2015/6'],
    ['regex metacharacters untouched', '.*+?^${}()|[]\\', '.*+?^${}()|[]\\'],
    ['empty', '', ''],
  ])('%s: %j → %j', (_, input, expected) => {
    expect(fold(input)).toBe(expected);
    expect(foldWithMap(input).text).toBe(expected);
  });

  it('folds the same with and without the offset map, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        expect(fold(text)).toBe(foldWithMap(text).text);
      }),
    );
  });

  it('maps every folded word back to original text that folds to it', () => {
    const alphabet = fc.constantFrom(..."aéèœÆ’\u00a0\u202f  -–l'dOÇ«»\u00adx9".split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const folded = foldWithMap(text);
        for (const token of tokenize(folded.text)) {
          const [start, end] = originalRange(folded, token.start, token.end);
          expect(termOf(fold(text.slice(start, end)).replace(/[^\p{L}\p{N}]/gu, ''))).toBe(token.term);
        }
      }),
    );
  });

  it('maps a range inside an expanded character to the whole character', () => {
    const folded = foldWithMap('Cœur');
    expect(folded.text).toBe('coeur');
    expect(originalRange(folded, 0, 5)).toEqual([0, 4]);
    expect(originalRange(folded, 1, 2)).toEqual([1, 2]);
  });
});

describe('tokenize: the words searched', () => {
  it.each([
    ["l'exploitation", ['l', 'exploitation']],
    ["d'organes", ['d', 'organes']],
    ['non-sanction', ['non', 'sanction']],
    ['CTOC/COP/WG.4/2015/6', ['ctoc', 'cop', 'wg', '4', '2015', '6']],
    ['unodc undoc onudoc', ['onudc', 'onudc', 'onudc']],
    ['الاتجار بالبشر', ['الاتجار', 'بالبشر']],
    ['§ … ///', []],
  ])('%j → %j', (text, terms) => {
    expect(tokenize(fold(text)).map((t) => t.term)).toEqual(terms);
  });

  it('stops at the limit', () => {
    expect(tokenize('a b c d e', 3).map((t) => t.term)).toEqual(['a', 'b', 'c']);
  });

  it('finds the same words in the original text as in the folded one', () => {
    const text = "L’ONUDC a reçu l'aide du « Cœur bleu » — 2011";
    expect(wordRanges(text).map(([s, e]) => termOf(fold(text.slice(s, e))))).toEqual(
      tokenize(fold(text)).map((t) => t.term),
    );
  });
});

describe('editDistance (optimal string alignment, bounded)', () => {
  it.each([
    ['trafic', 'trafic', 2, 0],
    ['tarfic', 'trafic', 2, 1],
    ['victmes', 'victimes', 2, 1],
    ['coperation', 'cooperation', 2, 1],
    ['coperation', 'operations', 2, 2],
    ['abc', 'xyz', 1, 2],
    ['a', 'abcdef', 2, 3],
  ])('%s → %s (max %i) = %i', (a, b, max, expected) => {
    expect(editDistance(a, b, max)).toBe(expected);
  });
});

describe('lightStem: inflections meet', () => {
  it.each([
    [['migrant', 'migrants', 'migrante', 'migrantes'], 'migrant'],
    [['force', 'forces', 'forcee', 'forcees'], 'forc'],
    [['victime', 'victimes'], 'victim'],
    [['travail', 'travaux'], null],
  ])('%j', (words, stem) => {
    const stems = new Set(words.map(lightStem));
    if (stem === null) expect(stems.size).toBeGreaterThan(1);
    else expect([...stems]).toEqual([stem]);
  });

  it('leaves short words alone', () => {
    expect(['les', 'des', 'cas', 'e'].map(lightStem)).toEqual(['les', 'des', 'cas', 'e']);
  });
});
