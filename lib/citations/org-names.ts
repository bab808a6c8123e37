/**
 * The bodies that adopt resolutions and decisions (GA, SC, HRC, ECOSOC, CHR, CCPCJ, the COP) and their names in
 * French, English and Spanish, as regex sources for the scanner and the instrument parser. Data only.
 */

import { alt, CONNECTOR, OWS, perText, phrases, sticky, stickyCased, WS } from './patterns';
import { initials, initialTest } from './regex-initials';
import { NOT_QUALIFIED_ORG } from './qualifier-words';
import { orPlain } from './plain-letters';

/** A body that adopts resolutions and decisions. */
export type OrgId = 'GA' | 'SC' | 'HRC' | 'ECOSOC' | 'CHR' | 'CCPCJ' | 'COP';

/**
 * What a body name in the text can denote: a body, or a short name whose body depends on the document
 * (`Council resolution 8/12` in a Human Rights Council text, `decisión 2004/110 de la Comisión` in a Commission on
 * Human Rights text). Short names are resolved by `infer-body.ts`.
 */
export type OrgName = OrgId | 'COUNCIL' | 'COMMISSION';

/** Whether the matched text of a body name is a bare one-word name (`Conférence`, `Commission`), not an acronym. */
export const isBareBody = (matched: string): boolean => /^[A-ZÀ-Ý][a-zà-ÿ]+$/.test(matched);

/** A body: its id and the regex sources of its names (full names first, bare names guarded by `NOT_QUALIFIED`). */
export interface OrgEntry {
  id: OrgName;
  names: string[];
}

/**
 * Names of the bodies, matched at a word start (`the`/`l'`/`la` before one belong to the connector): official names
 * in FR/EN/ES, acronyms; CCPCJ: a bare "Commission" not qualified (`NOT_QUALIFIED`); COP: a bare "Conférence".
 * Names with an accented letter that copies drop: unaccented (`Conseil Economique et Social`, French typography often
 * leaves capitals unaccented) or lost entirely (`Assemble gnrale`, a Word-to-text copy; `Consejo Econmico y Social`,
 * `Comisin de Derechos Humanos`, a PDF extraction that drops every accented letter, dev es-249): the letter is
 * optional, or its plain vowel. Lost only in the multi-word names, so no short word is widened (plain everywhere:
 * `Assemblee`, `Comision`, session 21, `plain-letters.ts`). And a space lost before a
 * capitalised word (`Human RightsCouncil`, a PDF line joined, dev en-354; `SecurityCouncil`, `Derechos Humanos`).
 */
// `phrases` reads each accented letter as itself or plain (`[ée]`, `plain-letters.ts`); here it may be lost too.
const lossyNames = (literals: readonly string[]): string =>
  phrases(literals.map((l) => l.replace(/ (?=[A-Z])/g, '~')))
    .replace(/\[[éóíáú][eoiau]\]/g, '$&?')
    .replace(/~/g, `(?:${WS})?`);

/**
 * After a variant name of the Human Rights Council (see `ORGS`): not a country's or a movement's council of that name,
 * written with a qualifier before it (`National Council of Human Rights`, `Consejo Nacional…` and `Conseil national…`
 * fail the name itself), nor followed by what such a council's name goes on with (`Council of Human Rights Defenders`, `… of Morocco`). Read after
 * the name matched (a lookbehind at the end), so other texts pay nothing.
 */
const HRC_VARIANT_GUARD = `(?<!(?:National|Advisory|Consultative|Federal|Supreme|Royal|Presidential|Superior|Regional|State|Provincial|Municipal|Youth|Student|Indigenous|Nacional|Consultivo)\\s{1,4}(?:Council|Consejo)[^\\n]{1,40})(?!${WS}(?:Defenders|Activists|Watch|of${WS}(?!the${WS}United)[A-Z]))`;

export const ORGS: readonly OrgEntry[] = [
  {
    id: 'GA',
    names: [
      // `l’assemblé générale` (its final `e` dropped, a common misspelling: dev fr-254) only before `générale`.
      lossyNames(['Assemblée générale', 'Assemblé générale', 'General Assembly', 'Asamblea General']),
      // Legal citation forms: "G.A. Res. 61/180", "GA res 55/25" (the parser requires a head word and a number after).
      'G\\.\\s?A\\.',
      // `UNGA Res 55/25 (15 November 2000)`: OSCOLA's form for the Assembly's resolutions; `AGNU` its French and Spanish
      // acronym (`la résolution 55/25 de l'AGNU`), as `CSNU` is the Council's.
      '(?:UN)?GA',
      'AGNU',
      // "Assembly resolution 70/179", "l'Assemblée": in UN documents the bare Assembly is the General Assembly
      // ("Assemblée des États Parties" is refused as qualified).
      `${alt('Assembly', 'Assembl[ée]e', 'Asamblea')}${NOT_QUALIFIED_ORG}`,
    ],
  },
  {
    id: 'SC',
    // Acronyms of news and NGO pages: `UNSC Resolution 2331`, `résolution 1325 du CSNU`, `del CSNU`, `CSONU`.
    names: [
      lossyNames(['Conseil de sécurité', 'Security Council', 'Consejo de Seguridad']),
      'S\\.\\s?C\\.',
      // `SC Res 2250 (2015)`, `SC resolution 1325` (legal and NGO writing without the Bluebook's dots).
      '(?:UN)?SC',
      'CSO?NU',
    ],
  },
  {
    id: 'HRC',
    // The acronyms of legal and NGO citations: `HRC Res 11/3`, `UNHRC resolution 11/3`.
    names: [
      lossyNames(["Conseil des droits de l'homme", 'Human Rights Council', 'Consejo de Derechos Humanos']),
      // Session 24 (tuner-res): the Council's other names, a writer's or a machine translation's: the French of
      // Switzerland and of Canada (`Conseil des droits humains`, probe pr-fr-031; `Conseil des droits de la personne`),
      // English calqued from `Consejo de Derechos Humanos` (`The Council of Human Rights in its resolution 35/5`,
      // pr-en-078), Spanish with the article (`Consejo de los Derechos Humanos`). A country's council of that name
      // (`National Council of Human Rights`, `Conseil national…`) is refused by the word before it (`HRC_VARIANT_GUARD`).
      `${lossyNames(['Conseil des droits humains', 'Conseil des droits de la personne', 'Council of Human Rights', 'Consejo de los Derechos Humanos'])}${HRC_VARIANT_GUARD}`,
      // The Bluebook's `H.R.C. Res. 11/3` (as `G.A. Res.`, `S.C. Res.`).
      '(?:UN)?HRC|H\\.\\s?R\\.\\s?C\\.',
      // `CDH`, the French and Spanish acronym (`la résolution 5/1 du CDH`, `la resolución 5/1 del CDH`), as `CSNU`.
      'CDH',
    ],
  },
  {
    id: 'ECOSOC',
    names: [
      lossyNames([
        'Conseil économique et social',
        'Economic and Social Council',
        'Consejo Económico y Social',
        'ECOSOC',
      ]),
      // The Bluebook's `E.S.C. Res. 2004/45` (as `G.A. Res.`, `S.C. Res.`).
      'E\\.\\s?S\\.\\s?C\\.',
    ],
  },
  {
    id: 'CHR',
    names: [
      lossyNames(["Commission des droits de l'homme", 'Commission on Human Rights', 'Comisión de Derechos Humanos']),
      // `CHR res. 2004/45` (the acronym legal writing gives it).
      'CHR',
    ],
  },
  {
    id: 'CCPCJ',
    names: [
      lossyNames([
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
      lossyNames(['Conférence des Parties', 'Conference of the Parties', 'Conferencia de las Partes', 'COP', 'CdP']),
      // And without the article, as writers outside the UN put it (session 15).
      lossyNames(['Conference of Parties', 'Conferencia de Partes']),
      `${alt('Conférence', 'Conference', 'Conferencia')}${NOT_QUALIFIED_ORG}`,
    ],
  },
  // Short names, tried after every full name: which Council or Commission depends on the document.
  { id: 'COUNCIL', names: [`${alt('Council', 'Conseil', 'Consejo')}${NOT_QUALIFIED_ORG}`] },
  { id: 'COMMISSION', names: [`${alt('Commission', 'Comisi[óo]n')}${NOT_QUALIFIED_ORG}`] },
];

/**
 * "of the United Nations" after a body's name, as part of the name (`de l’Assemblée générale des Nations Unies`, `de
 * Naciones Unidas` without its article,
 * `del Consejo de Seguridad de las Naciones Unidas`, `of the General Assembly of the United Nations`; the acronym in news
 * pages: `du Conseil de sécurité de l'ONU`, `de la ONU`, `of the UN`): in the span of a body named after the number.
 * (The treaty names' own "United Nations" forms are `UN_IN_NAME`.)
 */
// Session 15 (S4 as a class): the Organization's formal name (`du Conseil de sécurité de l'Organisation des Nations
// Unies`, `de la Organización de las Naciones Unidas`, `of the United Nations Organization`).
export const UN_AFTER_BODY = `${WS}(?:de${WS}l['’]${OWS}Organisation${WS}des${WS}Nations${WS}Unies|de${WS}la${WS}Organizaci[óo]n${WS}de${WS}(?:las${WS})?Naciones${WS}Unidas|of${WS}the${WS}United${WS}Nations${WS}Organi[sz]ation|des${WS}Nations${WS}Unies|de${WS}(?:las${WS})?Naciones${WS}Unidas|of${WS}the${WS}United${WS}Nations|de${WS}(?:la${WS}|l['’]${OWS})ONU|of${WS}the${WS}UN)(?![a-zà-ÿ])`;

/**
 * The session of a body, between an instrument's number and the body or between the body and the head word of a
 * title line: an ordinal (`10ª`, `4e`, `fourth`, `Eleventh`, `dixième`) then `session` / `sesión` / `período de
 * sesiones` (`de la 10ª sesión de la CdP`, `Consejo de Derechos Humanos. 11º Período de sesiones. Resolución 11/3`).
 */
export const SESSION_OF = `(?:\\d{1,2}[ªºa-zè]{0,3}|[a-zà-ÿ-]{4,20})${WS}(?:session|sesi[óo]n|per[íi]odo${WS}de${WS}sesiones)(?![a-zà-ÿ])`;

/** A bare name's noun (`Assembly|Assemblée|Asamblea`): the name less its guard, or undefined for a full name. */
const bareNoun = (name: string): string | undefined =>
  name.endsWith(NOT_QUALIFIED_ORG) ? name.slice(0, -NOT_QUALIFIED_ORG.length) : undefined;

/** Every name in `ORGS` order, the body's and whether it is bare. */
const NAMES = ORGS.flatMap((o) => o.names.map((source) => ({ id: o.id, source, noun: bareNoun(source) })));

/**
 * The bare names may all come last, after every full name, under one guard: no full name they pass may start where one
 * of them does (their first letters differ: `Assembly` before `Security Council`, … `Conférence des Parties`), so the
 * same alternative matches first at every place, and backtracking meets the same ones in the same order. Checked here
 * from the sources (`initials`); if ever not so, each body keeps its bare name in its own group, with its guard.
 */
const BARE_LAST = NAMES.every((n, i) => {
  if (n.noun === undefined) return true;
  const bare = initials(n.noun);
  return NAMES.slice(i + 1).every((later) => {
    if (later.noun !== undefined) return true;
    const full = initials(later.source);
    return bare !== null && full !== null && ![...bare].some((c) => full.has(c));
  });
});

/** Each body's full names (a body with only a bare name has none), and the bare names, in `ORGS` order. */
const FULL = ORGS.map((o) => ({ id: o.id, source: alt(...o.names.filter((n) => bareNoun(n) === undefined)) })).filter(
  (g) => g.source !== '(?:)',
);
const BARE = NAMES.flatMap((n) => (n.noun === undefined ? [] : [{ id: n.id, source: n.noun }]));

/** The capture groups of `ORG_NAME`, in order (see `ORG_NAME`). */
const GROUPS: readonly { id: OrgName; source: string }[] = BARE_LAST
  ? [...FULL, ...BARE]
  : ORGS.map((o) => ({ id: o.id, source: alt(...o.names) }));

/** Number of capture groups in `ORG_NAME`. */
export const ORG_NAME_GROUPS = GROUPS.length;

/**
 * Regex source of any body name: each body's full names in a capture group (`ORGS` order), then each bare name in its
 * own group, the one guard after them (`BARE_LAST`; see `orgFromGroups`). The guard written once, not after each of
 * the four bare names: 3 kB less in each of the dozen regexes that embed this (session 38; `ORG_FIRST_RE` 9.6 → 6.5
 * kB, its call 4.9 → 4.5 ms per bench pass).
 */
export const ORG_NAME = BARE_LAST
  ? [
      ...FULL.map((g) => `(${g.source})(?![a-zà-ÿ])`),
      `(?:${BARE.map((g) => `(${g.source})`).join('|')})${NOT_QUALIFIED_ORG}(?![a-zà-ÿ])`,
    ].join('|')
  : GROUPS.map((g) => `(${g.source})(?![a-zà-ÿ])`).join('|');

/** Which body matched, from the groups of a regex that embeds `ORG_NAME` starting at group `first`. */
export function orgFromGroups(m: RegExpMatchArray, first: number): OrgName | undefined {
  for (let i = 0; i < GROUPS.length; i++) if (m[first + i] !== undefined) return GROUPS[i]?.id;
  return undefined;
}

/** Body names that start a "body first" citation (`General Assembly resolution 64/293`); used by the scanner. */
export const ORG_TRIGGER = alt(...ORGS.flatMap((o) => o.names));

/**
 * The letters a body name can start with (`initials`, without the qualifier guards, which only follow a name): where
 * another letter stands, a regex starting with `ORG_NAME` cannot match, so parsers skip the call (an instrument
 * trigger's head word, `résolution`, `décision`, `presidential statement`, is most of them).
 */
const ORG_INITIALS = initials(ORG_TRIGGER.split(NOT_QUALIFIED_ORG).join(''));

/** Whether a body name may start at `pos` (see `ORG_INITIALS`). */
export const mayStartOrg = initialTest(ORG_INITIALS);

/** The text a body name matched (see `orgFromGroups`), or ''. */
export function orgText(m: RegExpMatchArray, first: number): string {
  for (let i = 0; i < GROUPS.length; i++) {
    const g = m[first + i];
    if (g !== undefined) return g;
  }
  return '';
}

/**
 * The Conference of the States Parties to UNCAC named in the text: its bare "the Conference" (`In its resolution 2/1,
 * the Conference set out…`) is that Conference, not the COP. Tested only for a possessive citation whose subject is a
 * bare Conference.
 */
const STATES_PARTIES_CONFERENCE =
  /Conference\s+of\s+(?:the\s+)?States\s+Parties|Conf[ée]rence\s+des\s+[ÉE]tats\s+parties|Conferencia\s+de\s+los\s+Estados\s+Partes?/i;

/** Whether the text names UNCAC's Conference: asked per possessive citation, searched once per text (`perText`; a
 * search per citation took a quarter of the engine's time on the bench page). */
const namesStatesPartiesConference = perText(false, (text: string) => STATES_PARTIES_CONFERENCE.test(text));

/** Whether a possessive citation's subject (`, the Conference`, `, la Conférence`) is a bare Conference in a text naming UNCAC's. */
export function statesPartiesSubject(subject: string, text: string): boolean {
  return /Conf[eé]r/i.test(subject) && !/Parti|Parte/i.test(subject) && namesStatesPartiesConference(text);
}

/**
 * A body we do not know after the numbers (`résolution 1/5 du Conseil d'administration`, `decision 2/3 of the
 * Commission on Narcotic Drugs`, once the bare Commission is refused as qualified): a connector then a word that names
 * a body. Such a citation is dropped rather than given to the COP. Objects of the sentence (`…, du Plan d'action`)
 * are not bodies.
 */
// UNCAC's Conference by its acronym, or before its name (`decision 8/1 of the UNCAC Conference of the States Parties`,
// `resolution 8/1 of the CoSP`, probe p18en-058; session 42): another treaty's Conference, never our COP.
export const UNKNOWN_BODY_RE = sticky(
  `${CONNECTOR}(?:UNCAC${WS})?(?:CoSP|${orPlain(
    alt(
      ...['Conseil', 'Council', 'Consejo', 'Commission', 'Comisión', 'Comité', 'Committee', 'Conférence', 'Conference'],
      ...['Conferencia', 'Assemblée', 'Assembly', 'Asamblea', 'Board', 'Bureau', 'Organisation', 'Organization'],
      ...['Organización', 'Sous-Commission', 'Subcommission', 'Subcomisión', 'Governing', 'Executive', 'Junta'],
      ...['Parlement', 'Parliament', 'Parlamento', 'Cour', 'Court', 'Corte', 'Tribunal'],
    ),
  )})(?![a-zà-ÿ])`,
);

/**
 * A proper name after a preposition following a bare body name (`Conférence de Vienne`, `Conference on Disarmament`,
 * `Commission on Narcotic Drugs`, `Conference of States Parties`, `Conferencia de los Estados parte`, `Conférence des
 * États parties`): another body. Case-sensitive.
 */
export const PROPER_AFTER_BARE_RE = stickyCased(
  `\\s{1,4}(?:de|des|del|of|on|for|sur|pour|para|to)\\s{1,4}(?:(?:the|la|los|las|les|el)\\s{1,4}|l['’]\\s?)?[A-ZÀ-Ý]`,
);
