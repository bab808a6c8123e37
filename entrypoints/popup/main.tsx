import { render } from 'preact';
import { i18n } from '#i18n';
import { PopupShell } from '../../components/PopupShell';

document.documentElement.lang = i18n.t('common.langCode');
document.title = i18n.t('popup.title');
render(<PopupShell title={i18n.t('popup.title')} tagline={i18n.t('popup.tagline')} />, document.getElementById('app')!);
