/**
 * What an open hover card shows and the callbacks it answers with: the page layer's card presenter
 * (`lib/page/card/card-presenter.ts`) builds it, and `CitationCardProps` (components/card) extends it with the
 * interface language. Defined once here (types only) so the page layer and the components share it without either
 * importing the other.
 */

import type { Citation } from '../citations/types';
import type { CardAction, CardEntry, CardStatus } from './card-data';

export interface CardModel {
  citation: Citation;
  entry: CardEntry;
  /** Where "Open document" goes; null hides the button. */
  documentUrl: string | null;
  /** The outcome of the last action (saved, copied…), or null. */
  status: CardStatus | null;
  onAction(action: CardAction): void;
  /** Focus moved from inside the card to elsewhere. */
  onFocusLeave(): void;
}
