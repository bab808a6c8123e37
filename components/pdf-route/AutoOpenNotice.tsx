import './auto-open-notice.css';
import { i18n } from '#i18n';

export interface AutoOpenNoticeProps {
  /** "Always use the browser's viewer": the reader calls `alwaysUseBrowserViewer` (lib/pdf-route/reader-actions). */
  onAlways: () => void;
  /** "OK": the reader hides the notice. */
  onDismiss: () => void;
}

/**
 * The one-line notice of the first automatic open, for the reader page to show above the document: Renvoi took
 * over from the browser's viewer, and how to stop it for good.
 */
export function AutoOpenNotice({ onAlways, onDismiss }: AutoOpenNoticeProps) {
  return (
    <div class="auto-open-notice" role="status">
      <span class="auto-open-notice__text">{i18n.t('pdfRoute.notice.text')}</span>{' '}
      <button type="button" class="auto-open-notice__always" onClick={onAlways}>
        {i18n.t('pdfRoute.notice.always')}
      </button>{' '}
      <button type="button" class="auto-open-notice__ok" onClick={onDismiss}>
        {i18n.t('pdfRoute.notice.ok')}
      </button>
    </div>
  );
}
