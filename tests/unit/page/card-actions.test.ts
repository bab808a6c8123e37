import { describe, expect, it, vi } from 'vitest';
import { runCardAction, saveRequest, type ActionContext } from '../../../lib/page/card/card-actions';
import type { Occurrence } from '../../../lib/page/read/find-in-run';
import type { PageServices } from '../../../lib/page/session-types';
import { DEFAULT_SETTINGS } from '../../../lib/settings/values';
import { makeCitation, makeMeetingCard } from '../../factories/cards';

const occurrence = (): Occurrence =>
  ({
    id: 1,
    citation: makeCitation({ pinpoint: { paragraph: 45 }, targets: ['V.41'] }),
    context: 'Voir CTOC/COP/WG.4/2013/5, par. 45.',
  }) as Occurrence;

const services = (overrides: Partial<PageServices> = {}): PageServices => ({
  resolverData: async () => undefined,
  fetchCards: async () => ({}),
  save: vi.fn(async () => ({ merged: false })),
  openSearch: vi.fn(async () => undefined),
  openUrl: vi.fn(),
  ...overrides,
});

const context = (overrides: Partial<ActionContext> = {}): ActionContext => ({
  occ: occurrence(),
  entry: { state: 'ready', data: makeMeetingCard() },
  services: services(),
  settings: DEFAULT_SETTINGS,
  lang: 'en',
  doc: { location: { href: 'https://www.unodc.org/page' }, title: 'A page' } as unknown as Document,
  card: null,
  copy: vi.fn(async () => true),
  ...overrides,
});

describe('saveRequest', () => {
  it('sends the citation, its label and the page where it was seen', () => {
    expect(saveRequest(context())).toEqual({
      key: 'CTOC/COP/WG.4/2013/5',
      kind: 'symbol',
      label: 'Working Group report, 2013 (CTOC/COP/WG.4/2013/5)',
      pinpoint: { paragraph: 45 },
      targets: ['V.41'],
      sighting: { url: 'https://www.unodc.org/page', title: 'A page', context: 'Voir CTOC/COP/WG.4/2013/5, par. 45.' },
    });
  });

  it.each(['file:///home/report.html', 'about:blank'])(
    'sends no sighting for %s (the saved list keeps web pages)',
    (href) => {
      const request = saveRequest(context({ doc: { location: { href }, title: 'x' } as unknown as Document }));
      expect(request.sighting).toBeUndefined();
    },
  );

  it('leaves the label to the background while the card data is not there', () => {
    expect(saveRequest(context({ entry: { state: 'loading' } })).label).toBe('');
  });
});

describe('runCardAction', () => {
  it.each([
    ['save', { merged: false }, { code: 'saved' }],
    ['save', { merged: true }, { code: 'saved-again' }],
  ] as const)('%s → %o', async (action, answer, status) => {
    const ctx = context({ services: services({ save: async () => answer }) });
    expect(await runCardAction(action, ctx)).toEqual(status);
  });

  it('words a saved-list error by its code', async () => {
    const save = async () => {
      throw new Error('renvoi-saved:quota: QuotaExceededError');
    };
    expect(await runCardAction('save', context({ services: services({ save }) }))).toEqual({
      code: 'save-failed',
      reason: 'quota',
      detail: 'QuotaExceededError',
    });
  });

  it('copies the full reference', async () => {
    const ctx = context();
    expect(await runCardAction('copy', ctx)).toEqual({ code: 'copied' });
    expect(ctx.copy).toHaveBeenCalledWith('Working Group report, 2013 (CTOC/COP/WG.4/2013/5), para. 45', null);
  });

  it('says when the copy failed', async () => {
    expect(await runCardAction('copy', context({ copy: async () => false }))).toEqual({ code: 'copy-failed' });
  });

  it('opens the document at the configured base', async () => {
    const ctx = context({ settings: { ...DEFAULT_SETTINGS, documentBaseUrl: 'https://docs.un.org/' } });
    expect(await runCardAction('open', ctx)).toBeNull();
    expect(ctx.services.openUrl).toHaveBeenCalledWith('https://docs.un.org/CTOC/COP/WG.4/2013/5');
  });

  it('opens the search on the key, and says when it could not', async () => {
    expect(await runCardAction('search', context())).toEqual({ code: 'search-opened' });
    const openSearch = async () => {
      throw new Error('No answer to "cards/open-search"');
    };
    expect(await runCardAction('search', context({ services: services({ openSearch }) }))).toEqual({
      code: 'search-failed',
      detail: 'No answer to "cards/open-search"',
    });
  });
});
