/**
 * Our treaties' titles after the noun read tolerantly, word by word, where the exact reading (`TREATY_QUALIFIERS`)
 * found none or stopped early: case and accents ignored (`criminalite transnationale organisee`, `Ninos`), a plural's
 * `s` (`trafics`, `migrante`), the small words a title's translation or an author swaps (`de` / `des`, `le` / `la`,
 * `Manufacture` / `Manufacturing`), and at most one slip in the whole title: one letter dropped, doubled or changed in
 * a long word (`Organzed`, `Supress`, `Sanccionar`), or one word of the title's names dropped. The title's names must
 * all be read (so another treaty's title, which shares a few words, never is: `Convention against Corruption`,
 * `Convention on Action against Trafficking in Human Beings`); its further parts (`, Especially Women and Children`) are
 * read when they follow. Read only after an article's connector or for a treaty noun near an article
 * (`TreatyContext.tolerant`), never for the text's mentions. The span runs through the last word read. Also an English
 * prefix name with one slip before the noun (`Smugling of Migrants Protocol`, `tolerantPrefix`), at an article too.
 */

import type { TreatyId } from './keys';
import { OFFICIAL_TITLES } from './official-titles';
import { PREFIX_NAMES } from './treaty-prefixes';
import { execAt, sticky } from './patterns';

/** A title as words to read after the noun: its names (required) and its further parts (each optional, whole). */
interface WordTitle {
  id: TreatyId;
  noun: 'convention' | 'protocol';
  names: string[];
  rest: string[][];
}

/**
 * Lower case, accents removed (`Criminalité` → `criminalite`, `niños` → `ninos`). A word of ASCII letters only (most)
 * is only lower-cased: decomposing it changes nothing, and `normalize` was most of the time a title's reading took.
 */
const fold = (w: string): string =>
  NOT_ASCII.test(w)
    ? w
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
    : w.toLowerCase();

/**
 * A character outside printable ASCII (an accented letter, a typographic apostrophe): the words `fold` decomposes
 * (any other is only lower-cased, the same result).
 */
const NOT_ASCII = /[^ -~]/;

const words = (s: string): string[] =>
  fold(s)
    .split(/[\s,'’]+/)
    .filter(Boolean);

/**
 * The UN's name after UNTOC's noun in French and Spanish, as the UN writes it and as its acronym (`Convention de l'ONU
 * contre la criminalité…`, `Convención de la ONU contra…`); English writes it before the noun (a prefix name).
 */
const UN_AFTER: Readonly<Record<'en' | 'fr' | 'es', readonly string[]>> = {
  en: [],
  fr: ['des Nations Unies ', "de l'ONU "],
  es: ['de las Naciones Unidas ', 'de la ONU '],
};

/** Every title of ours as words: the official names and parts, UNTOC's with and without the UN's name. */
const TITLES: readonly WordTitle[] = (Object.keys(OFFICIAL_TITLES) as TreatyId[]).flatMap((id) =>
  (['en', 'fr', 'es'] as const).flatMap((lang) => {
    const { names, rest } = OFFICIAL_TITLES[id][lang];
    const noun = id === 'UNTOC' ? 'convention' : 'protocol';
    const parts = rest.map(words);
    const forms = id === 'UNTOC' ? [...UN_AFTER[lang].map((un) => un + names), names] : [names];
    return forms.map((form) => ({ id, noun, names: words(form), rest: parts }) as WordTitle);
  }),
);

/** The first letters our titles' names start with after each noun: a noun followed by another letter is not read. */
const FIRST_LETTERS: Readonly<Record<'convention' | 'protocol', ReadonlySet<string>>> = {
  convention: new Set(TITLES.filter((t) => t.noun === 'convention').map((t) => t.names[0]?.charAt(0) ?? '')),
  protocol: new Set(TITLES.filter((t) => t.noun === 'protocol').map((t) => t.names[0]?.charAt(0) ?? '')),
};

/**
 * Words a title's translation or an author writes for each other, read as the same word (no slip): articles and
 * `de` / `des` / `du` (`trafic illicite des migrants`), `&`, the prepositions our informal titles use, and the
 * Firearms title's `Manufacture` (a translation's, beside the UN's `Manufacturing`), `crimen` for `delincuencia`.
 */
// Each group's words separated by spaces, groups by bars. The Trafficking title as translations from French and
// Spanish word it (`to Prevent, Repress and Sanction the Trafficking of Persons, specially Women and Children`, probe
// p7en-014: `réprimer`, `sancionar`, `de personas`); the Spanish and French as translations from English word it
// (`Protocolo para Prevenir, Suprimir y Castigar el Tráfico de Personas`, p18es-055; `Protocole pour Prévenir,
// Réprimer et Sanctionner la Traite de Personnes`, p15fr-058, the `à` after `pour` the one word dropped; session 42).
const SAME: readonly (readonly string[])[] = [
  'de des du d|la le les el los las the|and &|et &|y &|against on|contre sur|contra sobre|manufacturing manufacture',
  'suppress repress|punish sanction|in of|especially specially',
  'reprimir suprimir|sancionar castigar|trata trafico|visant pour|punir sanctionner',
  'delincuencia crimen|organizada organizado',
]
  .join('|')
  .split('|')
  .map((group) => group.split(' '));
const SAME_AS = new Map<string, Set<string>>();
for (const group of SAME) for (const w of group) SAME_AS.set(w, new Set([...(SAME_AS.get(w) ?? []), ...group]));

/** Whether `a` (the title's) and `b` (the text's) are the same word: folded, a plural's `s` either way. */
function same(a: string, b: string): boolean {
  if (a === b || SAME_AS.get(a)?.has(b)) return true;
  return a.length >= 4 && (a + 's' === b || b + 's' === a);
}

/** Whether `b` is `a` with one letter dropped, added or changed; `a` of five letters or more (short words are exact). */
function oneEdit(a: string, b: string): boolean {
  if (a.length < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * A word after the noun and what separates it from the one before: white space (a line break, doubled spaces), a
 * comma, an apostrophe (`d’armes`), markup a page left as text (`<br />`, `<strong>`); never a full stop, a colon or a
 * bracket, which end a title. At least one separator; bounded. A word a PDF hyphenated at a line's end is one word
 * (`Traf-\nficking`, `Trans-\n  national`: a hyphen, then a line break, then lower case).
 */
const WORD_RE = /(?:\s|,|['’]|<\/?[a-z]{1,10}(?:\s?\/)?>){1,48}([A-Za-zÀ-ÿ]+(?:-[ \t]{0,4}\n\s{0,16}[a-zà-ÿ]+)?|&)/y;

/** The hyphen and line break inside a word a PDF hyphenated (`WORD_RE`). */
const HYPHEN_BREAK = /-\s+/;

/** How many words after the noun are read at most (the longest title, the Firearms Protocol's, has 17). */
const MAX_WORDS = 24;

/**
 * The words after a position (folded) and where each ends, read lazily: most nouns are followed by a word no title
 * starts with, so one word is read and folded, not the whole window.
 */
class Words {
  private readonly read: { w: string; end: number }[] = [];
  private next: number;
  constructor(
    private readonly text: string,
    pos: number,
  ) {
    this.next = pos;
  }

  /** The `j`-th word after the position, or undefined past the title's window or a title's end. */
  at(j: number): { w: string; end: number } | undefined {
    while (this.read.length <= j && this.next >= 0 && this.read.length < MAX_WORDS) {
      WORD_RE.lastIndex = this.next;
      const m = WORD_RE.exec(this.text);
      if (!m) this.next = -1;
      else {
        const w = m[1] ?? '';
        this.read.push({ w: fold(w.includes('-') ? w.replace(HYPHEN_BREAK, '') : w), end: WORD_RE.lastIndex });
        this.next = WORD_RE.lastIndex;
      }
    }
    return this.read[j];
  }
}

/** A function word (three letters at most): one may stand for another, or be added or left out, as one slip. */
const small = (w: string): boolean => w.length <= 3 && w !== '&';

/**
 * Reads `title`'s words against the text's from `j`, with `slips` left: the index after the last word read and the
 * slips left, or null when a word does not match. A slip is one of: a long word one letter off (`oneEdit`); a
 * function word for another (`Trafficking of Persons`); a function word added (`Punish the Trafficking`, `especially
 * of Women`); a word of the title left out, the next one there (`drop`: any word of the names but the first,
 * `Convention against Organized Crime`; a function word only in a further part, `Their Parts, Components and…`).
 */
function align(
  title: readonly string[],
  text: Words,
  j: number,
  slips: number,
  drop: boolean,
): { j: number; slips: number } | null {
  for (let i = 0; i < title.length; i++) {
    const t = title[i] ?? '';
    const w = text.at(j)?.w;
    if (w === undefined) return null;
    if (same(t, w)) {
      j++;
      continue;
    }
    if (slips === 0) return null;
    const next = title[i + 1];
    if (oneEdit(t, w) || (small(t) && small(w) && next !== undefined && same(next, text.at(j + 1)?.w ?? ''))) j++;
    else if (small(w) && same(t, text.at(j + 1)?.w ?? '')) j += 2;
    else if (i > 0 && next !== undefined && (drop || small(t)) && same(next, w)) {
      // the title's word left out: the text's word is read as the next one's
    } else return null;
    slips--;
  }
  return { j, slips };
}

/**
 * What a word or the separator before one (`WORD_RE`) may hold at any of its characters: the words run on from the
 * noun with no gap, so a reading ends past a position only if one of them holds the character there.
 */
const IN_WORDS = /[\s,'’<>/&A-Za-zÀ-ÿ-]/;

/**
 * The treaty of ours whose title follows a treaty noun ending at `pos` (`noun`: which one; `only`: that treaty's titles
 * alone), read tolerantly, and where the title ends; null when none reads. The longest reading wins; two treaties
 * reading equally long is no reading. `past`: only a reading ending after it is asked for (null: maybe one ending
 * before), none when the character there is in no word nor separator (`IN_WORDS`: `.`, `;`, a bracket, the text's end).
 */
export function tolerantTitle(
  text: string,
  pos: number,
  noun: 'convention' | 'protocol',
  only?: TreatyId,
  past?: number,
): { id: TreatyId; end: number } | null {
  if (past !== undefined && !IN_WORDS.test(text.charAt(past))) return null;
  const read = new Words(text, pos);
  // A slip in a title's first word keeps its first letter (`aginst`): another first letter is no title of ours.
  if (!FIRST_LETTERS[noun].has(read.at(0)?.w.charAt(0) ?? '')) return null;
  let best: { id: TreatyId; j: number } | null = null;
  let tie = false;
  for (const t of TITLES) {
    if (t.noun !== noun || (only !== undefined && t.id !== only)) continue;
    const names = align(t.names, read, 0, 1, t.names.length >= 4);
    if (!names) continue;
    let { j, slips } = names;
    for (const part of t.rest) {
      const r = align(part, read, j, slips, false);
      if (r) ({ j, slips } = r);
    }
    if (best && j === best.j && best.id !== t.id) tie = true;
    else if (!best || j > best.j) [best, tie] = [{ id: t.id, j }, false];
  }
  if (!best || tie) return null;
  return { id: best.id, end: read.at(best.j - 1)?.end ?? pos };
}

/** Our prefix names as words (folded), those that name a treaty alone (`United Nations` needs its title after it). */
const PREFIX_WORDS = PREFIX_NAMES.filter((p) => !p.needsQualifier).flatMap((p) =>
  p.names.map((name) => ({ id: p.id, noun: p.noun, words: words(name) })),
);

/**
 * The treaty a prefix name written with one slip names (`Smugling of Migrants Protocol`, `Trafficking in Person
 * Protocol`, `Firarms Protocol`): `before`, the words before the noun (as written), all of them the name's, one long
 * word one letter off or a plural's `s`; null when none or two treaties read so.
 */
export function tolerantPrefix(before: readonly string[], noun: 'convention' | 'protocol'): TreatyId | null {
  const read = before.map(fold);
  let id: TreatyId | null = null;
  for (const p of PREFIX_WORDS) {
    if (p.noun !== noun || p.words.length !== read.length) continue;
    let slips = 1;
    const ok = p.words.every((t, i) => {
      const w = read[i] ?? '';
      if (same(t, w)) return true;
      return oneEdit(t, w) && slips-- > 0;
    });
    if (!ok) continue;
    if (id !== null && id !== p.id) return null;
    id = p.id;
  }
  return id;
}

/**
 * One to three words and an English treaty noun (`Smugling of Migrants Protocol`): a prefix name `tolerantPrefix` may
 * read with a slip. Group 1 the words, group 2 the noun.
 */
const SLIPPED_PREFIX_RE = sticky(`((?:[A-Za-zÀ-ÿ]+[ \\t]{1,4}){1,3})(Protocol|Convention)(?![a-zà-ÿ])`);

/** The words (one to three) right before a noun, for `slippedBefore`. */
const WORDS_BEFORE_RE = /(?:[A-Za-zÀ-ÿ]+[ \t]{1,4}){1,3}$/;

/** Which treaty noun a word is (`Protocol`, `Convention`). */
const nounOf = (noun: string | undefined): 'convention' | 'protocol' =>
  /^conven/i.test(noun ?? '') ? 'convention' : 'protocol';

/**
 * A prefix name with a slip right before the English noun at `at` (`the Smugling Protocol, article 5`), for a noun near
 * an article whose word before names no treaty as written: the treaty it names in full, else null (another treaty's).
 */
export function slippedBefore(
  text: string,
  lead: string,
  at: number,
): { id: TreatyId; end: number; named: boolean; demonstrative: boolean } | null {
  const noun = /^(?:Protocol|Convention)(?![a-zà-ÿ])/.exec(text.slice(at, at + 11));
  const before = noun ? WORDS_BEFORE_RE.exec(lead)?.[0].split(/\s+/).filter(Boolean) : undefined;
  for (let k = Math.min(3, before?.length ?? 0); k >= 1 && noun && before; k--) {
    const id = tolerantPrefix(before.slice(-k), nounOf(noun[0]));
    if (id) return { id, end: at + noun[0].length, named: true, demonstrative: false };
  }
  return null;
}

/** A prefix name with a slip and its English noun at `pos` (`Smugling of Migrants Protocol`), or null. */
export function slippedPrefixAt(text: string, pos: number): { id: TreatyId; end: number } | null {
  const slipped = execAt(SLIPPED_PREFIX_RE, text, pos);
  const id = slipped ? tolerantPrefix(slipped[1]?.split(/\s+/).filter(Boolean) ?? [], nounOf(slipped[2])) : null;
  return id && slipped ? { id, end: pos + slipped[0].length } : null;
}
