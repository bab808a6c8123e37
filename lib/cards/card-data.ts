/**
 * What a hover card shows, as the background answers `cards/for-keys`. Plain data built from the corpus; the content
 * script keeps it for the page's lifetime so a hover never waits for the service worker.
 */

import type { Instrument, Item, ItemKind, Meeting, Session } from '../../corpus/schema';
import type { SavedErrorCode } from '../references/saved-types';

/** A theme of the thematic index and the items of one document it lists (the chip's count is their number). */
export interface CardTheme {
  id: string;
  /** The index's own (French) name. */
  name: string;
  /** Its English name, for the English interface (absent: the French one). */
  en?: string;
  /** Items of the document (any level) the index lists under the theme, in index order. */
  itemIds: string[];
}

/** A corpus item whose text cites the card's key ("cited by"). */
export interface CitingItem {
  id: string;
  kind: ItemKind;
  /** Meeting id (`IV`) or instrument id (`5/2`). */
  parentId: string;
  /** What the parent is, so the item can be named ("Recommendation IV.45", "Resolution 5/2, para. 8 (c)"). */
  parentKind: 'meeting' | 'decision' | 'resolution';
  /** The report paragraph of a recommendation or the path of a COP paragraph; null when unknown. */
  reportParagraph: string | null;
  text: string;
}

/** One COP instrument of a session, with all its paragraphs (every level, document order). */
export interface CardInstrument {
  instrument: Instrument;
  items: Item[];
}

/** A text in both interface languages (the background words it; the content script picks one). */
export interface Bilingual {
  en: string;
  fr: string;
}

/** What every card has, whatever its kind. */
export interface CardCommon {
  /** The document's label, as the saved list words it: "Working Group report, 2011 (CTOC/COP/WG.4/2011/8)". */
  label: Bilingual;
  /** The symbol "Open document" opens (a COP instrument's session report); null when there is none. */
  linkSymbol: string | null;
  /** The corpus items whose text cites the key. */
  citedBy: CitingItem[];
}

/**
 * Card data by kind of document (with {@link CardCommon}):
 * - `meeting`: a Working Group report (`CTOC/COP/WG.4/2011/8`): the meeting, all its recommendations (every level,
 *   document order) and the themes that list them;
 * - `session`: a COP session report (`CTOC/COP/2010/17`): the session and the instruments it adopted;
 * - `instrument`: a COP decision or resolution of the corpus (`COP resolution 5/2`);
 * - `external`: anything whose text is not bundled (another symbol, a General Assembly resolution, decision 4/1):
 *   the body that issued it, and for a COP instrument outside the corpus the session report that publishes it, when
 *   the corpus knows that session;
 * - `treaty`: an article of UNTOC or one of its Protocols: the treaty's name and the article's title (from
 *   `lib/background/cards/treaty-articles.ts`, which stays in the background so the content script does not carry the table; null when
 *   the treaty has no such article).
 * Names and labels are worded by the background in both languages, so the content script bundles no name tables.
 */
export type CardData = CardCommon &
  (
    | { type: 'meeting'; meeting: Meeting; items: Item[]; themes: CardTheme[] }
    | { type: 'session'; session: Session; instruments: CardInstrument[]; themes: CardTheme[] }
    | { type: 'instrument'; instrument: Instrument; session: Session | null; items: Item[]; themes: CardTheme[] }
    | { type: 'external'; body: Bilingual | null; reportSymbol: string | null }
    | { type: 'treaty'; treaty: Bilingual | null; title: Bilingual | null }
  );

export type CardDataType = CardData['type'];

/** At most this many keys per `cards/for-keys` request (a page with more asks in several batches). */
export const MAX_KEYS_PER_REQUEST = 500;

/**
 * What the background serves one page's content script (`lib/background/request-caps.ts`; the card store keeps
 * within it on its own side): at most this many different keys per page, and this many `cards/for-keys` requests in
 * {@link CARD_WINDOW_MS}. Beyond, the request is refused with an error that starts with {@link CARD_LIMIT_CODE}.
 */
export const MAX_CARD_KEYS_PER_PAGE = 5000;
export const MAX_CARD_REQUESTS_PER_WINDOW = 50;
export const CARD_WINDOW_MS = 10_000;
export const CARD_LIMIT_CODE = 'renvoi-limit';

/** A card's data as the content script holds it: ready, on its way, or failed (asked again on the next hover). */
export type CardEntry =
  | { state: 'ready'; data: CardData }
  | { state: 'loading' }
  /** `limited`: not loaded because of the page's cap on card requests (the card says so, not the raw error). */
  | { state: 'failed'; error: string; limited?: boolean };

/** The buttons of a card. */
export type CardAction = 'save' | 'copy' | 'open' | 'search' | 'close';

/**
 * Feedback after an action, shown in the card and announced. `detail` is the error sentence of a failure; a failed
 * save carries the saved list's error code so the card words it like the list does (`lib/references/saved-error-text.ts`).
 */
export type CardStatus =
  | { code: 'saved' | 'saved-again' | 'copied' | 'search-opened' | 'copy-failed' }
  | { code: 'save-failed'; reason: SavedErrorCode; detail: string }
  | { code: 'search-failed'; detail: string };
