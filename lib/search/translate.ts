import type { Theme } from '../../corpus/schema';
import { fold, tokenize } from '../text';
import { THEME_NAMES, VOCABULARY, type VocabularyEntry } from '../text/vocabulary';

/**
 * English and Spanish queries over the French corpus. The query's words are matched against the vocabulary
 * (`lib/text/vocabulary`, written by hand) longest phrase first; a matched phrase is searched as the French words
 * the compendium uses for it, and the response says so ("Also searched: travail forcé").
 */

/** One position of the query as searched: the French words standing for it, main wording first. */
export interface Slot {
  /** Alternatives for this position (folded terms); the first is the one phrase checks use. */
  words: string[];
  /** True for a word of the query searched as typed (not translated). */
  typed: boolean;
}

/** A phrase of the query searched as French words. */
export interface Translation {
  /** The typed words (folded). */
  from: string;
  /** The French wording, as the compendium prints it. */
  to: string;
}

export interface Translated {
  slots: Slot[];
  translations: Translation[];
  /** The theme the whole query names through the vocabulary (`labour inspectors`), if any: it is listed first. */
  theme: string | null;
}

export interface Translator {
  /** The query's words (folded terms) as slots, with the phrases translated. */
  translate(words: readonly string[]): Translated;
  /** Whether a folded word is a word of the English or Spanish vocabulary (or a function word of either). */
  knows(word: string): boolean;
  /** Every English and Spanish vocabulary word (keys of {@link keyWord}), for typo correction. */
  words: readonly string[];
}

/**
 * Function words of English, Spanish and French left out of phrase keys: `persons with disabilities` and
 * `disabled persons` differ by them only, and `victims of trafficking` matches `trafficking victims`.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a al an and as at by con de del des du e el en for from in into l la las le les lo los of on or para por ' +
    'sobre the to un una y d against contra against entre with avec et ou dans sur au aux'
  ).split(' '),
);

/**
 * The comparison form of an English or Spanish word: folded, then a plural and a final `e` dropped, so that
 * `inspectors`/`inspector`, `inspectores`/`inspector`, `disabilities`/`disability`, `sanciones`/`sancion` meet.
 */
export function keyWord(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const contentKeys = (phrase: string): string[] =>
  tokenize(fold(phrase))
    .map((t) => t.term)
    .filter((w) => !FUNCTION_WORDS.has(w))
    .map(keyWord);

/** A bag of words: sorted keys joined (word order does not matter: `victim identification`, `identification of victims`). */
const bagOf = (keys: readonly string[]): string => [...keys].sort().join(' ');

/** Longest phrase looked up, in content words. */
const MAX_PHRASE = 10;

/** `Name (qualifier)`: the theme's subject (group 1) and its qualifier (group 2). */
const QUALIFIED = /^(.+?)\s*\(([^()]+)\)$/;

/**
 * Vocabulary entries made from the theme names (the hand-written English and Spanish names beside the index's
 * French): the whole name, and for `Victims (identification)` the qualifier alone, so that `identification` and
 * `Victims (identification)` both reach the index's words.
 */
function themeEntries(themes: readonly Pick<Theme, 'id' | 'name'>[]): VocabularyEntry[] {
  const out: VocabularyEntry[] = [];
  for (const theme of themes) {
    const names = THEME_NAMES[theme.id];
    if (!names) continue;
    out.push({ fr: [theme.name], en: [names.en], es: [names.es], theme: theme.id });
    const [fr, en, es] = [theme.name, names.en, names.es].map((n) => QUALIFIED.exec(n));
    if (fr && en && es) out.push({ fr: [fr[2]!], en: [en[2]!], es: [es[2]!], theme: theme.id });
  }
  return out;
}

/**
 * The translator over the vocabulary and the corpus's theme names. `isFrench` says whether folded words, as typed
 * in a row, are French the corpus prints (one word of the index, or a run of words found in a text): such a phrase
 * is left as typed, so French queries search exactly as before, while `social services` (two French words, but
 * not French in that order) is translated.
 */
export function createTranslator(
  themes: readonly Pick<Theme, 'id' | 'name'>[],
  isFrench: (words: readonly string[]) => boolean,
): Translator {
  const phrases = new Map<string, { fr: string[]; to: string; theme?: string }>();
  const known = new Set<string>();
  for (const entry of [...VOCABULARY, ...themeEntries(themes)]) {
    const fr = entry.fr.map((f) => tokenize(fold(f)).map((t) => t.term));
    for (const phrase of [...entry.en, ...entry.es]) {
      const keys = contentKeys(phrase);
      if (keys.length === 0 || keys.length > MAX_PHRASE) continue;
      for (const k of keys) known.add(k);
      const bag = bagOf(keys);
      // The first entry to claim a phrase keeps it: the data files list the specific senses first. A theme's name
      // claimed by a concept still names the theme.
      const claimed = phrases.get(bag);
      if (!claimed) phrases.set(bag, { fr: fr.map((words) => words.join(' ')), to: entry.fr[0]!, theme: entry.theme });
      else claimed.theme ??= entry.theme;
    }
  }
  for (const w of FUNCTION_WORDS) known.add(w);

  const translate = (words: readonly string[]): Translated => {
    const slots: Slot[] = [];
    const translations: Translation[] = [];
    let theme: string | null = null;
    // Content words with their positions; function words between them go with the phrase that spans them.
    const content = words.map((w, i) => ({ w, i })).filter((x) => !FUNCTION_WORDS.has(x.w));
    let next = 0;
    const typedUpTo = (end: number) => {
      for (; next < end; next++) slots.push({ words: [words[next]!], typed: true });
    };
    for (let c = 0; c < content.length;) {
      let matched = 0;
      for (let n = Math.min(MAX_PHRASE, content.length - c); n >= 1 && matched === 0; n--) {
        const window = content.slice(c, c + n);
        const hit = phrases.get(bagOf(window.map((x) => keyWord(x.w))));
        if (!hit) continue;
        // Already French (`protection des victimes`, `corruption`): searched as typed.
        if (isFrench(words.slice(window[0]!.i, window[window.length - 1]!.i + 1))) continue;
        typedUpTo(window[0]!.i);
        // The main French wording, function words included (phrase checks compare runs of words); other
        // wordings join the slots of the main one's content words, in order.
        const [main, ...others] = hit.fr.map((f) => f.split(' '));
        const otherContent = others.map((alt) => alt.filter((w) => !FUNCTION_WORDS.has(w)));
        const mainContent = main!.filter((w) => !FUNCTION_WORDS.has(w)).length;
        let k = 0;
        for (const w of main!) {
          if (FUNCTION_WORDS.has(w)) {
            slots.push({ words: [w], typed: false });
            continue;
          }
          const more = otherContent.flatMap((alt) => (k === mainContent - 1 ? alt.slice(k) : alt.slice(k, k + 1)));
          slots.push({ words: [...new Set([w, ...more])], typed: false });
          k++;
        }
        translations.push({ from: window.map((x) => x.w).join(' '), to: hit.to });
        if (n === content.length && hit.theme) theme = hit.theme;
        next = window[window.length - 1]!.i + 1;
        matched = n;
      }
      c += matched || 1;
    }
    typedUpTo(words.length);
    return { slots, translations, theme };
  };

  return { translate, knows: (word) => known.has(keyWord(word)) || FUNCTION_WORDS.has(word), words: [...known] };
}
