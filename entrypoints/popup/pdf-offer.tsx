import '../../components/pdf-route/pdf-offer.css';
import { PdfOffer } from '../../components/pdf-route/PdfOffer';
import { usePdfOffer } from '../../containers/popup/use-pdf-offer';

/** The popup's "Open in Renvoi" banner; nothing unless the tab shows a PDF (containers/popup/use-pdf-offer.ts). */
export function PdfOfferContainer() {
  const props = usePdfOffer();
  return props && <PdfOffer {...props} />;
}
