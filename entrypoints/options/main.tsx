import '../../components/options/options.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { OptionsPage } from '../../components/OptionsPage';
import { SettingsForm } from '../../components/options/SettingsForm';
import { WelcomeOption } from '../../components/options/WelcomeOption';
import { HowItWorksLink } from '../../components/welcome/HowItWorksLink';
import { loadSettings, updateSettings, watchSettings, type Settings } from '../../lib/settings/settings';
import { loadWelcome, updateWelcome, watchWelcome, type WelcomeState } from '../../lib/settings/welcome';

/** Reads the settings, follows changes made elsewhere (the popup's toggle), saves the form's changes. */
function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const [welcome, setWelcome] = useState<WelcomeState | null>(null);
  useEffect(() => {
    void loadWelcome().then(setWelcome);
    return watchWelcome(setWelcome);
  }, []);
  return (
    <OptionsPage title={i18n.t('options.title')} intro={i18n.t('options.intro')}>
      <p>
        <HowItWorksLink href={browser.runtime.getURL('/welcome.html')} />
      </p>
      {settings ? (
        <SettingsForm
          settings={settings}
          onChange={async (change) => {
            // Shown at once: a re-render before storage answers must not put the old value back in the field.
            setSettings((shown) => shown && { ...shown, ...change });
            try {
              setSettings(await updateSettings(change));
            } catch (error) {
              setSettings(await loadSettings());
              throw error;
            }
          }}
        />
      ) : (
        <p>{i18n.t('common.loading')}</p>
      )}
      {welcome && (
        <WelcomeOption
          openOnInstall={welcome.openOnInstall}
          onChange={async (openOnInstall) => setWelcome(await updateWelcome({ openOnInstall }))}
        />
      )}
    </OptionsPage>
  );
}

document.documentElement.lang = i18n.t('common.langCode');
document.title = i18n.t('options.title');
render(<Options />, document.getElementById('app')!);
