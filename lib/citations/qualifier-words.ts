/**
 * Words that, right after a bare noun (`Commission`, `Conférence`, `Convention`, `Protocol`), make it another body
 * or treaty, as negative lookaheads for the body names (`org-names.ts`) and treaty nouns (`treaty-names.ts`).
 */

import { alt, APOS, WS } from './patterns';

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
  // Masculine, so not after the feminine `Convention`, where it agrees with the article before (`l’article 16 de la
  // Convention relatif à l’extradition`, probe p19fr-028; session 43): a title is `Convention relative à…`.
  'relatifs?(?<!Convention[ \\n]{1,16}relatifs?)',
  'sur',
  'pour',
  'contre',
  'concernant',
  'europ[ée]enne',
  'internationale',
  'interam[ée]ricaine',
  'am[ée]ricaine',
  'africaine',
  'arabe',
  'cadre',
  'facultatif',
  'additionnel',
  'on',
  'against',
  'for',
  'of',
  // Not "the Convention to the Protocol" (how UNTOC applies to its Protocols): "to" then our bare Protocol.
  `to(?!${WS}(?:the|its)${WS}Protocols?(?![a-zà-ÿ])(?!${WS}(?:on|to|of|relating|against|for)(?![a-zà-ÿ])))`,
  'relating',
  'concerning',
  'between',
  'sobre',
  'contra',
  'para',
  'relativa',
  'relativo(?<!Convenci[oó]n[ \\n]{1,16}relativo)',
  'facultativo',
  'adicional',
  'del',
  'europea',
  'interamericana',
  'americana',
  // Adjectives after the noun that name other treaties (`Convención Suplementaria sobre la Abolición de la
  // Esclavitud`, `Convención Internacional para la Represión de la Trata de Mujeres`, `Convention unique sur les
  // stupéfiants`).
  'internacional',
  'suplementaria',
  'suppl[ée]mentaire',
  '[úu]nica',
  'unique',
  // A treaty described by how it came about (`Protocole établi sur la base de l'article K.3 du Traité sur l'Union
  // européenne`, `Convention portant création d'un Office européen de police`, dev fr-083): ours are named by subject.
  // Not `portant sur` ("dealing with"), which describes what the article is about (`l’article 21 de la Convention
  // portant sur le transfert des procédures pénales`, dev fr-351, UNTOC named before): a title says `sur` alone.
  '[ée]tablie?',
  `portant(?!${WS}sur(?![a-zà-ÿ]))`,
  // A Protocol to a charter or a regional Convention, in French and Spanish (`Protocole à la Charte africaine… (Maputo,
  // 2003), art. 4, § 2, g)`, probe p9fr-055; `Protocolo a la Carta Africana`, `Protocole à la Convention américaine`),
  // as English `to`: ours are `additionnel à` / `adicional a`, read before this; a bare `Protocole à la lumière de…`
  // goes on as prose.
  `[àa]${WS}la${WS}(?:Charte|Carta|Convention${WS}(?:europ[ée]enne|am[ée]ricaine|interam[ée]ricaine|africaine|arabe)|Convenci[óo]n${WS}(?:Europea|Americana|Interamericana|Africana|[ÁA]rabe))`,
];

/**
 * A hyphen that joins a compound name (`Convention-cadre`, `Convention-type`), not one left where extraction lost a
 * dash before an apposition (`The Convention-an international … instrument`, `the Protocol-the first …`).
 */
const COMPOUND_HYPHEN = `-(?!(?:an?|the|which|that|its)${WS})`;

/**
 * A number that names another treaty (`Protocol 12`, `Convention (1951)`): on the noun's line and not a paragraph's or
 * slide's number run in after it (`…the protection of their rights is Protocol 3. States Parties…` in a flattened
 * treaty text, `…party to the Convention\n3\nGlobal Problem` in slides): a number with a full stop and a space after
 * it starts the next paragraph.
 */
const NUMBER_AFTER = `[ \\t\\u00a0]{0,4}\\(?\\d(?!\\d?\\.\\s)`;

/**
 * The same after a treaty noun, with a space or a bracket before the number: a digit glued to the noun is a footnote
 * marker left by extraction (`Article 3 of the Protocol1 defines…`), not `Protocol 1`; nor a number ending the line (a
 * contents' page number, `de l'application de l'article 10 du Protocole 12\n`, dev fr-109).
 */
const NUMBER_AFTER_TREATY = `(?:[ \\t\\u00a0]{1,4}\\(?|\\()\\d(?!\\d?\\.\\s)(?!\\d{0,2}[ \\t]*(?:\\n|$))`;

/**
 * A number sign before a number: `n°`, `No.`, and the forms a judgment writes without a full stop (`Protocole no 11 à
 * la Convention`, the ECtHR's numbered Protocols; `Protocolo nº 12`, `n.º`, `núm.`): a numbered treaty is never ours,
 * whatever subject the text names (a judgment on trafficking cites its Convention's `Protocole no 11 … dudit
 * Protocole` too). `no` only before a figure (`the Protocol no longer…` is prose). Not `patterns.ts`' `NUMBER_SIGN`
 * (a resolution's head word): its word forms (`number`, `número`) would refuse `the Protocol number of States…`, and
 * a judgment's bare `no 11` is this one's form only. In brackets too, as the ILO's French names put the number (`La
 * convention (n° 29) sur le travail forcé, 1930`, probe p19fr-038; session 43).
 */
const TREATY_NUMBER_SIGN = `(?:${WS}\\(?|\\()(?:n°|no\\.|nº|n\\.º|n[úu]m\\.|no\\s{0,4}(?=\\d))`;

/** Negative lookahead: not continued by one of `words`, a compound hyphen, a number or a number sign. */
const notQualifiedBy = (words: readonly string[], number = NUMBER_AFTER): string => {
  // An elided word (`d'`) is glued to the next one, so it takes no end-of-word check: "Conseil d'administration".
  const elided = words.filter((w) => w.endsWith(APOS));
  const whole = words.filter((w) => !w.endsWith(APOS));
  return `(?!${alt(COMPOUND_HYPHEN, number, TREATY_NUMBER_SIGN, `${WS}${alt(...whole)}(?![a-zà-ÿ])`, `${WS}${alt(...elided)}`)})`;
};

/**
 * After a bare treaty noun: not another treaty (`Convention relative aux droits de l'enfant`, `Protocole de Kyoto`,
 * `Convention de 1951`). Applied after the full names were tried.
 */
export const NOT_QUALIFIED = notQualifiedBy([...QUALIFIER_WORDS, 'de'], NUMBER_AFTER_TREATY);

/** Prepositions that may follow a bare body name in a sentence ("de la Conférence de prêter attention"). */
const PREPOSITIONS = new Set(['de', 'sur', 'pour', 'on', 'for', 'of', 'to', 'para']);

/**
 * After a bare body name (`Commission`, `Conférence`): not another body (`Commission des stupéfiants`). Prepositions
 * are allowed ("la décision 4/1 de la Conférence de prêter attention", "of the Conference on technical assistance");
 * a proper name after them (`Conference on Disarmament`, `Commission on Narcotic Drugs`, `Conférence de Vienne`) is
 * refused by the instrument parser (`isBareBody` + a case-sensitive check). So are `relative` / `relativa` / `relating`
 * (`relati…`): after a body they say what the instrument is about (`la résolution 26/3 de la Commission relative à
 * l’intégration`, probe p22fr-067), where a treaty's title has them (`Convention relative aux droits de l'enfant`).
 */
export const NOT_QUALIFIED_ORG = notQualifiedBy(
  QUALIFIER_WORDS.filter((w) => !PREPOSITIONS.has(w) && !w.startsWith('relati')),
);
