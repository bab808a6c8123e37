/**
 * Renvoi on one page (one frame): scans and marks citations, follows changes and navigations, shows hover cards and
 * runs their actions, and answers the popup. Everything browser-specific it needs (messaging, the card's rendering,
 * timers bound to the content script's lifetime) comes in through `PageSessionOptions`, so the entry point only wires.
 */

import type { CardAction, CardStatus } from '../cards/types';
import type { ResolverData } from '../citations';
import type { Lang } from '../export/pinpoint';
import type { PageProtocol } from '../messaging/page-protocol';
import type { Settings } from '../settings/values';
import { documentUrl } from '../cards/document-link';
import { runCardAction } from './card-actions';
import { CardStore } from './card-store';
import type { Occurrence } from './find-in-run';
import { createHighlights } from './highlights';
import { createHighlightWindow } from './highlight-window';
import { hitTest } from './hit-test';
import { createHoverController } from './hover-controller';
import { nextIndex, type NavDirection } from './keyboard';
import { watchMutations, type MutationWatcher } from './mutation-watcher';
import { listenToPage } from './page-input';
import { rescanBlocks, scanDocument } from './page-scan';
import { placeCard } from './position';
import { CitationRegistry } from './registry';
import type { CardModel, CardView, PageLifetime, PageServices } from './session-types';
import { createSlicer } from './slicer';

export type { CardModel, CardView, PageLifetime, PageServices } from './session-types';

/** The hide delay after the pointer leaves citation and card (ms), as in Page Previews. */
export const HIDE_DELAY_MS = 300;

export interface PageSessionOptions {
  win: Window;
  lifetime: PageLifetime;
  view: CardView;
  services: PageServices;
  settings: Settings;
  lang: Lang;
}

export interface PageSession {
  /** Starts marking (no-op when running). */
  start(): Promise<void>;
  /** Removes every mark and the card, stops watching (no-op when stopped). */
  stop(): void;
  /** Applies changed settings (the caller starts or stops the session for on/off and paused sites). */
  applySettings(settings: Settings): void;
  /** The page changed its URL without loading (single-page apps): scan again. */
  navigated(): void;
  citations(): PageProtocol['page/citations']['response'];
  reveal(key: string, index: number): boolean;
  readonly registry: CitationRegistry;
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

export function createPageSession(options: PageSessionOptions): PageSession {
  const { win, lifetime, view, services, lang } = options;
  const doc = win.document;
  let settings = options.settings;
  const highlights = createHighlights(doc, settings.highlightStyle);
  const registry = new CitationRegistry();
  registry.connect(
    createHighlightWindow(
      win,
      highlights,
      (block) => registry.occurrencesIn(block),
      () => registry.blocks(),
    ),
  );
  const store = new CardStore(services.fetchCards);
  /**
   * The engine's resolver data, asked for the first time a scan meets a run with a digit: frames and pages without
   * any citation never wake the service worker for it. A failed request is asked again by the next scan.
   */
  let data: Promise<ResolverData | undefined> | null = null;
  const resolver = () =>
    (data ??= services.resolverData().catch(() => {
      data = null;
      return undefined;
    }));
  let running: AbortController | null = null;
  let chain: Promise<void> = Promise.resolve();
  let watcher: MutationWatcher | null = null;

  // The open card.
  let shown: Occurrence | null = null;
  let status: CardStatus | null = null;
  let anchorLine = 0;
  let previousFocus: HTMLElement | null = null;
  /** The rendered card element, for repositioning. */
  let cardElement: HTMLElement | null = null;
  /** Index (document order) of the citation keyboard navigation stands on. */
  let navCurrent: Occurrence | null = null;
  /** The citation under the pointer and the line of it the pointer is on. */
  let pointed: { id: number; line: number } | null = null;
  /** When the dwell delay of the open card ended (benchmark hook, see `renderShown`); null once measured. */
  let hoverStart: number | null = null;

  const isOwn = (target: EventTarget | null) => view.host !== null && target === view.host;

  const hover = createHoverController({
    timing: () => ({ dwellMs: settings.dwellMs, hideMs: HIDE_DELAY_MS }),
    setTimeout: (handler, ms) => lifetime.setTimeout(handler, ms),
    clearTimeout: (id) => win.clearTimeout(id),
    show: (id, focus) => show(id, focus),
    hide: (restoreFocus) => hide(restoreFocus),
  });
  /** Hover events raised from inside an effect are queued, so the machine never re-enters itself. */
  const later = (event: Parameters<typeof hover.send>[0]) => queueMicrotask(() => hover.send(event));

  function model(occ: Occurrence): CardModel {
    const entry = store.get(occ.citation.key);
    const cardData = entry.state === 'ready' ? entry.data : null;
    return {
      citation: occ.citation,
      entry,
      documentUrl: documentUrl(occ.citation.kind, cardData, settings.documentBaseUrl),
      status,
      onAction: (action) => void act(action),
      onFocusLeave: () => hover.send({ type: 'focus-left' }),
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

  function renderShown(focus: boolean): void {
    const occ = shown;
    if (!occ) return;
    if (!view.host) {
      void view.mount().then(() => {
        if (shown === occ) renderShown(focus);
      });
      return;
    }
    const card = view.render(model(occ));
    cardElement = card;
    if (!card) return;
    try {
      if (typeof card.showPopover === 'function' && !card.matches(':popover-open')) card.showPopover();
    } catch {
      // No top layer here: the card's fixed position and z-index still put it above the page.
    }
    place(card, occ);
    if (focus) card.focus({ preventScroll: true });
    // Benchmark hook (read by bench/): from the end of the dwell delay to the card painted with its data, as a
    // `renvoi:hover` measure; a task queued from the next animation frame runs once that frame is painted.
    if (hoverStart !== null && store.get(occ.citation.key).state !== 'loading') {
      const start = hoverStart;
      const detail = { state: store.get(occ.citation.key).state };
      hoverStart = null;
      lifetime.requestAnimationFrame(() => setTimeout(() => performance.measure('renvoi:hover', { start, detail }), 0));
    }
  }

  function show(id: number, focus: boolean): void {
    const occ = registry.get(id);
    if (!occ) return later({ type: 'reset' });
    // Where focus goes back on Esc: the page element focused before the first keyboard card (moving from card to
    // card keeps it).
    const active = doc.activeElement;
    if (focus && !isOwn(active)) previousFocus = active instanceof HTMLElement ? active : null;
    shown = occ;
    status = null;
    hoverStart = focus ? null : performance.now();
    anchorLine = !focus && pointed?.id === id ? pointed.line : 0;
    store.retry(occ.citation.key);
    highlights.setActive(occ.range);
    renderShown(focus);
  }

  function hide(restoreFocus: boolean): void {
    shown = null;
    status = null;
    cardElement = null;
    view.render(null);
    highlights.setActive(null);
    if (restoreFocus && previousFocus?.isConnected) previousFocus.focus({ preventScroll: true });
    previousFocus = null;
  }

  function setStatus(occ: Occurrence, next: CardStatus): void {
    if (shown !== occ) return;
    status = next;
    renderShown(false);
  }

  async function act(action: CardAction): Promise<void> {
    const occ = shown;
    if (!occ) return;
    if (action === 'close') return hover.send({ type: 'dismiss' });
    const entry = store.get(occ.citation.key);
    const next = await runCardAction(action, { occ, entry, services, settings, lang, doc, card: cardElement });
    if (next) setStatus(occ, next);
  }

  /** After each pass: fetch the new keys' cards in one message, show the host once there is something to show. */
  function afterPass(): void {
    highlights.ensureStyles();
    if (registry.size > 0) {
      void store.load(registry.keys());
      void view.mount();
    }
    // A citation found again at the same place keeps its id: follow it to its new occurrence, else close.
    const again = shown ? registry.get(shown.id) : undefined;
    if (shown && !again) hover.send({ type: 'reset' });
    else if (again && again !== shown) {
      shown = again;
      highlights.setActive(again.range);
    }
    navCurrent = navCurrent ? (registry.get(navCurrent.id) ?? null) : null;
  }

  /** After the next rendered frame; a hidden tab renders none, so at most 100 ms later. */
  const afterFrame = () =>
    new Promise<void>((resolve) => {
      lifetime.requestAnimationFrame(() => lifetime.setTimeout(resolve, 0));
      lifetime.setTimeout(resolve, 100);
    });

  function enqueue(work: Element[] | 'all'): void {
    const controller = running;
    if (!controller) return;
    chain = chain
      .then(async () => {
        if (controller.signal.aborted) return;
        const slicer = createSlicer(controller.signal);
        const ctx = { doc, registry, slicer, ownHost: view.host, resolver, afterFrame };
        // Benchmark hook (read by bench/): each pass — read, find, classify, resolve, register the highlights — is a
        // `renvoi:scan` (whole document) or `renvoi:rescan` measure on the page's performance timeline. Its detail
        // counts the citations found: on pages with many, `CSS.highlights` holds only those near the viewport.
        const passStart = performance.now();
        const complete = work === 'all' ? await scanDocument(ctx) : await rescanBlocks(work, ctx);
        if (controller.signal.aborted) return;
        afterPass();
        performance.measure(work === 'all' ? 'renvoi:scan' : 'renvoi:rescan', {
          start: passStart,
          detail: { citations: registry.size },
        });
        // The page changed under the walk: read everything again, at the watcher's (bounded) pace.
        if (!complete) watcher?.requestAll();
      })
      .catch((error: unknown) => {
        if (!isAbort(error)) console.warn('Renvoi: reading the page failed', error);
      });
  }

  function navigate(direction: NavDirection): void {
    const list = registry.inOrder();
    const current = navCurrent ? list.indexOf(navCurrent) : shown ? list.indexOf(shown) : -1;
    const index = nextIndex(list.length, current, direction);
    const occ = index === null ? undefined : list[index];
    if (occ) revealOccurrence(occ);
  }

  function revealOccurrence(occ: Occurrence): void {
    navCurrent = occ;
    const element = occ.nodes[0]?.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest' });
    hover.send({ type: 'reveal', id: occ.id });
  }

  function listen(signal: AbortSignal): void {
    listenToPage({
      win,
      signal,
      lifetime,
      isOwn,
      hitTest: (x, y) => {
        const hit = hitTest(doc, registry, x, y);
        if (!hit) {
          pointed = null;
          return null;
        }
        const line = [...hit.occurrence.range.getClientRects()].findIndex(
          (r) => r.top === hit.rect.top && r.left === hit.rect.left,
        );
        pointed = { id: hit.occurrence.id, line: Math.max(0, line) };
        return hit.occurrence.id;
      },
      report: (target) => hover.send({ type: 'pointer', target }),
      navigate,
      escape: () => {
        if (!shown) return false;
        hover.send({ type: 'dismiss' });
        return true;
      },
      // Keep the open card next to its citation while the page scrolls or resizes.
      viewportChanged: () => {
        if (cardElement && shown) place(cardElement, shown);
      },
    });
  }

  store.onChange((keys) => {
    if (shown && keys.includes(shown.citation.key)) renderShown(false);
  });

  return {
    registry,
    async start() {
      if (running) return;
      const controller = new AbortController();
      running = controller;
      lifetime.signal.addEventListener('abort', () => controller.abort(), { once: true });
      listen(controller.signal);
      watcher = watchMutations({
        root: doc.documentElement,
        ownHost: () => view.host,
        onDirty: (dirty) => enqueue(dirty),
        setTimeout: (handler, ms) => lifetime.setTimeout(handler, ms),
        clearTimeout: (id) => win.clearTimeout(id),
        now: () => performance.now(),
      });
      enqueue('all');
      await chain;
    },
    stop() {
      if (!running) return;
      running.abort();
      running = null;
      watcher?.disconnect();
      watcher = null;
      hover.send({ type: 'reset' });
      registry.clear();
      highlights.clear();
      navCurrent = null;
    },
    applySettings(next) {
      const styleChanged = next.highlightStyle !== settings.highlightStyle;
      settings = next;
      if (styleChanged) highlights.setStyle(next.highlightStyle);
      if (shown) renderShown(false);
    },
    navigated() {
      hover.send({ type: 'reset' });
      navCurrent = null;
      enqueue('all');
    },
    citations() {
      return { url: doc.location?.href ?? '', title: doc.title, groups: registry.groups() };
    },
    reveal(key, index) {
      const occ = registry.nth(key, index);
      if (!occ) return false;
      revealOccurrence(occ);
      return true;
    },
  };
}
