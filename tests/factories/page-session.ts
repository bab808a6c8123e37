/**
 * Fakes for driving a page session on happy-dom: the extension's services, the card's view, the content script's
 * lifetime, the CSS Custom Highlight API, and a tiny layout (happy-dom lays nothing out) so hit-testing has
 * something to hit.
 */

import { vi } from 'vitest';
import type { CardData } from '../../lib/cards/card-data';
import type { SaveRequest } from '../../lib/references/saved-types';
import { runCardAction } from '../../lib/page/card/card-actions';
import { createOpenCard } from '../../lib/page/card/open-card';
import { blockOf, isInlineElement } from '../../lib/page/read/text-runs';
import type { CardModel, CardView, PageLifetime, PageServices } from '../../lib/page/session-types';
import type { Occurrence } from '../../lib/page/read/find-in-run';
import { makeCitation } from './cards';

/** Card data for any key: a document whose text is not bundled. */
export const externalCard = (key: string): CardData => ({
  type: 'external',
  label: { en: `Document ${key}`, fr: `Document ${key}` },
  linkSymbol: null,
  citedBy: [],
  body: null,
  reportSymbol: null,
});

export interface FakeServices extends PageServices {
  /** The keys of each `cards/for-keys` request, in order. */
  fetched: string[][];
  saved: SaveRequest[];
}

export function makePageServices(): FakeServices {
  const fetched: string[][] = [];
  const saved: SaveRequest[] = [];
  return {
    fetched,
    saved,
    resolverData: async () => undefined,
    fetchCards: async (keys) => {
      fetched.push([...keys].sort());
      return Object.fromEntries(keys.map((key) => [key, externalCard(key)]));
    },
    save: async (request) => {
      saved.push(request);
      return { merged: false };
    },
    openSearch: async () => undefined,
    openUrl: () => undefined,
  };
}

export interface FakeCardView extends CardView {
  /** The host's shadow root, once mounted. */
  readonly shadow: ShadowRoot | null;
  /** What the card shows now (null: no card). */
  readonly model: CardModel | null;
  /** Whether the last render asked the live region to announce the card. */
  readonly announced: boolean;
  /** The rendered dialog, or null. */
  readonly dialog: HTMLElement | null;
  readonly renders: number;
}

/** A card view that renders a plain dialog with the key into a shadow root (the real one renders Preact). */
export function makeCardView(doc: Document): FakeCardView {
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let model: CardModel | null = null;
  let dialog: HTMLElement | null = null;
  let renders = 0;
  let announced = false;
  return {
    get announced() {
      return announced;
    },
    get host() {
      return host;
    },
    get shadow() {
      return shadow;
    },
    get model() {
      return model;
    },
    get dialog() {
      return dialog;
    },
    get renders() {
      return renders;
    },
    async mount() {
      if (host) return;
      host = doc.createElement('renvoi-ui');
      shadow = host.attachShadow({ mode: 'open' });
      doc.body.append(host);
    },
    render(next, announce = true) {
      renders++;
      model = next;
      announced = next !== null && announce;
      dialog?.remove();
      dialog = null;
      if (!next || !shadow) return null;
      dialog = doc.createElement('div');
      dialog.setAttribute('role', 'dialog');
      dialog.tabIndex = -1;
      dialog.textContent = next.citation.key;
      shadow.append(dialog);
      return dialog;
    },
    // The card UI's open card, once mounted: its actions in English, with a clipboard that takes the text.
    presenter: (deps) =>
      host
        ? createOpenCard(deps, (action, request) =>
            runCardAction(action, { ...request, lang: 'en', copy: async () => true }),
          )
        : null,
  };
}

export function makeLifetime(win: Window): PageLifetime & { controller: AbortController } {
  const controller = new AbortController();
  return {
    controller,
    signal: controller.signal,
    setTimeout: (handler, ms) => win.setTimeout(handler, ms),
    requestAnimationFrame: (callback) => win.requestAnimationFrame(callback),
  };
}

/** `CSS.highlights` and `Highlight` as in Chrome, enough for Renvoi's use: named sets of ranges. */
export function installHighlights(win: Window): Map<string, Set<AbstractRange>> {
  const registry = new Map<string, Set<AbstractRange>>();
  class FakeHighlight extends Set<AbstractRange> {
    priority = 0;
  }
  Object.assign(win, { Highlight: FakeHighlight });
  // happy-dom's `CSS` is a getter that builds a new object each time: replace it with one that keeps the registry.
  Object.defineProperty(win, 'CSS', { value: { highlights: registry }, configurable: true });
  return registry;
}

/** Width of a character and height of a block in the fake layout (px). */
const CHAR = 5;
const LINE = 20;

/** Every block of the body in document order, each one line of the fake layout. */
const blocks = (doc: Document): Element[] => [...doc.body.querySelectorAll('*')].filter((el) => !isInlineElement(el));

/** The text nodes of a block (its own line), in order. */
function textsOf(block: Element): Text[] {
  const texts: Text[] = [];
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (blockOf(node) === block) texts.push(node as Text);
  }
  return texts;
}

/** Position of `offset` in `node` along its block's line (characters). */
function column(node: Node, offset: number): { block: Element; at: number } | null {
  const block = blockOf(node);
  if (!block) return null;
  let at = 0;
  for (const text of textsOf(block)) {
    if (text === node) return { block, at: at + offset };
    at += text.data.length;
  }
  return null;
}

/**
 * A one-line-per-block layout: block i spans y ∈ [i·20, i·20 + 18], character c of its text x ∈ [c·5, c·5 + 5].
 * Installs `caretPositionFromPoint` and range rectangles on it, and returns the point in the middle of a range.
 */
export function installLayout(doc: Document): { pointOn(range: Range): { x: number; y: number } } {
  const rectOf = (range: Range): DOMRect | null => {
    const start = column(range.startContainer, range.startOffset);
    const end = column(range.endContainer, range.endOffset);
    if (!start || !end) return null;
    const top = blocks(doc).indexOf(start.block) * LINE;
    return new DOMRect(start.at * CHAR, top, (end.at - start.at) * CHAR, LINE - 2);
  };
  vi.spyOn(doc.defaultView!.Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    const rect = rectOf(this);
    return (rect ? [rect] : []) as unknown as DOMRectList;
  });
  Object.assign(doc, {
    caretPositionFromPoint: (x: number, y: number) => {
      const block = blocks(doc)[Math.floor(y / LINE)];
      let at = Math.floor(x / CHAR);
      for (const text of block ? textsOf(block) : []) {
        if (at < text.data.length) return { offsetNode: text, offset: at };
        at -= text.data.length;
      }
      return null;
    },
  });
  return {
    pointOn(range) {
      const rect = rectOf(range)!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
  };
}

/**
 * Whether a card element is concealed (rendered ahead while the pointer dwells: transparent, inert, aria-hidden), or shown;
 * throws when it is half of each, which neither a reader nor a test should see.
 */
export function concealed(card: HTMLElement | null | undefined): boolean {
  if (!card) throw new Error('no card element');
  const transparent = card.style.opacity === '0';
  const hidden = card.hasAttribute('inert') && card.getAttribute('aria-hidden') === 'true';
  const shown = !card.hasAttribute('inert') && !card.hasAttribute('aria-hidden');
  if (transparent ? !hidden : !shown)
    throw new Error('a card half concealed (opacity, inert and aria-hidden disagree)');
  return transparent;
}

/** An occurrence of `key` over the text of a fresh paragraph of the current document (`Voir <key>.`). */
export function makeOccurrence(id: number, key: string): Occurrence {
  const p = document.createElement('p');
  p.textContent = `Voir ${key}.`;
  document.body.append(p);
  const range = document.createRange();
  range.setStart(p.firstChild!, 5);
  range.setEnd(p.firstChild!, 5 + key.length);
  return {
    id,
    citation: makeCitation({ key, text: key }),
    range,
    nodes: [p.firstChild as Text],
    block: p,
    context: p.textContent,
  };
}
