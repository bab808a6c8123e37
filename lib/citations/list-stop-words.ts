/**
 * The words that end a list's gap (`list-gap.ts`): a head word of another citation. A module of its own for the
 * gates before its regex, run at most of a gap's words (session 47).
 */

import { alt, ARTICLE_WORD, DECISION_WORD, matchLengthAt, PRST_WORD, RESOLUTION_WORD, sticky } from './patterns';
import { initials } from './regex-initials';

/**
 * A word that ends the list: a head word of another citation (resolution, decision, statement, article, paragraph,
 * page, chapter, section, rule).
 */
export const STOP_WORD_RE = sticky(
  `${alt(
    RESOLUTION_WORD,
    DECISION_WORD,
    PRST_WORD,
    ARTICLE_WORD,
    'paragraph(?:e)?s?',
    'p[áa]rrafos?',
    // `para.` / `paras` as an abbreviation only before its stop or a number: Spanish `para` ("for") is prose (`por la
    // que proclamó el Decenio Internacional para la Acción, … 59/228`, dev es-251).
    'paras?(?=\\.|\\s{0,4}\\d)',
    'pages?',
    'chap(?:ter|itre)s?',
    'cap[íi]tulos?',
    'sections?',
    'secci[óo]n(?:es)?',
    'rules?',
    'r[èe]gles?',
    'reglas?',
    'statements?',
    'd[ée]clarations?',
    'declarac(?:i[óo]n|iones)',
  )}(?![a-zà-ÿ])`,
);

/**
 * Whether the code unit at `pos` is one of the mojibake characters a stop word's head word may hold as its second or
 * third (`r茅solution`, `rÃ©solution`, `dĂ©cision`: `茅`, `©`, `Ă`, no letters of `wordLength`). Every other stop word
 * starts with three letters: a word of one or two (`of`, `de`, `la`, most of a gap's words) is none.
 */
function mojibakeAt(text: string, pos: number): boolean {
  const code = pos < text.length ? text.charCodeAt(pos) : 0; // not past the end (a read there deopts)
  return code === 0x8305 || code === 0xa9 || code === 0x102;
}

/** The letters a stop word starts with (`initials`): at another word, `STOP_WORD_RE` is not run. */
const STOP_INITIALS = initials(STOP_WORD_RE.source);

/**
 * The characters (lower case) that may stand second in a stop word, by its first letter: `r` + `e`, `é`, `è`, `s`
 * (`rsolution`), `c` (`RCSNU`), `i` (`risoluzione`), `u` (`rules`) or a mojibake's first (`茅`, `Ã`, `Ă`); `u` + `n`
 * (`UNSCR`); `s` + `c`, `e`, `t`; `d` + `e`, `é`, `c` (`dcision`), mojibake; `p` + `r`, `a`, `á`; `a` + `r`, `t`
 * (`atículo`); `c` + `h`, `a`. A gap's words of those initials that fail it (`adopted`, `dans`, `sur`, `concerning`)
 * run no regex: 1 081 calls a bench pass, 953 failing, were 556 (session 47).
 */
const STOP_SECONDS: Readonly<Record<string, string>> = {
  r: 'eéèsciu茅ãă',
  u: 'n',
  s: 'cet',
  d: 'eéc茅ãă',
  p: 'raá',
  a: 'rt',
  c: 'ha',
};

/** Whether a stop word may start at `pos` (`STOP_INITIALS`, then `STOP_SECONDS`). */
export function stopWordMayStart(text: string, pos: number): boolean {
  if (STOP_INITIALS === null) return true;
  const initial = text.charAt(pos).toLowerCase();
  if (!STOP_INITIALS.has(initial)) return false;
  const seconds = STOP_SECONDS[initial];
  return seconds === undefined || pos + 1 >= text.length || seconds.includes(text.charAt(pos + 1).toLowerCase());
}

/**
 * Whether a stop word stands at `pos`, at a word of `word` letters (`wordLength`): a word of one or two letters (`of`,
 * `de`, `la`) is none unless a mojibake follows its first letter (`mojibakeAt`).
 */
export function stopWordAt(text: string, pos: number, word: number): boolean {
  const mayStop = word > 2 || mojibakeAt(text, pos + 1) || mojibakeAt(text, pos + 2);
  return mayStop && stopWordMayStart(text, pos) && matchLengthAt(STOP_WORD_RE, text, pos) >= 0;
}
