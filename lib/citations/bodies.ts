/**
 * Tables of the bodies that adopt resolutions and of the treaties whose articles are cited: their names in French,
 * English and Spanish, and how each turns into a citation key. Data only; the parsers in `parse-*.ts` use them.
 */

import type { TreatyId } from './keys';
import { alt, APOS, optional, OWS, phrase, phrases, WS } from './patterns';

/** A body that adopts resolutions and decisions. */
export type OrgId = 'GA' | 'SC' | 'HRC' | 'ECOSOC' | 'CHR' | 'CCPCJ' | 'COP';

/**
 * What a body name in the text can denote: a body, or a short name whose body depends on the document
 * (`Council resolution 8/12` in a Human Rights Council text, `decisión 2004/110 de la Comisión` in a Commission on
 * Human Rights text). Short names are resolved by `infer-body.ts`.
 */
export type OrgName = OrgId | 'COUNCIL' | 'COMMISSION';

/**
 * Words that, right after a bare `Commission` / `Conférence` / `Convention` / `Protocol`, make it another body or
 * treaty (`Commission des stupéfiants`, `Convention relative aux droits de l'enfant`, `Protocol to the Convention on
 * the Rights of the Child`, `Protocole additionnel`, `Convention-cadre`). Used in negative lookaheads.
 */
const QUALIFIER_WORDS = [
  'des',
  'du',
  `d${APOS}`,
  'relative',
  'relatif',
  'relatifs',
  'sur',
  'pour',
  'contre',
  'concernant',
  'européenne',
  'internationale',
  'interaméricaine',
  'américaine',
  'africaine',
  'arabe',
  'cadre',
  'facultatif',
  'additionnel',
  'on',
  'against',
  'for',
  'of',
  'to',
  'relating',
  'concerning',
  'between',
  'sobre',
  'contra',
  'para',
  'relativa',
  'relativo',
  'facultativo',
  'adicional',
  'del',
  'europea',
  'interamericana',
  'americana',
];

/** Negative lookahead: not continued by one of `words`, a hyphen, a number or `n°`/`No.`. */
const notQualifiedBy = (words: readonly string[]): string => {
  // An elided word (`d'`) is glued to the next one, so it takes no end-of-word check: "Conseil d'administration".
  const elided = words.filter((w) => w.endsWith(APOS));
  const whole = words.filter((w) => !w.endsWith(APOS));
  return `(?!${alt('-', `${OWS}\\(?\\d`, `${WS}(?:n°|no\\.)`, `${WS}${alt(...whole)}(?![a-zà-ÿ])`, `${WS}${alt(...elided)}`)})`;
};

/**
 * After a bare treaty noun: not another treaty (`Convention relative aux droits de l'enfant`, `Protocole de Kyoto`,
 * `Convention de 1951`). Applied after the full names were tried.
 */
export const NOT_QUALIFIED = notQualifiedBy([...QUALIFIER_WORDS, 'de']);

/** Prepositions that may follow a bare body name in a sentence ("de la Conférence de prêter attention"). */
const PREPOSITIONS = new Set(['de', 'sur', 'pour', 'on', 'for', 'of', 'to', 'para']);

/**
 * After a bare body name (`Commission`, `Conférence`): not another body (`Commission des stupéfiants`). Prepositions
 * are allowed ("la décision 4/1 de la Conférence de prêter attention", "of the Conference on technical assistance");
 * a proper name after them (`Conference on Disarmament`, `Commission on Narcotic Drugs`, `Conférence de Vienne`) is
 * refused by the instrument parser (`isBareBody` + a case-sensitive check).
 */
const NOT_QUALIFIED_ORG = notQualifiedBy(QUALIFIER_WORDS.filter((w) => !PREPOSITIONS.has(w)));

/** Whether the matched text of a body name is a bare one-word name (`Conférence`, `Commission`), not an acronym. */
export const isBareBody = (matched: string): boolean => /^[A-ZÀ-Ý][a-zà-ÿ]+$/.test(matched);

/** A body: its id and the regex sources of its names (full names first, bare names guarded by `NOT_QUALIFIED`). */
export interface OrgEntry {
  id: OrgName;
  names: string[];
}

/**
 * Names of the bodies. A name is matched at a word start; `the`/`l'`/`la` before it belong to the connector.
 * - GA, SC, HRC, ECOSOC, Commission on Human Rights (CHR): official names in FR/EN/ES, and ECOSOC.
 * - CCPCJ: both French forms in use, EN, ES, the acronym, and a bare "Commission" that is not qualified (in this
 *   domain the Commission is the CCPCJ; "Commission des stupéfiants" is rejected by `NOT_QUALIFIED`).
 * - COP: "Conférence des Parties" and a bare "Conférence"/"Conference"/"Conferencia" (the COP, in this domain).
 */
export const ORGS: readonly OrgEntry[] = [
  {
    id: 'GA',
    names: [
      phrases(['Assemblée générale', 'General Assembly', 'Asamblea General']),
      // Legal citation forms: "G.A. Res. 61/180", "GA res 55/25" (the parser requires a head word and a number after).
      'G\\.\\s?A\\.',
      'GA',
      // "Assembly resolution 70/179", "l'Assemblée": in UN documents the bare Assembly is the General Assembly
      // ("Assemblée des États Parties" is refused as qualified).
      `${alt('Assembly', 'Assemblée', 'Asamblea')}${NOT_QUALIFIED_ORG}`,
    ],
  },
  {
    id: 'SC',
    names: [phrases(['Conseil de sécurité', 'Security Council', 'Consejo de Seguridad']), 'S\\.\\s?C\\.'],
  },
  {
    id: 'HRC',
    names: [phrases(["Conseil des droits de l'homme", 'Human Rights Council', 'Consejo de Derechos Humanos'])],
  },
  {
    id: 'ECOSOC',
    names: [
      phrases(['Conseil économique et social', 'Economic and Social Council', 'Consejo Económico y Social', 'ECOSOC']),
    ],
  },
  {
    id: 'CHR',
    names: [
      phrases(["Commission des droits de l'homme", 'Commission on Human Rights', 'Comisión de Derechos Humanos']),
    ],
  },
  {
    id: 'CCPCJ',
    names: [
      phrases([
        'Commission pour la prévention du crime et la justice pénale',
        'Commission de la prévention du crime et de la justice pénale',
        'Commission on Crime Prevention and Criminal Justice',
        'Comisión de Prevención del Delito y Justicia Penal',
        'CCPCJ',
      ]),
    ],
  },
  {
    id: 'COP',
    names: [
      phrases(['Conférence des Parties', 'Conference of the Parties', 'Conferencia de las Partes', 'COP']),
      `${alt('Conférence', 'Conference', 'Conferencia')}${NOT_QUALIFIED_ORG}`,
    ],
  },
  // Short names, tried after every full name: which Council or Commission depends on the document.
  { id: 'COUNCIL', names: [`${alt('Council', 'Conseil', 'Consejo')}${NOT_QUALIFIED_ORG}`] },
  { id: 'COMMISSION', names: [`${alt('Commission', 'Comisión')}${NOT_QUALIFIED_ORG}`] },
];

/** Regex source of any body name, each in its own capture group in `ORGS` order (see `orgFromGroups`). */
export const ORG_NAME = ORGS.map((o) => `(${alt(...o.names)})(?![a-zà-ÿ])`).join('|');

/** Which body matched, from the groups of a regex that embeds `ORG_NAME` starting at group `first`. */
export function orgFromGroups(m: RegExpExecArray, first: number): OrgName | undefined {
  for (let i = 0; i < ORGS.length; i++) if (m[first + i] !== undefined) return ORGS[i]?.id;
  return undefined;
}

/** Body names that start a "body first" citation (`General Assembly resolution 64/293`); used by the scanner. */
export const ORG_TRIGGER = alt(...ORGS.flatMap((o) => o.names));

/**
 * An instrument number as written: `n/m` (`4/4`, `2004/45`), a Security Council number with its year
 * (`2331 (2016)`), a pre-1978 number with its roman session (`317 (IV)`, `217 A (III)`, `16 (LVI)`), or a plain
 * number (`Security Council resolution 2331`, only with the Council named).
 */
export interface InstrumentNumber {
  n: string;
  m: string;
  scYear?: string;
  roman?: string;
  /** Part letter of a pre-1978 General Assembly resolution (`217 A (III)`). */
  letter?: string;
  plain?: true;
}

/** What is cited: a decision, a resolution, or a Security Council presidential statement. */
export type InstrumentType = 'decision' | 'resolution' | 'prst';

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Value of a roman numeral (`LVI` → 56); NaN when it is not one. */
export function romanValue(roman: string): number {
  let total = 0;
  const r = roman.toUpperCase();
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN_VALUES[r.charAt(i)];
    const next = ROMAN_VALUES[r.charAt(i + 1)] ?? 0;
    if (v === undefined) return Number.NaN;
    total += v < next ? -v : v;
  }
  return total;
}

const between = (x: number, lo: number, hi: number): boolean => x >= lo && x <= hi;

/**
 * Whether a number is a plausible instrument of a body, from how each body numbers them (the sessions held so far and
 * a generous number of instruments per session): COP to UNTOC sessions 1–12, a handful each; Human Rights Council
 * 1–60 (decisions from 101); General Assembly sessions 31–80 as `n/m` (decisions from 401), sessions I–XXX as
 * `n (XIV)`; ECOSOC `yyyy/m` from 1978 and roman sessions before; Commission on Human Rights `yyyy/m` 1978–2005;
 * CCPCJ sessions 1–35; Security Council 1–2800 with a year.
 */
export function fits(org: OrgId, instrument: InstrumentType, num: InstrumentNumber): boolean {
  const n = Number(num.n);
  const m = Number(num.m);
  if (instrument === 'prst') return org === 'SC' && between(n, 1994, 2035) && between(m, 1, 99);
  if (num.scYear !== undefined || num.plain) {
    return org === 'SC' && instrument === 'resolution' && between(n, 1, 2800) && num.m === '';
  }
  if (num.roman !== undefined) {
    const session = romanValue(num.roman);
    if (org === 'GA') return between(session, 1, 30) && between(n, 1, 3500);
    if (org === 'ECOSOC') return between(session, 1, 63) && between(n, 1, 2100) && num.letter === undefined;
    return false;
  }
  const dec = instrument === 'decision';
  switch (org) {
    case 'COP':
      return between(n, 1, 12) && between(m, 1, 15);
    case 'HRC':
      return between(n, 1, 60) && between(m, 1, dec ? 130 : 60);
    case 'GA':
      return between(n, 31, 80) && between(m, 1, dec ? 600 : 350);
    case 'CCPCJ':
      return between(n, 1, 35) && between(m, 1, dec ? 10 : 12);
    case 'ECOSOC':
      return between(n, 1978, 2035) && between(m, 1, 400);
    case 'CHR':
      return between(n, 1978, 2005) && between(m, 1, 300);
    case 'SC':
      return false;
  }
}

/** Citation key of an instrument of a body, or undefined when the number does not fit that body's numbering. */
export function instrumentKey(org: OrgId, instrument: InstrumentType, num: InstrumentNumber): string | undefined {
  if (!fits(org, instrument, num)) return undefined;
  const kind = instrument === 'decision' ? 'DEC' : 'RES';
  if (instrument === 'prst') return `S/PRST/${num.n}/${num.m}`;
  if (num.roman !== undefined) {
    const roman = num.roman.toUpperCase();
    return org === 'GA'
      ? `A/${kind}/${num.n}${num.letter?.toUpperCase() ?? ''}(${roman})`
      : `E/${kind}/${num.n}(${roman})`;
  }
  switch (org) {
    case 'SC':
      return num.scYear !== undefined ? `S/RES/${num.n}(${num.scYear})` : `S/RES/${num.n}`;
    case 'GA':
      return `A/${kind}/${num.n}/${num.m}`;
    case 'HRC':
      return `A/HRC/${kind}/${num.n}/${num.m}`;
    case 'ECOSOC':
      return `E/${kind}/${num.n}/${num.m}`;
    case 'CHR':
      return `E/CN.4/${kind}/${num.n}/${num.m}`;
    case 'CCPCJ':
      return `CCPCJ ${instrument} ${num.n}/${num.m}`;
    case 'COP':
      return `COP ${instrument} ${num.n}/${num.m}`;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Treaties.

export type { TreatyId } from './keys';

/**
 * What may follow the noun `Convention`/`Protocole`/… to name the treaty (FR/EN/ES), included in the citation span.
 * Tried before `NOT_QUALIFIED`, so "Convention des Nations Unies contre la criminalité…" is UNTOC while
 * "Convention des Nations Unies contre la corruption" is rejected.
 */
export const TREATY_QUALIFIERS: readonly { id: TreatyId; source: string }[] = [
  {
    id: 'UNTOC',
    source: phrases([
      ' des Nations Unies contre la criminalité transnationale organisée',
      ' contre la criminalité transnationale organisée',
      ' contre la criminalité organisée',
      ' de Palerme',
      ' against Transnational Organized Crime',
      ' de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
      ' contra la Delincuencia Organizada Transnacional',
      ' contra la Delincuencia Organizada',
      ' de Palermo',
    ]),
  },
  {
    id: 'TIP',
    source: alt(
      `${phrase(' visant à prévenir, réprimer et punir la traite des personnes')}${optional(phrase(', en particulier des femmes et des enfants'))}`,
      `${phrase(' to Prevent, Suppress and Punish Trafficking in Persons')}${optional(phrase(', Especially Women and Children'))}`,
      `${phrase(' para prevenir, reprimir y sancionar la trata de personas')}${optional(phrase(', especialmente mujeres y niños'))}`,
      phrases([
        ' relatif à la traite des personnes',
        ' sur la traite des personnes',
        ' contre la traite des personnes',
        ' on Trafficking in Persons',
        ' against Trafficking in Persons',
        ' contra la trata de personas',
      ]),
    ),
  },
  {
    id: 'MIG',
    source: alt(
      `${phrase(' contre le trafic illicite de migrants')}${optional(phrase(' par terre, air et mer'))}`,
      `${phrase(' against the Smuggling of Migrants')}${optional(phrase(' by Land, Sea and Air'))}`,
      `${phrase(' contra el tráfico ilícito de migrantes')}${optional(phrase(' por tierra, mar y aire'))}`,
      `${phrases([' relatif au trafic illicite de migrants', ' sur le trafic illicite de migrants', ' sur le trafic de migrants'])}${optional(phrase(' par terre, air et mer'))}`,
      phrases([' on the Smuggling of Migrants']),
    ),
  },
  {
    id: 'FIRE',
    source: phrases([
      " contre la fabrication et le trafic illicites d'armes à feu",
      ' relatif aux armes à feu',
      ' against the Illicit Manufacturing of and Trafficking in Firearms',
      ' contra la fabricación y el tráfico ilícitos de armas de fuego',
    ]),
  },
];

/**
 * English names where the treaty comes before the noun: "Trafficking in Persons Protocol", "Palermo Convention".
 * "United Nations Convention" only names UNTOC with its qualifier ("… against Transnational Organized Crime"), so it
 * is marked `needsQualifier` ("United Nations Convention against Corruption" is refused).
 */
export const TREATY_PREFIXES: readonly {
  id: TreatyId;
  noun: 'convention' | 'protocol';
  source: string;
  needsQualifier?: true;
}[] = [
  { id: 'TIP', noun: 'protocol', source: phrases(['Trafficking in Persons', 'Trafficking', 'Palermo']) },
  {
    id: 'MIG',
    noun: 'protocol',
    source: phrases(['Smuggling of Migrants', 'Migrant Smuggling', 'Migrants', 'Smuggling']),
  },
  { id: 'FIRE', noun: 'protocol', source: phrases(['Firearms']) },
  { id: 'UNTOC', noun: 'convention', source: phrases(['Organized Crime', 'Organised Crime', 'Palermo']) },
  { id: 'UNTOC', noun: 'convention', source: phrases(['United Nations']), needsQualifier: true },
];

/** The text a body name matched (see `orgFromGroups`), or ''. */
export function orgText(m: RegExpExecArray, first: number): string {
  for (let i = 0; i < ORGS.length; i++) {
    const g = m[first + i];
    if (g !== undefined) return g;
  }
  return '';
}
