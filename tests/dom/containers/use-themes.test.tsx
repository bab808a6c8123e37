// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecordServices } from '../../../containers/search/record-services';
import { forgetTheme, useThemes, type ThemesState } from '../../../containers/themes/use-themes';
import { createSearchEngine } from '../../../lib/search';
import { makeCorpus, makeTheme } from '../../factories/corpus';
import { call, renderHook, settle, unmountHooks } from '../../factories/hooks';
import { useLocale } from '../../factories/i18n';

const corpus = makeCorpus({
  themes: [makeTheme('cooperation', ['I.2', '5/2:8.c'], { name: 'Coopération' }), makeTheme('formation', ['V.41'])],
});
const engine = createSearchEngine(corpus);

function fakeServices(over: Partial<Omit<RecordServices, 'runAction'>> = {}) {
  const runAction = vi.fn<RecordServices['runAction']>(async () => ({ ok: true, done: 'copied' }));
  return { engine: vi.fn(() => Promise.resolve(engine)), readyEngine: () => engine, ...over, runAction };
}

function as<K extends ThemesState['kind']>(state: ThemesState, kind: K): Extract<ThemesState, { kind: K }> {
  expect(state.kind).toBe(kind);
  return state as Extract<ThemesState, { kind: K }>;
}

describe('useThemes (the Themes tab container)', () => {
  beforeEach(() => useLocale('en'));
  afterEach(() => {
    unmountHooks();
    forgetTheme();
  });

  it('says it is loading, then lists the themes by name with their counts', async () => {
    const probe = await renderHook(() => useThemes(fakeServices()));
    expect(probe.renders[0]).toEqual({ kind: 'message', text: 'Loading the compendium…' });
    await settle();
    const { themes, focusId } = as(probe.current, 'list').props;
    expect(themes.map((t) => [t.id, t.count])).toEqual([
      ['cooperation', 2],
      ['formation', 1],
    ]);
    expect(focusId).toBeNull();
  });

  it('says why when the corpus cannot be read', async () => {
    const probe = await renderHook(() => useThemes(fakeServices({ engine: () => Promise.reject(new Error('gone')) })));
    await settle();
    expect(probe.current).toEqual({ kind: 'message', text: 'The compendium could not be loaded: gone' });
  });

  it('opens a theme with its groups by meeting and session, and goes back to the list focused on it', async () => {
    const probe = await renderHook(() => useThemes(fakeServices()));
    await settle();
    await call(() => as(probe.current, 'list').props.onOpen('cooperation'));
    const view = as(probe.current, 'theme').props;
    expect(view.theme.id).toBe('cooperation');
    expect(view.groups.map((g) => [g.heading, g.entries.map((e) => e.summary.id)])).toEqual([
      ['Meeting I (2009)', ['I.2']],
      ['COP 5 (2010): Resolution 5/2', ['5/2:8.c']],
    ]);
    await call(() => view.onBack());
    expect(as(probe.current, 'list').props.focusId).toBe('cooperation');
  });

  it('follows a theme chip to that theme, and ignores a record that is not a theme', async () => {
    const probe = await renderHook(() => useThemes(fakeServices()));
    await settle();
    await call(() => as(probe.current, 'list').props.onOpen('cooperation'));
    await call(() => as(probe.current, 'theme').props.onRecord!('I.2'));
    expect(as(probe.current, 'theme').props.theme.id).toBe('cooperation');
    await call(() => as(probe.current, 'theme').props.onTheme!('formation'));
    expect(as(probe.current, 'theme').props.theme.id).toBe('formation');
  });

  it('keeps the open theme when the tab is left and shown again', async () => {
    const probe = await renderHook(() => useThemes(fakeServices()));
    await settle();
    await call(() => as(probe.current, 'list').props.onOpen('formation'));
    probe.unmount();
    const again = await renderHook(() => useThemes(fakeServices()));
    await settle();
    expect(as(again.current, 'theme').props.theme.id).toBe('formation');
  });

  it('runs an item action in the interface language and words the outcome', async () => {
    const services = fakeServices();
    const probe = await renderHook(() => useThemes(services));
    await settle();
    await call(() => as(probe.current, 'list').props.onOpen('formation'));
    expect(await as(probe.current, 'theme').props.onAction!('V.41', 'copy')).toBe('Citation copied.');
    expect(services.runAction).toHaveBeenCalledWith(engine.lookup, 'V.41', 'copy', 'en');
  });
});
