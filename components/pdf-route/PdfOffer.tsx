import { useState } from 'preact/hooks';

export interface PdfOfferStrings {
  /** Why nothing is marked, for a PDF that is the tab's page. */
  top: string;
  /** The same for a PDF in a frame of the page. */
  frame: string;
  open: string;
  failed: string;
}

export interface PdfOfferProps {
  frame: 'top' | 'sub';
  strings: PdfOfferStrings;
  /** Opens the PDF in Renvoi's reader, in the same tab. */
  onOpen: () => Promise<void>;
}

/** The popup's banner on a tab where the browser's viewer shows a PDF: why nothing is marked, and the way in. */
export function PdfOffer({ frame, strings, onOpen }: PdfOfferProps) {
  const [failed, setFailed] = useState(false);
  return (
    <section class="pdf-offer" aria-label={strings.open}>
      <p class="pdf-offer__text">{frame === 'top' ? strings.top : strings.frame}</p>
      <button
        type="button"
        class="button pdf-offer__open"
        onClick={() => {
          setFailed(false);
          onOpen().catch(() => setFailed(true));
        }}
      >
        {strings.open}
      </button>
      {failed && (
        <p class="pdf-offer__error" role="alert">
          {strings.failed}
        </p>
      )}
    </section>
  );
}
