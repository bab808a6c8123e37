import { i18n } from '#i18n';

export interface SiteToggleProps {
  /** Renvoi marks citations and shows cards (the master switch). */
  enabled: boolean;
  /** The current tab's site, or null when Renvoi cannot run there (browser pages, PDFs). */
  site: string | null;
  /** Renvoi is paused on `site`. */
  paused: boolean;
  onEnabledChange: (enabled: boolean) => void;
  onPausedChange: (paused: boolean) => void;
}

/** The popup's quick switches: Renvoi on pages, and pause on the current site. One click each, saved at once. */
export function SiteToggle({ enabled, site, paused, onEnabledChange, onPausedChange }: SiteToggleProps) {
  return (
    <div class="site-toggle">
      <label class="site-toggle__switch">
        <input
          type="checkbox"
          role="switch"
          checked={enabled}
          onChange={(e) => onEnabledChange((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        {i18n.t('popup.site.enabled')}
      </label>
      {site ? (
        <label class="site-toggle__switch">
          <input
            type="checkbox"
            role="switch"
            checked={paused}
            disabled={!enabled}
            onChange={(e) => onPausedChange((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          {i18n.t('popup.site.pause', [site])}
        </label>
      ) : null}
    </div>
  );
}
