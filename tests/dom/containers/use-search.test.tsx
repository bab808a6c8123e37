// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetSearch, SEARCH_PAGE, useSearch } from '../../../containers/search/use-search';
import type { RecordServices } from '../../../containers/search/record-services';
import { createSearchEngine } from '../../../lib/search';
import type { ActionOutcome } from '../../../lib/search/record-actions';
import { makeCorpus, makeItem } from '../../factories/corpus';
import { call, renderHook, settle, type HookProbe, unmountHooks } from '../../factories/hooks';
import { useLocale } from '../../factories/i18n';

/** 30 recommendations of meeting I, all of theme "formation": more than one page of results for "formation". */
const many = Array.from({ length: 30 }, (_, i) => makeItem(`I.${i + 1}`, { text: `Formation des agents ${i + 1}.` }));
const corpus = makeCorpus({
  items: many,
  meetings: [makeCorpus().meetings[0]!, { ...makeCorpus().meetings[1]!, itemIds: [] }],
  instruments: [{ ...makeCorpus().instruments[0]!, itemIds: [] }],
  themes: [
    { id: 'formation', name: 'formation', itemIds: many.map((i) => i.id) },
    { id: 'cooperation', name: 'cooperation', itemIds: ['I.2'] },
  ],
  citedBy: {},
});
const engine = createSearchEngine(corpus);

/** Fake services: the engine read from a promise the test controls (or ready at once), actions recorded. */
function fakeServices(over: Partial<Omit<RecordServices, 'runAction'>> = {}) {
  const runAction = vi.fn<RecordServices['runAction']>(async () => ({ ok: true, done: 'saved' }));
  return { engine: vi.fn(() => Promise.resolve(engine)), readyEngine: () => null, ...over, runAction };
}

const ids = (probe: HookProbe<ReturnType<typeof useSearch>>) => probe.current.entries.map((e) => e.summary.id);

describe('useSearch (the Search tab container)', () => {
  beforeEach(() => useLocale('en'));
  afterEach(() => {
    unmountHooks();
    forgetSearch();
  });

  it('shows results in its first render when the engine is already built, and reads no engine then', async () => {
    const services = fakeServices({ readyEngine: () => engine });
    const probe = await renderHook(() => useSearch('I.7', services));
    expect(probe.renders[0]!.phase).toBe('ready');
    expect(probe.renders[0]!.entries[0]?.summary.id).toBe('I.7');
    expect(services.engine).not.toHaveBeenCalled();
  });

  it('is loading until the engine is read, then searches the initial query', async () => {
    let resolve!: (value: typeof engine) => void;
    const services = fakeServices({ engine: vi.fn(() => new Promise<typeof engine>((r) => (resolve = r))) });
    const probe = await renderHook(() => useSearch('I.3', services));
    expect(probe.current).toMatchObject({ phase: 'loading', entries: [], summary: null });
    resolve(engine);
    await settle();
    expect(probe.current.phase).toBe('ready');
    expect(ids(probe)[0]).toBe('I.3');
    expect(probe.current.summary).toMatchObject({ filtered: false });
  });

  it('says why when the corpus cannot be read', async () => {
    const services = fakeServices({ engine: () => Promise.reject(new Error('disk on fire')) });
    const probe = await renderHook(() => useSearch('', services));
    await settle();
    expect(probe.current.phase).toBe('error');
    expect(probe.current.error).toBe('The compendium could not be loaded: disk on fire');
  });

  it('pages the results: "Show more" adds a page, a new query starts again at one page', async () => {
    const probe = await renderHook(() => useSearch('formation', fakeServices({ readyEngine: () => engine })));
    expect(probe.current.entries).toHaveLength(SEARCH_PAGE);
    expect(probe.current.more?.label).toBe('Show more results');
    await call(() => probe.current.more!.onClick());
    expect(probe.current.entries.length).toBeGreaterThan(SEARCH_PAGE);
    expect(probe.current.more).toBeNull();
    await call(() => probe.current.onQuery('agents'));
    expect(probe.current.entries).toHaveLength(SEARCH_PAGE);
  });

  it('opens a record by its id, and searches within a theme with an empty box', async () => {
    const probe = await renderHook(() => useSearch('formation', fakeServices({ readyEngine: () => engine })));
    await call(() => probe.current.onRecord!('I.12'));
    expect(probe.current.query).toBe('I.12');
    expect(ids(probe)[0]).toBe('I.12');
    await call(() => probe.current.onTheme!('cooperation'));
    expect(probe.current.query).toBe('');
    expect(probe.current.filters).toEqual({ themeId: 'cooperation' });
    expect(ids(probe)).toEqual(['I.2']);
    expect(probe.current.summary?.filtered).toBe(true);
  });

  it.each<[string, ActionOutcome, string]>([
    ['done', { ok: true, done: 'saved' }, 'Saved to your list.'],
    ['failed', { ok: false, error: 'no room' }, 'That did not work: no room'],
  ])(
    'runs a record action on the engine in the interface language and words the outcome (%s)',
    async (_, outcome, text) => {
      const services = fakeServices({ readyEngine: () => engine });
      services.runAction.mockResolvedValue(outcome);
      const probe = await renderHook(() => useSearch('I.4', services));
      expect(await probe.current.onAction!('I.4', 'save')).toBe(text);
      expect(services.runAction).toHaveBeenCalledWith(engine.lookup, 'I.4', 'save', 'en');
    },
  );

  it('keeps the query and the filters when the tab is left and shown again', async () => {
    const probe = await renderHook(() => useSearch('', fakeServices({ readyEngine: () => engine })));
    await call(() => probe.current.onFilters({ themeId: 'formation' }));
    await call(() => probe.current.onQuery('agents 5'));
    probe.unmount();
    const again = await renderHook(() => useSearch('ignored', fakeServices({ readyEngine: () => engine })));
    expect(again.current.query).toBe('agents 5');
    expect(again.current.filters).toEqual({ themeId: 'formation' });
  });

  it('offers the meetings and sessions of the corpus as filters, worded', async () => {
    const probe = await renderHook(() => useSearch('', fakeServices({ readyEngine: () => engine })));
    expect(probe.current.filterOptions.groups.map((g) => g.label)).toContain('Meeting I (2009)');
  });
});
