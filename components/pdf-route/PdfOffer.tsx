import { i18n } from '#i18n';
import { useState } from 'preact/hooks';

export interface PdfOfferProps {
  /** Whether the PDF is the tab's page or in a frame of it (the sentence saying why nothing is marked differs). */
  frame: 'top' | 'sub';
  /** Opens the PDF in Renvoi's reader, in the same tab. */
  onOpen: () => Promise<void>;
}

/** The popup's banner on a tab where the browser's viewer shows a PDF: why nothing is marked, and the way in. */
export function PdfOffer({ frame, onOpen }: PdfOfferProps) {
  const [failed, setFailed] = useState(false);
  return (
    <section class="pdf-offer" aria-label={i18n.t('pdfRoute.offer.open')}>
      <p class="pdf-offer__text">{frame === 'top' ? i18n.t('pdfRoute.offer.top') : i18n.t('pdfRoute.offer.frame')}</p>
      <button
        type="button"
        class="button pdf-offer__open"
        onClick={() => {
          setFailed(false);
          onOpen().catch(() => setFailed(true));
        }}
      >
        {i18n.t('pdfRoute.offer.open')}
      </button>
      {failed && (
        <p class="pdf-offer__error" role="alert">
          {i18n.t('pdfRoute.offer.failed')}
        </p>
      )}
    </section>
  );
}
