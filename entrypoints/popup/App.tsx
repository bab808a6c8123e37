import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { Tabs, type TabSpec } from '../../components/popup/Tabs';
import { SearchTab } from './tabs/search';
import { ThemesTab } from './tabs/themes';
import { OnThisPageTab } from './tabs/on-this-page';
import { SiteToggleContainer } from './site-toggle';
import { PdfOfferContainer } from './pdf-offer';

export type PopupTabId = 'search' | 'themes' | 'page' | 'saved';

export interface PopupStart {
  tab: PopupTabId;
  /** Initial query (`popup.html?q=…`, used by a card's Search action and the context menu). */
  query: string;
}

/** Reads `?tab=` and `?q=` so other parts of Renvoi can open the popup (or popup.html in a tab) on a search. */
export function readPopupStart(search: string): PopupStart {
  const params = new URLSearchParams(search);
  const tab = params.get('tab');
  const query = params.get('q') ?? '';
  return {
    tab: tab === 'themes' || tab === 'page' || tab === 'saved' ? tab : 'search',
    query: query.slice(0, 10_000),
  };
}

/**
 * The Saved tab, loaded when first shown: its module brings the database layer (Dexie, over 100 kB), which the
 * popup does not need to open on a search.
 */
function LazySavedTab() {
  const [Tab, setTab] = useState<FunctionComponent | null>(null);
  useEffect(() => {
    void import('./tabs/saved').then((module) => setTab(() => module.SavedTab));
  }, []);
  return Tab ? <Tab /> : null;
}

/** The popup: four tabs. Each tab's container lives in ./tabs/. */
export function App({ start }: { start: PopupStart }) {
  const [tab, setTab] = useState<PopupTabId>(start.tab);
  const tabs: TabSpec[] = [
    { id: 'search', label: i18n.t('popup.tabs.search') },
    { id: 'themes', label: i18n.t('popup.tabs.themes') },
    { id: 'page', label: i18n.t('popup.tabs.page') },
    { id: 'saved', label: i18n.t('popup.tabs.saved') },
  ];
  return (
    <main class="popup">
      {/* A page heading for assistive technology; the tabs already show where the reader is. */}
      <h1 class="visually-hidden">{i18n.t('popup.title')}</h1>
      <SiteToggleContainer />
      <PdfOfferContainer />
      <Tabs tabs={tabs} selected={tab} onSelect={(id) => setTab(id as PopupTabId)}>
        {tab === 'search' && <SearchTab initialQuery={start.query} />}
        {tab === 'themes' && <ThemesTab />}
        {tab === 'page' && <OnThisPageTab />}
        {tab === 'saved' && <LazySavedTab />}
      </Tabs>
    </main>
  );
}
