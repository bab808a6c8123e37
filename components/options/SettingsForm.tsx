import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { DWELL_RANGE, type HighlightStyle, type Settings } from '../../lib/settings/values';
import { PdfOpenChoice } from '../pdf-route/PdfOpenChoice';

export interface SettingsFormProps {
  settings: Settings;
  /** Saves a change; resolves once stored (the form then says "Saved"). */
  onChange: (change: Partial<Settings>) => Promise<void>;
}

/** The highlight styles, with their labels. */
const STYLES: { style: HighlightStyle; label: () => string }[] = [
  { style: 'underline', label: () => i18n.t('options.highlight.underline') },
  { style: 'background', label: () => i18n.t('options.highlight.background') },
  { style: 'none', label: () => i18n.t('options.highlight.none') },
];

/** A host name as typed in the address bar: letters, digits, dots and dashes (and an optional port). */
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/;

/** Reads what was typed into a host name: a pasted address gives its host name. */
export function siteFromInput(value: string): string | null {
  const text = value.trim().toLowerCase();
  if (!text) return null;
  try {
    // `https://www.example.org/page` → `www.example.org`.
    if (text.includes('://')) return new URL(text).hostname || null;
  } catch {
    return null;
  }
  return HOSTNAME.test(text) ? text : null;
}

/** An http(s) address, as the link base must be. */
function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Renvoi's settings: on/off, paused sites, dwell delay, highlight style and the base of document links. Every field
 * saves on change; a value that cannot be used gets a message next to it and is not saved.
 */
export function SettingsForm({ settings, onChange }: SettingsFormProps) {
  const [dwell, setDwell] = useState(String(settings.dwellMs));
  const [base, setBase] = useState(settings.documentBaseUrl);
  const [site, setSite] = useState('');
  const [errors, setErrors] = useState<{ dwell?: string; base?: string; site?: string }>({});
  const [status, setStatus] = useState('');
  // Changes made elsewhere (the popup's toggle, another options tab) refresh the fields being edited.
  useEffect(() => setDwell(String(settings.dwellMs)), [settings.dwellMs]);
  useEffect(() => setBase(settings.documentBaseUrl), [settings.documentBaseUrl]);

  const save = async (change: Partial<Settings>) => {
    setStatus('');
    try {
      await onChange(change);
      setStatus(i18n.t('options.saved'));
    } catch (error) {
      setStatus(i18n.t('options.saveFailed', [error instanceof Error ? error.message : String(error)]));
    }
  };

  // Handlers read the field itself: a change event may come before the re-render that follows typing.
  const siteField = useRef<HTMLInputElement>(null);

  const saveDwell = (typed: string) => {
    const value = Number(typed);
    // Digits only: no sign, no decimals, no exponent.
    if (!/^\d+$/.test(typed.trim()) || value < DWELL_RANGE.min || value > DWELL_RANGE.max) {
      setErrors({
        ...errors,
        dwell: i18n.t('options.dwell.invalid', [String(DWELL_RANGE.min), String(DWELL_RANGE.max)]),
      });
      return;
    }
    setErrors({ ...errors, dwell: undefined });
    if (value !== settings.dwellMs) void save({ dwellMs: value });
  };

  const saveBase = (typed: string) => {
    if (!isWebAddress(typed)) {
      setErrors({ ...errors, base: i18n.t('options.documentBase.invalid') });
      return;
    }
    setErrors({ ...errors, base: undefined });
    const value = typed.trim().endsWith('/') ? typed.trim() : `${typed.trim()}/`;
    setBase(value);
    if (value !== settings.documentBaseUrl) void save({ documentBaseUrl: value });
  };

  const pause = (event: Event) => {
    event.preventDefault();
    const host = siteFromInput(siteField.current?.value ?? site);
    if (!host) {
      setErrors({ ...errors, site: i18n.t('options.paused.invalid') });
      return;
    }
    setErrors({ ...errors, site: undefined });
    setSite('');
    if (!settings.pausedSites.includes(host)) void save({ pausedSites: [...settings.pausedSites, host] });
  };

  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
      <section class="settings__group">
        <label class="settings__check">
          <input
            type="checkbox"
            checked={settings.enabled}
            onChange={(e) => void save({ enabled: (e.currentTarget as HTMLInputElement).checked })}
          />{' '}
          {i18n.t('options.enabled')}
        </label>
      </section>

      <section class="settings__group">
        <label for="dwell">{i18n.t('options.dwell.label')}</label>
        <input
          id="dwell"
          type="number"
          inputMode="numeric"
          min={DWELL_RANGE.min}
          max={DWELL_RANGE.max}
          step={50}
          value={dwell}
          aria-describedby="dwell-hint dwell-error"
          aria-invalid={errors.dwell ? true : undefined}
          onInput={(e) => setDwell((e.currentTarget as HTMLInputElement).value)}
          onChange={(e) => saveDwell((e.currentTarget as HTMLInputElement).value)}
        />
        <p id="dwell-hint" class="settings__hint">
          {i18n.t('options.dwell.hint')}
        </p>
        <p id="dwell-error" class="settings__error" role="alert">
          {errors.dwell ?? ''}
        </p>
      </section>

      <fieldset class="settings__group">
        <legend>{i18n.t('options.highlight.label')}</legend>
        {STYLES.map(({ style, label }) => (
          <label key={style} class="settings__check">
            <input
              type="radio"
              name="highlight"
              value={style}
              checked={settings.highlightStyle === style}
              onChange={() => void save({ highlightStyle: style })}
            />{' '}
            {label()}
          </label>
        ))}
      </fieldset>

      <section class="settings__group">
        <label for="document-base">{i18n.t('options.documentBase.label')}</label>
        <input
          id="document-base"
          type="url"
          value={base}
          aria-describedby="document-base-hint document-base-error"
          aria-invalid={errors.base ? true : undefined}
          onInput={(e) => setBase((e.currentTarget as HTMLInputElement).value)}
          onChange={(e) => saveBase((e.currentTarget as HTMLInputElement).value)}
        />
        <p id="document-base-hint" class="settings__hint">
          {i18n.t('options.documentBase.hint', [`${settings.documentBaseUrl}CTOC/COP/WG.4/2011/8`])}
        </p>
        <p id="document-base-error" class="settings__error" role="alert">
          {errors.base ?? ''}
        </p>
      </section>

      <PdfOpenChoice mode={settings.pdfOpen} onChange={(pdfOpen) => void save({ pdfOpen })} />

      <fieldset class="settings__group">
        <legend>{i18n.t('options.paused.label')}</legend>
        {settings.pausedSites.length === 0 ? (
          <p class="settings__hint">{i18n.t('options.paused.none')}</p>
        ) : (
          <ul class="settings__sites">
            {settings.pausedSites.map((host) => (
              <li key={host}>
                <span>{host}</span>{' '}
                <button
                  type="button"
                  onClick={() => void save({ pausedSites: settings.pausedSites.filter((s) => s !== host) })}
                >
                  {i18n.t('options.paused.resume', [host])}
                </button>
              </li>
            ))}
          </ul>
        )}
        <label for="pause-site">{i18n.t('options.paused.add')}</label>
        <input
          id="pause-site"
          ref={siteField}
          type="text"
          value={site}
          placeholder="www.example.org"
          aria-describedby="pause-site-error"
          aria-invalid={errors.site ? true : undefined}
          onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') pause(e);
          }}
        />{' '}
        <button type="button" onClick={pause}>
          {i18n.t('options.paused.pause')}
        </button>
        <p id="pause-site-error" class="settings__error" role="alert">
          {errors.site ?? ''}
        </p>
      </fieldset>

      <section class="settings__group">
        <h2>{i18n.t('options.keyboard.heading')}</h2>
        <p>{i18n.t('options.keyboard.text')}</p>
      </section>

      <p class="settings__status" role="status">
        {status}
      </p>
    </form>
  );
}
