import { render } from 'preact';
import { i18n } from '#i18n';
import { takePendingSearch } from '../../lib/messaging/pending-search';
import { popupEngine } from '../../lib/search/popup-engine';
import { App, readPopupStart } from './App';

/**
 * How long the first render waits for the search engine. Within it, the first frame is the tab with its results (one
 * paint, no "Loading…" flash); past it (a slow machine, the database fallback), the tab shows that it is loading.
 */
const ENGINE_WAIT_MS = 400;

document.documentElement.lang = i18n.t('common.langCode');
document.title = i18n.t('popup.title');
const start = readPopupStart(location.search);
// The search engine is read now, not at the tab's first render; the tabs share it, and report a failure themselves.
const engine = start.tab === 'saved' ? null : popupEngine().catch(() => undefined);
const engineOrTimeout = engine && Promise.race([engine, new Promise((resolve) => setTimeout(resolve, ENGINE_WAIT_MS))]);
// Without an explicit `?q=`/`?tab=`, the popup may have been opened by a card's Search or the look-up menu.
const explicit = new URLSearchParams(location.search);
const handed = explicit.has('q') || explicit.has('tab') ? Promise.resolve(null) : takePendingSearch().catch(() => null);
void Promise.all([handed, engineOrTimeout]).then(([query]) => {
  render(<App start={query ? { ...start, query } : start} />, document.getElementById('app')!);
});
