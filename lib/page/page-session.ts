/**
 * Renvoi on one page (one frame), or on part of one (a PDF viewer's text layers): wiring only. It connects the marks
 * (registry, highlights), the scan queue and the mutation watcher, pointer and keyboard input, the hover controller
 * and the card presenter, and answers the popup. Everything browser-specific comes in through `PageSessionOptions`.
 */

import { CardStore } from './card/card-store';
import { createLazyPresenter } from './card/lazy-presenter';
import { pointedCitation } from './hover/hit-test';
import { createHoverController } from './hover/hover-controller';
import { HIDE_DELAY_MS } from './hover/hover-machine';
import { createNavigator } from './hover/navigator';
import { listenToPage } from './hover/page-input';
import { createHighlights } from './marks/highlights';
import { createHighlightWindow } from './marks/highlight-window';
import { CitationRegistry } from './marks/registry';
import { engineOnDemand } from './scan/engine-on-demand';
import { resolverOnDemand } from './scan/page-scan';
import { createScanQueue } from './scan/scan-queue';
import type { PageSession, PageSessionOptions } from './session-types';

export type * from './session-types';

export { HIDE_DELAY_MS } from './hover/hover-machine';

export function createPageSession(options: PageSessionOptions): PageSession {
  const { win, lifetime, view, services } = options;
  const doc = win.document;
  let settings = options.settings;
  const highlights = createHighlights(doc, settings.highlightStyle, options.baseRules);
  const registry = new CitationRegistry();
  const occurrencesIn = (block: Element) => registry.occurrencesIn(block);
  registry.connect(createHighlightWindow(win, highlights, occurrencesIn, () => registry.blocks()));
  const store = new CardStore(services.fetchCards, lifetime);
  /** The citation under the pointer and the line of it the pointer is on (the card hangs from that line). */
  let pointed: { id: number; line: number } | null = null;
  const lineOf = (id: number) => (pointed?.id === id ? pointed.line : 0);

  const presenter = createLazyPresenter({
    win,
    view,
    store,
    lifetime,
    setActive: (range) => highlights.setActive(range),
    documentBaseUrl: () => settings.documentBaseUrl,
    onFocusLeave: () => hover.send({ type: 'focus-left' }),
    services,
    source: options.source,
    settings: () => settings,
    dismiss: () => hover.send({ type: 'dismiss' }),
  });
  const hover = createHoverController({
    timing: () => ({ dwellMs: settings.dwellMs, hideMs: HIDE_DELAY_MS }),
    setTimeout: (handler, ms) => lifetime.setTimeout(handler, ms),
    clearTimeout: (id) => win.clearTimeout(id),
    show: (id, focus) => {
      const occ = registry.get(id);
      // Raised from inside an effect: queued, so the machine never re-enters itself.
      if (!occ) return queueMicrotask(() => hover.send({ type: 'reset' }));
      presenter.show(occ, { focus, line: focus ? 0 : lineOf(id) });
    },
    hide: (restoreFocus) => presenter.hide({ restoreFocus }),
    dwelling: (id) => presenter.prepare(id === null ? null : registry.get(id), id === null ? 0 : lineOf(id)),
  });
  const nav = createNavigator({
    registry,
    shown: () => presenter.shown,
    open: (id) => hover.send({ type: 'reveal', id }),
  });
  const resolver = resolverOnDemand(services.resolverData);
  const engine = engineOnDemand(options.engine);
  const root = () => options.root ?? doc.body ?? doc.documentElement;
  const queue = createScanQueue({
    win,
    lifetime,
    context: () => ({ doc, root: root(), registry, ownHost: view.host, resolver, engine, readRuns: options.readRuns }),
    watchRoot: () => options.root ?? doc.documentElement,
    inView: showMarks, // the marks in view are found: their cards are asked first, while the rest is read
    afterPass,
  });
  let passes = 0; // passes finished: in the popup's answer (the tests' "page was read"), never shown to the page
  function showMarks(): void {
    highlights.ensureStyles();
    void store.load(registry.keys());
  }
  function afterPass(): void {
    passes++;
    showMarks();
    if (registry.size > 0) void view.mount(); // the host, once there is something to show
    if (!presenter.follow((id) => registry.get(id))) hover.send({ type: 'reset' });
    nav.refresh();
  }

  return {
    registry,
    async start() {
      if (queue.running) return;
      const signal = queue.start();
      listenToPage({
        win,
        signal,
        lifetime,
        isOwn: (target) => view.host !== null && target === view.host,
        hitTest: (x, y) => (pointed = pointedCitation(doc, registry, x, y))?.id ?? null,
        report: (target) => hover.send({ type: 'pointer', target }),
        navigate: (direction) => nav.navigate(direction),
        escape: () => {
          if (!presenter.shown) return false;
          hover.send({ type: 'dismiss' });
          return true;
        },
        // Keep the open card next to its citation while the page scrolls or resizes.
        viewportChanged: () => presenter.reposition(),
      });
      await queue.idle();
    },
    stop() {
      if (!queue.running) return;
      queue.stop();
      hover.send({ type: 'reset' });
      registry.clear();
      highlights.clear();
      nav.reset();
    },
    applySettings(next) {
      if (next.highlightStyle !== settings.highlightStyle) highlights.setStyle(next.highlightStyle);
      settings = next;
      presenter.refresh();
    },
    navigated() {
      hover.send({ type: 'reset' });
      nav.reset();
      queue.enqueue('all');
    },
    rescan: (subtree) => queue.enqueue([subtree]),
    idle: () => queue.idle(),
    citations: () => {
      const page = options.source?.() ?? { url: doc.location?.href ?? '', title: doc.title };
      return { ...page, groups: registry.groups(), passes };
    },
    reveal: (key, index) => nav.revealNth(key, index),
  };
}
