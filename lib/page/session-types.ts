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
import type { CardStore, FetchCards } from './card/card-store';
import type { BaseRules } from './marks/highlights';
import type { CitationRegistry } from './marks/registry';
import type { Occurrence } from './read/find-in-run';
import type { PageEngine } from './scan/engine-on-demand';
import type { RunsReader } from './scan/page-scan';

export type { CardModel } from '../cards/card-model';

/** The card's rendering, provided by the entry point (Preact in a shadow root). */
export interface CardView {
  /** Renvoi's one host element, once mounted. */
  readonly host: Element | null;
  /** Adds the host element to the page (once). */
  mount(): Promise<void>;
  /**
   * Renders the card, or nothing; returns the dialog element when a card is rendered. `announce` false: the card is
   * rendered ahead of being shown (while the pointer dwells), so the live region must not announce it yet.
   */
  render(model: CardModel | null, announce?: boolean): HTMLElement | null;
  /**
   * The open card (`card/open-card.ts`: its presenter and its buttons), made by the card UI module once `mount` has
   * loaded it (null before, or where it could not be set up): what opens, places and re-renders the card, and runs
   * its buttons with the card's language and the clipboard, is not in the script every page parses. The session
   * asks through `card/lazy-presenter.ts`.
   */
  presenter(deps: OpenCardDeps): CardPresenter | null;
}

/** What the open card's presenter needs (`card/card-presenter.ts`). */
export interface CardPresenterDeps {
  win: Window;
  view: CardView;
  store: CardStore;
  lifetime: Pick<PageLifetime, 'requestAnimationFrame'>;
  /** Marks the citation whose card is open (null: none). */
  setActive(range: Range | null): void;
  /** Read at each render, so a changed setting shows on the open card. */
  documentBaseUrl(): string;
  onAction(action: CardAction): void;
  onFocusLeave(): void;
}

/** What the open card needs (`card/open-card.ts`): what its presenter needs, and what its buttons need. */
export interface OpenCardDeps extends Omit<CardPresenterDeps, 'onAction'> {
  services: PageServices;
  source: PageSessionOptions['source'];
  /** Read at each action, so a changed setting applies at once. */
  settings(): Settings;
  /** Closes the card (the close button: the hover controller's dismiss). */
  dismiss(): void;
}

export interface CardPresenter {
  /** The citation whose card is open, or null. */
  readonly shown: Occurrence | null;
  /** The rendered card element, or null. */
  readonly element: HTMLElement | null;
  /**
   * Opens the card of `occ`: `focus` for a card opened from the keyboard (focus moves into it), `line` the line box
   * of the citation it hangs from (where the pointer is).
   */
  show(occ: Occurrence, options: { focus: boolean; line: number }): void;
  /**
   * The pointer dwells on `occ` (hanging from its line `line`): when no card is open, renders its card ahead, placed
   * and hidden (the live region silent), so that `show` at the dwell's end only makes it visible. Null or undefined:
   * the dwell ended without a card (the pointer left), the card rendered ahead goes.
   */
  prepare(occ: Occurrence | null | undefined, line: number): void;
  hide(options: { restoreFocus: boolean }): void;
  /** Shows an action's outcome, if `occ`'s card is still the open one. */
  setStatus(occ: Occurrence, status: CardStatus): void;
  /** Renders the open card again (settings changed). */
  refresh(): void;
  /** Places the open card next to its citation again (the page scrolled or resized). */
  reposition(): void;
  /**
   * After a pass: a citation found again at the same place keeps its id, so the card follows it to its new
   * occurrence (`find` looks ids up). False when the shown citation is gone (the caller closes the card).
   */
  follow(find: (id: number) => Occurrence | undefined): boolean;
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
   * The sheet a highlight style adds to the page (see `marks/highlights.ts`): `overrideCss` in a content script (the
   * manifest injects the base `::highlight()` rules), `highlightCss` in Renvoi's own pages, which adopt them all.
   */
  baseRules: BaseRules;
  lifetime: PageLifetime;
  view: CardView;
  services: PageServices;
  settings: Settings;
  /**
   * The citation engine, asked for once, the first time the page's text may hold a citation: the content script
   * imports its module then (`entrypoints/content/engine-loader.ts`), Renvoi's own pages hand it over directly.
   */
  engine(): Promise<PageEngine>;
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
