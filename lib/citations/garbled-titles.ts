/**
 * A Protocol's title as a machine translation renders it, word for word from French, Spanish or Italian, after the
 * noun: `the Protocol for to prevent, to repress and to sanction the trafficking of persons`, `the Protocol aiming to
 * prevent, repress and punish the treatment of persons, in particular of the women and the children`, `the Protocol
 * against the manufacture and the illicit traffic of fire arms, of their pieces, elements and munitions` (probes
 * p16en-016, p16en-047, p16en-084, p7en-110, p5en-115; session 40). Neither the exact titles (`TREATY_QUALIFIERS`) nor
 * the tolerant reading (one slip at most, `tolerant-title.ts`) reads such a title: its small words are doubled (`for
 * to`, `to repress`), its verbs swapped (`sanction`, `vising`) and its subject mistranslated (`treatment` for
 * `traite`). Read only at an article, after the other readings found nothing; the span runs through the subject (and
 * the TIP title's `especially … women and … children`), never over `, additional to the Convention…`. Pure.
 */

import type { TreatyId } from './keys';
import { execAt, sticky, WS } from './patterns';
import { wordGate } from './next-word';

/** An optional `the` before a noun. */
const THE = `(?:the${WS})?`;

/**
 * The TIP Protocol's purpose: a purpose word (`to`, `for`, `for to`, `aiming (at|to)`, `vising to`, `intended to`,
 * `seeking to`, `which aims to`), then two to four of its verbs joined by commas and `and` (each with its own `to`
 * maybe), then its subject: `the trafficking of persons`, `the traffic in persons`, `the treatment of persons` (a
 * mistranslated `traite`: only in this title's shape, after its three verbs), maybe `, especially (of) (the) women and
 * (of) (the) children`. The verbs (`prevent`, `repress`, `suppress`, `punish`, `sanction`, `combat`) name no other
 * treaty's purpose that ends with persons.
 */
const VERB = `(?:to${WS})?(?:prevent|repress|suppress|punish|sanction|combat)`;
const PURPOSE = `(?:for(?:${WS}to)?|aiming${WS}(?:at|to)|vising${WS}to|intended${WS}to|seeking${WS}to|which${WS}aims${WS}(?:at|to)|to)${WS}`;
const TIP_SUBJECT = `${THE}(?:traffic(?:king)?|treatment|trade)${WS}(?:of|in)${WS}${THE}persons`;
const WOMEN_CHILDREN = `,?${WS}(?:especially|in${WS}particular|particularly|notably)${WS}(?:of${WS})?${THE}women${WS}and${WS}(?:of${WS})?${THE}children`;
const TIP_TAIL = `${PURPOSE}${VERB}(?:,?${WS}(?:and${WS})?${VERB}){1,3}${WS}${TIP_SUBJECT}(?:${WOMEN_CHILDREN})?`;

/**
 * The TIP Protocol by its subject alone after a translation's preposition: `relative to the trafficking of persons`,
 * `on the traffic of the persons`, `about … trade in people` (probes p10en-078, p15en-032; session 40): the people
 * traded, never another object (`on the trafficking of firearms` is not it).
 */
const TIP_ABOUT = `(?:(?:relative|relating)${WS}to|concerning|regarding|about|on)${WS}${THE}(?:traffic(?:king)?|trade|treatment)${WS}(?:of|in)${WS}${THE}(?:persons|people)(?:${WOMEN_CHILDREN})?`;

/**
 * The Firearms Protocol's subject as a literal translation gives it: `against the manufacture and the illicit traffic
 * of fire arms` (`firearms`), maybe `, of their pieces, elements and munitions` (`parts`, `components`, `ammunition`).
 * And as one from Russian words it (`against the illegal manufacturing and turnover of firearms, their parts and
 * components and ammunition`, probe p19en-091; session 43): `illegal`, `turnover` or `circulation` for the traffic.
 */
const ILLICIT = `(?:(?:illicit|illegal)${WS})?`;
const FIREARMS_TAIL = `against${WS}${THE}${ILLICIT}manufactur(?:e|ing)${WS}and${WS}${THE}${ILLICIT}(?:traffic(?:king)?|turnover|circulation)${WS}(?:of|in)${WS}fire(?:${WS})?arms(?:,?${WS}(?:of${WS})?their${WS}(?:pieces|parts)(?:,|${WS}and)?${WS}(?:elements|components)${WS}and${WS}(?:munitions|ammunition))?`;

/** The Migrants Protocol's subject so: `against the illicit traffic of migrants by land, by sea and by air`. */
// The three ways in any order (`by land, air and sea`, probe p11en-044).
const WAY = `(?:by${WS})?(?:land|sea|air)`;
const MIGRANTS_TAIL = `(?:against|for${WS}to${WS}combat|to${WS}combat)${WS}${THE}(?:illicit${WS})?traffic(?:king)?${WS}of${WS}migrants(?:,?${WS}${WAY},?${WS}${WAY}${WS}and${WS}${WAY})?`;

/** The three, one group each, after the white space that follows the noun; a word must not go on after them. */
const GARBLED_RE = sticky(`${WS}(?:(${TIP_TAIL}|${TIP_ABOUT})|(${FIREARMS_TAIL})|(${MIGRANTS_TAIL}))(?![a-zà-ÿ])`);

/** `GARBLED_RE`'s first words' letters (`next-word.ts`): `for`, `aiming`, `vising`, `to`, `regarding`, `concerning`… */
const GARBLED_GATE = wordGate('favistwrco', GARBLED_RE);

/** A garbled title of ours right after a Protocol noun ending at `pos`: its treaty and where it ends, or null. */
export function garbledTitle(text: string, pos: number): { id: TreatyId; end: number } | null {
  const m = GARBLED_GATE(text, pos) ? execAt(GARBLED_RE, text, pos) : null;
  if (!m) return null;
  const id: TreatyId = m[1] !== undefined ? 'TIP' : m[2] !== undefined ? 'FIRE' : 'MIG';
  return { id, end: pos + m[0].length };
}
