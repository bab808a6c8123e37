/**
 * Bodies outside the key grammar's table that own the instrument whose head word follows: which bodies are not ours,
 * in which word orders and languages (session 25, tuner-owners: one table and one reader for what sessions 18–24 read
 * in three places, `foreignBefore`, `otherBodyPossessive` and `foreignOwnerBefore`). Such an instrument is not
 * reported (`resolution n/m`, `decision n/m` after `UNICEF Executive Board`, `Commission on Narcotic Drugs, in its`,
 * `la Comisión Interamericana la`): a wrong card is worse than none. The orders:
 *
 * - `before`: English order, right before the citation's first word (its head word, or a one-word body name of ours,
 *   `OSCE Ministerial Council Decision No. 1/13`): `Commission on Narcotic Drugs resolution 45/8` (dev fr-250), `UNEP
 *   Governing Council decision 27/2`, `Subcommission resolution 1994/7` (dev en-399), `PACE Resolution 1337 (2003)`.
 *   Read whatever body of ours is named after the head word (the parse from our name reads that citation).
 * - `subject`: the subject of `in its / dans sa / en su`, within a short clause (`Adopted as recommended by the
 *   Commission on Narcotic Drugs in its resolution 12(XXV)`, dev en-306; `The UNDP/UNFPA/UNOPS Executive Board, in
 *   its decision 2019/12`, pr-en-088; `la Junta Ejecutiva del PNUD, en su decisión`).
 * - `adopting`: right before the head word with only a complement, an adoption verb and a determiner between (`y la
 *   Comisión Interamericana la Resolución 1/20`, pr-es-049; `the IACHR adopted Resolution 1/20`).
 *
 * `subject` and `adopting` are read only for an instrument with no body of ours named with it, and never with a body
 * of ours between the outside name and the head word (`The Executive Board noted that the General Assembly, in its
 * resolution 70/1`; `Commission on Human Rights, in its`, whose name is ours).
 */

import { ORG_NAME } from './org-names';
import { nounClauseReader } from './outside-noun-clause';
import { allMatches, perText } from './patterns';
import { textBodies } from './sentence-bodies';

/** Where a body outside the table is read (see the module). */
type Order = 'before' | 'subject' | 'adopting';

/** A body outside the table: its name (regex source, case-sensitive) and the orders it is read in. */
interface OutsideBody {
  name: string;
  /** A body noun named by its complement (`Commission` `on Narcotic Drugs`): read only with one (see `readers`). */
  noun?: true;
  orders: readonly Order[];
}

/** Every order: a whole name is read wherever it stands. */
const EVERY: readonly Order[] = ['before', 'subject', 'adopting'];

/**
 * The table. Whole names are names by themselves, so prose (`a board`, `la junta`) is none: capitals as written
 * (French and Spanish adjectives in lower case, accents either way). `Board` alone covers `Executive Board`, `Trade
 * and Development Board`, `International Narcotics Control Board`, `Board of Governors`: none of ours is a board.
 * (Session 25: each whole name of the three readers' lists is read in every order, and the English nouns before the
 * head word and as subjects alike; the labelled passages and the probes read the same.)
 */
const OUTSIDE_BODIES: readonly OutsideBody[] = [
  // A body noun and its complement (`Commission on the Status of Women`, `Committee of Ministers`, `la Commission des
  // stupéfiants`, `la Comisión de Estupefacientes`): English nouns in both orders (before the head word the complement
  // is English, `on / of / for` and capitalised words), French and Spanish nouns as subjects. Ours (`Commission on
  // Human Rights`) are refused by our name (`before`) or by the bodies of ours in the clause (`subject`).
  { name: 'Commission|Committee|Council|Conference|Board', noun: true, orders: ['before', 'subject'] },
  // `Assembly` only before the head word: as a subject it is ours cut from its name (`the General Assembly of the
  // United Nations approved, by its resolution 49/60`: the clause read from the noun names no body of ours).
  { name: 'Assembly', noun: true, orders: ['before'] },
  { name: 'Comit[ée]|Conseil|Conf[ée]rence|Comisi[óo]n|Junta|Consejo|Conferencia', noun: true, orders: ['subject'] },
  // `Governing` before a one-word body name (`UNEP Governing Council decision 27/2`, whose `Council` read as the
  // Human Rights Council's; the qualifier's `-ing` is a preamble verb's for `ACRONYM_BEFORE`). Only there: as a
  // subject it would be prose (`Governing bodies, in its`).
  { name: 'Governing', orders: ['before'] },
  // The Sub-Commission (`Subcommission resolution 1994/7` in a Commission text, dev en-399, read as the Commission's).
  { name: 'Sub-?[Cc]ommission', orders: EVERY },
  // Boards, executive and governing organs (`Executive Board decision 2014/7`, `Trade and Development Board`).
  { name: 'Board(?: of [A-Z][a-z]+)?', orders: EVERY },
  { name: '(?:Executive|Governing) (?:Council|Body|Committee)', orders: EVERY },
  // Regional human rights commissions and courts, parliamentary and health assemblies, in English, then Spanish and
  // French; then executive organs in Spanish and French.
  { name: '(?:Inter-American|African|European|Arab) (?:Commission|Court)', orders: EVERY },
  { name: '(?:Parliamentary|World Health) Assembly', orders: EVERY },
  { name: 'Committee of Ministers', orders: EVERY },
  { name: 'Junta (?:Ejecutiva|Directiva|de Gobernadores)', orders: EVERY },
  { name: 'Consejo (?:Ejecutivo|de Administraci[óo]n)', orders: EVERY },
  { name: 'Comit[ée] (?:Ejecutivo|ex[ée]cutif)', orders: EVERY },
  { name: '(?:Comisi[óo]n|Corte) (?:Interamericana|Africana|Europea)', orders: EVERY },
  { name: 'Asamblea (?:Parlamentaria|Mundial de la Salud)', orders: EVERY },
  { name: "Conseil (?:d[’']administration|ex[ée]cutif)", orders: EVERY },
  { name: '(?:Commission|Cour) (?:interam[ée]ricaine|africaine|europ[ée]enne)', orders: EVERY },
  { name: 'Assembl[ée]e (?:parlementaire|mondiale de la [Ss]ant[ée])', orders: EVERY },
  // The Inter-American and African commissions' acronyms (other acronyms before the head word: `ACRONYM_BEFORE`).
  { name: 'IACHR|CIDH|ACHPR|CADHP', orders: EVERY },
  // The functional commissions whose resolutions are numbered as the General Assembly's (`The CND adopted resolution
  // 61/2`: not A/RES/61/2; session 44), as subjects and adopting too.
  { name: 'CND|CSW', orders: EVERY },
  // UNCAC's Conference of the States Parties by its acronym, mixed case as UNODC writes it (`UNCAC CoSP resolution
  // 10/4`, probe p15en-065; session 39): our COP is `COP`, never `CoSP`.
  { name: 'CoSP|COSP', orders: EVERY },
  // And by its name in full, whose complement is longer than a noun's (`COMPLEMENT`): `la Conférence des États parties
  // à la Convention des Nations Unies contre la corruption a adopté la résolution 8/9`, probe p17fr-018; session 41).
  {
    name:
      'Conference of (?:the )?States Parties to (?:the )?(?:UNCAC|(?:United Nations )?Convention against [Cc]orruption)|' +
      'Conf[ée]rence des [ÉE]tats [Pp]arties [àa] la Convention (?:des Nations [Uu]nies )?contre la [Cc]orruption|' +
      'Conferencia de los Estados Partes en la Convenci[óo]n (?:de las Naciones Unidas )?contra la [Cc]orrupci[óo]n',
    orders: EVERY,
  },
];

/** The table's names read in one of `orders`, nouns (`noun`) or whole names, as one alternation. */
const names = (orders: readonly Order[], noun: boolean): string =>
  OUTSIDE_BODIES.filter((b) => b.orders.some((o) => orders.includes(o)) && (b.noun === true) === noun)
    .map((b) => b.name)
    .join('|');

// ---- `before`: English order, right before the citation's first word.

/**
 * A whole name, or a noun with its `on / of / for` complement in capitals (`Commission on the Status of Women`,
 * `Council of Europe`, `Commission on Crime and Drugs`), ending at the slice's end with one space; at a word start
 * (`\b`: no `Keyboard`). Case-sensitive: `the board decision` is prose.
 */
const BEFORE_NAMED_RE = new RegExp(
  `(?:\\b(?:${names(['before'], false)})|\\b(?:${names(['before'], true)}) (?:on|of|for) (?:the )?(?:[A-Z][a-z]+,? (?:and |of |the ){0,2}){0,3}[A-Z][a-z]+) $`,
);
/** A name of ours at the named match (`Commission on Human Rights `): ours, read from its own trigger. */
const OUR_NAME_AT = new RegExp(`(?:${ORG_NAME}) $`, 'iy');

/**
 * A name the table does not list, before the head word or a one-word body name (`IACHR Resolution 04/19`, `(PACE)
 * Resolution 1337 (2003)`, `OSCE Ministerial Council Decision`, `Parliamentary Assembly Resolution`, `European
 * Commission decision`): an acronym (group 1), or a capitalised qualifier of four letters or more, with a one-word body
 * noun (group 2) or before a one-word body name of ours. Not `UN`, our acronyms, nor a preamble verb (`Recalling
 * Council resolution 17/1`, `Rappelant`, `Recordando`: the `-ing / -ant / -ndo` lookbehind); an acronym after another
 * capitalised word is a headline in capitals, not a body. After a line start or a character that is no word's, dot,
 * slash or hyphen (`A/RES` is a symbol). Case-sensitive.
 */
const ACRONYM_BEFORE =
  /(?:^|[^\w./-])(?:([A-Z]{2,7})\)?|[A-Z][a-z-]{3,}(?<!ing|ant|ndo)( (?:Council|Assembly|Commission|Conference))?) $/;
const OUR_ACRONYM_RE = new RegExp(`^(?:UN|ONU|${ORG_NAME})$`, 'i');

/**
 * A bibliography's or a table's entry: a line that opens with a body noun and its complement, then a comma before the
 * head word (`Comisión de Estupefacientes, resolución 61/2 (2018).`, `Commission on the Status of Women, resolution
 * 60/2`, probe p16es-020; session 40), in the three languages. The line's start keeps prose out; our own bodies so
 * named (`Consejo de Seguridad, resolución 2331`) are refused by their name.
 */
const ENTRY_RE =
  /(?:^|\n)[ \t]*((?:Commission|Committee|Comit[ée]|Conseil|Conf[ée]rence|Comisi[óo]n|Consejo|Conferencia|Junta|Board) (?:on|of|for|de|des|du|sur|sobre|del|de la) [^,\n]{3,60}), $/;

/** A name of ours, whole (not `Comisión`, the Commission's short name, at the start of another's). */
const WHOLE_ORG_NAME = new RegExp(`^(?:${ORG_NAME})$`, 'i');

/** Whether the head word at `pos` ends a bibliography entry of a body outside the table (`ENTRY_RE`). */
function bibliographyEntry(text: string, pos: number): boolean {
  const m = ENTRY_RE.exec(text.slice(Math.max(0, pos - 90), pos));
  return m !== null && !WHOLE_ORG_NAME.test(m[1] ?? '');
}

/** The cell before the one a head word opens (`| CoSP-UNCAC | resolution 3/1 |`): group 1 its text. */
const CELL_BEFORE_RE = /\|[ \t]*([^|\n]{2,60}?)[ \t]*$/;

/**
 * A cell that names a body: an acronym (`CND`, `UNICEF`, `CoSP-UNCAC`: a capital, up to three letters, a capital, maybe
 * a hyphened or slashed second part), or capitalised words with a body noun (`UNICEF Executive Board`). A topic's word
 * (`Trafficking`, `Review Mechanism`) is neither.
 */
const BODY_CELL_RE =
  /^(?:[A-Z][A-Za-z]{0,3}[A-Z](?:[-/][A-Za-z]{2,10})?|(?:[A-Z][A-Za-z-]*[ \t]+(?:(?:of|on|for|the|and)[ \t]+)*)*(?:Commission|Council|Board|Committee|Assembly|Conference|Programme|Fund|Agency|Office))$/;

/**
 * Whether the cell before the head word's own cell (its bar at `bar`) names a body outside the table: the body column
 * of a table of instruments (`| CoSP-UNCAC | resolution 3/1 |`, probe p18en-082; `| CND | resolution 61/2 |`), not
 * one of ours (`| COP-UNTOC | resolution 9/1 |`, `| HRC |`).
 */
function outsideCellBefore(text: string, bar: number): boolean {
  const cell = CELL_BEFORE_RE.exec(text.slice(Math.max(0, bar - 64), bar))?.[1];
  return (
    cell !== undefined &&
    BODY_CELL_RE.test(cell) &&
    !OUR_ACRONYM_RE.test(cell) &&
    !WHOLE_ORG_NAME.test(cell) &&
    textBodies(cell).size === 0
  );
}

/** Whether an outside body is named right before `pos` in English order (`bare`: a one-word body name there). */
function namedBefore(text: string, pos: number, bare: boolean): boolean {
  // A body name glued to `Sub-` (`Sub-Commission resolution 1994/7`, dev en-399): the Sub-Commission, not ours.
  if (text.charAt(pos - 1) === '-') return /sub-$/i.test(text.slice(pos - 4, pos));
  // Cheap gate first (every instrument passes here): a space, and a previous word that starts with a capital or `(`.
  // The previous word starts after the last space or line break (`Having considered`⏎`Subcommission resolution`).
  if (text.charAt(pos - 1) !== ' ') return false;
  if (text.charAt(pos - 2) === ',' && bibliographyEntry(text, pos)) return true;
  if (text.charAt(pos - 2) === '|') return outsideCellBefore(text, pos - 2);
  let word = pos - 1;
  while (word > 0 && text.charAt(word - 1) !== ' ' && text.charAt(word - 1) !== '\n') word--;
  if (!/[A-Z(]/.test(text.charAt(word))) return false;
  const named = BEFORE_NAMED_RE.exec(text.slice(Math.max(0, pos - 80), pos));
  if (named) {
    OUR_NAME_AT.lastIndex = named.index;
    if (!OUR_NAME_AT.test(named.input)) return true;
  }
  const before = text.slice(Math.max(0, pos - 40), pos);
  const m = ACRONYM_BEFORE.exec(before);
  if (!m) return false;
  if (m[1] !== undefined) return !OUR_ACRONYM_RE.test(m[1]) && !/[A-Z]{2,} $/.test(before.slice(0, m.index + 1));
  return bare || m[2] !== undefined;
}

// ---- `subject` and `adopting`: a name within 160 characters before the head word.

/** The end of a clause up to `in its / dans sa / en su` (`by`, `par`, `mediante`: `adopted by … by its`) at the head word. */
const POSSESSIVE = `,?\\s{1,4}(?:in|dans|en|by|par|mediante)\\s{1,4}(?:its|sa|su)\\s{1,4}$`;

/**
 * A noun and its complement as a subject (`Commission on Narcotic Drugs`, `Commission des stupéfiants`, `Comisión de
 * Estupefacientes`): the noun, a preposition, maybe an article, then a word and a short clause without punctuation up
 * to the possessive at the slice's end (the head word). Searched in the 140 characters before the head word, which
 * hold the longest (about 115), only for a possessive: common nouns are not listed per text as the names are. The
 * noun is not required at a word start (`Sub-Commission on …`); its capital is (prose's `the commission of`), the
 * complement's is not (French and Spanish names go on in lower case).
 */
const NOUN_SUBJECT_RE = new RegExp(
  `(?:${names(['subject'], true)})\\s{1,4}(?:on|of|for|de|des|du|del|sur|pour|para)\\s{1,4}(?:(?:the|la|los|las|les|el)\\s{1,4}|l['’]\\s?)?[A-Za-zÀ-ÿ][^,.;:()\\n]{0,60}?${POSSESSIVE}`,
  'g',
);

/**
 * A whole name's tail as a subject: any short clause before the possessive (a complement, `The UNDP/UNFPA/UNOPS
 * Executive Board, in its`, `la Junta Ejecutiva del PNUD, en su`). Sticky at the name's end, not inside a word.
 */
const NAME_SUBJECT_TAIL_RE = new RegExp(`(?![a-zà-ÿ])[^,.;:()\\n]{0,60}?${POSSESSIVE}`, 'y');

/**
 * A whole name's tail adopting: a complement (`on Human Rights`, `de Derechos Humanos`, `of the Organization of
 * American States`, `del PNUD`: a preposition and up to five words, no punctuation), an adoption verb (`adopted`,
 * `aprobó`, `a adopté`), then a determiner, up to the head word. Sticky at the name's end.
 */
const COMPLEMENT = `(?: (?:on|of|for|de|des|del|du|of the|de la)(?: [\\wÀ-ÿ'’/-]+){1,5})?`;
const VERB = `(?: (?:adopted|issued|approved|passed|aprob[óo]|adopt[óo]|emiti[óo]|dict[óo]|a adopt[ée]|adopta))?`;
const DETERMINER = `(?: (?:the|its|la|el|le|su|sa)| l['’])?`;
const ADOPTING_TAIL_RE = new RegExp(`(?![a-zà-ÿ])${COMPLEMENT}${VERB}${DETERMINER}\\s{1,4}$`, 'y');

/**
 * A whole name's tail opening a relative clause that ends at the head word, the name its subject: `, which launched its
 * review mechanism by` (the UNCAC Conference's `resolution 3/1`, probe p19en-016, in a sentence naming our COP after
 * it), `, qui a créé son mécanisme par la`, `, que lo hizo mediante`: the pronoun, a short clause without punctuation,
 * then a preposition of means, maybe with a possessive or an article. Sticky at the name's end.
 */
const RELATIVE_TAIL_RE = new RegExp(
  `,\\s{1,4}(?:which|qui|que|quien|la cual|el cual)\\s[^,.;:()\\n]{0,80}?\\s(?:by|in|through|par|dans|en|mediante|por)(?:\\s{1,4}(?:its|the|sa|la|su|el))?\\s{1,4}$`,
  'y',
);

/** Every whole name of the table read as a subject or adopting, where it starts and ends, in text order, once per text. */
const NAME_RE = new RegExp(`(?:${names(['subject', 'adopting'], false)})`, 'g');
const NO_NAMES: { start: number; end: number }[] = [];
const namesOf = perText(NO_NAMES, (text: string) =>
  allMatches(NAME_RE, text).map((m) => ({ start: m.index, end: m.index + m[0].length })),
);

const nounClauseOwns = nounClauseReader(names(['subject'], true)); // no possessive: `outside-noun-clause.ts`
/** Whether a name or noun of the table owns the head word at `head` as its subject or adopting (see the module). */
function ownerBefore(text: string, head: number, possessive: boolean): boolean {
  if (possessive) {
    const window = text.slice(Math.max(0, head - 140), head);
    NOUN_SUBJECT_RE.lastIndex = 0;
    for (let m = NOUN_SUBJECT_RE.exec(window); m; m = NOUN_SUBJECT_RE.exec(window)) {
      // A body of ours in the clause (`Commission on Human Rights, in its`) is the possessive's antecedent; a later
      // noun may still be the subject (`le Conseil des droits de l’homme a noté que le Comité des droits de l’enfant,
      // dans sa décision`: the clause from `Conseil` names the Council, the one from `Comité` names none of ours).
      if (textBodies(m[0]).size === 0) return true;
      NOUN_SUBJECT_RE.lastIndex = m.index + 1;
    }
  } else if (nounClauseOwns(text, head)) return true;
  const tail = possessive ? NAME_SUBJECT_TAIL_RE : ADOPTING_TAIL_RE;
  // Only the names that end within 160 characters before the head word (most texts name none: no regex is run).
  for (const name of namesOf(text)) {
    if (name.end > head) break;
    if (name.start < head - 160) continue;
    tail.lastIndex = RELATIVE_TAIL_RE.lastIndex = name.end - name.start;
    const clause = text.slice(name.start, head);
    // A body of ours after the name, before the head word, is the possessive's antecedent (`The Executive Board noted
    // that the General Assembly, in its resolution 70/1`).
    const owns = tail.test(clause) || RELATIVE_TAIL_RE.test(clause);
    if (owns && textBodies(clause.slice(name.end - name.start)).size === 0) return true;
  }
  return false;
}

/**
 * Whether a body outside the table owns the instrument whose head word starts at `head` (see the module). `first`:
 * where the citation's own words start (a body name of ours or the head word), -1 when a pinpoint chain leads to it
 * (`article 5 of resolution …`: the words before are the chain's); `bare`: they start with a one-word body name;
 * `ours`: a body of ours is named with the instrument; `possessive`: `its / sa / su` before the head word.
 */
export function outsideOwner(
  text: string,
  first: number,
  head: number,
  bare: boolean,
  ours: boolean,
  possessive: boolean,
): boolean {
  // Nothing before the text's start. Tested apart, not read as `charAt(-1)` (''): an index out of the string makes V8
  // throw away the optimised code of the parsers this is inlined into, and recompile them (tuner-speed6).
  if (first > 0 && namedBefore(text, first, bare)) return true;
  return !ours && head > 0 && ownerBefore(text, head, possessive);
}
