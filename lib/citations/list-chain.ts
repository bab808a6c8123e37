/**
 * One enumeration is one body's: a bare `resolution n/m` that continues a list of citations, each with its own head
 * word, whose previous member's body is known (`Human Rights Council resolution 44/4 of 16 July 2020, entitled “…”, 11
 * resolution 53/9 of 12 July 2023`; `Commission on Crime Prevention and Criminal Justice resolution 27/2 …, resolution
 * 27/3 …, resolution 27/4`, dev `en-497`), is that body's when its numbering fits. Read by `classifier.ts` before the
 * author and the sentence, in text order, so the body runs down the list member by member.
 */

import type { Candidate } from './candidate';
import { fits, instrumentKey } from './instrument-numbers';
import { isBareBody, ORG_NAME, orgFromGroups, orgText, type OrgId } from './org-names';
import { alt, DATE_AFTER, execAt, OWS, sticky, WS } from './patterns';

/**
 * What stands between two members of one enumeration, from the end of the first's span to the second's head word: the
 * first's date (`of 16 July 2020`, `du 16 juillet 2020`, `, de 16 de julio de 2020`), its quoted title after
 * `entitled` / `intitulée` / `titulada` (no closing quote inside, 400 characters at most), a footnote number a PDF's
 * text left after the quote or the date (`”, 11 `, `”,13 `, `2018,14 `), then the separator: a comma or semicolon,
 * maybe `and` / `et` / `y` / `as well as` / `ainsi que` / `así como`, or one of those alone; an article before the head
 * word (`et la résolution`, `y la resolución`). Nothing else: another body's name, a sentence's stop, a verb between
 * them end the list (`…, 11 Recalling also resolution 53/9` is a new clause: no chain). Case-insensitive.
 */
/** A member's date, quoted title and footnote number: what may follow its number before the next link. */
const MEMBER_TAIL =
  `(?:${DATE_AFTER})?` +
  `(?:,?${WS}(?:entitled|intitul[ée]e?s?|titulad[ao]s?)${WS}[“"«][^”"»]{1,400}[”"»])?` +
  `${OWS}(?:\\d{1,3}${OWS})?`;

const LINK_RE = sticky(
  MEMBER_TAIL +
    alt(
      `[,;]${OWS}(?:\\d{1,3}${WS})?(?:${alt('and', 'et', 'y', 'as well as', 'ainsi que', 'as[íi] como')}${WS})?`,
      `${alt('and', 'et', 'y', 'as well as', 'ainsi que', 'as[íi] como')}${WS}`,
    ) +
    `(?:${alt('the', 'la', 'el', "l['’]")}${OWS})?`,
);

/**
 * The list's closing phrase naming its body, after the last member's date, title and footnote (`…”, 17 and the other
 * relevant resolutions of the Commission on trafficking in persons`, dev `en-497`; `and all other relevant resolutions
 * of the Human Rights Council`, `et les autres résolutions pertinentes du Conseil des droits de l’homme`, `y otras
 * resoluciones pertinentes del Consejo de Derechos Humanos`): the body's name in groups from 1 (`ORG_NAME`), a full
 * name or a short one (`the Council`, `the Commission`). Only `other` resolutions: `and resolutions of the Council`
 * may be another set. Case-insensitive.
 */
const CLOSING_RE = sticky(
  MEMBER_TAIL +
    `,?${OWS}(?:\\d{1,3}${WS})?(?:and|et|y)${WS}(?:(?:all|toutes)${WS})?(?:(?:the|les|las|los)${WS})?` +
    `(?:other|autres|otras|dem[áa]s)${WS}(?:(?:relevant|pertinent)${WS})?(?:resolutions|r[ée]solutions|resoluciones)` +
    `(?:${WS}pertinentes)?${WS}(?:of|du|des|del|de)${WS}(?:(?:the|la)${WS}|l['’]${OWS})?(?:${ORG_NAME})`,
);

/** The bodies a short name may be (`the Council`: the Human Rights Council, ECOSOC, the Security Council). */
const SHORT_BODIES: Partial<Record<string, readonly OrgId[]>> = {
  COUNCIL: ['HRC', 'ECOSOC', 'SC'],
  COMMISSION: ['CHR', 'CCPCJ'],
};

/** Whether `text` from `from` to `to` is only a link between two members of one enumeration (`LINK_RE`). */
export function listLink(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > 600) return false;
  LINK_RE.lastIndex = from;
  const m = LINK_RE.exec(text);
  return m !== null && from + m[0].length === to;
}

/**
 * The body of the unresolved candidate `candidates[i]` from the list it stands in, or undefined: the nearest earlier
 * instrument candidate ending before it, linked to it by `listLink`, whose body `orgOf` knows (settled in full or
 * inferred, the COP never: it is no default, and only a head word of its own says a COP instrument), when the
 * number fits that body's numbering; failing that, the body the list's closing phrase names after its last member
 * (`CLOSING_RE`; a short name when one body of its set fits). Not for `its / sa / su` (the author's own) nor a
 * number under a short name (`Council resolution 8/12`).
 */
export function chainedBody(
  candidates: readonly Candidate[],
  i: number,
  text: string,
  orgOf: (c: Candidate) => OrgId | 'OTHER' | undefined,
): { org: OrgId; key: string } | undefined {
  const c = candidates[i];
  const u = c?.unresolved;
  if (!c || !u || u.possessive || u.hint !== 'bare' || u.number.plain) return undefined;
  const back = previousMember(candidates, i, c.start, u, text, orgOf);
  if (back) return back;
  // No member before it gives a body: the list's closing phrase after its last member (`CLOSING_RE`).
  let last = c;
  for (let j = i + 1; j < candidates.length && j <= i + MAX_MEMBERS; j++) {
    const next = candidates[j];
    if (!next || next.start < last.end) continue;
    if (next.kind !== 'resolution' || !listLink(text, last.end, next.start)) break;
    last = next;
  }
  const m = execAt(CLOSING_RE, text, last.end);
  const named = m ? orgFromGroups(m, 1) : undefined;
  if (!m || named === undefined) return undefined;
  const bodies: readonly string[] = isBareBody(orgText(m, 1)) ? (SHORT_BODIES[named] ?? []) : [named];
  const fitting = bodies.filter((o) => o !== 'COP' && fits(o as OrgId, u.instrument, u.number)) as OrgId[];
  const org = fitting.length === 1 ? fitting[0] : undefined;
  const key = org ? instrumentKey(org, u.instrument, u.number) : undefined;
  return org && key ? { org, key } : undefined;
}

/** The list members each side of a candidate that this reads (a list of some 25 resolutions holds fewer). */
const MAX_MEMBERS = 30;

/** The body the member before `candidates[i]` (at `start`, its number `u`) gives it (see `chainedBody`), or undefined. */
function previousMember(
  candidates: readonly Candidate[],
  i: number,
  start: number,
  u: NonNullable<Candidate['unresolved']>,
  text: string,
  orgOf: (c: Candidate) => OrgId | 'OTHER' | undefined,
): { org: OrgId; key: string } | undefined {
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    const prev = candidates[j];
    if (!prev || prev.end > start) continue;
    if (prev.kind !== 'resolution' && prev.kind !== 'cop-instrument') return undefined;
    if (!listLink(text, prev.end, start)) return undefined;
    const org = orgOf(prev);
    if (org === undefined || org === 'OTHER' || org === 'COP' || !fits(org, u.instrument, u.number)) return undefined;
    const key = instrumentKey(org, u.instrument, u.number);
    return key === undefined ? undefined : { org, key };
  }
  return undefined;
}

/** Each list's members' bodies (a list is the `unresolved.list` its members share), for `fromList`. */
export type ListBodies = ReadonlyMap<unknown, ReadonlySet<OrgId>>;

/**
 * The bodies inference gave each list's members (`inferredOf`), read once for all the members: `fromList` read every
 * candidate at each member, quadratic in a long list (1 MB of `décisions 1/5 et 2/3 ainsi que sa ` took 12 s; session
 * 25, tuner-hostile). `listOf`: each member's list when `unresolved` may have been cleared since.
 */
export function listBodies(
  candidates: readonly Candidate[],
  inferredOf: ReadonlyMap<Candidate, { org: OrgId } | undefined>,
  listOf?: ReadonlyMap<Candidate, unknown>,
): ListBodies {
  const out = new Map<unknown, Set<OrgId>>();
  for (const c of candidates) {
    const list = listOf?.get(c) ?? c.unresolved?.list;
    const org = list ? inferredOf.get(c)?.org : undefined;
    if (!org) continue;
    const orgs = out.get(list) ?? new Set<OrgId>();
    out.set(list, orgs.add(org));
  }
  return out;
}

/**
 * One list is one body's instruments: a number under the same head word as others that inference gave a body (`its
 * resolutions 44/25 … and 64/293`: 44/25 fits the Assembly and the Human Rights Council, 64/293 only the Assembly)
 * takes that body when it fits it, and when the others agree. For a member `c` that inference left without a body
 * (so the bodies of its list, `lists`, are the other members').
 */
export function fromList(c: Candidate, lists: ListBodies): { org: OrgId; key: string } | undefined {
  const u = c.unresolved;
  const orgs = u?.list ? lists.get(u.list) : undefined;
  const [org] = orgs ?? [];
  if (!u || orgs?.size !== 1 || org === undefined) return undefined;
  const key = instrumentKey(org, u.instrument, u.number);
  return key ? { org, key } : undefined;
}
