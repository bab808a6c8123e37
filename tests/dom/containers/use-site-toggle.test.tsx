// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSiteToggle, type SiteToggleServices } from '../../../containers/popup/use-site-toggle';
import { PageRequestError, type RequestPage } from '../../../lib/messaging/page-client';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings';
import { call, renderHook, settle, unmountHooks } from '../../factories/hooks';

/** A fake settings store and tab 7 showing `url` (or no content script when `url` is null). */
function fakeServices(url: string | null, stored: Partial<Settings> = {}) {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...stored };
  let listener: ((settings: Settings) => void) | null = null;
  const unwatch = vi.fn();
  const requestPage = vi.fn(async (_tabId: number, _type: string, _payload: unknown) => {
    if (url === null) throw new PageRequestError('no-answer', 'Receiving end does not exist');
    return { url, title: '', groups: [] };
  });
  const updateSettings = vi.fn(async (change: Partial<Settings>) => (settings = { ...settings, ...change }));
  const services: SiteToggleServices = {
    targetTab: async () => 7,
    requestPage: requestPage as unknown as RequestPage,
    loadSettings: vi.fn(async () => settings),
    updateSettings,
    watchSettings: (next) => {
      listener = next;
      return unwatch;
    },
  };
  /** Another view (the options page, another popup) changes the stored settings. */
  const changeElsewhere = (change: Partial<Settings>) => {
    settings = { ...settings, ...change };
    listener?.(settings);
  };
  return { services, requestPage, updateSettings, unwatch, changeElsewhere };
}

describe('useSiteToggle (the popup switches container)', () => {
  afterEach(unmountHooks);

  it('shows nothing until the settings are read, then the switches for the site of the target tab', async () => {
    const fake = fakeServices('https://www.unodc.org/cld/index.html', { pausedSites: ['www.unodc.org'] });
    const probe = await renderHook(() => useSiteToggle(fake.services));
    expect(probe.renders[0]).toBeNull();
    await settle();
    expect(fake.requestPage).toHaveBeenCalledWith(7, 'page/citations', {});
    expect(probe.current).toMatchObject({ enabled: true, site: 'www.unodc.org', paused: true });
  });

  it('has no site to pause where no content script answers, and ignores the pause switch there', async () => {
    const fake = fakeServices(null);
    const probe = await renderHook(() => useSiteToggle(fake.services));
    await settle();
    expect(probe.current).toMatchObject({ site: null, paused: false });
    await call(() => probe.current!.onPausedChange(true));
    expect(fake.updateSettings).not.toHaveBeenCalled();
  });

  it('pauses and resumes the site, keeping the other paused sites, and shows the change at once', async () => {
    const fake = fakeServices('https://example.org/a', { pausedSites: ['other.net'] });
    const probe = await renderHook(() => useSiteToggle(fake.services));
    await settle();
    await call(() => probe.current!.onPausedChange(true));
    expect(probe.current!.paused).toBe(true);
    expect(fake.updateSettings).toHaveBeenLastCalledWith({ pausedSites: ['other.net', 'example.org'] });
    await settle();
    await call(() => probe.current!.onPausedChange(false));
    expect(fake.updateSettings).toHaveBeenLastCalledWith({ pausedSites: ['other.net'] });
    await settle();
    expect(probe.current!.paused).toBe(false);
  });

  it('turns Renvoi off, and goes back to what storage holds when saving fails', async () => {
    const fake = fakeServices('https://example.org/');
    const probe = await renderHook(() => useSiteToggle(fake.services));
    await settle();
    fake.updateSettings.mockRejectedValueOnce(new Error('quota'));
    await call(() => probe.current!.onEnabledChange(false));
    expect(probe.current!.enabled).toBe(false);
    await settle();
    expect(probe.current!.enabled).toBe(true);
  });

  it('follows changes made elsewhere, and stops listening when closed', async () => {
    const fake = fakeServices('https://example.org/');
    const probe = await renderHook(() => useSiteToggle(fake.services));
    await settle();
    await call(() => fake.changeElsewhere({ enabled: false, pausedSites: ['example.org'] }));
    expect(probe.current).toMatchObject({ enabled: false, paused: true });
    probe.unmount();
    expect(fake.unwatch).toHaveBeenCalledOnce();
  });
});
