/**
 * What a hover card shows, as the background answers `cards/for-keys`. Plain data built from the corpus; the content
 * script keeps it for the page's lifetime so a hover never waits for the service worker.
 */

import type { Instrument, Item, ItemKind, Meeting, Session } from '../../corpus/schema';

/** A theme of the thematic index and the items of one document it lists (the chip's count is their number). */
export interface CardTheme {
  id: string;
  name: string;
  /** Items of the document (any level) the index lists under the theme, in index order. */
  itemIds: string[];
}

/** A corpus item whose text cites the card's key ("cited by"). */
export interface CitingItem {
  id: string;
  kind: ItemKind;
  /** Meeting id (`IV`) or instrument id (`5/2`). */
  parentId: string;
  /** The report paragraph of a recommendation or the path of a COP paragraph; null when unknown. */
  reportParagraph: string | null;
  text: string;
}

/** One COP instrument of a session, with all its paragraphs (every level, document order). */
export interface CardInstrument {
  instrument: Instrument;
  items: Item[];
}

/**
 * Card data by kind of document:
 * - `meeting`: a Working Group report (`CTOC/COP/WG.4/2011/8`): the meeting, all its recommendations (every level,
 *   document order) and the themes that list them;
 * - `session`: a COP session report (`CTOC/COP/2010/17`): the session and the instruments it adopted;
 * - `instrument`: a COP decision or resolution of the corpus (`COP resolution 5/2`);
 * - `external`: anything whose text is not bundled (another symbol, a General Assembly resolution, decision 4/1);
 *   `reportSymbol` is the COP session report that publishes a COP instrument outside the corpus, when the corpus
 *   knows that session;
 * - `treaty`: an article of UNTOC or one of its Protocols (titles come from `treaty-articles.ts`).
 * Every kind lists the corpus items that cite the key.
 */
export type CardData =
  | { type: 'meeting'; meeting: Meeting; items: Item[]; themes: CardTheme[]; citedBy: CitingItem[] }
  | { type: 'session'; session: Session; instruments: CardInstrument[]; themes: CardTheme[]; citedBy: CitingItem[] }
  | {
      type: 'instrument';
      instrument: Instrument;
      session: Session | null;
      items: Item[];
      themes: CardTheme[];
      citedBy: CitingItem[];
    }
  | { type: 'external'; reportSymbol: string | null; citedBy: CitingItem[] }
  | { type: 'treaty'; citedBy: CitingItem[] };

export type CardDataType = CardData['type'];

/** At most this many keys per `cards/for-keys` request (a page with more asks in several batches). */
export const MAX_KEYS_PER_REQUEST = 500;
