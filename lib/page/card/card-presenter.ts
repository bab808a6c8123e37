/**
 * The open hover card: which citation it shows, its status line, the line of the citation it hangs from, where focus
 * goes back on Esc, and the rendered element. It renders through the entry point's `CardView`, places the card next
 * to its citation (`position.ts`), marks the citation as active once the card is painted and re-renders when the
 * citation's data arrives.
 * The page session decides when to show and hide (the hover controller); this module only does it.
 */

import type { CardModel } from '../../cards/card-model';
import { documentUrl } from '../../cards/document-link';
import type { CardAction, CardStatus } from '../../cards/types';
import { hookNow, measureHoverPainted } from '../bench-hooks';
import type { Occurrence } from '../read/find-in-run';
import type { CardView, PageLifetime } from '../session-types';
import type { CardStore } from './card-store';
import { placeCard } from './position';

export type { CardModel } from '../../cards/card-model';

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

export function createCardPresenter(deps: CardPresenterDeps): CardPresenter {
  const { win, view, store } = deps;
  const doc = win.document;
  let shown: Occurrence | null = null;
  let status: CardStatus | null = null;
  let anchorLine = 0;
  /** Where focus goes back on Esc: the page element focused before the first keyboard card. */
  let previousFocus: HTMLElement | null = null;
  let element: HTMLElement | null = null;
  /** When the dwell delay of the open card ended (benchmark hook); null once measured. */
  let hoverStart: number | null = null;

  function model(occ: Occurrence): CardModel {
    const entry = store.get(occ.citation.key);
    const data = entry.state === 'ready' ? entry.data : null;
    return {
      citation: occ.citation,
      entry,
      documentUrl: documentUrl(occ.citation.kind, data, deps.documentBaseUrl()),
      status,
      onAction: deps.onAction,
      onFocusLeave: deps.onFocusLeave,
    };
  }

  function place(card: HTMLElement, occ: Occurrence): void {
    const rects = occ.range.getClientRects();
    const anchor = rects[anchorLine] ?? rects[0] ?? occ.range.getBoundingClientRect();
    card.style.maxHeight = '';
    const size = card.getBoundingClientRect();
    const viewport = { width: doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight };
    const at = placeCard(anchor, { width: size.width, height: size.height }, viewport);
    card.style.left = `${at.left}px`;
    card.style.top = `${at.top}px`;
    card.style.maxHeight = `${at.maxHeight}px`;
    card.dataset.placement = at.placement;
  }

  function render(focus: boolean): void {
    const occ = shown;
    if (!occ) return;
    if (!view.host) {
      // Once: when mounting gave no host (a page without a place for it, or one that broke it), the card is not
      // shown rather than retried in a loop that would freeze the tab.
      void view.mount().then(() => {
        if (shown === occ && view.host) render(focus);
      });
      return;
    }
    const card = view.render(model(occ));
    element = card;
    if (!card) return;
    try {
      if (typeof card.showPopover === 'function' && !card.matches(':popover-open')) card.showPopover();
    } catch {
      // No top layer here: the card's fixed position and z-index still put it above the page.
    }
    place(card, occ);
    if (focus) card.focus({ preventScroll: true });
    const state = store.get(occ.citation.key).state;
    if (hoverStart !== null && state !== 'loading') {
      measureHoverPainted(hoverStart, state, (callback) => deps.lifetime.requestAnimationFrame(callback));
      hoverStart = null;
    }
  }

  /**
   * Chrome restyles the whole page when a highlight changes (15–17 ms on the compendium page): marking the citation
   * as active in the same frame as the card would hold the card back by that much. The mark follows in the frame
   * after the card is painted (a task queued from the next animation frame), if the card is still that citation's.
   */
  function markActiveAfterPaint(occ: Occurrence): void {
    deps.lifetime.requestAnimationFrame(() =>
      setTimeout(() => {
        if (shown === occ) deps.setActive(occ.range);
      }, 0),
    );
  }

  store.onChange((keys) => {
    if (shown && keys.includes(shown.citation.key)) render(false);
  });

  return {
    get shown() {
      return shown;
    },
    get element() {
      return element;
    },
    show(occ, { focus, line }) {
      // Moving from card to card keeps the first focus to give back.
      const active = doc.activeElement;
      if (focus && !(view.host !== null && active === view.host)) {
        previousFocus = active instanceof HTMLElement ? active : null;
      }
      shown = occ;
      status = null;
      hoverStart = focus ? null : hookNow();
      anchorLine = focus ? 0 : line;
      store.retry(occ.citation.key);
      render(focus);
      markActiveAfterPaint(occ);
    },
    hide({ restoreFocus }) {
      shown = null;
      status = null;
      element = null;
      view.render(null);
      deps.setActive(null);
      if (restoreFocus && previousFocus?.isConnected) previousFocus.focus({ preventScroll: true });
      previousFocus = null;
    },
    setStatus(occ, next) {
      if (shown !== occ) return;
      status = next;
      render(false);
    },
    refresh() {
      if (shown) render(false);
    },
    reposition() {
      if (element && shown) place(element, shown);
    },
    follow(find) {
      if (!shown) return true;
      const again = find(shown.id);
      if (again && again !== shown) {
        shown = again;
        deps.setActive(again.range);
      }
      return again !== undefined;
    },
  };
}
