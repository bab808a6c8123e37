/**
 * Ways real text names our treaties that the title grammar (`treaty-tables.ts`) does not read: a title cut short
 * where the text ends (`cut-titles.ts`), the Protocols by their order (`ordinal-protocols.ts`); and the capitalised
 * words before a treaty noun that name another treaty, ours or nothing. Read by `treaty-names.ts`.
 */

import type { TreatyId } from './keys';
import { alt, execAt, sticky, stickyCased, WS } from './patterns';
import { wordGate } from './next-word';
import { pastBlanks } from './reading-chars';
import { PROTOCOL_NUMBER } from './other-treaty-marks';
import { withPlain } from './plain-letters';

/**
 * A capitalised word right before a treaty noun names another treaty ("Kyoto Protocol", "Forced Labour Convention",
 * "Optional Protocol", "Supplementary Convention"); determiners and our own prefixes do not. A name may be broken by
 * one line break (`the Optional\nProtocol`), not by a blank line: a word ending the line above a blank one is a label
 * or a heading (`Short Title / Abbreviations\n\nFirearms Protocol`, a treaty database's record, dev en-215).
 */
const NAME_BEFORE = /(?:^|[^A-Za-zÀ-ÿ])([A-ZÀ-Ý][a-zà-ÿ]+)(?:[ \t\u00a0]{1,4}|[ \t\u00a0]{0,3}\r?\n[ \t\u00a0]{0,3})$/;
/**
 * Capitalised words before a treaty noun that still name ours (`Palermo Protocol`, `Migrant Smuggling Protocol`), or may
 * (`United Nations Convention`: its qualifier decides, `… against Transnational Organized Crime` or `… against
 * Corruption`).
 */
export const OUR_NAMES = /^(?:Palermo|Palerme|Smuggling|Trafficking|Firearms|Persons|Migrants|Crime|Nations)$/;
/**
 * Capitalised words before a treaty noun that name nothing: determiners, demonstratives and anaphoric adjectives as a
 * sentence starts with them (`Dicho protocolo, no compromete…`, dev es-066; `Ledit Protocole`, `Such Protocol`), a
 * footnote's signal or a preposition (`See Palermo Convention, Art. 5`, `See UNTOC arts. 5, 6`, `Véase Protocolo…`), and a
 * treaty noun written twice (`the provisions of the Protocol Protocol to…`, a machine translation, dev en-164), and the
 * body that adopted our treaties named before a name (`the UN General Assembly Trafficking in Persons Protocol (2000)`,
 * dev en-398; English word order only): the noun after them is the same bare noun, not another treaty named in full.
 */
export const NAMES_NOTHING = new Set(
  // English, French, Spanish, in that order; each also without its accents (`Meme`, `Vease`).
  withPlain(
    `The This That These Those Said Such Its Our Their Each Any Same Present Aforementioned
  La Le Les Ce Cet Cette Ces Ledit Ladite Son Sa Leur Notre Même Présent Présente
  El Los Las Dicho Dicha Dichos Este Esta Ese Esa Su Nuestro Mismo Misma Presente Referido Referida Citado Citada
  Mencionado Mencionada
  See Cf Also Under In Per Voir Selon Dans Sous Véase Ver Según En Bajo
  Protocol Protocole Protocolo Convention Convención Assembly`.split(/\s+/),
  ),
);

/**
 * A capitalised word right after a bare treaty noun, on its line, names another treaty as one before it does: a short
 * name after the noun (`l'article 5 du Protocole Vente Prostitution Pornographie`, a blog's name for the CRC's
 * Optional Protocol, dev fr-211; `the Protocol Sale of Children`, `el Protocolo Venta de Niños`, `la convention
 * Europol`). Three letters at least, lower case after its capital (an acronym of ours, `the Convention UNTOC`, is not
 * one); never a word that starts the next sentence or a heading run in after the noun (`NOT_A_NAME_AFTER`), nor one of
 * our own names (`OUR_NAMES`: `Protocolo Palermo`). Case-sensitive. Group 1: the word.
 */
const NAME_AFTER = stickyCased(`[ \\t\\u00a0]{1,4}([A-ZÀ-Ý][a-zà-ÿ]{2,})(?![A-Za-zÀ-ÿ'’-])`);

/**
 * A number after a bare treaty noun: another treaty's numbered Protocol (`Article 3(2) of Protocol V to the Convention
 * on Certain Conventional Weapons`, probe p2en-090; `Protocol No. 12` to the ECHR, `Protocole n° 7`, `Additional
 * Protocol II`), never one of ours, which are named, not numbered; not a heading's numeral run in after it (`…of the
 * Protocol IV. Conclusions`, a lost line break). A lone `I` only before what ends or continues such a name (`Protocol I
 * to the Geneva Conventions`, `Protocol I,`), not the pronoun (`under the Protocol I would argue`). Case-sensitive. The
 * number after a number sign is `PROTOCOL_NUMBER`; ECOWAS's (`Le Protocole A/P1/5/79 de la CEDEAO…`, p10fr-030).
 */
const NUMBERED_AFTER = stickyCased(
  `[ \\t\\u00a0]{1,3}(?:(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII)(?![A-Za-z0-9]|\\.[ \\t]{1,3}[A-Z])|I(?=[ \\t]?[,;.)]|[ \\t](?:to|of|and|additional)[ \\t])|${PROTOCOL_NUMBER}|A\\/S?P\\.?\\d{1,2}\\/\\d{1,2}\\/\\d{2}(?![\\d/]))`,
);

/**
 * Capitalised words after a treaty noun that name nothing: determiners and pronouns a sentence starts with (a full stop
 * lost after the noun), the words a treaty's text or a contents page runs in after it (`States Parties`, `Article 5`,
 * `Preamble`), connectives. English, French, Spanish.
 */
const NOT_A_NAME_AFTER = new Set(
  withPlain(
    `The This That These Those Its Our Their Each Any All Such Some There They Then Thus Also And But However Moreover
  Furthermore Further Under For With From Per Since When Where While What Which Who How Not Note See States State
  Parties Party Article Articles Art Chapter Section Part Annex Preamble General Final Text
  Les Des Une Aux Par Pour Sur Dans Avec Elle Ils Elles Cet Cette Ces Son Ses Leur Tout Tous Toute Ainsi Aussi Mais
  Selon Sous Voir États Chapitre Préambule Annexe
  Los Las Una Del Por Para Con Sin Ese Esa Este Esta Estos Estas Sus Todo Todos Toda Así También Pero Según Bajo Ver
  Estados Partes Artículo Artículos Capítulo Preámbulo Anexo`.split(/\s+/),
  ),
);

/**
 * Whether a capitalised name follows a bare treaty noun at `pos`..`end` (`NAME_AFTER`): then it is another treaty
 * named by its short name, not a bare `le Protocole` of ours. Not after a name of ours before the noun (`the Migrant
 * Smuggling Protocol Prevent and combat…`, a slide's title with its next line run in, dev en-071).
 */
export function nameAfter(text: string, pos: number, end: number): boolean {
  if (!capitalAfter(text, end)) return false;
  if (execAt(NUMBERED_AFTER, text, end)) return true;
  const m = execAt(NAME_AFTER, text, end);
  const word = m?.[1];
  if (word === undefined || NOT_A_NAME_AFTER.has(word) || NAMES_NOTHING.has(word) || OUR_NAMES.test(word)) return false;
  // A caption before a dash and an article (`Implementation of the Protocol Criminalization – Article 5`, a slide's
  // title run into its first item, dev en-438): the slide's caption, not the treaty's name.
  if (CAPTION_DASH_RE.test(text.slice(end + (m?.[0].length ?? 0), end + 40))) return false;
  return !OUR_NAMES.test(wordBefore(text.slice(Math.max(0, pos - 30), pos)) ?? '');
}

/**
 * Whether the first character after one to four blanks at `end` is a capital or `n` (`[A-ZÀ-Ý]`, `n°`): what
 * `NUMBERED_AFTER` and `NAME_AFTER` read first, read by code (most nouns are followed by `to`, `against`, a stop).
 */
function capitalAfter(text: string, end: number): boolean {
  const i = pastBlanks(text, end, 4);
  const c = i >= 0 ? text.charCodeAt(i) : -1;
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xdd) || c === 0x6e;
}

/** A dash and a capitalised article word after a caption's word (`Criminalization – Article 5`, `– Artículo 5`). */
const CAPTION_DASH_RE = /^[ \t\u00a0]{1,2}[–—-][ \t\u00a0]{1,2}Art[íi]?(?:cle|culo)?s?\.?[ \t\u00a0]{0,2}\d/;

/**
 * The capitalised word right before a treaty noun (`lead` ends before the noun), if any. `NAME_BEFORE` is run only
 * where the lower-case letters before the trailing white space follow a capital (`capitalBefore`): most leads end with
 * a determiner (`of the `), where it failed after trying every one of the lead's positions.
 */
export const wordBefore = (lead: string): string | undefined =>
  capitalBefore(lead) ? NAME_BEFORE.exec(lead)?.[1] : undefined;

/** Whether `lead` ends with a capital, one or more of `NAME_BEFORE`'s lower-case letters and white space. */
function capitalBefore(lead: string): boolean {
  let i = lead.length;
  while (i > 0 && isBlankOrBreak(lead.charCodeAt(i - 1))) i--;
  const end = i;
  while (i > 0 && isSmall(lead.charCodeAt(i - 1))) i--;
  const c = i > 0 ? lead.charCodeAt(i - 1) : 0;
  return i < end && ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xdd)); // `[A-ZÀ-Ý]`
}
const isBlankOrBreak = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0a || c === 0x0d;
const isSmall = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0xe0 && c <= 0xff); // `[a-zà-ÿ]`

/**
 * A word of our prefix names in lower case right before a treaty noun, as an informal English name writes it (`the
 * trafficking protocol's Article 6`, a forum post in a text on the climate regime, probe p19en-080; session 43).
 */
const LOWER_NAME_BEFORE = /(?:^|[^a-zà-ÿ])(trafficking|smuggling|firearms|palermo)[ \t]{1,3}$/;

/**
 * Where a prefix name of ours starts in `lead` (before a treaty noun): at `name`, the capitalised word before the noun
 * (`wordBefore`), when it is one of ours, else at a lower-case word of ours (`LOWER_NAME_BEFORE`); -1 when none.
 */
export function ourPrefixIn(lead: string, name: string | undefined): number {
  if (name !== undefined) return OUR_NAMES.test(name) ? lead.lastIndexOf(name) : -1;
  const m = LOWER_NAME_BEFORE.exec(lead);
  return m?.[1] === undefined ? -1 : m.index + m[0].indexOf(m[1]);
}

/**
 * An informal name after a treaty noun: `against` / `on` / `contre` / `sur` / `contra` / `sobre`, maybe a determiner and
 * an adjective, then a word of one treaty's subject (`the Protocol against Smuggling aims…`, `le Protocole sur la traite
 * prévoit…`, `el Protocolo contra la trata establece…`, `the Convention against Organized Crime`). Group 1: the word.
 */
const INFORMAL_NAME_RE = sticky(
  `${WS}${alt('against', 'on', 'contre', 'sur', 'contra', 'sobre')}${WS}(?:${alt('the', 'la', 'le', 'les', 'el', 'los', 'las', "l['’]")}${WS})?(?:${alt('illicit', 'illicite', 'il[íi]cito', 'transnational', 'transnationale', 'transnacional')}${WS})?([a-zà-ÿ]+)`,
);

/** `INFORMAL_NAME_RE` at `end`, gated by its prepositions' first letters (`against`, `on`, `contre`, `sur`…). */
const INFORMAL_GATE = wordGate('aocs', INFORMAL_NAME_RE);
const informalNameAt = (text: string, end: number): RegExpExecArray | null =>
  INFORMAL_GATE(text, end) ? execAt(INFORMAL_NAME_RE, text, end) : null;

/** `ilícito` / `illicite` after the shared word `tráfico` / `trafic` (`informalNamed`). */
const SHARED_ADJ_RE = sticky(`${WS}(?:il[íi]cito|illicite)(?![a-zà-ÿ])`);

/** The subject word of each treaty's informal name (the treaty's own, never the word its siblings share, `trafic`). */
const INFORMAL_WORDS: Readonly<Record<TreatyId, RegExp>> = {
  TIP: /^(?:trafficking|traite|trata)$/i,
  MIG: /^(?:smuggling|migrants?|migrantes?)$/i,
  FIRE: /^(?:firearms|armes|armas)$/i,
  UNTOC: /^(?:organi[sz]ed|criminalit[ée]|delincuencia|crime)$/i,
};

/**
 * Whether the words after a treaty noun ending at `end` name the treaty `focus` (the one of ours last named in full)
 * informally, by its subject's word (`The Protocol against Smuggling aims to combat people smuggling…` after the
 * Protocol against the Smuggling of Migrants by Land, Sea and Air, dev en-259): an anaphor of that treaty, not another
 * treaty named. Not read alone, without that treaty in focus (such names cost precision when read as ours).
 */
export function informalName(text: string, end: number, focus: TreatyId): boolean {
  const word = informalNameAt(text, end)?.[1];
  return word !== undefined && INFORMAL_WORDS[focus].test(word);
}

/**
 * The treaty of `named` (ours, each named in full earlier in the text) that the words after a treaty noun ending at
 * `end` name informally (`article 3a du Protocole sur la traite` after both Protocols' titles in a list, dev fr-253;
 * `the Protocol on trafficking`, `el Protocolo contra la trata`), with where that name ends; null otherwise.
 */
export function informalNamed(
  text: string,
  end: number,
  named: readonly TreatyId[],
  protocol: boolean,
): { id: TreatyId; end: number } | null {
  const m = named.length > 0 ? informalNameAt(text, end) : null;
  const id = m ? named.find((t) => (t !== 'UNTOC') === protocol && INFORMAL_WORDS[t].test(m[1] ?? '')) : undefined;
  if (m && id) return { id, end: end + m[0].length };
  // The word the Migrants and Firearms Protocols share, with its adjective (`del Protocolo sobre el tráfico ilícito`,
  // an EU recital after the Migrants Protocol's title, dev es-322; `du Protocole sur le trafic illicite`): the one of
  // the two the text named in full, when it named only one (`tráfico` alone may be trafficking in persons).
  const shared =
    m && protocol && /^(?:tr[áa]fico|trafic)$/i.test(m[1] ?? '')
      ? execAt(SHARED_ADJ_RE, text, end + m[0].length)
      : null;
  const pair = shared ? named.filter((t) => t === 'MIG' || t === 'FIRE') : [];
  return m && shared && pair.length === 1 && pair[0]
    ? { id: pair[0], end: end + m[0].length + shared[0].length }
    : null;
}
