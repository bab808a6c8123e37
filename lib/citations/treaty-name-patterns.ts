/**
 * The compiled patterns `treaty-names.ts` reads a treaty's name with: the noun and its prefix names, "United Nations"
 * around it, UNTOC inside a Protocol's title, the qualifiers, and what after a bare noun is prose or another
 * treaty's name. Patterns only.
 */

import { NOT_QUALIFIED } from './qualifier-words';
import {
  FIREARMS_ACRONYM,
  SUPPLEMENTS_IN_TITLE,
  TITLE_SEP,
  TREATY_PREFIXES,
  TREATY_QUALIFIERS,
  UNTOC_ACRONYM,
} from './treaty-tables';
import { UN_IN_NAME } from './un-in-name';
import { execAt, sticky, stickyCased, WS } from './patterns';
import { leadingLetters } from './regex-initials';
import { execTitle, separatorLength, titleRegex } from './title-regex';
import { OTHER_SUBJECT } from './treaty-subjects';
import { spacedWordGate, wordGate } from './next-word';

/** Prefix names (`Trafficking in Persons Protocol`), one group each in `TREATY_PREFIXES` order. */
const PREFIX_GROUPS = TREATY_PREFIXES.map((p) => `(${p.source})${WS}`).join('|');

/** Each prefix name as a whole (to read a prefix shared by two treaties with the other one's noun). */
export const PREFIX_WHOLE = TREATY_PREFIXES.map((p) => new RegExp(`^(?:${p.source})$`, 'i'));

/**
 * The treaty noun, with an optional English prefix name: groups 1..k the prefixes, then `convention` / `protocol` /
 * `UNTOC` / `UNCTOC` / `CTOC` as groups k+1, k+2, k+3. Not followed by letters: `Conventions`, `Protocoles` (plural) are not one treaty.
 */
export const NOUN_RE = sticky(
  // UNTOC's acronyms (`UNTOC_ACRONYM`: `UNCTOC`, `CTOC`, `CATOC`, `CNUCTO`; not `CTOC/…`, a symbol). The abbreviations
  // `Prot.` (session 39) and `Conv.` (`el art. 24 de la Conv.`, an e-mail, probe p9es-015; session 40) as the nouns.
  `(?:${PREFIX_GROUPS})?(?:(Convention|Convenci[oó]n|Conv\\.)|(Protocole|Protocolo|Protocol|Prot\\.)|(${UNTOC_ACRONYM}))(?![a-zà-ÿ])`,
);

/**
 * `NOUN_RE` at `pos`, remembered for the last position read: a mention's noun (`treaty-mentions.ts`) is read again at
 * once by the name's reader at the same position. The same match (read-only for both), one regex run instead of two.
 */
export function nounAt(text: string, pos: number): RegExpExecArray | null {
  if (lastNoun?.text !== text || lastNoun.pos !== pos) lastNoun = { text, pos, m: execAt(NOUN_RE, text, pos) };
  return lastNoun.m;
}
let lastNoun: { text: string; pos: number; m: RegExpExecArray | null } | undefined;

/** "United Nations" before a Protocol's prefix name, and between a Protocol noun and its subject (`UN_IN_NAME`). */
export const UN_LEAD_RE = sticky(UN_IN_NAME.lead);
const UN_AFTER_RE = sticky(UN_IN_NAME.after);

/**
 * `UN_AFTER_RE` at `pos`, or null; gated by its words' first letters (`des`, `de las`, `de la ONU`, `de l'ONU`, `ONU`,
 * `additionnel`: `next-word.ts`), as the two below: a noun's next word is seldom one of them.
 */
const UN_AFTER_GATE = spacedWordGate('doa', UN_AFTER_RE);
export const unAfterAt = (text: string, pos: number): RegExpExecArray | null =>
  UN_AFTER_GATE(text, pos) ? execAt(UN_AFTER_RE, text, pos) : null;

const SUPPLEMENTS_RE = titleRegex(SUPPLEMENTS_IN_TITLE);

/** UNTOC inside a Protocol's title at `pos` (`SUPPLEMENTS_IN_TITLE`: `additionnel`, `additional`, `complementario`…). */
const SUPPLEMENTS_GATE = wordGate('ac', SUPPLEMENTS_RE.marked, SUPPLEMENTS_RE.plain);
export const supplementsAt = (text: string, pos: number): RegExpExecArray | null =>
  SUPPLEMENTS_GATE(text, pos) ? execTitle(SUPPLEMENTS_RE, text, pos) : null;

/**
 * Each qualifier with the letters its titles' first words start with after the separator (`leads`, see `qualifierAt`;
 * null: not gated) and its bit in a position's `leadMask` (0: not gated, as with no leads).
 */
export const QUALIFIER_RES = TREATY_QUALIFIERS.map((q, i) => {
  const leads = q.source.startsWith(TITLE_SEP) ? leadingLetters(q.source.slice(TITLE_SEP.length)) : null;
  return { id: q.id, re: titleRegex(q.source), leads, bit: leads?.length ? 1 << i : 0 };
});

/**
 * Every qualifier's leads by their first letter, each with the bits of the qualifiers it leads (`leadMask`); the bits
 * of those with an empty lead, which every head starts with, apart (`EVERY_HEAD`: none today).
 */
const LEADS_BY_LETTER = new Map<string, { lead: string; bits: number }[]>();
let EVERY_HEAD = 0;
for (const q of QUALIFIER_RES)
  for (const lead of q.leads ?? []) {
    if (lead === '') {
      EVERY_HEAD |= q.bit;
      continue;
    }
    const list = LEADS_BY_LETTER.get(lead.charAt(0)) ?? [];
    const known = list.find((l) => l.lead === lead);
    if (known) known.bits |= q.bit;
    else list.push({ lead, bits: q.bit });
    LEADS_BY_LETTER.set(lead.charAt(0), list);
  }

/**
 * The qualifiers one of whose leads `head` starts with, as bits (`QUALIFIER_RES`' `bit`): read once per position by
 * code, the head's first letter's few leads, where each qualifier tested the head with its leads' alternation (four
 * regex calls at most per position, about 7 500 a bench pass; session 46).
 */
function leadMask(head: string): number {
  let bits = EVERY_HEAD;
  for (const l of LEADS_BY_LETTER.get(head.length > 0 ? head.charAt(0) : '') ?? [])
    if (head.startsWith(l.lead)) bits |= l.bits;
  return bits;
}

/** The longest of the qualifiers' leading letters: how much of the word after the separator the gate reads. */
const LEAD_LENGTH = Math.max(...QUALIFIER_RES.flatMap((q) => (q.leads ?? []).map((l) => l.length)));

/** The qualifiers whose leads the word after the separator starts with, for the last position asked (one read each). */
let sepAt: { text: string; pos: number; leads: number } | undefined;

/**
 * A qualifier at `pos`, read only when the word after the separator starts with the letters one of its titles starts
 * with: a title follows only the separator's greedy reading (a shorter one leaves white space or `<` next;
 * `TREATY_QUALIFIERS`), so the separator is read once per position and the qualifiers whose titles cannot start there
 * are not run. Gating on the first letter alone let most English words through (`the`, `and`, `shall` before `to`,
 * `against`, `sur`), and the qualifiers' long patterns were a tenth of an engine pass.
 */
export function qualifierAt(q: (typeof QUALIFIER_RES)[number], text: string, pos: number): RegExpExecArray | null {
  if (q.bit !== 0) {
    if (sepAt?.text !== text || sepAt.pos !== pos) {
      const sep = separatorLength(text, pos);
      const from = pos + sep;
      sepAt = { text, pos, leads: leadMask(sep >= 0 ? text.slice(from, from + LEAD_LENGTH).toLowerCase() : '') };
    }
    if ((sepAt.leads & q.bit) === 0) return null;
  }
  return execTitle(q.re, text, pos);
}

/**
 * `on` / `sur` / `sobre` before a lower-case word that is no determiner: what the cited articles are about, not a title
 * (`articles 16 and 18 of the Convention on extradition and mutual legal assistance respectively`, dev en-310; `la
 * Convención sobre criminalidad trasnacional organizada`, dev es-082): titles go on with a determiner or a capital
 * (`Convention on the Rights of the Child`, `Convention on Cybercrime`, `Convention sur la cybercriminalité`), and
 * another treaty's subject in lower case is its title (`the Convention on biological diversity`, `OTHER_SUBJECT`).
 */
// Or a quoted term in lower case (`article 2 (c) of the Convention on 'structured group'`, probe p2en-103; session 24):
// no title opens with a quotation mark and a lower-case word (`the Convention on 'Cybercrime'` stays a title).
const TOPIC_AFTER = `(?:on|sur|sobre)${WS}(?:(?!(?:the|a|an|la|le|les|el|los|las|un|une|una|des|du|del)\\s|l['’])(?!${OTHER_SUBJECT.source})[a-zà-ÿ]|['‘“"«]\\s?(?!${OTHER_SUBJECT.source})[a-zà-ÿ])`;

/**
 * Prose after a bare noun, never a treaty's title: set phrases (`Article 20 (2) of the Protocol on the basis that…`,
 * `under the Convention for the purposes of…`, dev en-164; `of the Protocol to an arbitration procedure`: a title goes
 * on `to the` or `to Prevent`), and `for` before a lower-case word other than `the` (an
 * English title goes on with `the` or a capital, `Convention for the Suppression…`, `Convention for Safeguarding…`;
 * `strong obligations in the Convention for transnational, social, and economic measures`, dev en-147): `on` / `for`
 * there do not qualify the noun. And the Migrants Protocol's own `for the fact of having been the object of conduct`
 * (`under the Protocol for the fact of…`, probe p10en-028), which no title starts with. Case-sensitive.
 */
const PROSE_AFTER_RE = stickyCased(
  `${WS}(?:on${WS}the${WS}(?:basis|occasion|grounds?)(?![a-z])|for${WS}(?:the${WS}(?:purposes?|fact)(?![a-z])|(?!the\\s)[a-z])|to${WS}an?${WS}|to${WS}(?!the\\s|prevent|suppress|combat|eliminate|abolish|amend)[a-z]|${TOPIC_AFTER})`,
);

/** Whether `PROSE_AFTER_RE` matches at `pos`, gated by its words' first letters (`on`, `for`, `to`, `sur`, `sobre`). */
const PROSE_AFTER_GATE = spacedWordGate('ofts', PROSE_AFTER_RE);
export const proseAfter = (text: string, pos: number): boolean =>
  PROSE_AFTER_GATE(text, pos) && execAt(PROSE_AFTER_RE, text, pos) !== null;

/** Succeeds (empty) when a bare noun is not qualified into another treaty (see `NOT_QUALIFIED`). */
export const UNQUALIFIED_RE = sticky(NOT_QUALIFIED);

/** The Firearms Protocol's acronym as a whole word, in capitals (`FIREARMS_ACRONYM`). */
export const FIREARMS_ACRONYM_RE = stickyCased(`${FIREARMS_ACRONYM}(?![A-Za-zÀ-ÿ0-9])`);
