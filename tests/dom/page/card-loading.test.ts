// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CardData } from '../../../lib/cards/card-data';
import { highlightCss } from '../../../lib/page/marks/highlight-css';
import { createPageSession } from '../../../lib/page/page-session';
import { createSlicer } from '../../../lib/page/scan/slicer';
import { warmUpEngine } from '../../../lib/page/scan/warm-up';
import type { PageSession } from '../../../lib/page/session-types';
import { DEFAULT_SETTINGS } from '../../../lib/settings/values';
import {
  externalCard,
  installHighlights,
  installLayout,
  makeCardView,
  makeLifetime,
  makePageServices,
  type FakeCardView,
} from '../../factories/page-session';
import { PAGE_ENGINE } from '../../factories/page-engine';

/**
 * How a page session asks for its cards (audit L4): the keys in view first, one request at a time. A long page of
 * Working Group report symbols, {@link PER_PARAGRAPH} distinct keys per paragraph; the reader has scrolled to
 * paragraph {@link SCROLLED}.
 */
const PARAGRAPHS = 80;
const PER_PARAGRAPH = 10;
const KEYS = PARAGRAPHS * PER_PARAGRAPH;
const SCROLLED = 40;
const BLOCK_HEIGHT = 100;
const VIEWPORT = 800;
const symbolOf = (paragraph: number, nth = 0) => `CTOC/COP/WG.4/2011/${paragraph * PER_PARAGRAPH + nth + 1}`;
const symbolsOf = (paragraph: number) => Array.from({ length: PER_PARAGRAPH }, (_, nth) => symbolOf(paragraph, nth));
/** The paragraphs whose box is within the viewport and half a screen above and below (the scan's "in view"). */
const IN_VIEW = Array.from({ length: PARAGRAPHS }, (_, i) => i).filter((i) => {
  const top = (i - SCROLLED) * BLOCK_HEIGHT;
  return top + 20 >= -VIEWPORT / 2 && top <= VIEWPORT * 1.5;
});

function page(): void {
  document.body.innerHTML = Array.from(
    { length: PARAGRAPHS },
    (_, i) => `<p data-i="${i}">Voir les rapports publiés sous les cotes ${symbolsOf(i).join(', ')}.</p>`,
  ).join('');
  vi.spyOn(window.HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const top = (Number(this.dataset.i ?? 0) - SCROLLED) * BLOCK_HEIGHT;
    return new DOMRect(0, top, 600, 20);
  });
  // The scan places a run by the box of its text: here, its paragraph's.
  vi.spyOn(window.Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
    return this.startContainer.parentElement?.getBoundingClientRect() ?? new DOMRect();
  });
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(VIEWPORT);
}

/** A background that records each `cards/for-keys` request and answers only when told, one at a time. */
function heldBackground() {
  const requests: string[][] = [];
  const held: (() => void)[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetchCards = (keys: string[]) => {
    requests.push([...keys]);
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    return new Promise<Record<string, CardData>>((resolve) =>
      held.push(() => {
        inFlight--;
        resolve(Object.fromEntries(keys.map((key) => [key, externalCard(key)])));
      }),
    );
  };
  return {
    fetchCards,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    /** Answers the request on its way, and waits for the next one (if any is due). */
    async answerNext(): Promise<void> {
      const before = requests.length;
      held.shift()?.();
      await vi.waitFor(() => expect(requests.length > before || held.length === 0).toBe(true));
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

let session: PageSession | null = null;
let stopLifetime = () => {};

function setup(background: ReturnType<typeof heldBackground>): { session: PageSession; view: FakeCardView } {
  installHighlights(window);
  const layout = installLayout(document);
  const view = makeCardView(document);
  const services = { ...makePageServices(), fetchCards: background.fetchCards };
  const lifetime = makeLifetime(window);
  stopLifetime = () => lifetime.controller.abort();
  session = createPageSession({
    win: window,
    lifetime,
    view,
    services,
    settings: { ...DEFAULT_SETTINGS, dwellMs: 20 },
    baseRules: highlightCss,
    engine: async () => PAGE_ENGINE,
  });
  return { session, view, ...{ layout } };
}

afterEach(() => {
  session?.stop();
  stopLifetime();
  session = null;
  vi.restoreAllMocks();
});

describe('a page session asking for its cards', () => {
  beforeAll(() => warmUpEngine(createSlicer(new AbortController().signal), undefined, PAGE_ENGINE));

  it('asks for the cards in view first, while the rest is read, then the rest one request after another', async () => {
    page();
    const background = heldBackground();
    const { session } = setup(background);
    await session.start();
    expect(session.registry.size).toBe(KEYS);
    // The first request holds exactly the keys in view: it left when the scan had marked them.
    expect(IN_VIEW.length).toBeGreaterThan(5);
    expect(background.requests[0]).toEqual(IN_VIEW.flatMap(symbolsOf));
    // Nothing else left while it was on its way.
    expect(background.requests).toHaveLength(1);
    while (background.requests.flat().length < KEYS) await background.answerNext();
    await background.answerNext();
    expect(background.maxInFlight).toBe(1);
    expect(background.requests.map((r) => r.length)).toEqual([
      IN_VIEW.length * PER_PARAGRAPH,
      500,
      KEYS - IN_VIEW.length * PER_PARAGRAPH - 500,
    ]);
    expect(new Set(background.requests.flat()).size).toBe(KEYS);
  });

  it('asks for the card the reader hovers before the rest of the page', async () => {
    page();
    const background = heldBackground();
    const { session, view } = setup(background);
    const layout = installLayout(document);
    await session.start();
    // The first batch (in view) is on its way; the reader hovers a citation far down the page meanwhile.
    const far = session.registry.inOrder().find((o) => o.citation.key === symbolOf(PARAGRAPHS - 1))!;
    const { x, y } = layout.pointOn(far.range);
    document.body.dispatchEvent(
      Object.defineProperty(
        new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse', bubbles: true }),
        'isTrusted',
        { value: true },
      ),
    );
    await vi.waitFor(() => expect(view.model?.citation.key).toBe(symbolOf(PARAGRAPHS - 1)));
    expect(view.model?.entry).toEqual({ state: 'loading' });
    await background.answerNext();
    expect(background.requests[1]![0]).toBe(symbolOf(PARAGRAPHS - 1));
    await background.answerNext();
    await vi.waitFor(() => expect(view.model?.entry).toMatchObject({ state: 'ready' }));
    expect(background.maxInFlight).toBe(1);
  });
});
