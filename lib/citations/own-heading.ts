/**
 * A document's own heading and the title lines naming it: not citations (the session-8 convention and the lead's
 * session-11 decision on a site's title lines). Read after body inference, on the classifier's candidates.
 */

import type { Candidate } from './candidate';
import { inlinePreamble } from './infer-body';
import { bodyOfSymbol, SYMBOL_BODIES, type BodyId } from './keys';

/**
 * The body whose instrument a key names (`A/RES/55/25` → `ga`, `COP decision 4/4` → `cop`): the key grammar's symbol
 * table for symbols, the named prefix otherwise (not `parseKey`, whose whole grammar would cost the content script
 * about 0.5 KB for this one question).
 */
export function keyBody(key: string): BodyId | null {
  if (!KEY_BODY_INITIALS.has(key.charAt(0))) return null;
  return key.startsWith('COP ') ? 'cop' : key.startsWith('CCPCJ ') ? 'ccpcj' : bodyOfSymbol(key);
}

/**
 * The first letters of the keys `keyBody` gives a body (`COP `, `CCPCJ `, each prefix of the symbol table): a key
 * starting otherwise (an article's `UNTOC art. 5`, `TIP Protocol art. 3`) has none, and the table is not searched (a
 * `find` over it for every candidate, asked by several readers of each text).
 */
const KEY_BODY_INITIALS: ReadonlySet<string> = new Set(['C', ...SYMBOL_BODIES.map(([prefix]) => prefix.charAt(0))]);

/**
 * What may stand between a document's own heading and its preamble's subject: white space, and its adoption line
 * (`Resolución 2312 (2016)\nAprobada por el Consejo de Seguridad en su 7783ª sesión…\n\nEl Consejo de Seguridad,`).
 */
const HEADING_GAP_RE = /^\s*(?:(?:Adopted|Adopt[ée]e|Aprobada) (?:by|par|por) [^\n]{0,200}\n\s*)?$/;

/** A key without the Security Council's year, so a title line's `Resolution 2370` is its heading's `2370 (2017)`. */
export const withoutYear = (key: string): string => key.replace(/\(\d{4}\)$/, '');

/**
 * A document's own heading, by the session-8 convention: an instrument of the document's author before its
 * preamble's subject (in the first 600 characters), either flattened onto the subject's line near the start (300
 * characters: `General Assembly resolution 55/25 of 15 November 2000 Entered into force … The General Assembly,
 * Recalling`, dev `en-139`) or right above it, with only white space or the adoption line between (`Resolution 2370
 * (2017)\n\nThe Security Council,`, dev `en-160`, the twelfth round); then the page's title lines that repeat its
 * number before it (`United Nations Security Council Resolution 2370 – Threats…`) are the heading too. A page reads a
 * heading's block alone, without its preamble, and keeps its card (the sample page's `Décision 1/5 …`).
 */
export function dropOwnHeading(candidates: Candidate[], text: string): Candidate[] {
  // Only an instrument starting in the first 600 characters whose key names a body (the author's) can be dropped:
  // without one (most texts: articles of our treaties, whose keys name none), the preamble is not read.
  if (!candidates.some((c) => c.start < 600 && c.kind !== 'symbol' && keyBody(c.key))) return candidates;
  const preamble = inlinePreamble(text);
  return !preamble || preamble.author === 'OTHER' ? candidates : dropHeadingBefore(candidates, text, preamble);
}

/**
 * `dropOwnHeading` once the text opens with a preamble of a body of the table (2 texts in 900 that reach it): a
 * function of its own, so the gate, run on every text, is small for TurboFan (the whole took it ~20 ms to compile).
 */
function dropHeadingBefore(
  candidates: Candidate[],
  text: string,
  preamble: { index: number; author: string },
): Candidate[] {
  const author = preamble.author.toLowerCase();
  const ours = (c: Candidate): boolean => c.kind !== 'symbol' && c.end <= preamble.index && keyBody(c.key) === author;
  const heading = candidates.filter(ours).find((c) => HEADING_GAP_RE.test(text.slice(c.end, preamble.index)));
  const number = heading ? withoutYear(heading.key) : undefined;
  return candidates.filter(
    (c) =>
      !ours(c) ||
      !(
        (c.start < 300 && !text.slice(c.start, preamble.index).includes('\n')) ||
        (number !== undefined && withoutYear(c.key) === number)
      ),
  );
}

/**
 * The front page's own symbol: a resolution's symbol in the first 600 characters with the distribution line after it
 * (`S/RES/2178 (2014)\nDistr. générale`, `S/RES/2482 (2019)\nSecurity Council Distr.: General`).
 */
const DISTR_AFTER_RE = /^[^\n]{0,60}\n?[^\n]{0,60}Distr[.:\s]/;

/** A capitalised head word at a line start (a title line), nothing but white space before it on its line. */
const TITLE_LINE_BEFORE = /(?:^|\n)[ \t]*$/;

/**
 * A site's title lines naming the document it reproduces are that document's heading, not citations (the lead's
 * decision, session 11; dev `fr-093`'s `Résolution 2178 de l'ONU sur le terrorisme` above `S /RES/2178 (2014)
 * Distr.`): an instrument at a line start, capitalised, in the first 1,000 characters, whose number is the front
 * page's own symbol's.
 */
export function dropTitleLines(candidates: Candidate[], text: string): Candidate[] {
  const own = candidates.find(
    (c) =>
      c.kind === 'symbol' &&
      c.start < 600 &&
      /\/RES\//.test(c.key) &&
      DISTR_AFTER_RE.test(text.slice(c.end, c.end + 130)),
  );
  if (!own) return candidates;
  const number = withoutYear(own.key);
  return candidates.filter(
    (c) =>
      c.kind === 'symbol' ||
      c.start >= 1000 ||
      withoutYear(c.key) !== number ||
      !/^[A-ZÀ-Ý]/.test(text.charAt(c.start)) ||
      !TITLE_LINE_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start)),
  );
}

/**
 * A document's own contents: a capitalised plural head word, one number and a full stop, then the entry's title or the
 * next entry (`A. Resolutions\n2005/54. Enhancement of international cooperation…`, `Decisions 5/101. Institution-building
 * of…`, `Resoluciones 9/1. Mandato del Relator…`, `A. Resolutions 5/1. 5/2.`; dev en-221, en-238, es-139): the
 * titles of the instruments the report itself contains, not citations of them (the own-heading form `n/m. Title`). A
 * citation goes on in lower case or without the stop (`resolutions 5/1 and 5/2 of 18 June 2007`).
 */
const CONTENTS_ENTRY_RE =
  /(?:Resolutions|Decisions|R[ée]solutions|D[ée]cisions|Resoluciones|Decisiones)\s{1,4}(?:S-)?\d{1,4}\/\d{1,4}\.\s{1,4}(?:[A-ZÀ-Ý]|(?:S-)?\d{1,4}\/\d{1,4}\.)/y;

/** Drops the entries of a document's own contents (`CONTENTS_ENTRY_RE`), read at each instrument's start. */
export function dropContentsEntries(candidates: Candidate[], text: string): Candidate[] {
  return candidates.filter((c) => {
    const first = text.charCodeAt(c.start); // `R` or `D` (`CONTENTS_ENTRY_RE`'s words), by code
    if (c.kind === 'symbol' || (first !== 82 && first !== 68)) return true;
    CONTENTS_ENTRY_RE.lastIndex = c.start;
    return !CONTENTS_ENTRY_RE.test(text);
  });
}
