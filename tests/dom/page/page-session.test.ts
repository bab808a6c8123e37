// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { highlightCss } from '../../../lib/page/marks/highlight-css';
import { createPageSession, HIDE_DELAY_MS } from '../../../lib/page/page-session';
import type { PageSession } from '../../../lib/page/session-types';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/values';
import {
  installHighlights,
  installLayout,
  makeCardView,
  makeLifetime,
  makePageServices,
  concealed,
  type FakeCardView,
  type FakeServices,
} from '../../factories/page-session';
import { PAGE_ENGINE } from '../../factories/page-engine';

/** Passages copied from the sample documents, with markup around the citations. */
const FIXTURE = readFileSync(resolve(import.meta.dirname, '../../fixtures/pages/citations-in-markup.html'), 'utf8');
const BODY = /<body>([\s\S]*)<\/body>/.exec(FIXTURE)![1]!;

const DWELL_MS = 20;
const settings: Settings = { ...DEFAULT_SETTINGS, dwellMs: DWELL_MS };

interface Setup {
  session: PageSession;
  view: FakeCardView;
  services: FakeServices;
  marks: Map<string, Set<AbstractRange>>;
  layout: ReturnType<typeof installLayout>;
}

let current: (Setup & { stopLifetime(): void }) | null = null;

function setup(options: { root?: Element } = {}): Setup {
  const marks = installHighlights(window);
  const layout = installLayout(document);
  const view = makeCardView(document);
  const services = makePageServices();
  const lifetime = makeLifetime(window);
  const session = createPageSession({
    win: window,
    lifetime,
    view,
    services,
    settings,
    baseRules: highlightCss,
    engine: async () => PAGE_ENGINE,
    ...options,
  });
  current = { session, view, services, marks, layout, stopLifetime: () => lifetime.controller.abort() };
  return current;
}

const keysOf = (session: PageSession) => session.registry.groups().map((g) => g.key);
const citationMarks = (marks: Map<string, Set<AbstractRange>>) => marks.get('renvoi-citation')?.size ?? 0;
const activeMarks = (marks: Map<string, Set<AbstractRange>>) => [...(marks.get('renvoi-citation-active') ?? [])];

/** An event as the reader's own input makes it (a page script's events are untrusted). */
function trusted<E extends Event>(event: E, isTrusted = true): E {
  Object.defineProperty(event, 'isTrusted', { value: isTrusted });
  return event;
}

function pointAt(x: number, y: number, isTrusted = true): void {
  document.body.dispatchEvent(
    trusted(
      new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse', bubbles: true }),
      isTrusted,
    ),
  );
}

const keyEvent = (code: 'KeyN' | 'KeyP', isTrusted = true) =>
  trusted(
    new KeyboardEvent('keydown', { code, altKey: true, shiftKey: true, bubbles: true, cancelable: true }),
    isTrusted,
  );

const key = (code: 'KeyN' | 'KeyP', isTrusted = true) => document.body.dispatchEvent(keyEvent(code, isTrusted));

beforeEach(() => {
  document.body.innerHTML = BODY;
});

afterEach(() => {
  current?.session.stop();
  current?.stopLifetime();
  current = null;
});

describe('a page session on happy-dom', () => {
  it('scans the page: citations found in text, none in fields or editable areas; cards asked once; marks registered', async () => {
    const { session, services, marks, view } = setup();
    await session.start();
    const keys = keysOf(session);
    expect(keys).toContain('CTOC/COP/WG.4/2011/8');
    expect(keys).toContain('COP resolution 5/2');
    expect(keys).toContain('CTOC/COP/WG.4/2013/5');
    expect(keys).toContain('A/RES/64/293');
    // The form's fields and the editable area hold "décision 3/3" and "décision 1/5": never read.
    expect(keys).not.toContain('COP decision 3/3');
    expect(keys).not.toContain('COP decision 1/5');
    expect(services.fetched).toEqual([[...keys].sort()]);
    expect(citationMarks(marks)).toBe(session.registry.size);
    expect(view.host?.isConnected).toBe(true);
    expect(session.citations().groups.map((g) => g.key)).toEqual(keys);
  });

  it('rescans a changed paragraph: new citations marked, a citation found again keeps its id, cards asked for new keys only', async () => {
    const { session, services } = setup();
    await session.start();
    const before = session.registry.inOrder().find((o) => o.citation.key === 'CTOC/COP/WG.4/2011/8')!;
    const p = document.createElement('p');
    p.textContent = 'Voir aussi le document CTOC/COP/WG.4/2019/2.';
    document.querySelector('main')!.append(p);
    document.getElementById('split-symbol')!.append(' Texte ajouté.');
    await vi.waitFor(() => expect(keysOf(session)).toContain('CTOC/COP/WG.4/2019/2'), { timeout: 3000 });
    const after = session.registry.inOrder().find((o) => o.citation.key === 'CTOC/COP/WG.4/2011/8')!;
    expect(after.id).toBe(before.id);
    await vi.waitFor(() => expect(services.fetched.at(-1)).toEqual(['CTOC/COP/WG.4/2019/2']));
  });

  it('opens a card after the pointer dwells on a citation, marks it active, and hides it after the pointer leaves', async () => {
    const { session, view, marks, layout } = setup();
    await session.start();
    const occ = session.registry.inOrder().find((o) => o.citation.key === 'COP resolution 5/2')!;
    const { x, y } = layout.pointOn(occ.range);
    pointAt(x, y);
    // The card is rendered ahead while the pointer dwells, then shown and announced.
    await vi.waitFor(() => expect(view.announced).toBe(true));
    expect(view.model?.citation.key).toBe('COP resolution 5/2');
    expect(view.model?.entry).toMatchObject({ state: 'ready' });
    expect(view.dialog?.isConnected).toBe(true);
    expect(concealed(view.dialog)).toBe(false);
    await vi.waitFor(() => expect(activeMarks(marks)).toEqual([occ.range]));
    // Off the citation (a margin far below every line): the card goes after the hide delay.
    pointAt(1, 10_000);
    await new Promise((r) => setTimeout(r, HIDE_DELAY_MS / 2));
    expect(view.model).not.toBeNull();
    await vi.waitFor(() => expect(view.model).toBeNull(), { timeout: HIDE_DELAY_MS * 4 });
    expect(activeMarks(marks)).toEqual([]);
  });

  it('moves through the citations with Alt+Shift+N and Alt+Shift+P, in document order, wrapping around', async () => {
    const { session, view } = setup();
    await session.start();
    const order = session.registry.inOrder().map((o) => o.citation.key);
    const shown = () => view.model?.citation.key;
    key('KeyN');
    expect(shown()).toBe(order[0]);
    expect(view.shadow?.activeElement).toBe(view.dialog);
    key('KeyN');
    expect(shown()).toBe(order[1]);
    key('KeyP');
    key('KeyP');
    expect(shown()).toBe(order.at(-1));
  });

  it('opens no card for a page script’s synthetic pointer or keys (untrusted events)', async () => {
    const { session, view, layout } = setup();
    await session.start();
    const occ = session.registry.inOrder()[0]!;
    const { x, y } = layout.pointOn(occ.range);
    pointAt(x, y, false);
    const forged = keyEvent('KeyN', false);
    document.body.dispatchEvent(forged);
    await new Promise((r) => setTimeout(r, 600));
    expect(view.model ?? null).toBeNull();
    expect(forged.defaultPrevented).toBe(false);
  });

  it('leaves Alt+Shift+N/P to a text area being typed in, and never stops a shortcut reaching the page', async () => {
    const { session, view } = setup();
    await session.start();
    const area = document.createElement('textarea');
    document.body.append(area);
    area.focus();
    const typed = keyEvent('KeyN');
    area.dispatchEvent(typed);
    expect(typed.defaultPrevented).toBe(false);
    expect(view.model ?? null).toBeNull();
    let pageSaw = false;
    document.body.addEventListener('keydown', () => (pageSaw = true));
    key('KeyN');
    expect(view.model).not.toBeNull();
    expect(pageSaw).toBe(true);
    area.remove();
  });

  it('runs a card action and shows its outcome on the card', async () => {
    const { session, view, services } = setup();
    await session.start();
    expect(session.reveal('COP resolution 5/2', 0)).toBe(true);
    view.model!.onAction('save');
    await vi.waitFor(() => expect(view.model?.status).toEqual({ code: 'saved' }));
    expect(services.saved.map((s) => s.key)).toEqual(['COP resolution 5/2']);
    view.model!.onAction('close');
    expect(view.model).toBeNull();
  });

  it('stops: marks, card and citations gone, and page changes no longer read', async () => {
    const { session, view, marks } = setup();
    await session.start();
    session.reveal('COP resolution 5/2', 0);
    expect(view.model).not.toBeNull();
    session.stop();
    expect(session.registry.size).toBe(0);
    expect(view.model).toBeNull();
    expect(marks.has('renvoi-citation')).toBe(false);
    const p = document.createElement('p');
    p.textContent = 'Voir la décision 4/4.';
    document.body.append(p);
    await new Promise((r) => setTimeout(r, 600));
    expect(session.registry.size).toBe(0);
  });

  it('reads only its root, and a subtree it is asked to rescan (a PDF viewer’s text layer)', async () => {
    document.body.innerHTML = '<p>Hors du lecteur : décision 4/4.</p><div id="viewer"><div class="page"></div></div>';
    const viewer = document.getElementById('viewer')!;
    const { session } = setup({ root: viewer });
    await session.start();
    expect(session.registry.size).toBe(0);
    const layer = viewer.querySelector('.page')!;
    layer.innerHTML = '<span>Dans sa résolution 5/2, la Conférence</span> <span>a décidé.</span>';
    session.rescan(layer);
    await session.idle();
    expect(keysOf(session)).toEqual(['COP resolution 5/2']);
  });
});
