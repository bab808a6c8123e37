import { useEffect, useState } from 'preact/hooks';
import type { SiteToggleProps } from '../../components/popup/SiteToggle';
import { requestPage, type RequestPage } from '../../lib/messaging/page-client';
import { loadSettings, updateSettings, watchSettings, type Settings } from '../../lib/settings/settings';
import { targetTab } from './popup-browser';

/** What the switches need from outside: the tab and its content script, and the settings store (tests fake them). */
export interface SiteToggleServices {
  targetTab: () => Promise<number | null>;
  requestPage: RequestPage;
  loadSettings: () => Promise<Settings>;
  updateSettings: (change: Partial<Settings>) => Promise<Settings>;
  /** Calls back on every change of the stored settings; returns the way to stop. */
  watchSettings: (listener: (settings: Settings) => void) => () => void;
}

const POPUP_SETTINGS: SiteToggleServices = { targetTab, requestPage, loadSettings, updateSettings, watchSettings };

/**
 * The site the popup's tab shows. It comes from the content script's answer to `page/citations` (checked and timed
 * out like every popup → page request), so no tabs permission is needed; no answer (browser pages, PDFs, a frozen
 * page) means no site to pause.
 */
async function currentSite(services: SiteToggleServices): Promise<string | null> {
  const tabId = await services.targetTab();
  if (tabId === null) return null;
  try {
    const { url } = await services.requestPage(tabId, 'page/citations', {});
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** The popup's on/off and "pause on this site" switches: their props, or null until the settings are read. */
export function useSiteToggle(services: SiteToggleServices = POPUP_SETTINGS): SiteToggleProps | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [site, setSite] = useState<string | null>(null);
  useEffect(() => {
    void services.loadSettings().then(setSettings);
    void currentSite(services).then(setSite);
    return services.watchSettings(setSettings);
  }, []);
  if (!settings) return null;
  // Shown at once, then replaced by what storage holds: a re-render in between never flips the switch back.
  const change = (update: Partial<Settings>) => {
    setSettings({ ...settings, ...update });
    void services.updateSettings(update).then(setSettings, () => services.loadSettings().then(setSettings));
  };
  return {
    enabled: settings.enabled,
    site,
    paused: site !== null && settings.pausedSites.includes(site),
    onEnabledChange: (enabled) => change({ enabled }),
    onPausedChange: (pause) => {
      if (!site) return;
      const others = settings.pausedSites.filter((s) => s !== site);
      change({ pausedSites: pause ? [...others, site] : others });
    },
  };
}
