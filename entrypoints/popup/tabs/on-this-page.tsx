import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PageCitations, type TouchedTheme } from '../../../components/page/PageCitations';
import type { PageProtocol } from '../../../lib/messaging/page-protocol';
import { requestPage } from '../../../lib/messaging/page-client';
import type { SearchEngine } from '../../../lib/search';
import { popupEngine } from '../../../lib/search/popup-engine';

type Found = PageProtocol['page/citations']['response'];

/** How often the tab asks the page again for its citations. */
const PAGE_POLL_MS = 1000;

/**
 * The tab to read. The popup reads the active tab of its window; `popup.html?tab=page&tabId=<id>` names one instead
 * (browser tests open the popup as a page of its own, which is then the active tab).
 */
async function targetTab(): Promise<number | null> {
  const forced = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(forced) && forced > 0) return forced;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * The page's citations, checked and given up after a timeout (lib/messaging/page-client.ts): a frozen page or a
 * broken content script shows as unavailable.
 */
const citationsOf = (tabId: number): Promise<Found> => requestPage(tabId, 'page/citations', {});

/** Themes of the corpus items the page's citations resolve to, with how many citation groups touch each. */
function touchedThemes(engine: SearchEngine | null, found: Found | null): TouchedTheme[] {
  if (!engine || !found) return [];
  const counts = new Map<string, TouchedTheme>();
  for (const group of found.groups) {
    const themes = new Map(group.targets.flatMap((id) => engine.lookup.themesOf(id)).map((t) => [t.id, t]));
    for (const theme of themes.values()) {
      const entry = counts.get(theme.id) ?? { id: theme.id, name: theme.name, count: 0 };
      entry.count += 1;
      counts.set(theme.id, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'fr'));
}

/** "On this page": asks the content script of the tab what it found, and reveals a citation on request. */
export function OnThisPageTab() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [found, setFound] = useState<Found | null>(null);
  const [phase, setPhase] = useState<'loading' | 'unavailable' | 'ready'>('loading');
  const [engine, setEngine] = useState<SearchEngine | null>(null);

  useEffect(() => {
    let poll: ReturnType<typeof setInterval> | undefined;
    (async () => {
      const id = await targetTab();
      if (id === null) throw new Error('No tab');
      setTabId(id);
      let last = await citationsOf(id);
      setFound(last);
      setPhase('ready');
      // The page may still be scanning (a popup opened right after the page loaded) or grow later: ask again each
      // second while the tab is shown, and re-render only when the answer changed.
      poll = setInterval(() => {
        citationsOf(id).then(
          (next) => {
            if (JSON.stringify(next) === JSON.stringify(last)) return;
            last = next;
            setFound(next);
          },
          () => undefined,
        );
      }, PAGE_POLL_MS);
    })().catch(() => setPhase('unavailable'));
    // The corpus only adds the themes; the citations show without it.
    popupEngine().then(setEngine, () => undefined);
    return () => clearInterval(poll);
  }, []);

  const onReveal = async (key: string, index: number): Promise<boolean> => {
    if (tabId === null) return false;
    try {
      const { revealed } = await requestPage(tabId, 'page/reveal', { key, index });
      // In a real popup, the page takes the focus and the popup closes; a tab (tests) stays.
      if (revealed) await browser.tabs.update(tabId, { active: true });
      return revealed;
    } catch {
      return false;
    }
  };

  return (
    <PageCitations
      phase={phase}
      groups={found?.groups ?? []}
      themes={touchedThemes(engine, found)}
      onReveal={onReveal}
      helpHref={browser.runtime.getURL('/welcome.html')}
    />
  );
}
