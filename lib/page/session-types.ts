/**
 * What a page session needs from the extension and gives to the card's rendering. The entry point provides these
 * (messaging, Preact in a shadow root, WXT's content-script context); tests can provide fakes.
 */

import type { CardAction, CardEntry, CardStatus } from '../cards/types';
import type { ResolverData } from '../citations';
import type { Citation } from '../citations/types';
import type { SaveRequest } from '../messaging/saved-types';
import type { FetchCards } from './card-store';

/** What the card shows. */
export interface CardModel {
  citation: Citation;
  entry: CardEntry;
  /** Where "Open document" goes; null hides the button. */
  documentUrl: string | null;
  status: CardStatus | null;
  onAction(action: CardAction): void;
  /** Focus moved from inside the card to elsewhere. */
  onFocusLeave(): void;
}

/** The card's rendering, provided by the entry point (Preact in a shadow root). */
export interface CardView {
  /** Renvoi's one host element, once mounted. */
  readonly host: Element | null;
  readonly shadow: ShadowRoot | null;
  /** Adds the host element to the page (once). */
  mount(): Promise<void>;
  /** Renders the card, or nothing; returns the dialog element when a card is rendered. */
  render(model: CardModel | null): HTMLElement | null;
}

/** What the session asks of the extension. */
export interface PageServices {
  resolverData(): Promise<ResolverData | undefined>;
  fetchCards: FetchCards;
  save(request: SaveRequest): Promise<{ merged: boolean }>;
  openSearch(query: string): Promise<void>;
  openUrl(url: string): void;
  /** Copies text; `container` is Renvoi's own element where a fallback may put a temporary field. */
  copy(text: string, container: HTMLElement | null): Promise<boolean>;
}

/** Timers and listeners that stop with the content script (WXT's `ctx` fits). */
export interface PageLifetime {
  signal: AbortSignal;
  setTimeout(handler: () => void, ms: number): number;
  requestAnimationFrame(callback: FrameRequestCallback): number;
}
