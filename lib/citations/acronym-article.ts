/**
 * An article glued to a treaty's acronym with no connector, as tables, review reports and footnotes write it: the
 * acronym right before it (`UNTOC, Art. 5`; a table row's `TIP art. 5 | SOM art. 6 | FP art. 5`) or right after it
 * (`Art. 5 PAF`, a concordance table's column). Read by `bare-article.ts`. Session 24 (tuner-p4).
 */

import type { TreatyId } from './keys';
import { perText } from './patterns';
import { UNTOC_ACRONYM } from './treaty-tables';
import type { TreatyText } from './treaty-text';
import { pastBlanks } from './reading-chars';

/** The Protocol each acronym abbreviates. */
// And Spanish writers' own (`art. 18 PTIM`, `Art. 6 PTP`, `art. 6 PTM`: Protocolo de Trata de Personas, Protocolo
// contra el Tráfico Ilícito de Migrantes; probes p9es-030, p16es-015, p16es-031; session 40).
const PROTOCOL_OF: Readonly<Record<string, TreatyId>> = {
  TIP: 'TIP',
  TiP: 'TIP',
  SOM: 'MIG',
  SoM: 'MIG',
  FP: 'FIRE',
  PTP: 'TIP',
  PTIM: 'MIG',
  PTM: 'MIG',
};

/** The Protocols' acronyms as one alternation (`TIP|TiP|SOM|SoM|FP`), the one source of the regexes below. */
const PROTOCOL_LETTERS = Object.keys(PROTOCOL_OF).join('|');

/**
 * UNTOC's acronym right before the article, a comma or colon between (`UNTOC, Art. 5`, `See UNTOC: art. 5`), no space
 * after a comma in a CSV row (`1,UNTOC,art. 20(1),…`, probe p16en-114; session 40).
 */
const UNTOC_ITEM_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${UNTOC_ACRONYM})(?:[,:]\\s{0,3}|\\s{1,3})$`);

/**
 * A table's cell holding only an acronym of ours right before the article's cell (`UNTOC | art. 5 | participation…`,
 * a row naming its instrument in the cell before, probe p7en-012; session 31): group 1. The whole cell, from the line's
 * start or a bar: `Art. 6 TIP | Art. 16 SOM` (probe p5en-085) ends the cell before with another article's acronym.
 */
const ACRONYM_CELL_BEFORE = new RegExp(
  `(?:^|[\\n|])[ \\t]{0,2}(${UNTOC_ACRONYM}|${PROTOCOL_LETTERS})[ \\t]{0,2}\\|[ \\t]{0,2}$`,
);

/**
 * UNTOC's French `CTO` right before an abbreviated article (`Voir CTO, art. 26 ;`, a manual's footnote, probe
 * p3fres-fr-060; see `CTO_AFTER`). Only before `art.`, a reference's form: `We hired a CTO, Article 5 says…` is prose.
 */
const CTO_ITEM_BEFORE = /(?:^|[^A-Za-z])CTO[,:]?[ \t]{1,3}$/;

/** The abbreviated article word at an article's start (`art.`, `Art.`): a reference's form, where `CTO` is read. */
const ABBREVIATED_AT = /^art\./i;

/** The article word abbreviated, with or without its stop (`art 7`, `Art. 7`; not `article`, `artículo`). */
const SHORT_WORD_AT = /^art(?![a-zí])/i;

/**
 * A Protocol's acronym right before the article, a comma or colon between (`TIP art. 5`, `SoM, art. 6`, `FP art. 5`,
 * probe p4-en-035): group 1. Whole capitals only (`tip`, `Som` are words), not glued to a letter or a hyphen
 * (`US-TIP`), and read only where the text abbreviates our treaties too (`ACRONYM_TEXT`): alone, `TIP` is the US report's,
 * `SOM` Somalia's code, `FP` a family-planning or framework programme's.
 */
const PROTOCOL_ITEM_BEFORE = new RegExp(`(?:^|[^A-Za-z-])(${PROTOCOL_LETTERS})[,:]?[ \\t]{1,3}$`);

/**
 * UNTOC's acronym anywhere in a text, a whole word, or a Protocol's acronym before its noun (`SoM Protocol`, `TIP
 * Protocol`: course notes that abbreviate the Protocols and never UNTOC, probe p5en-059; session 29): the text
 * abbreviates our treaties.
 */
const ACRONYM_TEXT = new RegExp(
  `(?<![A-Za-z])(?:${UNTOC_ACRONYM}|(?:TIP|TiP|SOM|SoM)[ \u00a0](?:Protocol|Protocole|Protocolo))(?![A-Za-z])`,
);

/**
 * Whether a text abbreviates our treaties (`ACRONYM_TEXT`), read once per text: a whole-text search at every article with a
 * Protocol's acronym before it made a page of such articles quadratic (1 MB of `Art. 3 TIP ` took 17 s).
 */
const abbreviatesOurs = perText(false, (text: string): boolean => ACRONYM_TEXT.test(text));

/**
 * The treaty whose acronym stands right before the article at `start`, or undefined: UNTOC's (`UNTOC, Art. 5`, `(UNTOC
 * art. 23 (a) and (b)) in sections 118 to 120 of its Penal Code`, probe p4-en-066: the acronym decides, not a law
 * named later in the sentence), a Protocol's (`TIP art. 5`) in a text that abbreviates our treaties too (`ACRONYM_TEXT`).
 * Read before the treaty nouns of the sentence: a table row's `UNTOC art. 5` in the cell before is another citation's.
 */
export function acronymBefore(text: string, start: number): TreatyId | undefined {
  // A capital (every acronym ends with one), a comma or a colon two characters back: the only place one can end.
  const code = text.charCodeAt(start - 2);
  if (!((code >= 0x41 && code <= 0x5a) || code === 0x2c || code === 0x3a || code === 0x7c)) return undefined;
  const before = text.slice(Math.max(0, start - 12), start);
  if (UNTOC_ITEM_BEFORE.test(before)) return 'UNTOC';
  if (CTO_ITEM_BEFORE.test(before) && ABBREVIATED_AT.test(text.slice(start, start + 4))) return 'UNTOC';
  const m = PROTOCOL_ITEM_BEFORE.exec(before) ?? ACRONYM_CELL_BEFORE.exec(before);
  const id = m ? (PROTOCOL_OF[m[1] ?? ''] ?? 'UNTOC') : undefined; // a cell's other acronyms are UNTOC's
  // Or, before an abbreviated article word, in a text on the Protocol's subject (`Subject: SOM art 7 query` above
  // `cooperation on smuggling by sea`, an e-mail, probe p7en-106; `PROTOCOL_TOPIC`).
  const short = SHORT_WORD_AT.test(text.slice(start, start + 4));
  return id && (abbreviatesOurs(text) || (short && speaksOfTopic(text, id))) ? id : undefined;
}

/**
 * Where an article's span ends when a name read without a connector after it ends at `nameEnd`: there when the name is
 * an acronym (`Art. 5 PAF`, probe p4-fr-010; `l'art. 5 PAF prévoit`: no clause's subject, a verb's object would need
 * its article), else at the article's `end` (a bare noun, `Article 5 Protocole`, stays out as before).
 */
export function acronymEnd(text: string, nameEnd: number, end: number): number {
  return nameEnd - end <= 10 && ACRONYM_NAME.test(text.slice(end, nameEnd)) ? nameEnd : end;
}

/** What follows the article when the name is an acronym: spaces, then two to six capitals, nothing else. */
const ACRONYM_NAME = /^[ \t]{1,4}[A-Z]{2,6}$/;

/**
 * A Protocol's acronym right after the article, no noun (`Cf. Art. 3(a) TIP, which lists…`, a German-style academic
 * citation, probe p2en-106; `art. 6 SoM`, `Art. 5 FP`): group 1. Whole capitals, nothing glued after (`FP7`, `TIP-`),
 * not before `Protocol` (`Article 7 TIP Protocol`: the name's parse), nor a report, an act or an office of the same
 * letters (`TIP Report`, the US report, has no articles). `Prot.` after it in the span (`art. 10 TIP Prot.`, course
 * notes, probe p15en-114; session 39). Read only in a
 * text that speaks of a Protocol or abbreviates UNTOC (`PROTOCOL_TEXT`, `ACRONYM_TEXT`). Session 25 (tuner-dev).
 */
const PROTOCOL_ITEM_AFTER = new RegExp(
  `^[ \\t]{1,2}(${PROTOCOL_LETTERS})(?:[ \\t]Prot\\.)?(?![A-Za-z0-9-])(?![ \\t]{1,3}(?:Protocol|[Rr]eports?|[Aa]ct|[Oo]ffice|[Pp]rogram))`,
);

/**
 * `CTO`, UNTOC's French acronym in Swiss federal and doctrinal usage (Convention contre la criminalité transnationale
 * organisée), right after an abbreviated article (`art. 27 CTO`, probe p2fres-fr-027; `(art. 5 CTO)`), as `de la CTO`
 * is read after the connector (`treaty-connector.ts`); not after `Article 5` (prose: `Article 5 CTO duties`). Whole
 * capitals, nothing glued after (`CTO/…`, `CTOT`, `CTO-`), not before a capitalised word (`CTO Office`, a chief
 * technology officer's). Out of UNTOC's 41 articles, no card. The Spanish `CDOT` likewise (`Art. 5 CDOT | Participación…`, a
 * table's cell, probe p11es-005), as `de la CDOT` is read after the connector.
 */
const CTO_AFTER = /^[ \t]{1,2}C(?:TO|DOT)(?![A-Za-z0-9/-])(?![ \t]{1,3}[A-Z])/;

/** A Protocol noun anywhere in a text (`the Protocol`, `le Protocole`, `el Protocolo`). */
const PROTOCOL_TEXT = /\bProtocol[eo]?\b/i;

/**
 * `Art. N TIP` and `Art. N SOM` both in a text (`(Art. 16 SOM; Art. 6 TIP)`, an academic footnote, probe p6en-087):
 * the two Protocols side by side, though the text never writes `Protocol`. One alone is not enough (`Art. 3 TIP ranks
 * the country`, the US report; `Art. 12 SOM`, Somalia's code).
 */
const TIP_ARTICLE = /\bArt\.[ \t]?\d{1,3}[ \t](?:TIP|TiP)(?![A-Za-z0-9-])/;
const SOM_ARTICLE = /\bArt\.[ \t]?\d{1,3}[ \t](?:SOM|SoM)(?![A-Za-z0-9-])/;

/** Whether a text cites both Protocols by their letters after `Art.` (`pairText` reads it once per text with `doc`). */
const citesBoth = (text: string): boolean => TIP_ARTICLE.test(text) && SOM_ARTICLE.test(text);
const pairText = (text: string, doc?: TreatyText): boolean =>
  doc ? (doc.acronymPair ??= citesBoth(text)) : citesBoth(text);

/**
 * Each Protocol's subject in words: a text speaking of it reads the Protocol's letters after an abbreviated `Art.`
 * though it never writes `Protocol` (`give full effect to Art. 6 TIP` in an NGO report on victims, probe p7en-009;
 * `(Art. 3(c) TIP)` after `trafficking`, p7en-113). Word starts only (`victim`, `traffick`, `víctima`); the US
 * report's `Art. 3 TIP ranks the country in Tier 2` and Somalia's `Art. 12 SOM` speak of neither.
 */
const PROTOCOL_TOPIC: Readonly<Partial<Record<TreatyId, RegExp>>> = {
  TIP: /(?<![A-Za-z])(?:traffick|victim|traite|trata\b|v[íi]ctima)/i,
  MIG: /(?<![A-Za-z])(?:smuggl|migrant|trafic illicite|tr[áa]fico il[íi]cito)/i,
  FIRE: /(?<![A-Za-z])(?:firearm|armes? à feu|armas? de fuego)/i,
};

/** What a text says of each Protocol's subject, kept for the text being read (a whole-text search each). */
const topicsOf = perText<Partial<Record<TreatyId, boolean>>, []>({}, () => ({}));

/**
 * Whether `text` speaks of the Protocol `id`'s subject (`PROTOCOL_TOPIC`), read once per text and Protocol: a search at
 * every acronym's article would make a page of them quadratic (`abbreviatesOurs`).
 */
function speaksOfTopic(text: string, id: TreatyId): boolean {
  const topics = topicsOf(text);
  return (topics[id] ??= PROTOCOL_TOPIC[id]?.test(text) ?? false);
}

/** Whether a text speaks of a Protocol or abbreviates UNTOC. */
const protocolText = (text: string): boolean => PROTOCOL_TEXT.test(text) || abbreviatesOurs(text);

/**
 * The Protocol whose acronym stands right after the article ending at `end` (`PROTOCOL_ITEM_AFTER`), or null; the
 * whole-text test read once per text (`doc`), so an acronym after every article of a long text stays linear.
 */
export function acronymAfter(
  text: string,
  end: number,
  doc?: TreatyText,
  start = end,
): { id: TreatyId; end: number } | null {
  // One space, then the acronym's first letter: `T`, `S`, `F` or `P`; `C` for UNTOC's French `CTO` after `art.` only.
  const c = text.charCodeAt(end + 1);
  if (c === 0x43) {
    const cto = ABBREVIATED_AT.test(text.slice(start, start + 4)) ? CTO_AFTER.exec(text.slice(end, end + 12)) : null;
    return cto ? { id: 'UNTOC', end: end + cto[0].length } : null;
  }
  if (c !== 0x54 && c !== 0x53 && c !== 0x46 && c !== 0x50) return null;
  const m = PROTOCOL_ITEM_AFTER.exec(text.slice(end, end + 24));
  const id = m ? PROTOCOL_OF[m[1] ?? ''] : undefined;
  if (!m || !id) return null;
  const speaks = doc ? (doc.speaksOfProtocol ??= protocolText(text)) : protocolText(text);
  const abbreviated = ABBREVIATED_AT.test(text.slice(start, start + 4));
  return speaks || (abbreviated && (pairText(text, doc) || speaksOfTopic(text, id)))
    ? { id, end: end + m[0].length }
    : null;
}

/**
 * French initials of `traite des personnes` right after a Protocol noun (`Protocole TP, art. 3`, `art. 3 a) Prot. TP`,
 * `Protocole TdP`, a course's and a footnote's shorthand, probes p16fr-010, p16fr-015, p16fr-021; session 40): the TIP
 * Protocol. Only after the noun: alone, `TP` is a course's practical work (`travaux pratiques`). Case-sensitive, a whole
 * word.
 */
const TRAFFICKING_INITIALS_AFTER = /^[ \t\u00a0](TdP|TP)(?![A-Za-z0-9-])/;

/**
 * The Protocol an acronym right after a bare Protocol noun ending at `end` names, and where it ends, or null (`l'art.
 * 9, par. 5, du Protocole TIP`, a French NGO slide with the English acronym, probe p8fres-060; `del Protocolo SOM`):
 * that Protocol, named, the acronym in the span. The same acronym as after an article (`PROTOCOL_ITEM_AFTER`), or
 * French initials (`TRAFFICKING_INITIALS_AFTER`: the TIP Protocol); the noun must be a Protocol's (the caller's).
 */
export function acronymAfterNoun(text: string, end: number): { id: TreatyId; end: number } | null {
  if (!capitalAfterBlanks(text, end)) return null;
  const m = PROTOCOL_ITEM_AFTER.exec(text.slice(end, end + 24));
  const id = m ? PROTOCOL_OF[m[1] ?? ''] : undefined;
  if (m && id) return { id, end: end + m[0].length };
  const initials = TRAFFICKING_INITIALS_AFTER.exec(text.slice(end, end + 8));
  return initials ? { id: 'TIP', end: end + initials[0].length } : null;
}

/** The acronyms' first letters `acronymAfterNoun` reads (`PROTOCOL_OF`, `TRAFFICKING_INITIALS_AFTER`), as codes. */
const ACRONYM_CAPITALS = new Set([...Object.keys(PROTOCOL_OF), 'TdP', 'TP'].map((acronym) => acronym.charCodeAt(0)));

/**
 * Whether one or two blanks at `end` are followed by one of `ACRONYM_CAPITALS`, read by code: most nouns are followed
 * by a word or a stop, where both of `acronymAfterNoun`'s regexes failed.
 */
function capitalAfterBlanks(text: string, end: number): boolean {
  const i = pastBlanks(text, end, 2);
  return i >= 0 && ACRONYM_CAPITALS.has(text.charCodeAt(i));
}
