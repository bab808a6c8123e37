/**
 * A body outside the table that owns the instrument whose head word follows (session 24, tuner-res): named as the
 * subject before `in its / dans sa / en su` (`The UNDP/UNFPA/UNOPS Executive Board, in its decision 2019/12`, probe
 * pr-en-088: an Executive Board's `yyyy/n` fits ECOSOC's numbering), or right before the head word with only an
 * adoption verb and a determiner between (`y la Comisión Interamericana la Resolución 1/20`, pr-es-049: `1/20` fits
 * only the Human Rights Council's numbering; `the Inter-American Commission adopted Resolution 1/20`). Such an
 * instrument is not reported. Read only for an instrument with no body of ours named with it, in a text that names
 * such a body at all (`namesOf`, once per text).
 *
 * `org-around.ts`' `otherBodyPossessive` reads the names built as a noun and its complement (`Commission on Narcotic
 * Drugs, in its`); `org-names.ts`' `foreignBefore` a name right before the head word in English order (`UNICEF
 * Executive Board decision 2022/5`). This module reads the names built otherwise: a board, an executive or governing
 * organ, a regional human rights commission or court, a parliamentary or health assembly.
 */

import { allMatches, perText } from './patterns';
import { textBodies } from './sentence-bodies';

/**
 * The names, case-sensitive (their capitals; French and Spanish adjectives in lower case as written, accents either
 * way). Each is a whole name, so prose (`a board`, `la junta`) is none. `Board` alone covers `Executive Board`, `Trade
 * and Development Board`, `International Narcotics Control Board`, `Board of Governors`: none of ours is a board.
 */
const NAME = [
  'Board(?: of [A-Z][a-z]+)?',
  '(?:Executive|Governing) (?:Council|Body|Committee)',
  '(?:Inter-American|African|European|Arab) (?:Commission|Court)',
  '(?:Parliamentary|World Health) Assembly',
  'Committee of Ministers',
  'Junta (?:Ejecutiva|Directiva|de Gobernadores)',
  'Consejo (?:Ejecutivo|de Administraci[óo]n)',
  'Comit[ée] (?:Ejecutivo|ex[ée]cutif)',
  '(?:Comisi[óo]n|Corte) (?:Interamericana|Africana|Europea)',
  'Asamblea (?:Parlamentaria|Mundial de la Salud)',
  "Conseil (?:d[’']administration|ex[ée]cutif)",
  '(?:Commission|Cour) (?:interam[ée]ricaine|africaine|europ[ée]enne)',
  'Assembl[ée]e (?:parlementaire|mondiale de la [Ss]ant[ée])',
  // Their acronyms (the Inter-American and African commissions').
  'IACHR',
  'CIDH',
  'ACHPR',
  'CADHP',
].join('|');

/**
 * The complement a name may carry (`on Human Rights`, `de Derechos Humanos`, `des droits de l’homme`, `of the
 * Organization of American States`, `del PNUD`): a preposition and up to five words, no punctuation.
 */
const COMPLEMENT = `(?: (?:on|of|for|de|des|del|du|of the|de la)(?: [\\wÀ-ÿ'’/-]+){1,5})?`;

/** An adoption verb between the name and the head word (`adopted`, `aprobó`, `a adopté`), then a determiner. */
const VERB = `(?: (?:adopted|issued|approved|passed|aprob[óo]|adopt[óo]|emiti[óo]|dict[óo]|a adopt[ée]|adopta))?`;
const DETERMINER = `(?: (?:the|its|la|el|le|su|sa)| l['’])?`;

/**
 * What may follow a name up to the head word: a possessive clause (a name's complement or any short clause before the
 * comma: `The UNDP/UNFPA/UNOPS Executive Board, in its`, `la Junta Ejecutiva del PNUD, en su`), or, right before the
 * head word, a complement, an adoption verb and a determiner (`la Comisión Interamericana la`, `the IACHR adopted`).
 * Sticky at the name's end, and anchored at the slice's end (the head word).
 */
const POSSESSIVE_TAIL_RE = new RegExp(
  `(?![a-zà-ÿ])[^,.;:()\\n]{0,60}?,?\\s{1,4}(?:in|dans|en|by|par|mediante)\\s{1,4}(?:its|sa|su)\\s{1,4}$`,
  'y',
);
const ADJACENT_TAIL_RE = new RegExp(`(?![a-zà-ÿ])${COMPLEMENT}${VERB}${DETERMINER}\\s{1,4}$`, 'y');

/** Every name in a text (`NAME`): where it starts and ends, in text order; searched once per text. */
const NAME_RE = new RegExp(`(?:${NAME})`, 'g');
const NO_NAMES: { start: number; end: number }[] = [];
const namesOf = perText(NO_NAMES, (text: string) =>
  allMatches(NAME_RE, text).map((m) => ({ start: m.index, end: m.index + m[0].length })),
);

/** Whether a body outside the table owns the instrument whose head word starts at `headStart` (see the module). */
export function foreignOwnerBefore(text: string, headStart: number, possessive: boolean): boolean {
  if (headStart === 0) return false;
  const tail = possessive ? POSSESSIVE_TAIL_RE : ADJACENT_TAIL_RE;
  // Only the names that end within 160 characters before the head word (most texts name none: no regex is run).
  for (const name of namesOf(text)) {
    if (name.end > headStart) break;
    if (name.start < headStart - 160) continue;
    const before = text.slice(name.start, headStart);
    tail.lastIndex = name.end - name.start;
    // A body of ours after the name, before the head word, is the possessive's antecedent (`The Executive Board noted
    // that the General Assembly, in its resolution 70/1`).
    if (tail.test(before) && textBodies(text.slice(name.end, headStart)).size === 0) return true;
  }
  return false;
}
