/**
 * Names of our treaties as news, translations and NGO pages word them, which the name tables do not read: a descriptive
 * name (`the UN protocol on migrant smuggling`), a calque (`Protocole d'armes à feu`), a title translated without its
 * article (`the Convention of United Nations against the transnational organized crime`), a title dated in the Swiss
 * style (`Protocole additionnel du 15 novembre 2000 visant à…`), and the UN's name put after a short name (`du
 * protocole sur les armes à feu de l'ONU`). Read only where the tables' reading failed, at an article's
 * connector (`treaty-connector.ts`), so ordinary prose never reaches these patterns. Session 26 (tuner-names).
 */

import type { TreatyId } from './keys';
import { alt, execAt, OWS, sticky, stickyCased, WS } from './patterns';
import { QUALIFIER_RES, qualifierAt } from './treaty-name-patterns';
import { spacedMayLeadWith } from './next-word';

/** "United Nations" before a descriptive name (`the UN protocol on…`, `the United Nations' protocol on…`). */
const UN_LEAD = `(?:UN|U\\.N\\.|United${WS}Nations)['’]?${WS}`;

/**
 * A Protocol named by its subject after `on` (case-insensitive; groups 1–3 the Protocol): the Migrants Protocol by
 * `migrant smuggling` with or without the UN's name (`Article 8(7) of the UN protocol on migrant smuggling`, probe
 * p3en-119; no other Protocol has that subject, and the Trafficking Protocol has no article on it); the Trafficking and
 * Firearms Protocols by `human trafficking` / `firearms` only after the UN's name: `the Protocol on Firearms,
 * Ammunition and Other Related Materials` is SADC's, and regional Protocols on trafficking exist. Without it, a bare
 * `Protocol on human trafficking` stays the bare noun it was (the topic reading, `TOPIC_AFTER`).
 */
// Session 30: the Trafficking Protocol by `the trafficking of / in persons` after `about`, `relative to`, `relating
// to`, `concerning` (group 2; machine translations of `relatif à la traite des personnes`, probes p6en-016, -099): the
// determiner and `persons` are the translation's, no regional instrument is titled so. Session 38: after `on` too (`the
// Protocol on the trafficking of persons`, a translation from Spanish, probe p14en-020), the determiner still required.
const DESCRIBED_PROTOCOL_RE = sticky(
  alt(
    `(?:${UN_LEAD})?protocol${WS}on${WS}(migrant${WS}smuggling|the${WS}smuggling${WS}of${WS}migrants)`,
    `${UN_LEAD}protocol${WS}on${WS}(?:(human${WS}trafficking)|(firearms(?:${WS}trafficking)?))`,
    // Session 32: `additional` before it (`the additional Protocol relative to the trafficking of persons`, a French
    // `Protocole additionnel relatif à la traite des personnes` machine-translated, probe p8en-073).
    `(?:additional${WS})?protocol${WS}(?:about|on|relative${WS}to|relating${WS}to|concerning)${WS}(the${WS}trafficking${WS}(?:of|in)${WS}persons)`,
    // Session 31: the Migrants Protocol as a translation of the Spanish `tráfico ilícito` words it (`the Protocol
    // against the Illicit Traffic of Migrants by Land, Sea and Air`, probe p7en-111; group 5), its `by Land, Sea and
    // Air` in the name when written; the Trafficking Protocol as a French machine translation words it with `trafic`
    // (`Protocole sur le trafic des personnes`, p7fres-031; group 6): the smuggling Protocol's is `trafic … de migrants`.
    `protocol${WS}against${WS}(?:the${WS})?(illicit${WS}traffic(?:king)?${WS}(?:of|in)${WS}migrants)(?:${WS}by${WS}land,?${WS}sea${WS}and${WS}air)?`,
    `protocole${WS}(?:sur|relatif${WS}au)${WS}(?:le${WS})?(trafic${WS}(?:des|de)${WS}personnes)`,
    // The Firearms Protocol by its subject in a French press article (`l'article 8 du protocole sur le trafic d'armes
    // à feu`, probe p8fres-019; group 7), and the Trafficking Protocol as `Additional Protocol on Trafficking in
    // Persons` (a translated judgment, p8en-042; group 8): `additional` says it supplements a Convention, as ours do.
    `protocole${WS}(?:sur|relatif${WS}au)${WS}(?:le${WS})?(trafic(?:${WS}illicite)?${WS}d['’]armes${WS}[àa]${WS}feu)`,
    `additional${WS}protocol${WS}on${WS}(?:the${WS})?(trafficking${WS}in${WS}persons)`,
    // Session 32: the TIP Protocol by its French subject after `additionnel sur` (`l'art. 6 § 6 du protocole additionnel
    // sur la traite`, a rights observatory's report, probe p9fr-025; group 9): `additionnel` says it supplements a
    // Convention, as `Additional Protocol on Trafficking in Persons` above; without it, `du Protocole sur la traite` in
    // a text that never named ours in full stays unread (session 11's rule for informal names). Not `la traite des êtres
    // humains`, the Council of Europe's words.
    `protocole${WS}additionnel${WS}sur${WS}(la${WS}traite(?:${WS}des${WS}personnes)?)(?!${WS}des${WS}[êe]tres)`,
    // Session 43: the Migrants Protocol as a machine translation words `smuggling` (`l'article 6 du Protocole sur la
    // contrebande des migrants`, probe p19fr-051; group 10): no other Protocol has that subject.
    `protocole${WS}(?:sur|relatif${WS}[àa])${WS}la${WS}(contrebande${WS}(?:des|de)${WS}migrants)`,
  ) + '(?![a-zà-ÿ-])',
);

/**
 * The Firearms Protocol's calque `Protocole d'armes à feu` (a machine translation of `Firearms Protocol`: `L'article 5
 * de la Protocole d'armes à feu`, probe p3fres-fr-031), capitalised: the tables read `des armes à feu`, `sur les armes
 * à feu`, not the elided `d'`. A lower-case `protocole d'armes à feu` may be a police procedure; it stays unread.
 */
const FIREARMS_CALQUE_RE = stickyCased(`Protocole${WS}d['’]armes${WS}[àa]${WS}feu(?![a-zà-ÿ])`);

/**
 * The Trafficking Protocol's Spanish calque `Protocolo de Tráfico de Personas` (a machine translation of `Trafficking
 * in Persons Protocol`, probe p6fres-079; Spanish law says `trata`, but `tráfico de personas` is the calque's and
 * some Latin American usage's), capitalised: a lower-case `protocolo de tráfico de personas` may be a procedure.
 */
const TRAFFICKING_CALQUE_RE = stickyCased(`Protocolo${WS}de${WS}Tr[áa]fico${WS}de${WS}Personas(?![a-zà-ÿ])`);

/**
 * UNTOC's English title translated without the article before the UN's name (`the Convention of United Nations
 * against the transnational organized crime`, a machine translation from a language without articles, probe
 * p3en-019); the tables read `of the United Nations` and `of the UNO`. Only UNTOC's subject after it: `the Convention
 * of United Nations on the Law of the Sea` names nothing here.
 */
// And the French informal `Convention ONU contre la criminalité organisée` (`de l'ONU`; Swiss doctrine, probe
// p8fres-049: the UN's acronym and the subject, `transnationale` dropped; no other UN convention is against crime).
const UNTOC_NO_ARTICLE_RE = sticky(
  alt(
    `Convention${WS}of${WS}(?:United${WS}Nations|UNO?)${WS}against${WS}(?:the${WS})?transnational${WS}organi[sz]ed${WS}crimes?`,
    `Convention${WS}(?:de${WS}l['’]${OWS})?ONU${WS}contre${WS}la${WS}criminalit[ée]${WS}organis[ée]e`,
    // Session 43: a machine translation's `Convention sur le crime organisé` (of `Organized Crime Convention`, probe
    // p19fr-012), `sur la criminalité organisée` too: no other convention is titled on organised crime. Session 44: `de
    // crime organisé` so (`la Convention de crime organisé`, probe p17fr-022).
    `Convention${WS}(?:sur${WS}(?:le${WS}crime${WS}organis[ée]|la${WS}criminalit[ée]${WS}organis[ée]e)|de${WS}crime${WS}organis[ée])`,
  ) + '(?![a-zà-ÿ])',
);

/**
 * A noun dated as Swiss federal drafting dates a treaty's title (`l'art. 3 let. a du Protocole additionnel du 15
 * novembre 2000 visant à prévenir, réprimer et punir la traite des personnes…`, probe p3fres-fr-004; `la Convention des
 * Nations Unies du 15 novembre 2000 contre la criminalité transnationale organisée`): group 1 the Protocol noun, group
 * 2 the date (UNTOC and two Protocols were adopted on 15 November 2000, the Firearms Protocol on 31 May 2001). The
 * title's subject must follow (`datedName`): `la Convention du 15 novembre 2000` alone names nothing here.
 */
const DATED_NOUN_RE = sticky(
  `(?:Convention|(Protocole))(?:${WS}des${WS}Nations${WS}Unies)?(?:${WS}additionnel)?${WS}du${WS}(15${WS}novembre${WS}2000|31${WS}mai${WS}2001)`,
);

/**
 * The treaty a dated noun at `at` names (`DATED_NOUN_RE`), by its subject after the date (the tables' qualifiers, read
 * there): a Convention only UNTOC's, a Protocol only one of ours whose adoption date it is.
 */
function datedName(text: string, at: number): { id: TreatyId; end: number; named: true } | null {
  // Its nouns first, in any case (`Protocol` and `Convención` are not followed by a French date), then white space and
  // the first letter of the word after (`des Nations Unies`, `additionnel`, `du`).
  const noun = text.slice(at, at + 10).toLowerCase();
  const length = noun === 'convention' ? 10 : noun.startsWith('protocole') ? 9 : 0;
  const d = length > 0 && spacedMayLeadWith(text, at + length, 'ad') ? execAt(DATED_NOUN_RE, text, at) : null;
  if (!d) return null;
  const protocol = d[1] !== undefined;
  const may2001 = (d[2] ?? '').startsWith('31');
  if (!protocol && may2001) return null;
  const end = at + d[0].length;
  for (const q of QUALIFIER_RES) {
    if ((q.id === 'UNTOC') === protocol || (protocol && (q.id === 'FIRE') !== may2001)) continue;
    const qm = qualifierAt(q, text, end);
    if (qm) return { id: q.id, end: end + qm[0].length, named: true };
  }
  return null;
}

/**
 * A hashtag naming a treaty of ours, its words run together (`Art 3(b) of the #PalermoProtocol`, a social media thread,
 * probe p8en-118; `#UNTOC`, `#PalermoConvention`, `#TIPProtocol`, `#SmugglingProtocol`), in any case, nothing glued
 * after (`#PalermoProtocol20`, `#UNTOC_review` name a campaign). And the Spanish and French names by Palermo, as sets
 * 10 and 11 wrote them once scored (`art. 16 de la #ConvenciónDePalermo`, probe p10es-030; `#ProtocoloDePalermo`,
 * `#ConventionDePalerme`, `#ProtocoleDePalerme`). Groups 1–4: UNTOC, TIP, Migrants, Firearms.
 */
const HASHTAG_RE = sticky(
  '#(?:(untoc|palermoconvention|convenci[oó]ndepalermo|conventiondepalerme)|(palermoprotocol|tipprotocol|traffickingprotocol|protocolodepalermo|protocoledepalerme)|(smugglingprotocol|migrantsmugglingprotocol)|(firearmsprotocol))(?![A-Za-zÀ-ÿ0-9_])',
);

/** The treaty each group of `HASHTAG_RE` names. */
const HASHTAGGED: readonly TreatyId[] = ['UNTOC', 'TIP', 'MIG', 'FIRE'];

/** The treaty `ids[i]` whose group `i + 1` matched in `m` (one group per treaty, the first set one), if any. */
const groupId = (m: RegExpExecArray, ids: readonly TreatyId[]): TreatyId | undefined =>
  ids[m.findIndex((g, i) => i > 0 && g !== undefined) - 1];

/** The Protocol each group of `DESCRIBED_PROTOCOL_RE` names. */
const DESCRIBED: readonly TreatyId[] = ['MIG', 'TIP', 'FIRE', 'TIP', 'MIG', 'TIP', 'FIRE', 'TIP', 'TIP', 'MIG'];

/**
 * A treaty of ours named loosely at `at` (right after an article's connector), and where its name ends; null when none.
 * Its first letter gates the reads: `U` / `P` / `A` / `C`, in either case (`UN`, `protocol`, `Additional`, `Convention`,
 * `Protocole du…`), and `#` (a hashtag).
 */
export function looseName(text: string, at: number): { id: TreatyId; end: number; named: true } | null {
  const h = text.charCodeAt(at) === 0x23 ? execAt(HASHTAG_RE, text, at) : null; // `#`
  const tagged = h ? groupId(h, HASHTAGGED) : undefined;
  if (h && tagged) return { id: tagged, end: at + h[0].length, named: true };
  const c = text.charCodeAt(at) | 0x20;
  if (c === 0x75 || c === 0x70 || c === 0x61) {
    // At `protocol(e)`, white space and its words' letters after it (`on`, `about`, `relating`, `concerning`, `sur`…).
    const noun = (text.charCodeAt(at + 8) | 0x20) === 0x65 ? 9 : 8; // `protocole`, `protocol`
    const described = c !== 0x70 || spacedMayLeadWith(text, at + noun, 'acors');
    const m = described ? execAt(DESCRIBED_PROTOCOL_RE, text, at) : null;
    const id = m ? groupId(m, DESCRIBED) : undefined;
    if (m && id) return { id, end: at + m[0].length, named: true };
    // The calques' capitalised nouns first (case-sensitive regexes), then white space and `d'` after the French one.
    const calque = text.startsWith('Protocole', at) && spacedMayLeadWith(text, at + 9, 'd');
    const f = calque ? execAt(FIREARMS_CALQUE_RE, text, at) : null;
    if (f) return { id: 'FIRE', end: at + f[0].length, named: true };
    const t = text.startsWith('Protocolo', at) ? execAt(TRAFFICKING_CALQUE_RE, text, at) : null;
    if (t) return { id: 'TIP', end: at + t[0].length, named: true };
  }
  if (c !== 0x70 && c !== 0x63) return null;
  const u = c === 0x63 ? execAt(UNTOC_NO_ARTICLE_RE, text, at) : null;
  return u ? { id: 'UNTOC', end: at + u[0].length, named: true } : datedName(text, at);
}

/**
 * The UN's name after a treaty's name, which the name leaves out (`l'article 10 du protocole sur les armes à feu de
 * l'ONU`, probe p3fres-fr-014: a press article's short name; `des Nations Unies`, `de la ONU`, `de las Naciones
 * Unidas`, `of the United Nations`, `of the UN`): part of the name as written, so in the span. Not where it opens
 * another name or goes on with a title's preposition (`… of the United Nations Convention against…`, `des Nations
 * Unies contre la criminalité…`, `de l'ONU pour…`): only before punctuation, a closing quote, the line's end or a
 * lower-case word that no title goes on with (`de l'ONU adopté en 2001`).
 */
const UN_AFTER_NAME_RE = stickyCased(
  `${WS}${alt(`des${WS}[Nn]ations${WS}[Uu]nies`, `de${WS}l['’]ONU`, `de${WS}la${WS}ONU`, `de${WS}las${WS}[Nn]aciones${WS}[Uu]nidas`, `of${WS}the${WS}(?:United${WS}Nations|UN)`)}` +
    // What may follow: punctuation, a closing quote, the line's end, a lower-case word no title goes on with.
    `(?=[,;:.)»”"’]|$|\\n| [»”](?![a-z])| (?!(?:contre|contra|against|pour|para|for|sur|sobre|on|relati[a-z]*|to|à|a|al|au)\\s)[a-zà-ÿ])`,
);

/**
 * Where a treaty's name ending at `end` ends with the UN's name after it (`UN_AFTER_NAME_RE`), `end` when none. Gated
 * by the next word's first letters (` de`, ` des`, ` of`).
 */
export function unAfterName(text: string, end: number): number {
  // The bound first: `charCodeAt` past the text's end threw away the optimised `parseTreatyAfter` it is inlined in.
  const c = end + 1 < text.length ? text.charCodeAt(end + 1) : 0;
  if (c !== 0x64 && c !== 0x6f) return end;
  const m = execAt(UN_AFTER_NAME_RE, text, end);
  return m ? end + m[0].length : end;
}

/**
 * A Protocol's subject after a Protocol's short name, as the English informal title goes on (`Article 3 of the Palermo
 * Protocol on Trafficking in Persons`, a judgment, probe p9en-042; `the Palermo Protocol on the Smuggling of
 * Migrants`): part of the name, so in the span, and that subject's Protocol (`Palermo` alone reads as the TIP
 * Protocol, as `the Palermo Protocol` is). Whole words. Groups 1–3: TIP, Migrants, Firearms.
 */
const SUBJECT_AFTER_NAME = sticky(
  `${WS}on${WS}(?:the${WS})?(?:(trafficking${WS}in${WS}persons)|(smuggling${WS}of${WS}migrants|migrant${WS}smuggling)|(firearms))(?![a-zà-ÿ])`,
);

/** The Protocol each group of `SUBJECT_AFTER_NAME` names. */
const SUBJECT_NAMED: readonly TreatyId[] = ['TIP', 'MIG', 'FIRE'];

/**
 * The Protocol and the end of its name when a Protocol's name ending at `end` goes on with its subject
 * (`SUBJECT_AFTER_NAME`), else null. Gated by the next word's first letter (` on`).
 */
export function subjectAfterName(text: string, end: number): { id: TreatyId; end: number } | null {
  const m = end + 1 < text.length && text.charCodeAt(end + 1) === 0x6f ? execAt(SUBJECT_AFTER_NAME, text, end) : null;
  const id = m ? groupId(m, SUBJECT_NAMED) : undefined;
  return m && id ? { id, end: end + m[0].length } : null;
}

/**
 * The Trafficking Protocol's jargon short name, its subject's word after the Protocol noun with no title's words
 * (`l'art. 3 du Protocole traite.`, a French forum post, probe p15fr-052; `art. 3 Prot. traite` ending a slide's line,
 * p2fres-fr-027; `del Protocolo sobre trata`, p15es-007; session 39). `traite` / `trata` alone only where the clause
 * ends: both are verbs too (`L'article 6 du Protocole traite de l'assistance`, probe p3fres-fr-045). After `sobre`, a
 * noun: not the Council of Europe's `trata de seres humanos`; `de personas` in the span when written.
 */
/** The French and English subject's words after a Protocol noun: `sur la traite`, `on (human) trafficking`. */
const SUR_LA_TRAITE = `sur${WS}la${WS}traite`;
const ON_TRAFFICKING = `on${WS}(?:human${WS})?trafficking`;

const TRAFFICKING_WORD_AFTER = sticky(
  alt(
    `${WS}(?:traite|trata)(?=[ \\t]{0,2}(?:[.,;:()»”"\\n]|$))`,
    `${WS}sobre${WS}(?:la${WS})?trata(?:${WS}de${WS}personas)?(?![a-zà-ÿ])(?!${WS}de${WS}seres)`,
    // The French and English so (`les articles 6 et 7 du Protocole sur la traite`, probe p16fr-032; session 40).
    // Not before another object (`the Protocol on trafficking in firearms`, a translated law, dev en-528; `traite des
    // êtres humains`, the Council of Europe's): a subject other than persons names another treaty.
    `${WS}${SUR_LA_TRAITE}(?:${WS}des${WS}personnes)?(?![a-zà-ÿ])(?!${WS}(?:des?|d['’]))`,
    `${WS}${ON_TRAFFICKING}(?:${WS}in${WS}persons)?(?![a-zà-ÿ])(?!${WS}(?:in|of)${WS})`,
    // `del Protocolo de Trata de Personas`, `du Protocole de traite (des personnes)` (a machine translation's and a Latin
    // American short name, probes p18es-014, p18fr-012; session 42): with its persons, or the French at the clause's
    // end; never before an owner (`del Protocolo de Trata de Personas del Ministerio`: a national procedure's).
    // Session 43: `del Protocolo de trata` at the clause's end too (an e-mail, probe p19es-027). Session 44: the French
    // calque of `tráfico de personas` (`du Protocole de trafic de personnes`, a machine translation, probe p20fr-019).
    `${WS}de${WS}(?:la${WS})?(?:trata${WS}de${WS}personas|(?:traite|trafic)${WS}des?${WS}personnes|(?:traite|trata)(?=[ \\t]{0,2}(?:[.,;:()»”"\\n]|$)))(?![a-zà-ÿ])(?!,?${WS}(?:del?|du|des|d['’])${WS})`,
  ),
);

/**
 * The same subject's words whatever object follows them, but the Council of Europe's `traite des êtres humains`: what
 * a mention reads as an informal name of ours that names no other treaty (`treaty-mentions.ts`), where
 * `TRAFFICKING_WORD_AFTER` (read first, by the name's parse) refused a name (`the Protocol on trafficking in firearms`).
 */
export const SUBJECT_WORDS_AFTER = sticky(
  `${WS}(?:${SUR_LA_TRAITE}|${ON_TRAFFICKING})(?![a-zà-ÿ])(?!${WS}des${WS}[êe]tres)`,
);

/** Where `TRAFFICKING_WORD_AFTER` ends after a Protocol noun ending at `end`, or -1; gated by ` t`, ` s`, ` o`, ` d`. */
export function traffickingWordAfter(text: string, end: number): number {
  const c = end + 1 < text.length ? text.charCodeAt(end + 1) : 0;
  if (c !== 0x74 && c !== 0x73 && c !== 0x6f && c !== 0x64) return -1; // t, s, o, d
  const m = execAt(TRAFFICKING_WORD_AFTER, text, end);
  return m ? end + m[0].length : -1;
}
