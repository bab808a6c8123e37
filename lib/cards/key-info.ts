/**
 * What kind of card a citation key calls for, read back from the key itself (the key grammar is a stable contract,
 * see `lib/citations/types.ts`): a COP instrument (looked up by number), a treaty article (titled from
 * `treaty-articles.ts`) or a document symbol (looked up as a report). Describing other bodies' documents is
 * `lib/export/document.ts`'s job. Pure.
 */

import type { TreatyId } from '../citations/bodies';

export type KeyInfo =
  /** A decision or resolution of the Conference of the Parties (`COP decision 4/4`); `session` is its first number. */
  | { type: 'cop'; instrument: 'decision' | 'resolution'; number: string; session: number }
  /** An article of UNTOC or one of its Protocols, with the paragraph pinpoint the key carries. */
  | { type: 'treaty'; treaty: TreatyId; article: number; paragraph?: number; subparagraph?: string; clause?: string }
  /** Anything else: a document symbol (`CTOC/COP/WG.4/2011/8`, `A/RES/64/293`) or a CCPCJ instrument. */
  | { type: 'other'; key: string };

/** `COP decision 4/4`, `COP resolution 5/2`. Groups: instrument word, session number, instrument number. */
const COP_KEY = /^COP (decision|resolution) (\d{1,3})\/(\d{1,4})$/;

/**
 * A treaty article key: `UNTOC art. 33(2)(c)`, `TIP Protocol art. 6`. Groups: treaty prefix, article, paragraph,
 * subparagraph letter, clause roman.
 */
const TREATY_KEY_RE =
  /^(UNTOC|TIP Protocol|Migrants Protocol|Firearms Protocol) art\. (\d{1,3})(?:\((\d{1,3})\))?(?:\(([a-z])\))?(?:\(([ivx]{1,6})\))?$/;

const TREATY_BY_PREFIX: Record<string, TreatyId> = {
  UNTOC: 'UNTOC',
  'TIP Protocol': 'TIP',
  'Migrants Protocol': 'MIG',
  'Firearms Protocol': 'FIRE',
};

/** Reads a citation key. Never throws: an unknown shape is `other`. */
export function keyInfo(key: string): KeyInfo {
  const cop = COP_KEY.exec(key);
  if (cop) {
    const instrument = cop[1] === 'decision' ? 'decision' : 'resolution';
    return { type: 'cop', instrument, number: `${cop[2]}/${cop[3]}`, session: Number(cop[2]) };
  }
  const treaty = TREATY_KEY_RE.exec(key);
  const treatyId = treaty ? TREATY_BY_PREFIX[treaty[1] ?? ''] : undefined;
  if (treaty && treatyId) {
    const info: KeyInfo = { type: 'treaty', treaty: treatyId, article: Number(treaty[2]) };
    if (treaty[3] !== undefined) info.paragraph = Number(treaty[3]);
    if (treaty[4] !== undefined) info.subparagraph = treaty[4];
    if (treaty[5] !== undefined) info.clause = treaty[5];
    return info;
  }
  return { type: 'other', key };
}
