import { render } from 'preact';
import { i18n } from '#i18n';
import { App, readPopupStart } from './App';

document.documentElement.lang = i18n.t('common.langCode');
document.title = i18n.t('popup.title');
render(<App start={readPopupStart(location.search)} />, document.getElementById('app')!);
