/**
 * A page session's contract: what it needs from the extension and gives to the card's rendering (the entry point
 * provides these: messaging, Preact in a shadow root, WXT's content-script context; tests provide fakes), and what
 * it offers its caller.
 */

import type { CardAction, CardEntry, CardStatus } from '../cards/card-data';
import type { CardModel } from '../cards/card-model';
import type { ResolverData } from '../citations';
import type { PageProtocol } from '../messaging/page-protocol';
import type { SaveRequest } from '../references/saved-types';
import type { Settings } from '../settings/values';
import type { FetchCards } from './card/card-store';
import type { BaseRules } from './marks/highlights';
import type { CitationRegistry } from './marks/registry';
import type { Occurrence } from './read/find-in-run';
import type { RunsReader } from './scan/page-scan';

export type { CardModel } from '../cards/card-model';

/** The card's rendering, provided by the entry point (Preact in a shadow root). */
export interface CardView {
  /** Renvoi's one host element, once mounted. */
  readonly host: Element | null;
  readonly shadow: ShadowRoot | null;
  /** Adds the host element to the page (once). */
  mount(): Promise<void>;
  /**
   * Renders the card, or nothing; returns the dialog element when a card is rendered. `announce` false: the card is
   * rendered ahead of being shown (while the pointer dwells), so the live region must not announce it yet.
   */
  render(model: CardModel | null, announce?: boolean): HTMLElement | null;
  /**
   * Runs a card button's action where the card is rendered: the card's UI module words the card (its language) and
   * holds the clipboard, so the script every page parses carries neither. Resolves to null before the card is set up.
   */
  act: ActionRunner;
}

/** What the page session knows of a card button's action: the citation, its card data, the page and its services. */
export interface ActionRequest {
  occ: Occurrence;
  entry: CardEntry;
  services: PageServices;
  settings: Settings;
  doc: Document;
  /** The card element (a copy fallback may put a temporary field in it). */
  card: HTMLElement | null;
  /** The page the citation is seen on, when it is not the document's own address (the PDF reader's PDF). */
  page?: { url: string; title: string };
}

/** Runs one of the card's buttons (close is the hover controller's): the status the card then shows, or null. */
export type ActionRunner = (action: Exclude<CardAction, 'close'>, request: ActionRequest) => Promise<CardStatus | null>;

/** What the session asks of the extension. */
export interface PageServices {
  resolverData(): Promise<ResolverData | undefined>;
  fetchCards: FetchCards;
  save(request: SaveRequest): Promise<{ merged: boolean }>;
  openSearch(query: string): Promise<void>;
  openUrl(url: string): void;
}

/** Timers and listeners that stop with the content script (WXT's `ctx` fits). */
export interface PageLifetime {
  signal: AbortSignal;
  setTimeout(handler: () => void, ms: number): number;
  requestAnimationFrame(callback: FrameRequestCallback): number;
}

export interface PageSessionOptions {
  win: Window;
  /**
   * What the session reads and watches: by default the document's body. A PDF viewer passes the element holding its
   * text layers (and calls `rescan` for each page's layer once rendered).
   */
  root?: Element;
  /** Reads text runs (default `textRuns`): the PDF reader joins lines and normalises text layers (lib/pdf). */
  readRuns?: RunsReader;
  /**
   * The page a citation is seen on, for saved sightings and "On this page" (default the document's address and
   * title): the PDF reader names the PDF (and the page of it `at`, the block a citation was found in), not its own
   * extension page.
   */
  source?(at?: Element): { url: string; title: string };
  /**
   * Where the marks' base `::highlight()` rules come from (see `marks/highlight-css.ts`): `manifest` in a content
   * script (the manifest injects them); `adopt` (default) in Renvoi's own pages, which adopt them.
   */
  baseRules?: BaseRules;
  lifetime: PageLifetime;
  view: CardView;
  services: PageServices;
  settings: Settings;
}

export interface PageSession {
  /** Starts marking (no-op when running); resolves once the first pass is done. */
  start(): Promise<void>;
  /** Removes every mark and the card, stops watching (no-op when stopped). */
  stop(): void;
  /** Applies changed settings (the caller starts or stops the session for on/off and paused sites). */
  applySettings(settings: Settings): void;
  /** The page changed its URL without loading (single-page apps): scan again. */
  navigated(): void;
  /** Reads a subtree again (its marks are replaced at once), e.g. a text layer the viewer just rendered. */
  rescan(subtree: Element): void;
  /** Resolves once the passes queued so far are done. */
  idle(): Promise<void>;
  /** What the popup's "On this page" lists. */
  citations(): PageProtocol['page/citations']['response'];
  /** Scrolls to the `index`-th occurrence of `key` and opens its card with focus; false when there is none. */
  reveal(key: string, index: number): boolean;
  readonly registry: CitationRegistry;
}
