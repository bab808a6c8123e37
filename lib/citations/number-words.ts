/**
 * Article numbers written in words (`paragraph 3d of Article Six`, a reservation in a treaty database, dev en-090;
 * `article twenty-one`, `artículo seis`, `l'article six`), as the article parser (`parse-treaty.ts`) reads them:
 * English up to forty-nine (UNTOC has 41 articles), French and Spanish up to twenty. `premier` / `primero` are read
 * by the parser itself.
 */

import { alt, ARTICLE_WORD, sticky, WS } from './patterns';
import { plainText, withPlain } from './plain-letters';

const EN_UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN = [
  ...EN_UNITS,
  ...['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'],
];
const FR = ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize'];
const FR_MORE = ['quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf', 'vingt'];
const ES = ['dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece'];
const ES_MORE = ['catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte'];
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40 };
/** Spanish ordinals from the second (`artículo tercero del Protocolo`, dev es-101; `primero` is the parser's). */
const ES_ORDINALS = ['segundo', 'tercero', 'cuarto', 'quinto', 'sexto', 'séptimo', 'octavo', 'noveno', 'décimo'];

/**
 * The ordinals, which follow an article word only as its number (`Dicho protocolo, en su artículo tercero, incluye…`,
 * dev es-327): read bare in lower case, where a lower-case cardinal waits for its treaty's connector (`an article two
 * years ago`).
 */
export const ORDINAL_WORDS: ReadonlySet<string> = new Set(withPlain(ES_ORDINALS));

/**
 * Each number word and its value (a word two languages share has one value: `six`), also without its accent
 * (`dieciseis`, `septimo`: `plain-letters.ts`).
 */
const VALUES = new Map<string, number>(
  [
    ...EN.map((w, i): [string, number] => [w, i + 1]),
    ...[...FR, ...FR_MORE].map((w, i): [string, number] => [w, i + 2]),
    ...[...ES, ...ES_MORE].map((w, i): [string, number] => [w, i + 2]),
    ...Object.entries(TENS),
    ...ES_ORDINALS.map((w, i): [string, number] => [w, i + 2]),
  ].flatMap(([w, n]): [string, number][] => [
    [w, n],
    [plainText(w), n],
  ]),
);

/** Every number word an article may take (`HAS_NUMBER` in `might-cite.ts` must pass each after an article word). */
export const ARTICLE_NUMBER_WORDS = ['premier', 'primero', ...VALUES.keys()];

/** The words, longest first so `dix-sept` wins over `dix`, `seventeen` over `seven`. */
const WORDS = [...VALUES.keys()].sort((a, b) => b.length - a.length).join('|');

/**
 * The article word and a number in words: group 1 the word, group 2 an English unit after a tens word (`twenty-one`,
 * `Twenty One`). Not followed by a letter or a hyphen (`Article Sixty`, `seven-year`).
 */
export const ARTICLE_IN_WORDS_RE = sticky(
  `${ARTICLE_WORD}${WS}(${WORDS})(?:[- ](${EN_UNITS.join('|')}))?(?![a-zà-ÿ-])`,
);

/** The number the match of `ARTICLE_IN_WORDS_RE` spells (`Six` → 6, `twenty-one` → 21), or null. */
export function spelledNumber(m: RegExpExecArray): number | null {
  const word = (m[1] ?? '').toLowerCase();
  const tens = TENS[word];
  if (m[2] !== undefined) return tens === undefined ? null : tens + EN_UNITS.indexOf(m[2].toLowerCase()) + 1;
  return VALUES.get(word) ?? null;
}

/** The match of `ARTICLE_IN_WORDS_RE` with its number as a figure in group 1 (no letter in group 2), the word kept in
 * `spelled`; null when the words spell no number. */
export function spelledArticle(m: RegExpExecArray | null): (RegExpExecArray & { spelled: string }) | null {
  const n = m ? spelledNumber(m) : null;
  if (!m || n === null) return null;
  const word = m[1] ?? '';
  m[1] = String(n);
  m[2] = undefined as unknown as string;
  return Object.assign(m, { spelled: word });
}

/**
 * An ordinal suffix glued to an article's number, as Latin American and English texts abbreviate ordinals (`artículo
 * 3ro.`, dev es-330; `1ro`/`1ero`, `2do`, `3ero`, `4to`–`6to`, `7mo`, `8vo`, `9no`, `10mo`; `Article 3rd`, `1st`, `2nd`,
 * `4th`…): the article, not a letter pinpoint. Each suffix only after the digits it belongs to (lookbehinds on the
 * number just read), so `3do` or `12nd` is not read, and `11th`–`13th` take `th`. Matched right after the number in
 * `ARTICLE_RE` (no scan of its own). French `3e` is not one: `article 3e` has always read as 3(e).
 */
export const ORDINAL_SUFFIX = alt(
  '(?<=[^\\d][13])e?ro',
  '(?<=[^\\d]2)do',
  '(?<=[^\\d][456])to',
  '(?<=[^\\d](?:7|10))mo',
  '(?<=[^\\d]8)vo',
  '(?<=[^\\d]9)no',
  '(?<=(?<!1)1)st',
  '(?<=(?<!1)2)nd',
  '(?<=(?<!1)3)rd',
  '(?<=[04-9]|1\\d)th',
);
