/**
 * One enumeration is one body's: a bare `resolution n/m` that continues a list of citations, each with its own head
 * word, whose previous member's body is known (`Human Rights Council resolution 44/4 of 16 July 2020, entitled “…”, 11
 * resolution 53/9 of 12 July 2023`; `Commission on Crime Prevention and Criminal Justice resolution 27/2 …, resolution
 * 27/3 …, resolution 27/4`, dev `en-497`), is that body's when its numbering fits. Read by `classifier.ts` before the
 * author and the sentence, in text order, so the body runs down the list member by member.
 */

import type { Candidate } from './candidate';
import { fits, instrumentKey } from './instrument-numbers';
import type { OrgId } from './org-names';
import { alt, DATE_AFTER, OWS, sticky, WS } from './patterns';

/**
 * What stands between two members of one enumeration, from the end of the first's span to the second's head word: the
 * first's date (`of 16 July 2020`, `du 16 juillet 2020`, `, de 16 de julio de 2020`), its quoted title after
 * `entitled` / `intitulée` / `titulada` (no closing quote inside, 400 characters at most), a footnote number a PDF's
 * text left after the quote or the date (`”, 11 `, `”,13 `, `2018,14 `), then the separator: a comma or semicolon,
 * maybe `and` / `et` / `y` / `as well as` / `ainsi que` / `así como`, or one of those alone; an article before the head
 * word (`et la résolution`, `y la resolución`). Nothing else: another body's name, a sentence's stop, a verb between
 * them end the list (`…, 11 Recalling also resolution 53/9` is a new clause: no chain). Case-insensitive.
 */
const LINK_RE = sticky(
  `(?:${DATE_AFTER})?` +
    `(?:,?${WS}(?:entitled|intitul[ée]e?s?|titulad[ao]s?)${WS}[“"«][^”"»]{1,400}[”"»])?` +
    `${OWS}(?:\\d{1,3}${OWS})?` +
    alt(
      `[,;]${OWS}(?:\\d{1,3}${WS})?(?:${alt('and', 'et', 'y', 'as well as', 'ainsi que', 'así como')}${WS})?`,
      `${alt('and', 'et', 'y', 'as well as', 'ainsi que', 'así como')}${WS}`,
    ) +
    `(?:${alt('the', 'la', 'el', "l['’]")}${OWS})?`,
);

/** Whether `text` from `from` to `to` is only a link between two members of one enumeration (`LINK_RE`). */
export function listLink(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > 600) return false;
  LINK_RE.lastIndex = from;
  const m = LINK_RE.exec(text);
  return m !== null && from + m[0].length === to;
}

/**
 * The body of the unresolved candidate `candidates[i]` from the list it continues, or undefined: the nearest earlier
 * instrument candidate ending before it, linked to it by `listLink`, whose body `orgOf` knows (settled in full or
 * inferred, the COP never: it is no default, and only a head word of its own says a COP instrument), when the
 * number fits that body's numbering. Not for `its / sa / su` (the author's own) nor a short name (`the Council`).
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
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    const prev = candidates[j];
    if (!prev || prev.end > c.start) continue;
    if (prev.kind !== 'resolution' && prev.kind !== 'cop-instrument') return undefined;
    if (!listLink(text, prev.end, c.start)) return undefined;
    const org = orgOf(prev);
    if (org === undefined || org === 'OTHER' || org === 'COP' || !fits(org, u.instrument, u.number)) return undefined;
    const key = instrumentKey(org, u.instrument, u.number);
    return key === undefined ? undefined : { org, key };
  }
  return undefined;
}
