// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardData } from '../../../lib/cards/card-data';
import { createCardPresenter, type CardPresenter } from '../../../lib/page/card/card-presenter';
import { CardStore } from '../../../lib/page/card/card-store';
import { concealed, externalCard, makeCardView, type FakeCardView, makeOccurrence } from '../../factories/page-session';

interface Harness {
  presenter: CardPresenter;
  view: FakeCardView;
  store: CardStore;
  active: (Range | null)[];
  /** Answers the pending `cards/for-keys` request. */
  answer(cards: Record<string, CardData>): Promise<void>;
}

async function harness(options: { mounted?: boolean } = {}): Promise<Harness> {
  const view = makeCardView(document);
  if (options.mounted ?? true) await view.mount();
  let answer: (cards: Record<string, CardData>) => void = () => undefined;
  const store = new CardStore(() => new Promise((resolve) => (answer = resolve)));
  const active: (Range | null)[] = [];
  const presenter = createCardPresenter({
    win: window,
    view,
    store,
    lifetime: { requestAnimationFrame: (callback) => window.requestAnimationFrame(callback) },
    setActive: (range) => active.push(range),
    documentBaseUrl: () => 'https://undocs.org/',
    onAction: () => undefined,
    onFocusLeave: () => undefined,
  });
  return {
    presenter,
    view,
    store,
    active,
    answer: async (cards) => {
      answer(cards);
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

beforeEach(() => {
  document.body.innerHTML = '<button id="page-button">page</button>';
});

afterEach(() => vi.unstubAllEnvs());

describe('createCardPresenter', () => {
  it('shows a card, marks its citation active after painting it, and renders it again when its data arrives', async () => {
    const h = await harness();
    const occ = makeOccurrence(1, 'CTOC/COP/WG.4/2011/8');
    const loading = h.store.load(['CTOC/COP/WG.4/2011/8']);
    h.presenter.show(occ, { focus: false, line: 0 });
    expect(h.view.model).toMatchObject({ citation: { key: 'CTOC/COP/WG.4/2011/8' }, entry: { state: 'loading' } });
    expect(h.presenter.shown).toBe(occ);
    expect(h.presenter.element).toBe(h.view.dialog);
    // The active mark follows once the card is painted (changing a highlight restyles the page).
    expect(h.active).toEqual([]);
    await vi.waitFor(() => expect(h.active).toEqual([occ.range]));
    await h.answer({ 'CTOC/COP/WG.4/2011/8': externalCard('CTOC/COP/WG.4/2011/8') });
    await loading;
    expect(h.view.model?.entry).toMatchObject({ state: 'ready' });
  });

  it('measures hover to card painted once the card has its data (benchmark hook)', async () => {
    vi.stubEnv('WXT_RENVOI_BENCH', 'true'); // a benchmark build (bench-hooks.ts)
    const measure = vi.spyOn(performance, 'measure');
    const h = await harness();
    const loading = h.store.load(['COP decision 4/4']);
    h.presenter.show(makeOccurrence(1, 'COP decision 4/4'), { focus: false, line: 0 });
    await h.answer({ 'COP decision 4/4': externalCard('COP decision 4/4') });
    await loading;
    await vi.waitFor(() => expect(measure).toHaveBeenCalledWith('renvoi:hover', expect.anything()));
    expect(measure.mock.calls.filter(([name]) => name === 'renvoi:hover')).toHaveLength(1);
    expect(measure.mock.calls.find(([name]) => name === 'renvoi:hover')?.[1]).toMatchObject({
      detail: { state: 'ready' },
    });
  });

  it('gives focus to a keyboard card and back to the page element on Esc, across card changes', async () => {
    const h = await harness();
    const button = document.getElementById('page-button')!;
    button.focus();
    h.presenter.show(makeOccurrence(1, 'COP decision 4/4'), { focus: true, line: 0 });
    expect(h.view.shadow?.activeElement).toBe(h.view.dialog);
    h.presenter.show(makeOccurrence(2, 'COP resolution 5/2'), { focus: true, line: 0 });
    h.presenter.hide({ restoreFocus: true });
    expect(document.activeElement).toBe(button);
    expect(h.view.model).toBeNull();
    expect(h.active.at(-1)).toBeNull();
  });

  it.each([
    ['the open card', true],
    ['a card closed since', false],
  ])('shows an action outcome only on %s', async (_, stillOpen) => {
    const h = await harness();
    const occ = makeOccurrence(1, 'COP decision 4/4');
    h.presenter.show(occ, { focus: false, line: 0 });
    if (!stillOpen) h.presenter.show(makeOccurrence(2, 'COP resolution 5/2'), { focus: false, line: 0 });
    h.presenter.setStatus(occ, { code: 'saved' });
    expect(h.view.model?.status).toEqual(stillOpen ? { code: 'saved' } : null);
  });

  it('follows its citation to the occurrence a rescan found again, and reports one that went', async () => {
    const h = await harness();
    const occ = makeOccurrence(7, 'COP decision 4/4');
    const again = makeOccurrence(7, 'COP decision 4/4');
    h.presenter.show(occ, { focus: false, line: 0 });
    await vi.waitFor(() => expect(h.active).toEqual([occ.range]));
    expect(h.presenter.follow((id) => (id === 7 ? again : undefined))).toBe(true);
    expect(h.presenter.shown).toBe(again);
    expect(h.active.at(-1)).toBe(again.range);
    expect(h.presenter.follow(() => undefined)).toBe(false);
  });

  it('never marks a citation whose card closed before it was painted', async () => {
    const h = await harness();
    h.presenter.show(makeOccurrence(1, 'COP decision 4/4'), { focus: false, line: 0 });
    h.presenter.hide({ restoreFocus: false });
    await new Promise((r) => setTimeout(r, 50));
    expect(h.active).toEqual([null]);
  });

  it('mounts the view first when it is not yet in the page', async () => {
    const h = await harness({ mounted: false });
    h.presenter.show(makeOccurrence(1, 'COP decision 4/4'), { focus: false, line: 0 });
    expect(h.view.model).toBeNull();
    await vi.waitFor(() => expect(h.view.model?.citation.key).toBe('COP decision 4/4'));
    expect(h.view.host?.isConnected).toBe(true);
  });
});

describe('createCardPresenter: the card rendered ahead while the pointer dwells', () => {
  it('renders it hidden and unannounced, then only makes it visible at the dwell end', async () => {
    const h = await harness();
    const occ = makeOccurrence(1, 'COP decision 4/4');
    h.presenter.prepare(occ, 0);
    expect(h.view.model?.citation.key).toBe('COP decision 4/4');
    expect(h.view.announced).toBe(false);
    expect(concealed(h.view.dialog)).toBe(true);
    expect(h.presenter.shown).toBeNull();
    expect(h.presenter.element).toBeNull();
    const dialog = h.view.dialog;
    const renders = h.view.renders;
    h.presenter.show(occ, { focus: false, line: 0 });
    // Nothing rendered at the dwell's end: the same element, made visible.
    expect(h.view.renders).toBe(renders);
    expect(h.presenter.shown).toBe(occ);
    expect(h.presenter.element).toBe(dialog);
    expect(concealed(dialog)).toBe(false);
    // Announced (and its citation marked active) once painted.
    await vi.waitFor(() => expect(h.view.announced).toBe(true));
    await vi.waitFor(() => expect(h.active).toEqual([occ.range]));
    expect(concealed(h.view.dialog)).toBe(false);
  });

  it('drops it when the dwell ends without a card', async () => {
    const h = await harness();
    h.presenter.prepare(makeOccurrence(1, 'COP decision 4/4'), 0);
    h.presenter.prepare(null, 0);
    expect(h.view.model).toBeNull();
    expect(h.view.dialog).toBeNull();
  });

  it('leaves an open card alone (the view holds one card): the next one renders at the dwell end', async () => {
    const h = await harness();
    const open = makeOccurrence(1, 'COP decision 4/4');
    const next = makeOccurrence(2, 'COP resolution 5/2');
    h.presenter.show(open, { focus: false, line: 0 });
    h.presenter.prepare(next, 0);
    expect(h.view.model?.citation.key).toBe('COP decision 4/4');
    expect(h.view.announced).toBe(true);
    h.presenter.prepare(null, 0);
    expect(h.view.model?.citation.key).toBe('COP decision 4/4');
    h.presenter.show(next, { focus: false, line: 0 });
    expect(h.view.model?.citation.key).toBe('COP resolution 5/2');
    expect(h.view.announced).toBe(true);
    expect(concealed(h.view.dialog)).toBe(false);
  });

  it('renders it again, still hidden, when its data arrives during the dwell', async () => {
    const h = await harness();
    const loading = h.store.load(['COP decision 4/4']);
    h.presenter.prepare(makeOccurrence(1, 'COP decision 4/4'), 0);
    expect(h.view.model?.entry).toMatchObject({ state: 'loading' });
    await h.answer({ 'COP decision 4/4': externalCard('COP decision 4/4') });
    await loading;
    expect(h.view.model?.entry).toMatchObject({ state: 'ready' });
    expect(h.view.announced).toBe(false);
    expect(concealed(h.view.dialog)).toBe(true);
  });

  it('shows a citation other than the one rendered ahead by rendering it', async () => {
    const h = await harness();
    h.presenter.prepare(makeOccurrence(1, 'COP decision 4/4'), 0);
    h.presenter.show(makeOccurrence(2, 'COP resolution 5/2'), { focus: false, line: 0 });
    expect(h.view.model?.citation.key).toBe('COP resolution 5/2');
    expect(h.view.announced).toBe(true);
    expect(concealed(h.view.dialog)).toBe(false);
  });

  it('measures hover to painted from the dwell end for a card rendered ahead (benchmark hook)', async () => {
    vi.stubEnv('WXT_RENVOI_BENCH', 'true'); // a benchmark build (bench-hooks.ts)
    const measure = vi.spyOn(performance, 'measure');
    const h = await harness();
    const loading = h.store.load(['COP decision 4/4']);
    await h.answer({ 'COP decision 4/4': externalCard('COP decision 4/4') });
    await loading;
    const occ = makeOccurrence(1, 'COP decision 4/4');
    h.presenter.prepare(occ, 0);
    h.presenter.show(occ, { focus: false, line: 0 });
    await vi.waitFor(() => expect(measure).toHaveBeenCalledWith('renvoi:hover', expect.anything()));
    expect(measure.mock.calls.filter(([name]) => name === 'renvoi:hover')).toHaveLength(1);
  });
});
