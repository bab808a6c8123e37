import '../../components/options/options.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { OptionsPage } from '../../components/OptionsPage';
import { SettingsForm } from '../../components/options/SettingsForm';
import { loadSettings, updateSettings, watchSettings, type Settings } from '../../lib/settings/settings';

/** Reads the settings, follows changes made elsewhere (the popup's toggle), saves the form's changes. */
function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return (
    <OptionsPage title={i18n.t('options.title')} intro={i18n.t('options.intro')}>
      {settings ? (
        <SettingsForm
          settings={settings}
          onChange={async (change) => {
            setSettings(await updateSettings(change));
          }}
        />
      ) : (
        <p>{i18n.t('common.loading')}</p>
      )}
    </OptionsPage>
  );
}

document.documentElement.lang = i18n.t('common.langCode');
document.title = i18n.t('options.title');
render(<Options />, document.getElementById('app')!);
