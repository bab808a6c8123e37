// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CardStore } from '../../../lib/page/card/card-store';
import { createLazyPresenter } from '../../../lib/page/card/lazy-presenter';
import type { CardPresenter } from '../../../lib/page/session-types';
import { DEFAULT_SETTINGS } from '../../../lib/settings/values';
import {
  concealed,
  makeCardView,
  makePageServices,
  type FakeCardView,
  makeOccurrence,
} from '../../factories/page-session';

interface Harness {
  presenter: CardPresenter;
  view: FakeCardView;
  /** Keys of each `cards/for-keys` request. */
  fetched: string[][];
  /** Every `setActive` call (the active mark). */
  active: (Range | null)[];
  mounts: () => number;
  /** The card UI module finishes loading (`ok` false: it could not be set up, no host). */
  load(ok?: boolean): Promise<void>;
}

/** A card view whose card UI loads only when the test says so (the content script imports it). */
function harness(): Harness {
  const view = makeCardView(document);
  let finish: (ok: boolean) => void = () => undefined;
  const loaded = new Promise<boolean>((resolve) => (finish = resolve));
  let mounts = 0;
  const mount = async () => {
    mounts++;
    if (await loaded) await view.mount();
  };
  const held = new Proxy(view, { get: (target, name) => (name === 'mount' ? mount : Reflect.get(target, name)) });
  const services = makePageServices();
  const active: (Range | null)[] = [];
  const presenter = createLazyPresenter({
    win: window,
    view: held,
    store: new CardStore(services.fetchCards),
    lifetime: { requestAnimationFrame: (callback) => window.requestAnimationFrame(callback) },
    setActive: (range) => active.push(range),
    documentBaseUrl: () => 'https://undocs.org/',
    onFocusLeave: () => undefined,
    services,
    source: undefined,
    settings: () => DEFAULT_SETTINGS,
    dismiss: () => undefined,
  });
  return {
    presenter,
    view,
    fetched: services.fetched,
    active,
    mounts: () => mounts,
    async load(ok = true) {
      finish(ok);
      await loaded;
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('createLazyPresenter: a card asked for before the card UI has loaded', () => {
  it('asks for its data and marks its citation at once, and shows the card once the card UI is there', async () => {
    const h = harness();
    const occ = makeOccurrence(1, 'COP decision 4/4');
    h.presenter.show(occ, { focus: false, line: 0 });
    expect(h.presenter.shown).toBe(occ);
    expect(h.presenter.element).toBeNull();
    expect(h.view.model).toBeNull();
    expect(h.mounts()).toBe(1);
    await vi.waitFor(() => expect(h.fetched).toEqual([['COP decision 4/4']]));
    await vi.waitFor(() => expect(h.active).toEqual([occ.range]));
    await h.load();
    expect(h.view.model?.citation.key).toBe('COP decision 4/4');
    expect(h.presenter.shown).toBe(occ);
    expect(h.presenter.element).toBe(h.view.dialog);
    expect(concealed(h.view.dialog)).toBe(false);
  });

  it('shows no card once loaded when the card was closed meanwhile', async () => {
    const h = harness();
    h.presenter.show(makeOccurrence(1, 'COP decision 4/4'), { focus: false, line: 0 });
    h.presenter.hide({ restoreFocus: false });
    expect(h.presenter.shown).toBeNull();
    await h.load();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(h.view.renders).toBe(0);
    expect(h.presenter.shown).toBeNull();
    expect(h.active.at(-1)).toBeNull();
  });

  it('follows its citation to a later pass, and says when it is gone', async () => {
    const h = harness();
    const first = makeOccurrence(1, 'COP decision 4/4');
    const again = { ...first, range: first.range.cloneRange() };
    h.presenter.show(first, { focus: false, line: 0 });
    expect(h.presenter.follow((id) => (id === 1 ? again : undefined))).toBe(true);
    expect(h.presenter.shown).toBe(again);
    expect(h.active).toContain(again.range);
    await h.load();
    expect(h.presenter.shown).toBe(again);
    expect(h.presenter.follow(() => undefined)).toBe(false);
  });

  it('follows nothing and renders nothing ahead while no card is asked for and the card UI is not there', () => {
    const h = harness();
    expect(h.presenter.follow(() => undefined)).toBe(true);
    h.presenter.prepare(makeOccurrence(1, 'COP decision 4/4'), 0);
    h.presenter.refresh();
    h.presenter.reposition();
    expect(h.view.renders).toBe(0);
    expect(h.mounts()).toBe(0);
  });

  it('shows nothing on a page where the card UI could not be set up', async () => {
    const h = harness();
    h.presenter.show(makeOccurrence(1, 'COP decision 4/4'), { focus: false, line: 0 });
    await h.load(false);
    expect(h.view.host).toBeNull();
    expect(h.view.renders).toBe(0);
    expect(h.presenter.element).toBeNull();
  });
});

describe('createLazyPresenter: once the card UI is there', () => {
  it('is the card UI presenter: renders a card ahead while the pointer dwells, then shows it', async () => {
    const h = harness();
    await h.load();
    await h.view.mount();
    const occ = makeOccurrence(1, 'COP decision 4/4');
    h.presenter.prepare(occ, 0);
    expect(concealed(h.view.dialog)).toBe(true);
    expect(h.presenter.shown).toBeNull();
    const renders = h.view.renders;
    h.presenter.show(occ, { focus: false, line: 0 });
    expect(h.view.renders).toBe(renders);
    expect(h.presenter.shown).toBe(occ);
    expect(concealed(h.view.dialog)).toBe(false);
  });
});
