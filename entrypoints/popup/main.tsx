import { render } from 'preact';
import { i18n } from '#i18n';
import { takePendingSearch } from '../../lib/messaging/pending-search';
import { popupEngine } from '../../lib/search/popup-engine';
import { App, readPopupStart } from './App';

document.documentElement.lang = i18n.t('common.langCode');
document.title = i18n.t('popup.title');
const start = readPopupStart(location.search);
// The search engine is read now, not at the tab's first render (which may wait for a pending search below); the
// tabs share it, and report a failure themselves.
if (start.tab !== 'saved') popupEngine().catch(() => undefined);
// Without an explicit `?q=`/`?tab=`, the popup may have been opened by a card's Search or the look-up menu.
const explicit = new URLSearchParams(location.search);
const handed = explicit.has('q') || explicit.has('tab') ? Promise.resolve(null) : takePendingSearch().catch(() => null);
void handed.then((query) => {
  render(<App start={query ? { ...start, query } : start} />, document.getElementById('app')!);
});
