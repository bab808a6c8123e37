/**
 * Whether the next number read after a list separator continues the list (`instrument-list.ts`'s `readNumberList`):
 * with the body named any form does; without it the same form and a nearby session or year, the Assembly's numbering,
 * or under a plural head word one body's session numbering (see `continuesList`).
 */

import { fits, type InstrumentNumber } from './instrument-numbers';

/**
 * Under a plural head word (`its resolutions 8/12 of 18 June 2008, 44/4 of 16 July 2020, …`, probe pr-en-002), two
 * session numbers one body's numbering fits both, however far apart their sessions: the head says a list follows, and
 * inference gives each its body (the author's, or the one that fits). A singular head keeps the tighter rule (`la
 * décision 4/4 et 24/7`).
 */
const SESSION_BODIES = ['HRC', 'CCPCJ'] as const;

const form = (x: InstrumentNumber): string =>
  x.scYear !== undefined
    ? 'sc'
    : x.roman !== undefined
      ? 'roman'
      : x.plain
        ? 'plain'
        : /^E?S-/.test(x.n)
          ? 'special'
          : x.n.length === 4
            ? 'year'
            : 'n';

/**
 * Whether `next` plausibly continues a list after `prev`. With the body named, any form continues ("decisions 16
 * (LVI) and 17 (LVI) … and 1980/127"); without it, the same form and a session / year within 10 of the previous one,
 * or two numbers only the Assembly's numbering fits (sessions 31–80: `its resolutions 44/25 … and 64/293`). Keeps "la
 * décision 4/4 et 24/7" to one citation, while "61/144, 61/180, 63/194 et 64/178" and "1/5 et 2/3" stay lists.
 */
export function continuesList(
  prev: InstrumentNumber | undefined,
  next: InstrumentNumber,
  named: boolean,
  plural = false,
): boolean {
  // Plain numbers only after a plain number of a named body, three or four digits each (`Security Council resolutions
  // 1325 and 1820`, `UNSCRs 2331 and 2388`), so `resolution 2331 and 3 others` stays one; or under a plural head word
  // (`las resoluciones anteriores número 1814, 1816, 1838 … y 1897`, dev `es-148`; `ses résolutions ultérieures (1820,
  // 1888, 1889 et 1960)`, dev `fr-152`): the head says a list follows, and inference keeps each four-digit number
  // only in a text that names the Council.
  if (next.plain) return (named || plural) && prev?.plain === true && /^\d{3,4}$/.test(next.n);
  if (!prev) return false;
  if (named) return true;
  // The Assembly's two numberings in one list (`ses résolutions 415 (V), annexe, … et 46/152`, dev `fr-095`).
  if (form(prev) === 'roman' && fits('GA', 'resolution', prev) && fits('GA', 'resolution', next)) return true;
  // A special session's number among a body's regular ones (`ses résolutions 52/27 du 4 avril 2023 et S-35/1`, dev
  // `fr-135`: the Human Rights Council's; the Assembly's `S-20/2` likewise): when one body's numbering fits both.
  if ((form(prev) === 'special') !== (form(next) === 'special'))
    return (['GA', 'HRC'] as const).some((o) => fits(o, 'resolution', prev) && fits(o, 'resolution', next));
  if (form(prev) !== form(next)) return false;
  if (next.scYear !== undefined) return true;
  return (
    Math.abs(Number(next.n) - Number(prev.n)) <= 10 ||
    (fits('GA', 'resolution', prev) && fits('GA', 'resolution', next)) ||
    (plural &&
      form(next) === 'n' &&
      SESSION_BODIES.some((o) => fits(o, 'resolution', prev) && fits(o, 'resolution', next)))
  );
}
