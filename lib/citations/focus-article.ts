/**
 * The last step of a bare article's reading (`bare-article.ts`): its sentence names no treaty, so the treaty of ours
 * the text last named in full (its focus) takes it, unless the text has named another text since or nearby. Moved out
 * of `bare-article.ts` in session 18 (a pure move).
 */

import { TREATIES, type TreatyId } from './keys';
import type { TreatyContext } from './treaty-names';
import { OTHER_INSTRUMENT } from './treaty-subjects';
import { sentenceStart } from './sentence-bounds';

const BLANK_LINE = /\n[ \t]*\n/;

/**
 * A resolution cited by number since the treaty in focus was named (`… Protocol …, adopted by … resolution 55/255. -
 * United Nations Security Council Resolution 1373 (2001), adopted … (see article 2a and article 3a)`, dev en-218): a
 * bare article after it is the resolution's paragraph or another text's, not the focus' article. Not the Assembly's
 * resolutions that adopted our treaties (`55/25`, `55/255`), which a text names right after their titles.
 */
const RESOLUTION_SINCE = /\b[Rr][eé]solu(?:tion|ción)(?:s|es)?\s{1,4}(?!55\/255?(?!\d))\d/;

/**
 * Another text named in `s` (`OTHER_INSTRUMENT`), `Case Law` aside: jurisprudence, no text (`Key Provisions of the
 * UNTOC Relevant to Case Law: … (Art. 2)`, dev en-235). Read here, not by a lookbehind in the shared regex, which
 * slowed every scan of it.
 */
export function otherInstrumentIn(s: string): boolean {
  for (let from = 0; ;) {
    const m = OTHER_INSTRUMENT.exec(from === 0 ? s : s.slice(from));
    if (!m) return false;
    const at = from + m.index;
    if (m[0] !== 'Law' || !/[Cc]ase[ -]$/.test(s.slice(Math.max(0, at - 5), at))) return true;
    from = at + 3;
  }
}

/** How far back the treaty in focus may have been named for an article whose sentence names no treaty. */
const FOCUS_REACH = 1500;

/**
 * The treaty in focus for a bare article at `start`..`end` whose sentence names no treaty, or null: only when it was
 * named within `FOCUS_REACH` before the article and no other text was named since (or nearby in the same paragraph).
 */
export function focusArticle(
  text: string,
  start: number,
  end: number,
  ctx: TreatyContext,
): { id: TreatyId; end: number } | null {
  const focus = ctx.focus;
  // A text whose bare Convention is another's (a court's case, GRETA, UNCAC's `article 46 of the Convention`): its bare
  // article is that Convention's, whatever it named before (`The Court reiterates that … falls within Article 4`). A
  // human rights Convention's acronym alone does not say so (`articleFocusOverruled`, dev en-440).
  if (!focus || focus.at > start || start - focus.at > FOCUS_REACH || ctx.doc?.articleFocusOverruled()) return null;
  // Another treaty named nearby in the same paragraph ("the Optional Protocol go further than the Trafficking
  // Protocol… article 8(d)"): the focus alone does not say whose article this is. A blank line since then starts
  // another paragraph, about the treaty in focus.
  // Unless ours was named again after it, in a later sentence (`…of Others. In particular, the Second Protocol to the
  // UNTOC … Article 7`): the text has come back to ours.
  // Another text named since the focus (`Directive 2011/36/EU goes further. Its Article 2…`): not the focus' article.
  const since = text.slice(focus.at, start);
  if (otherInstrumentIn(since) || RESOLUTION_SINCE.test(since)) return null;
  const other = ctx.otherAt;
  const back = other !== undefined && other < focus.at && sentenceStart(text, focus.at) > other;
  if (other !== undefined && start - other <= FOCUS_REACH && !BLANK_LINE.test(text.slice(other, start)) && !back) {
    return null;
  }
  // UNODC's volume in focus (`… Organized Crime and the Protocols Thereto. Article 3(a).`, dev en-358): the one Protocol
  // the text is about when the article is one it has (the definition of trafficking quoted above it), else UNTOC (its
  // defined terms, dev en-148).
  const protocol = focus.volume ? ctx.doc?.subjectProtocol() : undefined;
  const article = protocol ? Number(/art[a-zíé]*\.?\s{0,3}(\d{1,3})/i.exec(text.slice(start, end))?.[1] ?? 0) : 0;
  if (protocol && article > 0 && article <= TREATIES[protocol].articles) return { id: protocol, end };
  return { id: focus.id, end };
}
