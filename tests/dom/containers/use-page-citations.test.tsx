// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PAGE_POLL_MS, usePageCitations, type OnThisPageServices } from '../../../containers/page/use-page-citations';
import { PageRequestError, type RequestPage } from '../../../lib/messaging/page-client';
import type { PageCitationGroup, PageProtocol } from '../../../lib/messaging/page-protocol';
import { createSearchEngine } from '../../../lib/search';
import { makeCorpus } from '../../factories/corpus';
import { renderHook, settle, unmountHooks } from '../../factories/hooks';

type Found = PageProtocol['page/citations']['response'];

const group = (key: string, targets: string[], count = 1): PageCitationGroup => ({
  key,
  kind: 'cop-instrument',
  text: key,
  inCorpus: targets.length > 0,
  count,
  targets,
});
const found = (...groups: PageCitationGroup[]): Found => ({ url: 'https://example.org/a', title: 'A', groups });
const engine = createSearchEngine(makeCorpus());

/** A fake tab 7 whose content script answers what `page` holds (or fails with `failure`). */
function fakeServices(
  page: { found: Found; revealed?: boolean; failure?: Error },
  over: Partial<OnThisPageServices> = {},
) {
  const requestPage = vi.fn(async (_tabId: number, type: string, _payload: unknown) => {
    if (page.failure) throw page.failure;
    return type === 'page/reveal' ? { revealed: page.revealed ?? true } : structuredClone(page.found);
  });
  const focusTab = vi.fn(async (_tabId: number) => undefined);
  const services: OnThisPageServices = {
    targetTab: async () => 7,
    engine: () => Promise.resolve(engine),
    focusTab,
    requestPage: requestPage as unknown as RequestPage,
    ...over,
  };
  return { services, requestPage, focusTab };
}

/** Moves the fake clock on, running the timers and the promises they settle. */
const tick = async (ms: number): Promise<void> => {
  await vi.advanceTimersByTimeAsync(ms);
};

describe('usePageCitations (the "On this page" container)', () => {
  afterEach(() => {
    unmountHooks();
    vi.useRealTimers();
  });

  it('is loading, then lists what the content script of the target tab found, with the themes it touches', async () => {
    const fake = fakeServices({ found: found(group('resolution 5/2', ['5/2:8.c']), group('I.1', ['I.1', 'I.2'])) });
    const probe = await renderHook(() => usePageCitations(fake.services));
    expect(probe.renders[0]!.phase).toBe('loading');
    await settle();
    expect(fake.requestPage).toHaveBeenCalledWith(7, 'page/citations', {});
    expect(probe.current.phase).toBe('ready');
    expect(probe.current.groups.map((g) => g.key)).toEqual(['resolution 5/2', 'I.1']);
    // I.1 and I.2 are in both themes of the test corpus; 5/2:8.c in "cooperation" only.
    expect(probe.current.themes).toEqual([
      { id: 'cooperation', name: 'cooperation', count: 2 },
      { id: 'formation', name: 'formation', count: 1 },
    ]);
  });

  it.each([
    ['no tab', { targetTab: async () => null }, {}],
    ['no content script', {}, { failure: new PageRequestError('no-answer', 'Receiving end does not exist') }],
    ['a malformed answer', {}, { failure: new PageRequestError('malformed', 'something else') }],
  ])('says the page cannot be read when there is %s', async (_, over, page) => {
    const fake = fakeServices({ found: found(), ...page }, over);
    const probe = await renderHook(() => usePageCitations(fake.services));
    await settle();
    expect(probe.current.phase).toBe('unavailable');
    expect(probe.current.groups).toEqual([]);
  });

  it('asks again each second while shown, shows what changed, and stops when the tab is left', async () => {
    vi.useFakeTimers();
    const page = { found: found(group('I.1', ['I.1'])) };
    const fake = fakeServices(page);
    const probe = await renderHook(() => usePageCitations(fake.services));
    await act(() => tick(0));
    expect(probe.current.groups.map((g) => g.key)).toEqual(['I.1']);
    const rendersBefore = probe.renders.length;
    await act(() => tick(PAGE_POLL_MS));
    expect(probe.renders.length).toBe(rendersBefore); // the same answer: no re-render
    page.found = found(group('I.1', ['I.1']), group('V.41', ['V.41']));
    await act(() => tick(PAGE_POLL_MS));
    expect(probe.current.groups.map((g) => g.key)).toEqual(['I.1', 'V.41']);
    const asked = fake.requestPage.mock.calls.length;
    probe.unmount();
    await vi.advanceTimersByTimeAsync(PAGE_POLL_MS * 3);
    expect(fake.requestPage.mock.calls.length).toBe(asked);
  });

  it.each([
    ['revealed', { revealed: true }, true, [[7]]],
    ['not found on the page', { revealed: false }, false, []],
  ])(
    'reveals a citation in the tab and brings the tab forward only when it was %s',
    async (_, page, result, focused) => {
      const fake = fakeServices({ found: found(group('I.1', ['I.1'], 2)), ...page });
      const probe = await renderHook(() => usePageCitations(fake.services));
      await settle();
      expect(await probe.current.onReveal('I.1', 1)).toBe(result);
      expect(fake.requestPage).toHaveBeenCalledWith(7, 'page/reveal', { key: 'I.1', index: 1 });
      expect(fake.focusTab.mock.calls).toEqual(focused);
    },
  );

  it('answers false to a reveal the page refuses or never answers', async () => {
    const page: { found: Found; failure?: Error } = { found: found(group('I.1', ['I.1'])) };
    const fake = fakeServices(page);
    const probe = await renderHook(() => usePageCitations(fake.services));
    await settle();
    page.failure = new PageRequestError('timeout', 'late');
    expect(await probe.current.onReveal('I.1', 0)).toBe(false);
    expect(fake.focusTab).not.toHaveBeenCalled();
  });
});
