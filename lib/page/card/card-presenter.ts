/**
 * The open hover card: which citation it shows, its status line, the line of the citation it hangs from, where focus
 * goes back on Esc, and the rendered element. It renders through the entry point's `CardView`, places the card next
 * to its citation (`position.ts`), marks the citation as active once the card is painted and re-renders when the
 * citation's data arrives. While the pointer dwells on a citation and no card is open, the card is rendered ahead,
 * placed and hidden, so that the dwell's end only has to make it visible (see `prepare`).
 * The page session decides when to show and hide (the hover controller); this module only does it. The card UI module
 * makes it (`CardView.presenter`), so the content script every page parses does not carry it; the session holds it
 * through `lazy-presenter.ts`.
 */

import type { CardModel } from '../../cards/card-model';
import { documentUrl } from '../../references/document-link';
import type { CardStatus } from '../../cards/card-data';
import { hookNow, measureHoverPainted } from '../bench-hooks';
import type { Occurrence } from '../read/find-in-run';
import type { CardPresenter, CardPresenterDeps } from '../session-types';
import { placeCard } from './position';

export type { CardModel } from '../../cards/card-model';
export type { CardPresenter, CardPresenterDeps } from '../session-types';

/**
 * Hides a card rendered ahead, or shows it. Transparent rather than `visibility: hidden`: Chrome's card has its own
 * compositing layer (`will-change: opacity` in card.css), so making it opaque again changes one compositor property,
 * where a visibility change updated the compositing inputs of the whole page (7–35 ms on the compendium page).
 * `inert` keeps the transparent card out of hit testing (the pointer reaches the page under it) and focus, and with
 * `aria-hidden` out of the accessibility tree: until it is shown, the card is not there for anyone.
 */
export function conceal(card: HTMLElement, hidden: boolean): void {
  card.style.opacity = hidden ? '0' : '';
  card.toggleAttribute('inert', hidden);
  if (hidden) card.setAttribute('aria-hidden', 'true');
  else card.removeAttribute('aria-hidden');
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
  /** The card rendered ahead (hidden) while the pointer dwells on its citation, and the line it was placed at. */
  let prepared: { occ: Occurrence; line: number; card: HTMLElement } | null = null;

  function model(occ: Occurrence): CardModel {
    const entry = store.get(occ.citation.key);
    const data = entry.state === 'ready' ? entry.data : null;
    return {
      citation: occ.citation,
      entry,
      documentUrl: documentUrl(occ.citation.kind, data?.linkSymbol, deps.documentBaseUrl()),
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

  /** Renders `occ`'s card (announced or not), opens it in the top layer and places it; null when none rendered. */
  function draw(occ: Occurrence, announce: boolean): HTMLElement | null {
    const card = view.render(model(occ), announce);
    if (!card) return null;
    try {
      if (typeof card.showPopover === 'function' && !card.matches(':popover-open')) card.showPopover();
    } catch {
      // No top layer here: the card's fixed position and z-index still put it above the page.
    }
    place(card, occ);
    return card;
  }

  function measure(occ: Occurrence): void {
    const state = store.get(occ.citation.key).state;
    if (hoverStart !== null && state !== 'loading') {
      measureHoverPainted(hoverStart, state, (callback) => deps.lifetime.requestAnimationFrame(callback));
      hoverStart = null;
    }
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
    const card = draw(occ, true);
    element = card;
    if (!card) return;
    conceal(card, false);
    if (focus) card.focus({ preventScroll: true });
    measure(occ);
  }

  /** Renders the card of the citation the pointer dwells on, hidden (see `prepare`). */
  function drawPrepared(occ: Occurrence, line: number): void {
    anchorLine = line;
    status = null;
    const card = draw(occ, false);
    prepared = card ? { occ, line, card } : null;
    if (card) conceal(card, true);
  }

  /**
   * The dwell ended on the citation whose card was rendered ahead: only make it visible (no render, no layout in
   * this frame). The live region announces it in the frame after, with the active mark.
   */
  function showPrepared(ready: NonNullable<typeof prepared>, line: number): void {
    prepared = null;
    shown = ready.occ;
    element = ready.card;
    if (line !== ready.line) {
      anchorLine = line;
      place(ready.card, ready.occ);
    }
    conceal(ready.card, false);
    measure(ready.occ);
  }

  /**
   * Chrome restyles the whole page when a highlight changes (15–17 ms on the compendium page): marking the citation
   * as active in the same frame as the card would hold the card back by that much. The mark follows in the frame
   * after the card is painted (a task queued from the next animation frame), if the card is still that citation's;
   * so does the live region's announcement of a card rendered ahead (its text would make the frame lay out again).
   */
  function afterPaint(occ: Occurrence, announce: boolean): void {
    deps.lifetime.requestAnimationFrame(() =>
      setTimeout(() => {
        if (shown !== occ) return;
        // Only the live region changes: the card is in place already.
        if (announce) view.render(model(occ), true);
        deps.setActive(occ.range);
      }, 0),
    );
  }

  store.onChange((keys) => {
    if (shown && keys.includes(shown.citation.key)) render(false);
    else if (prepared && keys.includes(prepared.occ.citation.key)) drawPrepared(prepared.occ, prepared.line);
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
      hoverStart = focus ? null : hookNow();
      const ready = prepared;
      if (!focus && ready?.occ === occ && ready.card.isConnected) {
        showPrepared(ready, line);
        afterPaint(occ, true);
        return;
      }
      prepared = null;
      shown = occ;
      status = null;
      anchorLine = focus ? 0 : line;
      store.retry(occ.citation.key);
      render(focus);
      afterPaint(occ, false);
    },
    prepare(occ, line) {
      if (occ && !shown && view.host) {
        store.retry(occ.citation.key);
        return drawPrepared(occ, line);
      }
      if (prepared && !shown) view.render(null);
      prepared = null;
    },
    hide({ restoreFocus }) {
      shown = null;
      prepared = null;
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
      else if (prepared) drawPrepared(prepared.occ, prepared.line);
    },
    reposition() {
      if (element && shown) place(element, shown);
      else if (prepared) place(prepared.card, prepared.occ);
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
