/**
 * A paragraph numbered by an ordinal word instead of a figure (session 15, tuner-res2): before the pinpoint word
 * (`ninth preambular paragraph of General Assembly resolution 60/251`, dev en-401; `le neuvième alinéa du préambule de
 * la résolution`; `el sexto párrafo del preámbulo de la resolución`) or after it, Spanish (`párrafo dispositivo sexto
 * de la resolución 1514 (XV)`, dev es-296; `párrafo sexto de`). Read by `parseChain` only where a pinpoint word has
 * no figure after it (rare), so no text pays for it otherwise. The span runs from the ordinal (S1).
 */

import { sticky, WS } from './patterns';

/**
 * English ordinals one to ten; with the French and Spanish ones, also `article-pins.ts`' paragraph after the article
 * (`article 34, first paragraph`, `article 6, premier alinéa`, `artículo 6, párrafo segundo`).
 */
export const EN = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const EN_MORE = ['eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth'];
export const FR = ['premi[eè]re?', 'deuxi[eè]me', 'troisi[eè]me', 'quatri[eè]me', 'cinqui[eè]me', 'sixi[eè]me'];
const FR_MORE = ['septi[eè]me', 'huiti[eè]me', 'neuvi[eè]me', 'dixi[eè]me', 'onzi[eè]me', 'douzi[eè]me'];
export const ES = ['primer[oa]?', 'segund[oa]', 'tercer[oa]?', 'cuart[oa]', 'quint[oa]', 'sext[oa]', 's[ée]ptim[oa]'];
const ES_MORE = ['octav[oa]', 'noven[oa]', 'd[ée]cim[oa]', 'und[ée]cim[oa]', 'duod[ée]cim[oa]'];

/** Each language's ordinals, in order: a word's index + 1 is its number. */
const LISTS = [
  [...EN, ...EN_MORE],
  [...FR, ...FR_MORE],
  [...ES, ...ES_MORE],
].map((l) => l.map((w) => new RegExp(`^${w}$`, 'i')));

/** The number an ordinal word spells, or undefined. */
export function ordinalValue(word: string): number | undefined {
  for (const list of LISTS) {
    const i = list.findIndex((re) => re.test(word));
    if (i >= 0) return i + 1;
  }
  return undefined;
}

/**
 * An ordinal word right before a pinpoint word (the text before it ends with `ninth `, `neuvième `, `sexto `): a
 * whole word (a letter before it fails), one to sixteen spaces after it. Group 1: the word. Run on the 30 characters
 * before the pinpoint word only.
 */
const BEFORE_RE = /(?<![a-zà-ÿ])([a-zà-ÿ]{4,12})\s{1,16}$/i;

/** The ordinal before the pinpoint word at `pos`: its number and where it starts; null when none stands there. */
export function ordinalBefore(text: string, pos: number): { paragraph: number; start: number } | null {
  const from = Math.max(0, pos - 30);
  const m = BEFORE_RE.exec(text.slice(from, pos));
  const paragraph = m?.[1] ? ordinalValue(m[1]) : undefined;
  return m && paragraph !== undefined ? { paragraph, start: from + m.index } : null;
}

/**
 * Spanish: an ordinal after `párrafo`, with `dispositivo` / `preambular` before it (`párrafo dispositivo sexto`,
 * `párrafo sexto`). Group 1: `preambular` when written; group 2: the ordinal. A whole word (a letter after it fails:
 * `segundo` is not `segundos`).
 */
const AFTER_RE = sticky(`(?:dispositivo${WS}|(preambular)${WS})?(${[...ES, ...ES_MORE].join('|')})(?![a-zà-ÿ])`);

/** The Spanish ordinal after the pinpoint word's spaces at `pos`: its number, whether preambular, where it ends. */
export function ordinalAfter(
  text: string,
  pos: number,
): { paragraph: number; preambular: boolean; end: number } | null {
  AFTER_RE.lastIndex = pos;
  const m = AFTER_RE.exec(text);
  const paragraph = m?.[2] ? ordinalValue(m[2]) : undefined;
  return m && paragraph !== undefined ? { paragraph, preambular: m[1] !== undefined, end: pos + m[0].length } : null;
}
