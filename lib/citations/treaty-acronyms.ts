/**
 * Acronyms a text defines for a treaty of ours right after naming it in full (`… hereinafter referred to as the ‘UN
 * Firearms Protocol’ or ‘UNFP’`, an EU explanatory memorandum, dev en-258; `(ci-après « PCAF »)`, `(en adelante,
 * «PTIM»)`): that text's `Article 10 of the UNFP` / `Article 10 UNFP` is the treaty's. Read lazily, once per text, only
 * when a treaty's name is asked for at a word in capitals that names nothing else. Used by `treaty-names.ts`.
 */

import type { TreatyId } from './keys';
import { perText } from './patterns';

/** A name reader: the treaty named at `pos`, where its name ends, and whether in full (`parseTreatyName`). */
export type NameReader = (text: string, pos: number) => { id: TreatyId; end: number; named: boolean } | null;

/**
 * An acronym in quotes or brackets (`‘UNFP’`, `« PCAF »`, `(UNFP)`), three to six capitals: a definition's form.
 * Global: reset and run to the end by `definitions` only.
 */
const QUOTED_ACRONYM =
  /[‘'"“«(][ \u00a0]?([A-Z]{3,6}|[A-Z]{2,6}[ \u00a0](?:Protocol[eo]?|Conven(?:tion|ci[óo]n)))[ \u00a0]?[’'"”»)]/g;

/**
 * What stands between a treaty's name and the acronym that abbreviates it: quotes, brackets, commas and the words of a
 * definition (`’ or ‘`, `, hereinafter referred to as the ‘`, `(ci-après dénommé « `, `(en adelante, «`), and a short
 * name in quotes before it (`the ‘UN Firearms Protocol’ or ‘`) is read as the name itself. Anchored at the end of the
 * text before the acronym's opening quote; words and separators never overlap, so it does not backtrack far.
 */
const DEFINITION_GAP =
  /(?:[\s’'"”“«»‘(),:]|(?<![A-Za-zÀ-ÿ])(?:or|ou|o|y|et|and|hereinafter|referred|to|as|the|called|ci-apr[èe]s|d[ée]nomm[ée]e?s?|d[ée]sign[ée]e?s?|appel[ée]e?s?|en|adelante|lo|sucesivo|denominad[oa]s?|llamad[oa]s?|el|la|le|los|las|l['’])(?![A-Za-zÀ-ÿ]))*$/;

/** How far before the gap a treaty's name may start (the longest official titles run to about 200 characters). */
const NAME_REACH = 260;

/** A word start in capitals or lower case after a non-letter: where a treaty's name may start. */
const WORD_START = /(?<![A-Za-zÀ-ÿ’'])[A-Za-zÀ-ÿ]/g;

/** UNTOC named inside a Protocol's title (`…, supplementing the United Nations Convention…`): not the acronym's. */
const INSIDE_TITLE = /(?:supplementing|additionnel\s+[àa]|complementa|complementario\s+de)\s+(?:the\s+|la\s+)?$/i;

/** The treaty whose name, read by `read`, ends exactly at `end`, starting within `NAME_REACH` before it. */
function nameEndingAt(text: string, end: number, read: NameReader): TreatyId | null {
  const from = Math.max(0, end - NAME_REACH);
  WORD_START.lastIndex = 0;
  const window = text.slice(from, end);
  for (let m = WORD_START.exec(window); m; m = WORD_START.exec(window)) {
    const named = read(text, from + m.index);
    if (!named?.named || named.end !== end) continue;
    // UNTOC inside a Protocol's title is not the name the acronym abbreviates.
    if (named.id === 'UNTOC' && INSIDE_TITLE.test(text.slice(Math.max(0, from + m.index - 40), from + m.index)))
      return null;
    return named.id;
  }
  return null;
}

/** The acronyms `text` defines for treaties of ours (`QUOTED_ACRONYM` after a name and a `DEFINITION_GAP`). */
function definitions(text: string, read: NameReader): Map<string, TreatyId | null> {
  const defined = new Map<string, TreatyId | null>();
  QUOTED_ACRONYM.lastIndex = 0;
  for (let m = QUOTED_ACRONYM.exec(text); m; m = QUOTED_ACRONYM.exec(text)) {
    const acronym = m[1] ?? '';
    const lead = text.slice(Math.max(0, m.index - 80), m.index + 1);
    const gap = DEFINITION_GAP.exec(lead)?.[0] ?? '';
    const id = nameEndingAt(text, m.index + 1 - gap.length, read);
    // A Protocol's acronym has its noun's initial (`UNFP`, `PCAF`), UNTOC's its Convention's (`CTOC`); a short name
    // with its noun (`(HS Protocol)`, dev en-425's class) has the noun of the treaty's kind.
    const noun = NOUN_OF_SHORT.exec(acronym);
    if (!id || (noun ? /^C/.test(noun[1] ?? '') !== (id === 'UNTOC') : !acronym.includes(id === 'UNTOC' ? 'C' : 'P')))
      continue;
    define(defined, noun ? shortKey(acronym) : acronym, id);
  }
  // The acronym first, the name in brackets after it (`Cumplimiento del PTP (Protocolo para Prevenir, Reprimir y
  // Sancionar la Trata de Personas)`, a table's caption, probe p6fres-077): the name read in full up to the bracket.
  REVERSED_DEFINITION.lastIndex = 0;
  for (let m = REVERSED_DEFINITION.exec(text); m; m = REVERSED_DEFINITION.exec(text)) {
    const acronym = m[1] ?? '';
    const named = read(text, m.index + m[0].length);
    if (!named?.named || text.charAt(named.end) !== ')') continue;
    if (acronym.includes(named.id === 'UNTOC' ? 'C' : 'P')) define(defined, acronym, named.id);
  }
  return defined;
}

/** Records `acronym` as `id`'s, or as no one's (`null`) when the text defined it for another treaty before. */
function define(defined: Map<string, TreatyId | null>, acronym: string, id: TreatyId): void {
  const before = defined.get(acronym);
  defined.set(acronym, before === undefined || before === id ? id : null);
}

/**
 * An acronym of three to six capitals standing alone, a space and an opening bracket before a capital: where a name in
 * brackets may define it (`PTP (Protocolo para…`). Global: reset and run to the end by `definitions` only.
 */
const REVERSED_DEFINITION = /(?<![A-Za-zÀ-ÿ])([A-Z]{3,6})[ \u00a0]\((?=[A-Z])/g;

/**
 * The acronyms a text defines, by acronym (`null` for one defined twice differently), read once per text. None while
 * they are being read: a name read meanwhile (an acronym inside a title) finds none, not a loop.
 */
const definitionsOf = perText(new Map<string, TreatyId | null>(), definitions);

/** A short name's noun after its capitals (`HS Protocol`): group 1. */
const NOUN_OF_SHORT = /[ \u00a0](Protocol[eo]?|Conven(?:tion|ci[óo]n))$/;

/** A short name's key: its capitals and its noun in lower case (`HS protocol` in the text after `(HS Protocol)`). */
const shortKey = (name: string): string => name.replace(/\u00a0/, ' ').toLowerCase();

/** Two capitals at `pos`, not glued to a letter before: the only place an acronym or a short name can start. */
const CAPITALS_AT = /(?<![A-Za-zÀ-ÿ])[A-Z]{2}/y;

/** A short name at `pos`: two to six capitals and a treaty noun in any case (`HS protocol`), no letter after it. */
const SHORT_AT = /[A-Z]{2,6}[ \u00a0](?:[Pp]rotocol[eo]?|[Cc]onven(?:tion|ci[óo]n))(?![A-Za-zÀ-ÿ0-9])/y;

/** A whole acronym at `pos` (3 to 6 capitals, no letter or digit after it). */
const ACRONYM_AT = /[A-Z]{3,6}(?![A-Za-zÀ-ÿ0-9])/y;

/**
 * The treaty of ours an acronym at `pos` abbreviates, as the text defined it right after naming the treaty in full,
 * and where the acronym ends; null when the text defines none there. `read`: the name reader (`parseTreatyName`).
 */
export function definedAcronym(text: string, pos: number, read: NameReader): { id: TreatyId; end: number } | null {
  CAPITALS_AT.lastIndex = pos;
  if (!CAPITALS_AT.test(text)) return null;
  SHORT_AT.lastIndex = pos;
  const short = SHORT_AT.exec(text);
  if (short) {
    const id = definitionsOf(text, read).get(shortKey(short[0]));
    if (id) return { id, end: pos + short[0].length };
  }
  ACRONYM_AT.lastIndex = pos;
  const m = ACRONYM_AT.exec(text);
  if (!m) return null;
  const id = definitionsOf(text, read).get(m[0]);
  return id ? { id, end: pos + m[0].length } : null;
}
