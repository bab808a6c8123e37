/**
 * Whose is a bare `resolution n/m`? The body comes from the document, never from a default: the document's author
 * (heading lines, the preamble's subject, the series of the document's own symbol), `its / sa / su` pointing to that
 * author, and the plausibility of the number for each body (`fits` in `instrument-numbers.ts`). When none of these settles it,
 * the citation is not reported (see the README's body-inference rules).
 */

import {
  councilSlashYear,
  fits,
  instrumentKey,
  type InstrumentNumber,
  type InstrumentType,
} from './instrument-numbers';
import {
  ADOPTERS,
  ADOPTED_BY,
  commaSignal,
  firstSignal,
  group,
  lineStartSignal,
  mayHaveAdoptionLine,
  SERIES,
  SUBJECTS,
  type Author,
} from './author-signals';
import type { OrgId } from './org-names';
import { allMatches, alt, OWS, perText, phrases, WS } from './patterns';
import { orPlain, orPlainRe } from './plain-letters';

export { firstSignal, group, SUBJECTS, type Author } from './author-signals';

/** What the caller knows about the document (the page's author, or the corpus's domain for search). */
export interface DocumentContext {
  /** The body whose documents these are, used when the text itself does not say. */
  author?: Author;
}

/** How a candidate named its body: not at all, or by a short name (`Council`, `Commission`). */
export type BodyHint = 'bare' | 'COUNCIL' | 'COMMISSION';

/** What inference needs from a candidate whose body the text did not name in full. */
export interface UnresolvedBody {
  hint: BodyHint;
  instrument: InstrumentType;
  number: InstrumentNumber;
  /** `its / sa / su` right before the head word: the author's own instrument. */
  possessive: boolean;
  /**
   * The bodies named in full earlier in the sentence, nearest first (`sentenceBodies`), or the subject right after the
   * citation's clause, when no body is named with the number.
   */
  sentence?: readonly OrgId[] | undefined;
  /** A short name (`Council`, `Commission`) earlier in the sentence: the last resort (`sentenceBodies`). */
  sentenceShort?: 'COUNCIL' | 'COMMISSION' | undefined;
  /** The numbers read under the same head word (one list is one body's instruments), when more than one. */
  list?: readonly InstrumentNumber[] | undefined;
}

/**
 * Preamble subjects: at the start of the text or of a line (after optional spaces), followed by a comma or colon, a
 * space or none before it. (`OWS`: until session 27 `${WS}?`, which made only `WS`'s lookahead optional and asked for a
 * space before the comma or colon, so `La Conferencia de las Partes …:` at a line start was not read.)
 */
const SUBJECT_RE = new RegExp(`(?:^|\\n)[ \\t]{0,40}(?:${group(SUBJECTS)})${OWS}[,:]`, 'gi');
const subjectSignal = lineStartSignal(SUBJECT_RE);
/** Preamble subjects inside running text ("Resolution 2331 (2016) The Security Council, Recalling …"). */
// A space may stand before the comma (French typography, `… organisée , Réaffirmant`, dev `fr-051`).
const INLINE_SUBJECT_RE = new RegExp(`(?:${group(SUBJECTS)}) ?,${WS}(?=[A-ZÀ-Ý])`, 'g');
const ADOPTED_RE = new RegExp(`${ADOPTED_BY}(?:${group(ADOPTERS)})`, 'gi');
// Each slash as written or with a space on each side, as a PDF's text layer sets a heading's symbol (`A / HRC / RES /
// 36/5`, `symbol-spaced.ts`); not spaced on one side only.
const SERIES_RE = new RegExp(`(?:^|[\\s(])(?:${group(SERIES).replaceAll('/', '(?: / |/)')})`, 'g');

/**
 * Topic signals, used only when no author signal exists: a text that names the COP to UNTOC in full ("at its ninth
 * session, the Conference of the Parties to the United Nations Convention against Transnational Organized Crime
 * adopted …", "the tenth session of the Conference of the Parties to UNTOC") is about the COP's instruments.
 */
const TOPIC_RE = new RegExp(
  alt(
    phrases([
      'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
      'Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée',
      'Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
    ]),
    `Conference${WS}of${WS}the${WS}Parties${WS}to${WS}UNTOC`,
  ),
  'i',
);

/**
 * Weaker topic signals: a text about UNTOC ("the Convention and its Protocols", "article 32 of the Convention", "la
 * Convención y sus Protocolos", "Organized Crime Convention") whose author is in view only as "the Conference", or
 * that names no other author (Council, Assembly) at all, is a COP text: "Recalling also … its resolutions 5/1 …".
 */
const UNTOC_TOPIC_RE = new RegExp(
  orPlain(
    alt(
      `Convention${WS}and${WS}(?:its|the)${WS}Protocols`,
      `Protocols${WS}thereto`,
      `Convention${WS}et${WS}(?:ses|les)${WS}Protocoles`,
      `Convención${WS}y${WS}sus${WS}Protocolos`,
      `Organized${WS}Crime${WS}Convention`,
      `Convention${WS}contre${WS}la${WS}criminalité${WS}organisée`,
      `Convención${WS}contra${WS}la${WS}Delincuencia${WS}Organizada`,
      `article${WS}32${WS}of${WS}the${WS}Convention`,
      `article${WS}32${WS}de${WS}la${WS}Convention`,
      `artículo${WS}32${WS}de${WS}la${WS}Convención`,
    ),
  ),
  'i',
);
/** "the Conference" as the author's short name (the COP's own documents say so). */
const CONFERENCE_RE = orPlainRe(/\b(?:the Conference|la Conférence|la Conferencia)\b/i);
/** Another author in view: then the UNTOC topic alone does not make the text the COP's. */
const OTHER_AUTHOR_RE = orPlainRe(/\b(?:Council|Conseil|Consejo|Assembly|Assemblée|Asamblea|Commission|Comisión)\b/i);

/** The text names UNTOC or its Protocols in full (for the resolution that adopted them, see `adoptsOurTreaties`). */
const OUR_TREATIES_RE = orPlainRe(
  /Convention against Transnational Organized Crime|criminalité transnationale organisée|Delincuencia Organizada Transnacional/i,
);

const HEADING_CHARS = 300; // the heading zone where a symbol's series says the author

/**
 * A preamble's subject opening a quoted draft (`Recommends to the General Assembly the adoption of the following draft
 * resolution: “The General Assembly, “Recalling its resolutions 58/17 …`, dev `en-182`): `its / sa / su` after it is
 * that subject's, not the document's author's.
 */
// Or unquoted after the colon that introduces it (`Recomienda a la Asamblea General que apruebe el siguiente proyecto de
// resolución: La Asamblea General , … Recordando también sus resoluciones 45/121`, dev es-140; `projet de résolution
// suivant :\nL’Assemblée générale,\nRéaffirmant sa résolution 70/1`, dev fr-151).
const QUOTED_SUBJECT_RE = new RegExp(
  `(?:[“"«]|:\\s{0,6}[“"«]?)[ \\t]?(?:${group(SUBJECTS)}) ?,${WS}[“"«]?(?=[A-ZÀ-Ý])`,
  'gi',
);

/** Every quoted draft's preamble subject in `text`, in text order (for `subjectBefore`). */
export function preambleSubjects(text: string): { author: Author; index: number }[] {
  const out: { author: Author; index: number }[] = [];
  for (const m of allMatches(QUOTED_SUBJECT_RE, text)) {
    for (let i = 0; i < SUBJECTS.length; i++) {
      const entry = SUBJECTS[i];
      if (m[i + 1] !== undefined && entry) {
        out.push({ author: entry.author, index: m.index });
        break;
      }
    }
  }
  return out;
}

/** The author of the nearest preamble subject before `pos`, from `preambleSubjects`. */
export function subjectBefore(subjects: readonly { author: Author; index: number }[], pos: number): Author | undefined {
  let author: Author | undefined;
  for (const s of subjects) {
    if (s.index >= pos) break;
    author = s.author;
  }
  return author;
}

/**
 * The preamble's subject run into the text near its start (`… The General Assembly, Recalling`): its author and where
 * it stands, for the flattened document's own heading before it (`classifier.ts`).
 */
export function inlinePreamble(text: string): { author: Author; index: number } | null {
  return commaSignal(INLINE_SUBJECT_RE, SUBJECTS, text.slice(0, 600));
}

/**
 * The author of `text` from its own words, or undefined when the text does not say. `symbols: false` leaves out the
 * weakest signal, the series of a symbol near the start: for a caller that already read the whole document's heading,
 * a paragraph that cites `A/RES/64/293` early is not thereby a General Assembly text. `citesCopArticle`: the text
 * cites UNTOC's article 32 (the Conference of the Parties' own article), a topic signal as `UNTOC_TOPIC_RE` is.
 */
export function inferAuthor(
  text: string,
  { symbols = true, citesCopArticle = false }: { symbols?: boolean; citesCopArticle?: boolean } = {},
): Author | undefined {
  return AUTHOR_ONCE[(symbols ? 2 : 0) + (citesCopArticle ? 1 : 0)]?.(text);
}

/**
 * `inferAuthor` remembered for the last text asked about, one per combination of its options (`perText`): the readers
 * of one text ask it again for the same text (the text's subject in `treaty-text.ts`, body inference in
 * `classifier.ts`, a dated list at the page's top in `headless-numbers.ts`), half its calls on the benchmark's prose,
 * each reading the whole text for four signals (session 30). Its answer is the text's and the options' alone.
 */
const AUTHOR_ONCE = [false, true].flatMap((symbols) =>
  [false, true].map((citesCopArticle) =>
    perText<Author | undefined, []>(undefined, (text) => readAuthor(text, symbols, citesCopArticle)),
  ),
);

type Signal = { author: Author; index: number } | null;
const earlier = (a: Signal, b: Signal): Signal => (b !== null && (a === null || b.index < a.index) ? b : a);

/** `inferAuthor`'s reading, not remembered. */
function readAuthor(text: string, symbols: boolean, citesCopArticle: boolean): Author | undefined {
  // The earliest signal, the first read on a tie (as a stable sort of them): no array to filter and sort, whose
  // inlined builtins made this function's late optimisation cost 20–30 ms in the bench's window (session 47).
  let first = earlier(subjectSignal(SUBJECTS, text), commaSignal(INLINE_SUBJECT_RE, SUBJECTS, text));
  if (mayHaveAdoptionLine(text)) first = earlier(first, firstSignal(ADOPTED_RE, ADOPTERS, text));
  if (symbols) first = earlier(first, firstSignal(SERIES_RE, SERIES, text.slice(0, HEADING_CHARS)));
  if (first) return first.author;
  if (TOPIC_RE.test(text)) return 'COP';
  // `citesCopArticle`: the caller read a citation of UNTOC's article 32, which establishes the Conference, in whatever
  // form it is written (`art. 32 of the Convention`, `article 32 of the United Nations Convention against Transnational
  // Organized Crime`, dev en-065 under the written forms), where `UNTOC_TOPIC_RE` knows one form only.
  if ((citesCopArticle || UNTOC_TOPIC_RE.test(text)) && (CONFERENCE_RE.test(text) || !OTHER_AUTHOR_RE.test(text)))
    return 'COP';
  return undefined;
}

/**
 * `resolution 55/25` (and `55/255`) in a text that names UNTOC: the General Assembly resolution that adopted the
 * Convention and its Protocols (`TREATIES[…].adoptedBy`), whatever else the number could be (HRC 55/25 exists).
 */
export function adoptsOurTreaties(u: UnresolvedBody, text: string): boolean {
  return (
    u.instrument === 'resolution' &&
    u.number.roman === undefined &&
    u.number.n === '55' &&
    (u.number.m === '25' || u.number.m === '255') &&
    ourTreatiesNamed(text)
  );
}

/** The Security Council named anywhere in the text, by name or acronym (`CSNU`, `UNSC`). */
// `sĂ©curitĂ©`: UTF-8 read as Windows-1250 (dev fr-276), as `Ã©` as Windows-1252.
export const COUNCIL_NAMED_RE =
  /Security Council|Conseil de s(?:[ée]|Ã©|Ă©)curit|Consejo de Seguridad|\b(?:UNSC|CSNU|CSONU)\b/i;

/**
 * A plain number (`la résolution 1325`, no year, no body) is only a Security Council resolution, and only a four-digit
 * one in a text that names the Council (before or after it): otherwise it is not reported (the settled convention).
 * A three-digit one too when its year follows as a word and fits the Council's numbering (`la résolution 986 de 1995`,
 * dev fr-354; `resolution 242 of 1967`; `councilSlashYear`), so `la résolution 456 de 2012` of a ministry stays out.
 */
export function plainWithoutCouncil(u: UnresolvedBody, text: string): boolean {
  const { n, scYear } = u.number;
  if (u.number.plain !== true) return false;
  const councilNumber = n.length === 4 || (scYear !== undefined && councilSlashYear(n, scYear));
  return !(councilNumber && councilNamed(text));
}

/** `OUR_TREATIES_RE` read once per text, not at each `55/25` (a page of them was quadratic: session 25). */
const ourTreatiesNamed = perText(false, (text: string) => OUR_TREATIES_RE.test(text));

/** `COUNCIL_NAMED_RE` read once per text, not at each plain number (a page of them was quadratic: session 25). */
const councilNamed = perText(false, (text: string) => COUNCIL_NAMED_RE.test(text));

const ALL_BODIES: readonly OrgId[] = ['GA', 'SC', 'HRC', 'ECOSOC', 'CHR', 'CCPCJ', 'COP'];
export const HINT_BODIES: Record<BodyHint, readonly OrgId[]> = {
  bare: ALL_BODIES,
  COUNCIL: ['HRC', 'SC', 'ECOSOC'],
  COMMISSION: ['CHR', 'CCPCJ'],
};

/**
 * The body of an instrument whose body the text did not name in full, or undefined (not reported):
 * 0. the nearest body named earlier in its sentence whose numbering fits (`sentenceBodies`), for a possessive only
 *    after the author;
 * 1. the document's author (from the text, else from `context`) when the number fits it and the short name allows it;
 *    an author outside the table (`OTHER`) leaves a possessive citation (`its resolution 1/2`) unreported;
 * 2. otherwise the only body of the short name's set whose numbering fits (`64/293` can only be the Assembly's,
 *    `2004/110 de la Comisión` only the Commission on Human Rights');
 * 3. otherwise nothing: the COP is never a default.
 */
export function inferBody(u: UnresolvedBody, author: Author | undefined): OrgId | undefined {
  const near = u.sentence?.find((o) => fits(o, u.instrument, u.number));
  if (near && !u.possessive) return near;
  const allowed = HINT_BODIES[u.hint];
  if (author !== undefined && author !== 'OTHER' && allowed.includes(author) && fits(author, u.instrument, u.number)) {
    return author;
  }
  // `its / sa / su` whose number the author's numbering refuses points to the body named earlier in its sentence
  // (`adopted … by the Commission on Human Rights …, the last being its resolution 2005/59` in an Assembly draft, dev
  // en-220; `El ECOSOC estableció los mandatos … de la CCPCJ en su resolución 1992/22`, es-124: the CCPCJ does not
  // number so). Not in a text of an author outside the table: its own numbers may fit a body it names.
  if (u.possessive && near && author !== 'OTHER' && u.hint === 'bare') return near;
  if (u.possessive && author !== undefined) return undefined;
  const fitting = allowed.filter((o) => fits(o, u.instrument, u.number));
  if (fitting.length === 1) return fitting[0];
  // Last, a short name earlier in the sentence, when one body of its set fits (`Council documents … resolution
  // 1990/47`: ECOSOC, not the Commission on Human Rights).
  const short =
    u.hint === 'bare' && u.sentenceShort ? HINT_BODIES[u.sentenceShort].filter((o) => fitting.includes(o)) : [];
  return short.length === 1 ? short[0] : undefined;
}

/** The key of an unresolved instrument, or undefined when its body stays unknown. */
export function inferredKey(u: UnresolvedBody, author: Author | undefined): { org: OrgId; key: string } | undefined {
  const org = inferBody(u, author);
  if (org === undefined) return undefined;
  const key = instrumentKey(org, u.instrument, u.number);
  return key === undefined ? undefined : { org, key };
}
