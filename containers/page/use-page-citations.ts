import { useEffect, useState } from 'preact/hooks';
import type { PageCitationsProps, TouchedTheme } from '../../components/page/PageCitations';
import { requestPage, type RequestPage } from '../../lib/messaging/page-client';
import type { PageProtocol } from '../../lib/messaging/page-protocol';
import type { SearchEngine } from '../../lib/search';
import { popupEngine } from '../../lib/search/popup-engine';
import { focusTab, targetTab, welcomeHref } from '../popup/popup-browser';

type Found = PageProtocol['page/citations']['response'];

/** How often the tab asks the page again for its citations. */
export const PAGE_POLL_MS = 1000;

/** What "On this page" needs from outside: the tab, its content script, the corpus (tests fake them). */
export interface OnThisPageServices {
  targetTab: () => Promise<number | null>;
  /** Checked and given up after a timeout (`lib/messaging/page-client.ts`): a frozen page shows as unavailable. */
  requestPage: RequestPage;
  /** The popup's engine: it only adds the themes, the citations show without it. */
  engine: () => Promise<SearchEngine>;
  focusTab: (tabId: number) => Promise<void>;
}

const POPUP_PAGE: OnThisPageServices = { targetTab, requestPage, engine: popupEngine, focusTab };

/** Themes of the corpus items the page's citations resolve to, with how many citation groups touch each. */
export function touchedThemes(engine: SearchEngine | null, found: Found | null): TouchedTheme[] {
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

/**
 * "On this page": asks the content script of the tab what it found (again each second while shown: the page may
 * still be scanning or grow), and reveals a citation on request. Returns the props of `PageCitations`.
 */
export function usePageCitations(services: OnThisPageServices = POPUP_PAGE): PageCitationsProps {
  const [tabId, setTabId] = useState<number | null>(null);
  const [found, setFound] = useState<Found | null>(null);
  const [phase, setPhase] = useState<PageCitationsProps['phase']>('loading');
  const [engine, setEngine] = useState<SearchEngine | null>(null);

  useEffect(() => {
    let poll: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    const citationsOf = (id: number) => services.requestPage(id, 'page/citations', {});
    (async () => {
      const id = await services.targetTab();
      if (id === null) throw new Error('No tab');
      setTabId(id);
      let last = await citationsOf(id);
      if (stopped) return;
      setFound(last);
      setPhase('ready');
      // A popup opened right after the page loaded may ask before the scan ended: re-render only on a change.
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
    services.engine().then(setEngine, () => undefined);
    return () => {
      stopped = true;
      clearInterval(poll);
    };
  }, []);

  const onReveal = async (key: string, index: number): Promise<boolean> => {
    if (tabId === null) return false;
    try {
      const { revealed } = await services.requestPage(tabId, 'page/reveal', { key, index });
      // In a real popup, the page takes the focus and the popup closes; a tab (tests) stays.
      if (revealed) await services.focusTab(tabId);
      return revealed;
    } catch {
      return false;
    }
  };

  return {
    phase,
    groups: found?.groups ?? [],
    themes: touchedThemes(engine, found),
    onReveal,
    helpHref: welcomeHref(),
  };
}
