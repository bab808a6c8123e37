import '../../components/popup/site-toggle.css';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SiteToggle } from '../../components/popup/SiteToggle';
import { requestPage } from '../../lib/messaging/page-client';
import { loadSettings, updateSettings, watchSettings, type Settings } from '../../lib/settings/settings';

/**
 * The tab the popup is about: `?tabId=` (tests, and popup.html opened in a tab), else the active tab. Its site comes
 * from the content script's answer to `page/citations`, so no tabs permission is needed; no answer (browser pages,
 * PDFs) means no site to pause.
 */
async function currentSite(): Promise<string | null> {
  const param = Number(new URLSearchParams(location.search).get('tabId'));
  const tabId =
    Number.isInteger(param) && param > 0
      ? param
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return null;
  try {
    // Checked and timed out like every popup → page request; a page that cannot answer has no site to pause.
    const { url } = await requestPage(tabId, 'page/citations', {});
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** Container of the popup's on/off and "pause on this site" switches. */
export function SiteToggleContainer() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [site, setSite] = useState<string | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    void currentSite().then(setSite);
    return watchSettings(setSettings);
  }, []);
  if (!settings) return null;
  const paused = site !== null && settings.pausedSites.includes(site);
  // Shown at once, then replaced by what storage holds: a re-render in between never flips the switch back.
  const change = (update: Partial<Settings>) => {
    setSettings({ ...settings, ...update });
    void updateSettings(update).then(setSettings, () => loadSettings().then(setSettings));
  };
  return (
    <SiteToggle
      enabled={settings.enabled}
      site={site}
      paused={paused}
      onEnabledChange={(enabled) => change({ enabled })}
      onPausedChange={(pause) => {
        if (!site) return;
        const others = settings.pausedSites.filter((s) => s !== site);
        change({ pausedSites: pause ? [...others, site] : others });
      }}
    />
  );
}
