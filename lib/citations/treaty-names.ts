/**
 * Which treaty a treaty noun names (`the Protocol against the Smuggling of Migrants`, `la Convention`, `UNTOC`), and
 * what the text has named so far; used by the article parser (`parse-treaty.ts`) and bare articles (`bare-article.ts`).
 */

import {
  FIREARMS_ACRONYM_RE,
  nounAt,
  PREFIX_WHOLE,
  proseAfter,
  QUALIFIER_RES,
  qualifierAt,
  supplementsAt,
  unAfterAt,
  UN_LEAD_RE,
  UNQUALIFIED_RE,
} from './treaty-name-patterns';
import { FIREARMS_ACRONYM, TREATY_PREFIXES } from './treaty-tables';
import { ACRONYM_PREFIX_BEFORE } from './treaty-prefixes';
import { bareNounTreaty } from './bare-treaty-noun';
import type { TreatyContext } from './treaty-context';
import type { TreatyId } from './keys';
import { execAt, stickyCased, WS } from './patterns';
import { palermoProtocol } from './palermo-protocol';
import { initials } from './regex-initials';
import { definedAcronym } from './treaty-acronyms';
import { acronymAfterNoun } from './acronym-article';
import { protocolInFocus } from './anaphor-focus';
import { traffickingWordAfter } from './loose-names';
import { slippedBefore, slippedPrefixAt, tolerantTitle } from './tolerant-title';
import { garbledTitle } from './garbled-titles';
import { cutTitle } from './cut-titles';
import { informalNamed, nameAfter, NAMES_NOTHING, OUR_NAMES, ourPrefixIn, wordBefore } from './name-forms';
import { ordinalNounAt, ordinalProtocol } from './ordinal-protocols';

/**
 * UNTOC's English name by its subject with the noun in the plural (`Organized Crime Conventions`, `Transnational
 * Organised Crime Conventions`): still the one Convention of that subject. Not `Palermo Conventions` / `Protocols`
 * (the Palermo instruments together), nor a Protocol's name; capitalised as a name, the words as written (no slip).
 */
const UNTOC_PLURAL_RE = stickyCased(`(?:Transnational${WS})?Organi[sz]ed${WS}Crimes?${WS}Conventions(?![a-zà-ÿ])`);

/** Whether `UN_LEAD_RE` can start at `pos` (its initials): most names read start with another letter, unread. */
const LEAD_INITIALS = initials(UN_LEAD_RE.source);
const mayLead = (text: string, pos: number): boolean =>
  LEAD_INITIALS === null || LEAD_INITIALS.has(text.charAt(pos).toLowerCase());

export type { TreatyContext } from './treaty-context';

/**
 * The words that put UNTOC inside a Protocol's title ("Protocol …, supplementing the United Nations Convention
 * against…", "Protocole(s) additionnel(s) à la Convention…", "que complementa(n) la Convención…", "al Protocolo,
 * complementario de la Convención…", "un acuerdo internacional adjunto a la Convención…", dev es-080), or name it as the
 * Protocol's parent (`the Protocol and its parent instrument, the UN Convention…`, `the parent Convention`, dev en-095):
 * that Convention is not the text's new focus, nor the treaty of an article whose sentence names the Protocol first.
 */
export const SUPPLEMENTS_BEFORE =
  /(?:supplement(?:ing|s|ed)?(?:\s+the)?|parent(?:\s+instrument,?\s+the)?|additionnel(?:le)?s?\s+[àa]\s+la|compl[ée]tant\s+la|qui\s+compl[èe]te(?:nt)?\s+la|que\s+complementan?\s+la|complementan?\s+la|complementari[oa]s?\s+de\s+la|adjunto\s+a\s+la|to\s+the)\s+(?:United\s+Nations\s+|UN\s+)?$/i;

/**
 * The treaty named at `pos` (after the connector), where its name ends, and whether it was named in full (a prefix or
 * qualifier, not a bare `Protocole`). A bare noun after another treaty named in full is that treaty: null. A bare
 * `Protocol` is the Protocol of ours last named in full, else the TIP Protocol. After a demonstrative (`anaphoric`:
 * `this Protocol for the fact…`, `du présent Protocole…`) the words after it never qualify it, and right after one of
 * ours named in full it is that one (`anaphor-focus.ts`). `tolerant`: our titles are read with a slip too
 * (`tolerant-title.ts`), at an article, not for mentions (a parameter: a copy of `ctx` per article cost more).
 */
export function parseTreatyName(
  text: string,
  pos: number,
  ctx: TreatyContext,
  anaphoric = false,
  tolerant = false,
): { id: TreatyId; end: number; named: boolean } | null {
  const ordinal = ordinalNounAt(text, pos);
  if (ordinal) {
    const byOrder = ordinalProtocol(ordinal.ordinal, text, ordinal.noun, untocEnd);
    return byOrder && { ...byOrder, named: true };
  }
  // `du PAF`: the Firearms Protocol by its French acronym, only in a text whose Protocol it is (`FIREARMS_ACRONYM`).
  const paf = text.startsWith(FIREARMS_ACRONYM, pos) ? execAt(FIREARMS_ACRONYM_RE, text, pos) : null;
  if (paf)
    return (ctx.protocol ?? ctx.doc?.subjectProtocol()) === 'FIRE' ? { id: 'FIRE', end: pos + 3, named: false } : null;
  const lead = mayLead(text, pos) ? execAt(UN_LEAD_RE, text, pos) : null;
  const m = (lead ? nounAt(text, pos + lead[0].length) : null) ?? nounAt(text, pos);
  if (!m) {
    // An acronym the text defined for a treaty of ours it named in full (`… or ‘UNFP’`, then `Article 10 UNFP`).
    const acronym = definedAcronym(text, pos, readName);
    if (acronym || !tolerant) return acronym && { ...acronym, named: true };
    // A prefix name with a slip (`of the Smugling of Migrants Protocol`), read only at an article; or UNTOC's name by its
    // subject with a plural noun, a typo (`Article 16 of the Organized Crime Conventions`, an E4J page, dev en-516).
    const slipped = slippedPrefixAt(text, pos);
    const plural = slipped ? null : execAt(UNTOC_PLURAL_RE, text, pos);
    return slipped ? { ...slipped, named: true } : plural && { id: 'UNTOC', end: pos + plural[0].length, named: true };
  }
  // "UN" / "United Nations" / "International" before a bare noun: kept only before a prefix name of a Protocol
  // (`the UN Smuggling of Migrants Protocol`) or a noun named in full by its qualifier (`the UN Protocol to Prevent…`).
  const leadOnly =
    lead && m.index !== pos && !TREATY_PREFIXES.some((p, i) => m[i + 1] !== undefined && p.noun === 'protocol');
  const k = TREATY_PREFIXES.length;
  const noun = m[k + 1] !== undefined ? 'convention' : m[k + 2] !== undefined ? 'protocol' : 'untoc';
  let end = m.index + m[0].length;
  if (noun === 'untoc') return leadOnly ? null : { id: 'UNTOC', end, named: true };
  const index = TREATY_PREFIXES.findIndex((_, i) => m[i + 1] !== undefined);
  // Not read at -1 (no prefix, most names): out of bounds, V8's slow path (a sixth of this function's time), same value.
  let prefix = index >= 0 ? TREATY_PREFIXES[index] : undefined;
  // A prefix two treaties share, read with the other noun (`the Palermo Convention`: UNTOC, not the Palermo Protocol).
  if (prefix && prefix.noun !== noun)
    prefix = TREATY_PREFIXES.find((p, i) => p.noun === noun && PREFIX_WHOLE[i]?.test(m[index + 1] ?? ''));
  if (index >= 0 && !prefix) return null;
  if (prefix && !prefix.needsQualifier) return { id: prefix.id, end, named: true };
  const un = noun === 'protocol' && !prefix ? unAfterAt(text, end) : null;
  // `Protocole additionnel à la Convention … organisée visant à prévenir…`: UNTOC inside the title, the subject after.
  const sup = noun === 'protocol' && !prefix ? supplementsAt(text, end) : null;
  if (sup) {
    for (const q of QUALIFIER_RES) {
      const qm = q.id === 'UNTOC' ? null : qualifierAt(q, text, end + sup[0].length);
      if (qm) return { id: q.id, end: end + sup[0].length + qm[0].length, named: true };
    }
    // No subject after it (`Protocole additionnel du 15 novembre 2000 à la Convention … organisée.`): as `Palerme`'s.
    return { ...palermoProtocol(text, end + sup[0].length, ctx), named: true };
  }
  for (const q of QUALIFIER_RES) {
    let qm = qualifierAt(q, text, end);
    if (!qm && un && q.id !== 'UNTOC') {
      qm = qualifierAt(q, text, end + un[0].length);
      if (qm) end += un[0].length;
    }
    if (!qm) continue;
    if (prefix && prefix.id !== q.id) return null;
    const from = end;
    end += qm[0].length;
    // A slip in the title's further parts (`…in Persons, Especialy Women and Children`): the tolerant reading goes on.
    const longer = tolerant && q.id !== 'UNTOC' ? tolerantTitle(text, from, noun, q.id, end) : null;
    if (longer?.id === q.id && longer.end > end) end = longer.end;
    if (q.id === 'UNTOC' && noun === 'protocol') {
      // Only `de Palerme` / `de Palermo` of UNTOC's qualifiers also name a Protocol.
      return /palerm/i.test(qm[0]) ? { ...palermoProtocol(text, end, ctx), named: true } : null;
    }
    if ((q.id === 'UNTOC') !== (noun === 'convention')) return null;
    return { id: q.id, end, named: true };
  }
  // Our title with a slip or a lost accent (`against Transnational Organzed Crime`, `criminalite … organisee`), or a
  // Protocol's as a translation renders it (`garbled-titles.ts`), read only at an article (`tolerant-title.ts`); after
  // a prefix name only its own treaty's (`United Nations Convention…`).
  const slip =
    tolerant && (!prefix || prefix.needsQualifier)
      ? (tolerantTitle(text, end, noun) ?? (noun === 'protocol' && !prefix ? garbledTitle(text, end) : null))
      : null;
  if (slip && (!prefix || prefix.id === slip.id)) return { ...slip, named: true };
  // A title cut short where the text ends (`de la Convención contra la De`): that treaty, spanned to the noun.
  const cut = prefix && !prefix.needsQualifier ? null : cutTitle(text, end, noun);
  if (cut) return { id: cut, end, named: true };
  // `the UN Protocol` ending its clause (`like article 3 of the UN Protocol, it does not…`, `Article 3(a) of the UN
  // Protocol.`, probes p13en-088, p13en-095), at an article, reads as the bare noun, the text's subject deciding which
  // (`the United Nations' Protocol` names nothing, batch-15); a name going on (`UN Protocol on Trafficking, …`) is read
  // by its words (`loose-names.ts`); `the UN Convention` stays unread (the UN has many, ours is named by its title).
  const unProtocol =
    tolerant && noun === 'protocol' && /^UN\s/.test(lead?.[0] ?? '') && UN_PROTOCOL_END.test(text.slice(end, end + 4));
  if (prefix || (leadOnly && !unProtocol)) return null;
  // A Protocol noun and our acronym (`du Protocole TIP`, a slide's `Le Protocole TIP en un coup d’œil`): that Protocol.
  const acronym = noun === 'protocol' ? acronymAfterNoun(text, end) : null;
  if (acronym) return { ...acronym, named: true };
  const jargon = noun === 'protocol' ? traffickingWordAfter(text, un ? end + un[0].length : end) : -1; // `Protocole (ONU) traite`
  if (jargon > 0) return { id: 'TIP', end: jargon, named: true };
  // An informal name of a treaty of ours the text named in full before (`du Protocole sur la traite`, dev fr-253).
  const informal = ctx.named ? informalNamed(text, end, ctx.named, noun === 'protocol') : null;
  if (informal) return { ...informal, named: false };
  // `le protocole de l'ONU` and no qualifier after: the UN's Protocol, read as the bare noun (dev fr-109).
  if (un && execAt(UNQUALIFIED_RE, text, end + un[0].length)) end += un[0].length;
  else if (!anaphoric && !proseAfter(text, end) && !execAt(UNQUALIFIED_RE, text, end)) return null;
  // `du Protocole Vente Prostitution Pornographie`: a capitalised name after the noun names another treaty.
  else if (!anaphoric && nameAfter(text, pos, end)) return null;
  // After another treaty of its kind named in full, its (before whole-text reads); an anaphor after ours, that one.
  if (noun === 'convention' ? ctx.otherConvention : ctx.otherProtocol) return null;
  const anaphor = anaphoric && noun === 'protocol' ? protocolInFocus(ctx, pos) : undefined;
  if (anaphor) return { id: anaphor, end, named: false };
  return bareNounTreaty(text, pos, end, noun, ctx);
}

/**
 * What ends a clause right after `the UN Protocol`: a punctuation mark, a closing bracket or the text's end; not a comma
 * before a year (`the UN Protocol, 2004`: another, dated Protocol).
 */
const UN_PROTOCOL_END = /^(?:[.;:)\]]|,(?! ?\d)|$)/;

/**
 * A treaty noun in any case (`défini par le protocole`); a status page's item number may be glued before it
 * (`12Convention des Nations Unies…`, `12bProtocole contre…`: digits, or one letter after a digit), a word may not
 * (`aprotocol`); singular (`Protocols`, `Conventions` name no one treaty). `Convenio` is always another treaty's (UNTOC
 * is `Convención` in Spanish; `Convenio del Consejo de Europa…`). Global: each user resets `lastIndex` and runs it to
 * the end before anything else reads it.
 */
export const TREATY_NOUNS =
  /(?<!(?<!\d)[A-Za-zÀ-ÿ])(convention|convenci[oó]n|convenio|protocole|protocolo|protocol)(?![a-zà-ÿ])/gi;

/**
 * The treaty a noun at `at` names as `parseTreatyName` reads it, after a demonstrative as an anaphor (`this Protocol
 * for the fact…`); null when a capitalised word before it names another treaty (`Optional Protocol`, `CEDAW
 * Convention`; not a determiner, not our own prefixes, not `United Nations`, whose qualifier decides).
 */
export function treatyAt(
  text: string,
  at: number,
  ctx: TreatyContext,
): { id: TreatyId; end: number; named: boolean; demonstrative: boolean } | null {
  const lead = text.slice(Math.max(0, at - 30), at);
  const name = wordBefore(lead);
  const byOrder = ordinalProtocol(name, text, at, untocEnd);
  if (byOrder) return { ...byOrder, named: true, demonstrative: false };
  if (name !== undefined && !NAMES_NOTHING.has(name) && !OUR_NAMES.test(name)) return slippedBefore(text, lead, at);
  const demonstrative = DEMONSTRATIVE_BEFORE.test(lead);
  // A prefix of ours before the noun names the treaty from the prefix, whatever prose follows the noun (`the Palermo
  // Convention\nto the alleged violation`, a judgment's heading, dev en-431: `to the` would qualify a bare noun).
  const acronym = name === undefined ? ACRONYM_PREFIX_BEFORE.exec(lead) : null;
  const prefix = ourPrefixIn(lead, name); // `Palermo`, `Trafficking`, or lower case (`the trafficking protocol's`)
  const named =
    (acronym ? prefixNamed(text, at - lead.length + acronym.index, at) : null) ??
    parseTreatyName(text, at, ctx, demonstrative, true) ??
    (prefix >= 0 ? prefixNamed(text, at - lead.length + prefix, at) : null);
  return named && { ...named, demonstrative };
}

/**
 * A demonstrative right before a treaty noun (`this Protocol`, `du présent Protocole`, `de la presente Convención`):
 * the text quotes or is the treaty itself, so the noun is an anaphor whatever follows it ("under this Protocol for
 * the fact of…" names no other Protocol).
 */
export const DEMONSTRATIVE_BEFORE = /\b(?:this|pr[ée]sente?|presente|cette|este|esta)\s{1,4}$/i;

/** The treaty a prefix name at `from` names in full through the noun at `at` (`Palermo Convention`), else null. */
function prefixNamed(text: string, from: number, at: number): { id: TreatyId; end: number; named: boolean } | null {
  const named = parseTreatyName(text, from, {});
  return named?.named && named.end > at ? named : null;
}

/** A treaty's name at `pos` read with no context (what an acronym's definition abbreviates). */
const readName = (text: string, pos: number) => parseTreatyName(text, pos, {});

/** Where UNTOC named in full at `p` ends (`the Second Protocol to the UNTOC`), else null. */
export function untocEnd(text: string, p: number): number | null {
  const untoc = parseTreatyName(text, p, {});
  return untoc?.named && untoc.id === 'UNTOC' ? untoc.end : null;
}
