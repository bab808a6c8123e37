import { render } from 'preact';
import { i18n } from '#i18n';
import { OptionsPage } from '../../components/OptionsPage';

document.documentElement.lang = i18n.t('common.langCode');
document.title = i18n.t('options.title');
render(
  <OptionsPage title={i18n.t('options.title')} intro={i18n.t('options.intro')} />,
  document.getElementById('app')!,
);
