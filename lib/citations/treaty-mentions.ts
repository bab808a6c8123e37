/**
 * What the text has named so far, as the classifier meets each treaty noun (`noteTreatyMention`): the treaty of ours in
 * focus, another treaty named in full. Moved out of `treaty-names.ts` (which reads one name) in session 16.
 */

import type { TreatyId } from './keys';
import { nounAt } from './treaty-name-patterns';
import { TREATY_PREFIXES } from './treaty-tables';
import { OTHER_ORG_ACRONYMS, OUR_SUBJECT, TITLE_SUBJECTS } from './treaty-subjects';
import { looseName, SUBJECT_WORDS_AFTER } from './loose-names';
import { ABBREVIATION_DOT } from './sentence-bounds';
import { execAt } from './patterns';
import { mayLeadWith } from './next-word';
import { isBlank, isRegexSpace } from './reading-chars';
import { informalName, NAMES_NOTHING, wordBefore } from './name-forms';
import { ordinalProtocol } from './ordinal-protocols';
import {
  DEMONSTRATIVE_BEFORE,
  parseTreatyName,
  SUPPLEMENTS_BEFORE,
  type TreatyContext,
  untocEnd,
} from './treaty-names';

/**
 * `and the Protocols thereto` / `et les Protocoles s'y rapportant` / `y sus Protocolos` right after UNTOC's name: the
 * title of UNODC's volume that holds the Convention and its three Protocols, not the Convention alone.
 */
const VOLUME_AFTER_RE =
  /^,?\s{1,3}(?:and\s(?:the|its)\s(?:three\s)?Protocols|et\s(?:les|ses)\s(?:trois\s)?Protocoles|y\s(?:los|sus)\s(?:tres\s)?Protocolos)(?![a-z])/i;

/**
 * A verb-like lower-case word after a bare Convention (`has`, `does`, `defines`), not a preposition that starts another
 * treaty's title (`on`, `against`, `for`, `relating`, `concerning`, `to`, `of`, `in`) nor `and` / `or` (a list).
 */
const UN_BARE_AFTER =
  /^[ \t]{1,3}(?!(?:on|against|for|relating|concerning|to|of|in|and|or|with|about)(?![a-z]))[a-z]{2,}\b/;

/** A Protocol's relation to its parent Convention, right before the Convention's name (`relation to`, `relación con la`). */
const RELATION_BEFORE =
  /(?:relation(?:ship)?[ \t]+(?:to|with)|relation[ \t]+avec|relaci[óo]n[ \t]+con)[ \t]+(?:the[ \t]+|la[ \t]+|l['’])?$/i;

/** `United Nations` ending the text before a treaty noun's prefix name (one line break at most inside it). */
const UNITED_BEFORE = /United[ \t\u00a0]{1,3}(?:\r?\n[ \t\u00a0]{0,3})?Nations[ \t\u00a0]{1,3}$/;

/**
 * A caption line right above (`Mandate`, `Legal Framework`, `Key Instruments`): one to three capitalised words alone on
 * their line, no lower-case word: `the Council of Europe`⏎, `the Optional`⏎ (a wrapped sentence's end, whose word names
 * the treaty after it) are not one.
 */
const CAPTION_LINE_BEFORE =
  /(?:^|\n)[ \t\u00a0]*(?:[A-ZÀ-Ý][\w'’-]*[ \t\u00a0]{1,3}){0,2}[A-ZÀ-Ý][a-zà-ÿ]+[ \t\u00a0]*\r?\n[ \t\u00a0]*$/;

/**
 * A writer's alias for the treaty just named (`la convención … contra la delincuencia organizada transnacional, mejor
 * conocido como el protocolo de Palermo`, dev es-319; `also known as the`, `connue sous le nom de`): the alias names the
 * same treaty, so the one named in full keeps the focus, even when the alias is another treaty's name.
 */
const ALIAS_BEFORE =
  /\b(?:known\s{1,3}as|called|conocid[oa]\s{1,3}como|llamad[oa]|connue?\s{1,3}sous\s{1,3}le\s{1,3}nom\s{1,3}d[eu]|appel[ée]e?)\s{1,3}(?:the\s{1,3}|el\s{1,3}|la\s{1,3}|le\s{1,3}|l['’])?$/i;

/**
 * Another organisation's acronym right before the noun (`the ASEAN Convention against Trafficking in Persons`, `le
 * Protocole de la CEDEAO` aside: only right before), maybe with `'s` (`ECOWAS's Protocol`): its treaty, never ours.
 */
const ORG_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${OTHER_ORG_ACRONYMS})(?:['’]s)?[ \\t\\u00a0]{1,3}$`);

/**
 * Another organisation named right after the noun, as French and Spanish titles put it (`La Convention du Conseil de
 * l'Europe sur la lutte contre la traite des êtres humains`, probe p13fr-031; `el Convenio del Consejo de Europa`, `la
 * Convention de l'OIT`; session 37): its treaty, never ours, though its title's subject is trafficking.
 */
const ORG_AFTER = new RegExp(
  `^[ \\t\\u00a0]{1,3}(?:du|del|de[ \\t\\u00a0]la|de[ \\t\\u00a0]l['’]|of[ \\t\\u00a0]the)[ \\t\\u00a0]{0,3}(?:Conseil[ \\t\\u00a0]de[ \\t\\u00a0]l['’]Europe|Consejo[ \\t\\u00a0]de[ \\t\\u00a0]Europa|Council[ \\t\\u00a0]of[ \\t\\u00a0]Europe|Union[ \\t\\u00a0]africaine|Unión[ \\t\\u00a0]Africana|African[ \\t\\u00a0]Union|(?:${OTHER_ORG_ACRONYMS})(?![A-Za-z]))`,
);

/**
 * The code of the character before the one to three blanks (`[ \t\u00a0]`) that end `lead`, else -1: what
 * `ORG_BEFORE` (an acronym's last capital, every one in `OTHER_ORG_ACRONYMS` ends with one, or `'s`) and `YEAR_BEFORE`
 * (a digit) end on, read by code first: most leads end with a determiner (`of the `), where both fail after trying
 * every one of the lead's forty positions.
 */
function beforeBlanks(lead: string): number {
  let i = lead.length;
  while (i > 0 && lead.length - i < 4 && isBlank(lead.charCodeAt(i - 1))) i--;
  const blanks = lead.length - i;
  return blanks >= 1 && blanks <= 3 && i > 0 ? lead.charCodeAt(i - 1) : -1;
}

/**
 * Whether the word before the white space ending `lead` ends as a demonstrative of `DEMONSTRATIVE_BEFORE` does (`this`,
 * `présent`, `présente`, `presente`, `cette`, `este`, `esta`: its last four letters), read by code first: most leads
 * end with an article (`of the `, `de la `), where the regex failed after trying each of the lead's positions.
 */
function demonstrativeEnding(lead: string): boolean {
  let i = lead.length;
  while (i > 0 && isRegexSpace(lead.charCodeAt(i - 1))) i--;
  return i >= 4 && DEMONSTRATIVE_ENDINGS.has(lead.slice(i - 4, i).toLowerCase());
}
const DEMONSTRATIVE_ENDINGS = new Set(['this', 'sent', 'ente', 'ette', 'este', 'esta']);

/**
 * A determiner and a year right before the noun, not our treaties' (2000; the Firearms Protocol's 2001): `the 1949
 * Convention`, `the 1951 Convention`, `the 2014 Protocol`, `la Convention de 1949` aside (read by the title's words), `el
 * Protocolo de 1967` aside: another treaty by its year (README, session 6: never a bare noun of ours), which ends the
 * focus (`… the 1949 Convention also addresses exploitation. Article 6 requires…`, session 19).
 */
const YEAR_BEFORE =
  /\b(?:the|The|la|La|le|Le|el|El)[ \t\u00a0]{1,3}(?:1[89]\d\d|20(?:0[2-9]|[1-9]\d))[ \t\u00a0]{1,3}$/;

/**
 * Where a treaty's title's sentence ends, for the subject read after it: a semicolon or a full stop before a space, not
 * the dot of an abbreviated pinpoint word before its number (`ABBREVIATION_DOT`: `The UN Protocol … makes provision in
 * Art. 10 for stronger controls on … firearms`, `Ce protocole … prévoit dans son art. 10 de renforcer … armes à feu`,
 * dev en-133 under the `art-abbrev` form), which goes on to the subject that names the Protocol.
 */
const TITLE_SENTENCE_END = new RegExp(`;\\s|${ABBREVIATION_DOT}\\s`);

/**
 * An opening bracket and a determiner right before a treaty noun (`(el Protocolo de Tráfico)`, `(the Trafficking
 * Protocol)`, `(ci-après le Protocole`, `(en adelante, el Protocolo`): a short name defined for the treaty just named.
 */
const BRACKET_ALIAS_BEFORE =
  /\([ \t]?(?:(?:hereinafter|ci-apr[èe]s|en[ \t]adelante)[ \t,]{1,3})?(?:the|el|la|le|l['’])[ \t]?$/i;

/**
 * The treaty in focus when the noun at `at` opens a short name defined for it in brackets (`BRACKET_ALIAS_BEFORE`),
 * else null: `(el Protocolo de Trata)` right after the Protocol's title is that Protocol, whatever its words.
 */
export function bracketAlias(text: string, at: number, ctx: TreatyContext): TreatyId | null {
  const f = ctx.focus;
  const near = f !== undefined && at > f.at && at - f.at <= ALIAS_REACH;
  return near && BRACKET_ALIAS_BEFORE.test(text.slice(Math.max(0, at - 40), at)) ? f.id : null;
}

/** How far back the treaty an alias renames may end (`, mejor conocido como el`). */
const ALIAS_REACH = 40;

/**
 * What joins two names in a coordination (`the Trafficking in Persons Protocol and the Smuggling of Migrants
 * Protocol`, `au Protocole relatif à la traite … et au Protocole contre le trafic illicite de migrants`, `el Protocolo
 * contra la trata … y el Protocolo contra el tráfico…`): `and` / `et` / `y` / `as well as` / `ainsi que`, the
 * preposition repeated maybe (`en el Protocolo … y en el Protocolo sobre armas de fuego`, probe p7fres-083; `and to
 * the`, `et dans le`), a determiner or `au` / `al` after it, and nothing else (not a sentence between them: the later name then simply takes the focus).
 */
const COORDINATION_RE =
  /^,?[ \n]{1,3}(?:and|et|y|as[ \n]well[ \n]as|ainsi[ \n]que)[ \n]{1,3}(?:(?:in|to|en|dans|à)[ \n]{1,3})?(?:(?:the|le|la|l['’]|el|au|al|à[ \n]la|del?)[ \n]{0,3})?$/;

/**
 * Records `id` as the treaty of ours the text last named in full, ending at `at`; `start` is where its name starts,
 * for a Protocol named together with the one before it (`ctx.protocolPair`: a bare `the Protocol` after them names
 * neither for sure, probes p6en-048, p6fres-027, p6fres-090, the article being in both; precision first, no card).
 */
export function focusOn(ctx: TreatyContext, id: TreatyId, at: number, text = '', start = -1): void {
  const before = ctx.focus;
  ctx.focus = { id, at };
  if (!ctx.named?.includes(id)) (ctx.named ??= []).push(id);
  if (id === 'UNTOC') ctx.otherConvention = false;
  else {
    // Only a Protocol's naming changes which `the Protocol` is (UNTOC named between leaves it as it was).
    ctx.protocolPair =
      before !== undefined &&
      before.id !== 'UNTOC' &&
      before.id !== id &&
      start > before.at &&
      COORDINATION_RE.test(text.slice(before.at, start));
    ctx.protocol = id;
    ctx.otherProtocol = false;
  }
}

/**
 * Records a treaty noun met in the text (a scanner trigger at `pos`): ours named in full, or another treaty named in
 * full (qualified by other words, or with a capitalised name before it).
 */
export function noteTreatyMention(text: string, pos: number, ctx: TreatyContext): void {
  const m = nounAt(text, pos);
  if (!m) return;
  const isConvention = m[TREATY_PREFIXES.length + 1] !== undefined;
  const lead = text.slice(Math.max(0, pos - 40), pos);
  // The Protocols' article 1 named by its caption (`Arts 1–4 general (relation to UNTOC, purpose…); Art 5…`, course
  // notes on the Firearms Protocol, probe p5en-060; `Relación con la Convención`; session 37): the Convention is the
  // Protocol's subject there, and the Protocol in focus stays so.
  if (ctx.focus && ctx.focus.id !== 'UNTOC' && RELATION_BEFORE.test(lead)) return;
  const before = wordBefore(lead);
  // `United Nations` before a Protocol's prefix name (`The United Nations Trafficking in Persons Protocol recognizes`,
  // dev en-437) names ours, as `UN` does (`UN_LEAD_RE`); `Nations` before a bare noun (`United Nations Convention
  // against Corruption`) is still another's unless its qualifier says otherwise.
  const unLead = before === 'Nations' && m.index === pos && TREATY_PREFIXES.some((_, i) => m[i + 1] !== undefined);
  // A caption line above a treaty's name that starts its line (`Mandate\nTrafficking Protocol and Smuggling Protocol`, a
  // slide, dev en-525; `Mandat\nProtocole de Palerme`): the caption's word is no part of the name, which decides alone.
  const caption = before !== undefined && CAPTION_LINE_BEFORE.test(lead);
  const last = beforeBlanks(lead);
  const other =
    (before !== undefined && !NAMES_NOTHING.has(before) && !(unLead && UNITED_BEFORE.test(lead)) && !caption) ||
    (((last >= 0x41 && last <= 0x5a) || last === 0x73) && ORG_BEFORE.test(lead)) ||
    (last >= 0x30 && last <= 0x39 && YEAR_BEFORE.test(lead)) ||
    // Its words first (`du`, `del`, `de`, `of`: `mayLeadWith`), most nouns being followed by another (`against`, `to`).
    (mayLeadWith(text, pos + m[0].length, 'do') &&
      ORG_AFTER.test(text.slice(pos + m[0].length, pos + m[0].length + 40)));
  // `the UN Convention has not…` with UNTOC named in full and in focus (dev en-462): the UN's bare Convention, a verb
  // after it and no title, is an anaphor of the Convention in focus, not another treaty (`UN Convention on the Rights
  // of the Child`, `against Corruption`: a preposition follows, another treaty).
  if (
    isConvention &&
    ctx.focus?.id === 'UNTOC' &&
    TREATY_PREFIXES.some((p, i) => p.needsQualifier && m[i + 1] !== undefined) &&
    UN_BARE_AFTER.test(text.slice(pos + m[0].length, pos + m[0].length + 24))
  )
    return void (ctx.focus = { id: 'UNTOC', at: pos + m[0].length });
  const byOrder = ordinalProtocol(before, text, pos, untocEnd);
  if (byOrder) return focusOn(ctx, byOrder.id, byOrder.end);
  if (demonstrativeEnding(lead) && DEMONSTRATIVE_BEFORE.test(lead)) {
    // `la présente Convention` in a treaty's own text: that treaty (ours unless the text says otherwise) stays in focus
    // for its bare articles (`visées au par. 15 de l'art. 18`).
    const own = parseTreatyName(text, pos, ctx, true);
    if (own) ctx.focus = { id: own.id, at: own.end };
    return;
  }
  const named = parseTreatyName(text, pos, { subjectDoc: ctx.doc });
  if (named?.named && !other) {
    // UNTOC inside a Protocol's title does not take the focus from that Protocol.
    if (named.id === 'UNTOC' && ctx.focus && ctx.focus.id !== 'UNTOC' && SUPPLEMENTS_BEFORE.test(lead)) return;
    if (ctx.focus && pos - ctx.focus.at <= ALIAS_REACH && ALIAS_BEFORE.test(lead)) return;
    focusOn(ctx, named.id, named.end, text, pos);
    // UNODC's volume of the four texts (`the United Nations Convention against Transnational Organized Crime and the
    // Protocols Thereto`): which of them a bare article is, the text's subject says (`bare-article.ts`).
    // Its words first (`and`, `et`, `y`: `mayLeadWith`): most names are followed by another.
    const mayBeVolume = named.id === 'UNTOC' && mayLeadWith(text, named.end, 'aey');
    if (mayBeVolume && VOLUME_AFTER_RE.test(text.slice(named.end, named.end + 48)))
      ctx.focus = { id: 'UNTOC', at: named.end, volume: true };
    return;
  }
  if (named && !other) {
    // A bare noun is an anaphor: nothing new is named, but the text is still about the treaty in focus when the noun
    // is of its kind (`la Convention` for UNTOC, `le Protocole` for a Protocol), so the focus reaches on from here.
    const f = ctx.focus;
    if (f && isConvention === (f.id === 'UNTOC')) ctx.focus = { id: f.id, at: named.end };
    // No treaty named in full yet, and the text's one Protocol subject ("…firearms, their parts and components…"):
    // a bare "the Protocol" is that Protocol, and the text's bare articles are its.
    else if (!f && !isConvention && !ctx.protocol && !ctx.otherProtocol && ctx.doc?.namesOurs()) {
      const id = ctx.doc.subjectProtocol();
      if (id) ctx.focus = { id, at: named.end };
    }
    return;
  }
  // The treaty in focus by an informal name, its subject's word (`The Protocol against Smuggling aims…`): an anaphor.
  const f = ctx.focus;
  if (!other && f && isConvention === (f.id === 'UNTOC') && informalName(text, pos + m[0].length, f.id))
    return void (ctx.focus = { id: f.id, at: pos + m[0].length });
  // Long official titles put the subject last: "Protocole additionnel à la Convention … visant à prévenir, réprimer
  // et punir la traite des personnes". Our subject within the next 250 characters keeps it ours, and names it; in the
  // title's own sentence only (`The Convention on the Rights of the Child was adopted. Trafficking in persons…`).
  // The first end only (`exec`, not `split`, which would find every one in the window).
  const window = text.slice(pos, pos + 250);
  const stop = TITLE_SENTENCE_END.exec(window);
  const next = stop ? window.slice(0, stop.index) : window;
  if (!other && OUR_SUBJECT.test(next)) {
    if (!isConvention) {
      // The subject named first is the title's ("… la traite des personnes", then maybe another Protocol's).
      let first: { id: TreatyId; index: number } | undefined;
      for (const s of TITLE_SUBJECTS) {
        const found = s.re.exec(next);
        if (found && (!first || found.index < first.index)) first = { id: s.id, index: found.index };
      }
      if (first) focusOn(ctx, first.id, pos + m[0].length);
    }
    return;
  }
  // A short name defined in brackets right after the treaty in focus (`…Especialmente Mujeres y Niños (el Protocolo de
  // Tráfico) en su Artículo 9(4)`, probe p9es-018; `(the Trafficking Protocol)`): an alias, the focus kept.
  if (bracketAlias(text, pos, ctx)) return;
  // A name the tables do not read but an article's connector does (`the Protocol relative to the trafficking of
  // persons`, `loose-names.ts`): ours, named, as at the article (`…the acts visés to article 3 of the said Protocol`,
  // probe p12en-072; session 35).
  const loose = other ? null : looseName(text, pos);
  if (loose) return focusOn(ctx, loose.id, loose.end, text, pos);
  // `le Protocole sur la traite` (an informal name, read nowhere as ours, probe p15fr-012; session 39): no other treaty
  // named either, so the text's bare `du Protocole` after it keeps its default.
  if (!other && !isConvention && execAt(SUBJECT_WORDS_AFTER, text, pos + m[0].length)) return;
  ctx.focus = undefined;
  ctx.otherAt = pos;
  if (isConvention) ctx.otherConvention = true;
  else ctx.otherProtocol = true;
}
