import { render } from 'preact';
import { i18n } from '#i18n';
import { takePendingSearch } from '../../lib/messaging/pending-search';
import { App, readPopupStart } from './App';

document.documentElement.lang = i18n.t('common.langCode');
document.title = i18n.t('popup.title');
const start = readPopupStart(location.search);
// Without an explicit `?q=`/`?tab=`, the popup may have been opened by a card's Search or the look-up menu.
const explicit = new URLSearchParams(location.search);
const handed = explicit.has('q') || explicit.has('tab') ? Promise.resolve(null) : takePendingSearch().catch(() => null);
void handed.then((query) => {
  render(<App start={query ? { ...start, query } : start} />, document.getElementById('app')!);
});
