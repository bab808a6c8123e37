/**
 * The phrases by which a document states its own author (moved from `infer-body.ts`): the preamble's subject, the
 * adoption line, the series of its own symbol; and the first of them found in a text (`firstSignal`).
 */

import { ORGS, type OrgId } from './org-names';
import { alt, OWS, phrases, WS } from './patterns';
import { orPlain } from './plain-letters';

/** A document's author: a body of the table, or `OTHER` for one outside it (UNCAC States Parties, UNFCCC, CSW…). */
export type Author = OrgId | 'OTHER';

/**
 * Author signals, earliest in the text wins. Each is a phrase that only the author writes about itself:
 * - the preamble's subject at a line start or after a heading, with its comma ("The General Assembly,",
 *   "Le Conseil des droits de l'homme,", "La Conferencia de las Partes …:");
 * - the adoption line ("Resolution adopted by the Human Rights Council", "Résolution adoptée par l'Assemblée générale",
 *   "Adopted by the Security Council at its 8111th meeting");
 * - the series of a symbol standing in a heading line (`A/RES/`, `A/HRC/RES/`, `S/RES/`, `E/RES/`, `E/CN.4/`,
 *   `CTOC/COP/`, `CAC/COSP/`, `FCCC/`, `UNEP/`), taken only within the first 300 characters.
 * Bodies outside the table are `OTHER`, so their own `its resolution 1/2` is never given to the COP.
 */
export const SUBJECTS: readonly { author: Author; source: string }[] = [
  // The bodies of the table by their official names (`ORGS`), after their article: "The General Assembly,".
  ...ORGS.slice(0, 6).map((o) => ({
    author: o.id as OrgId,
    source: `(?:(?:The|Le|La|El)${WS}|L['’]${OWS})${o.names[0]}`,
  })),
  {
    author: 'COP',
    source: phrases([
      'The Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
      'La Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée',
      'La Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
    ]),
  },
  {
    author: 'OTHER',
    source: phrases([
      'The Conference of the States Parties to the United Nations Convention against Corruption',
      'Conference of the States Parties to the United Nations Convention against Corruption',
      'La Conférence des États parties à la Convention des Nations Unies contre la corruption',
      'La Conferencia de los Estados Partes en la Convención de las Naciones Unidas contra la Corrupción',
      'La Commission de la condition de la femme',
      'The Commission on the Status of Women',
      'La Comisión de la Condición Jurídica y Social de la Mujer',
      'The Commission on Narcotic Drugs',
      'La Commission des stupéfiants',
      'La Comisión de Estupefacientes',
    ]),
  },
];

/**
 * Adoption lines: "adopted by the …" in the three languages, up to the body's name, the white space before it
 * included; accents or none (`Resolucion aprobada`). French elides the article before a vowel without a space
 * (`Résolution adoptée par l'Assemblée générale`). (Until session 27 the white space after the article was asked
 * twice, here and by the reader, so no French line with one space was read: `par le Conseil`, `par l'Assemblée`.)
 */
export const ADOPTED_BY = orPlain(
  alt(
    `(?:Resolution|Decision)${WS}adopted${WS}by${WS}the${WS}`,
    `Adopted${WS}by${WS}the${WS}`,
    `(?:Résolution|Décision)${WS}adoptée${WS}par${WS}(?:(?:la|le)${WS}|l['’]${OWS})`,
    `(?:Resolución|Decisión)${WS}aprobada${WS}por${WS}(?:la|el)${WS}`,
  ),
);

/**
 * The verbs every adoption line (`ADOPTED_BY`) holds, each searched on its own: a text without either has no adoption
 * line, and is not searched for one (the lines' alternation, led by six words, was tried at every position; three
 * paragraphs in four of the bench's have neither verb; session 27).
 */
const ADOPTION_VERBS: readonly RegExp[] = [/adopt/i, /aprobad/i];

/** Whether `text` may hold an adoption line (`ADOPTED_BY`): one of its verbs is there. */
export const mayHaveAdoptionLine = (text: string): boolean => ADOPTION_VERBS.some((verb) => verb.test(text));

/** The bodies that adopt the documents whose adoption lines are read (`ORGS`' official names). */
export const ADOPTERS: readonly { author: Author; source: string }[] = ORGS.slice(0, 4).map((o) => ({
  author: o.id as OrgId,
  source: o.names[0] ?? '',
}));

/** Symbol series of the author's own documents, in a heading. `CAC/COSP/`, `FCCC/`, `UNEP/` are other regimes. */
export const SERIES: readonly { author: Author; source: string }[] = [
  { author: 'HRC', source: 'A/HRC/' },
  { author: 'GA', source: 'A/RES/' },
  { author: 'SC', source: 'S/RES/' },
  { author: 'ECOSOC', source: 'E/RES/' },
  { author: 'CHR', source: 'E/CN\\.4/' },
  { author: 'COP', source: 'CTOC/COP/' },
  { author: 'OTHER', source: alt('CAC/COSP/', 'FCCC/', 'UNEP/') },
];

export const group = (entries: readonly { source: string }[]): string => entries.map((e) => `(${e.source})`).join('|');

/** The first match of `re` (one capturing group per entry) and the author of the entry it matched. */
export function firstSignal(
  re: RegExp,
  entries: readonly { author: Author }[],
  text: string,
): { author: Author; index: number } | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  if (!m) return null;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (m[i + 1] !== undefined && entry) return { author: entry.author, index: m.index };
  }
  return null;
}

/**
 * Whether `text` holds a comma, white space (`SPACE`: spaces, line breaks) and a capital (`[A-ZÀ-Ý]`, case-sensitive),
 * read at each comma (`indexOf`).
 */
function commaBeforeCapital(text: string): boolean {
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
    let j = i + 1;
    while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 10)) j++;
    const c = j > i + 1 && j < text.length ? text.charCodeAt(j) : 0;
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xdd)) return true;
  }
  return false;
}

/**
 * `firstSignal` for a regex each of whose matches holds a comma, white space and a capital (`commaBeforeCapital`), as
 * the preamble's subject run into the text (`The Security Council, Recalling`, `INLINE_SUBJECT_RE`): a text without
 * one is not searched. That regex, led by the articles and the bodies' names, was tried at each of their letters in
 * every text (1.5 ms a bench pass, session 38); most paragraphs have no capital after a comma.
 */
export const commaSignal = (
  re: RegExp,
  entries: readonly { author: Author }[],
  text: string,
): { author: Author; index: number } | null => (commaBeforeCapital(text) ? firstSignal(re, entries, text) : null);

/**
 * `firstSignal` for a regex whose matches start the text or one of its lines (`(?:^|\n)…`, no `m` flag): a text
 * without a line break is read at its start only, by a sticky copy, where the regex walked every position of it to
 * refuse each (`SUBJECT_RE`, `TEXT_SUBJECT_RE`: 0.95 → 0.34 ms over the bench's paragraphs, session 28).
 */
export function lineStartSignal(
  re: RegExp,
): (entries: readonly { author: Author }[], text: string) => { author: Author; index: number } | null {
  const atStart = new RegExp(re.source, `${re.flags.replace('g', '')}y`);
  return (entries, text) => firstSignal(text.includes('\n') ? re : atStart, entries, text);
}
