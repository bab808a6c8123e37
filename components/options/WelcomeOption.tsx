import { i18n } from '#i18n';

export interface WelcomeOptionProps {
  /** Open the welcome page when Renvoi is installed. */
  openOnInstall: boolean;
  onChange: (openOnInstall: boolean) => Promise<void>;
}

/** The options page's welcome-page setting (its own storage entry, next to the settings form). */
export function WelcomeOption({ openOnInstall, onChange }: WelcomeOptionProps) {
  return (
    <section class="settings__group">
      <label class="settings__check">
        <input
          type="checkbox"
          checked={openOnInstall}
          aria-describedby="welcome-option-hint"
          onChange={(e) => void onChange((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        {i18n.t('welcome.option.label')}
      </label>
      <p id="welcome-option-hint" class="settings__hint">
        {i18n.t('welcome.option.hint')}
      </p>
    </section>
  );
}
