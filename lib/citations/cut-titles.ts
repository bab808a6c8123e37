/**
 * A title cut short where the text ends (`El artículo 10 de la Convención contra la De`, a stored excerpt or a link
 * text cut off): the treaty of ours it begins, read by `treaty-names.ts` after a treaty noun.
 */

import type { TreatyId } from './keys';
import { isRegexSpace } from './reading-chars';
import { plainText, withPlain } from './plain-letters';
import { BRITISH_SPELLINGS, OFFICIAL_TITLES, SHORT_TITLES } from './treaty-tables';

/** A title as a cut title is compared with it: lower case, no commas, single spaces, straight apostrophes, plain. */
const plain = (title: string): string =>
  plainText(title.replace(/,/g, '').replace(/\s+/g, ' ').replace(/’/g, "'").toLowerCase());

/**
 * Our titles after the noun, in full (the title grammar's official and short titles, `treaty-tables.ts`, with the
 * British spelling of their words), as plain text (accents too): what a cut title must be the start of. A leading
 * `des Nations Unies` / `de las Naciones Unidas` / `de Naciones Unidas` is dropped from the text first.
 */
const FULL_TITLES: Readonly<Record<'convention' | 'protocol', readonly { id: TreatyId; title: string }[]>> = (() => {
  const full = [
    ...Object.entries(OFFICIAL_TITLES).flatMap(([id, byLang]) =>
      Object.values(byLang).map(({ names, rest }) => ({ id: id as TreatyId, title: names + rest.join('') })),
    ),
    ...SHORT_TITLES,
  ];
  const spelt = full.flatMap((t) => [
    t,
    ...BRITISH_SPELLINGS.filter(([un]) => t.title.includes(un)).map(([un, other]) => ({
      id: t.id,
      title: t.title.replace(un, other),
    })),
  ]);
  const plainOf = (ids: readonly TreatyId[]) =>
    spelt.filter((t) => ids.includes(t.id)).map((t) => ({ id: t.id, title: plain(t.title) }));
  return { convention: plainOf(['UNTOC']), protocol: plainOf(['TIP', 'MIG', 'FIRE']) };
})();

/**
 * Words a title may open with that many treaties' titles share (`against the`, `contra la`, `de las Naciones Unidas`):
 * a cut title must go at least two letters into the first other word (`contra la De` is UNTOC's `Delincuencia`;
 * `Convention against the` alone names nothing).
 */
const SHARED_WORDS = new Set(
  withPlain('against the to on contre la le les des de del el contra sobre para visant à relatif'.split(' ')),
);

/** `des Nations Unies` / `de las Naciones Unidas` / `de Naciones Unidas` / `of the United Nations` before a title. */
const UN_LEAD = /^(?:des nations unies|de (?:las )?naciones unidas|of the united nations) /;

/** What may end a cut title: white space, an ellipsis, the text's end. */
const CUT_END = /(?:\s|…|\.{3})*$/;

/** A simple tag left as text (`<strong>`), dropped like white space. */
const TAG = /<\/?[a-z]{1,10}\s?\/?>/g;

/** How far after the noun a cut title may run. */
const CUT_REACH = 120;

/**
 * The treaty of ours whose title the text after a noun at `end` begins where the text then ends or an ellipsis marks
 * a cut (within `CUT_REACH`), or null: `Convención contra la De` → UNTOC. The span of a citation stops at the noun
 * (the cut words name nothing by themselves). `noun`: the kind of the noun read.
 */
// In three steps, each run less often than the one before (~1 000 calls a pass, a quarter past the white space, a
// twelfth past the cut): the gate small enough for V8 to inline into the early compiled `parseTreatyName`, the other
// two rarely hot. As one function it was compiled late, in the bench's window (session 47).
export function cutTitle(text: string, end: number, noun: 'convention' | 'protocol'): TreatyId | null {
  return end < text.length && isRegexSpace(text.charCodeAt(end)) ? cutAfterSpace(text, end, noun) : null;
}

/** `cutTitle` past its gate: the text after the noun, cut where the text ends or where an ellipsis marks the cut. */
function cutAfterSpace(text: string, end: number, noun: 'convention' | 'protocol'): TreatyId | null {
  // Cut where the text ends, or where an ellipsis marks the cut (`the Convention against Transnational Org… (2000)`).
  const window = text.slice(end, end + CUT_REACH + 1);
  const ellipsis = window.search(/…|\.{3}/);
  return ellipsis < 0 && text.length - end > CUT_REACH ? null : titleCutIn(window, ellipsis, noun);
}

/** The treaty whose title the `window` after the noun begins, read up to its `ellipsis` (-1: none), or null. */
function titleCutIn(window: string, ellipsis: number, noun: 'convention' | 'protocol'): TreatyId | null {
  const cut = window
    .slice(0, ellipsis < 0 ? undefined : ellipsis)
    .replace(CUT_END, '')
    .replace(TAG, ' ')
    .replace(/[,’]/g, (c) => (c === '’' ? "'" : ''))
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(UN_LEAD, '');
  const tail = plainText(cut);
  if (tail.length < 4) return null;
  let found: TreatyId | null = null;
  for (const { id, title } of FULL_TITLES[noun]) {
    if (!title.startsWith(tail)) continue;
    const words = title.split(' ');
    const shared = words.findIndex((w) => !SHARED_WORDS.has(w));
    const into = words.slice(0, shared).join(' ').length + (shared > 0 ? 1 : 0);
    if (tail.length < into + 2) continue;
    if (found && found !== id) return null;
    found = id;
  }
  return found;
}
