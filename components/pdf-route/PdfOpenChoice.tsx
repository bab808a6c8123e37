import { i18n } from '#i18n';
import type { PdfOpenMode } from '../../lib/settings/values';

/** The three modes, in the order the options page shows them (the default first). */
const MODES: { mode: PdfOpenMode; label: () => string }[] = [
  { mode: 'un-sites', label: () => i18n.t('pdfRoute.options.unSites') },
  { mode: 'all', label: () => i18n.t('pdfRoute.options.all') },
  { mode: 'ask', label: () => i18n.t('pdfRoute.options.ask') },
];

/** The options page's "Open PDFs in Renvoi" choice. */
export function PdfOpenChoice({ mode, onChange }: { mode: PdfOpenMode; onChange: (mode: PdfOpenMode) => void }) {
  return (
    <fieldset class="settings__group" aria-describedby="pdf-open-hint">
      <legend>{i18n.t('pdfRoute.options.label')}</legend>
      {MODES.map((choice) => (
        <label key={choice.mode} class="settings__check">
          <input
            type="radio"
            name="pdf-open"
            value={choice.mode}
            checked={mode === choice.mode}
            onChange={() => onChange(choice.mode)}
          />{' '}
          {choice.label()}
        </label>
      ))}
      <p id="pdf-open-hint" class="settings__hint">
        {i18n.t('pdfRoute.options.hint')}
      </p>
    </fieldset>
  );
}
