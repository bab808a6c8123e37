import { describe, expect, it, vi } from 'vitest';
import { runCardAction } from '../../../lib/page/card/card-actions';
import { createCardActor } from '../../../lib/page/card/card-actor';
import type { Occurrence } from '../../../lib/page/read/find-in-run';
import type { ActionRequest, PageServices } from '../../../lib/page/session-types';
import { DEFAULT_SETTINGS } from '../../../lib/settings/values';
import { makeCitation, makeMeetingCard } from '../../factories/cards';

const occurrence = (): Occurrence =>
  ({
    id: 1,
    citation: makeCitation({ pinpoint: { paragraph: 45 }, targets: ['V.41'] }),
    context: 'Voir CTOC/COP/WG.4/2013/5, par. 45.',
  }) as Occurrence;

const services = (): PageServices => ({
  resolverData: async () => undefined,
  fetchCards: async () => ({}),
  save: vi.fn(async () => ({ merged: false })),
  openSearch: vi.fn(async () => undefined),
  openUrl: vi.fn(),
});

describe('createCardActor', () => {
  function setup(open: Occurrence | null) {
    const calls: string[] = [];
    const requests: ActionRequest[] = [];
    const svc = services();
    const card = {} as HTMLElement;
    const presenter = {
      shown: open,
      element: card,
      setStatus: vi.fn((occ: Occurrence, status: { code: string }) => calls.push(`status ${occ.id} ${status.code}`)),
    };
    const act = createCardActor({
      presenter,
      store: { get: () => ({ state: 'ready', data: makeMeetingCard() }) },
      services: svc,
      doc: { location: { href: 'https://www.unodc.org/page' }, title: 'A page' } as unknown as Document,
      source: (at) => ({ url: `https://example.org/reader#${at === undefined ? 'none' : 'block'}`, title: 'PDF' }),
      settings: () => DEFAULT_SETTINGS,
      dismiss: () => calls.push('dismiss'),
      // The card UI's side, as `render-card.tsx` runs it, in English with a clipboard that takes the text.
      run: (action, request) => {
        requests.push(request);
        return runCardAction(action, { ...request, lang: 'en', copy: async () => true });
      },
    });
    return { act, calls, svc, requests, card };
  }

  it.each([
    { action: 'close', calls: ['dismiss'] },
    { action: 'save', calls: ['status 1 saved'] },
    { action: 'copy', calls: ['status 1 copied'] },
    { action: 'open', calls: [] },
  ] as const)('$action on the open card: $calls', async ({ action, calls: expected }) => {
    const { act, calls } = setup(occurrence());
    await act(action);
    expect(calls).toEqual(expected);
  });

  it('asks for the open citation, with its card data and the card element', async () => {
    const { act, requests, card } = setup(occurrence());
    await act('copy');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ occ: { id: 1 }, entry: { state: 'ready' }, card });
  });

  it('does nothing without an open card', async () => {
    const { act, calls, svc, requests } = setup(null);
    await act('save');
    await act('close');
    expect(calls).toEqual([]);
    expect(requests).toEqual([]);
    expect(svc.save).not.toHaveBeenCalled();
  });

  it("saves the sighting on the page the source names for the citation's block", async () => {
    const { act, svc } = setup({ ...occurrence(), block: {} as Element } as Occurrence);
    await act('save');
    expect(vi.mocked(svc.save).mock.calls[0]![0].sighting?.url).toBe('https://example.org/reader#block');
  });
});
