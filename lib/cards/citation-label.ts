/**
 * The text "Copy citation" puts on the clipboard: the document's label (worded by the background, see
 * `CardCommon.label`) and the pinpoint, e.g. "Working Group report, 2011 (CTOC/COP/WG.4/2011/8), para. 45". Pure.
 */

import type { Citation } from '../citations/types';
import { formatPinpoint, type Lang } from '../export/pinpoint';
import type { CardData } from './types';

/** The full reference; the key alone while the card data is not there. Treaty keys already hold their pinpoint. */
export function citationText(
  citation: Pick<Citation, 'key' | 'kind' | 'pinpoint'>,
  data: CardData | null,
  lang: Lang,
): string {
  const label = data?.label[lang] ?? citation.key;
  const pin = citation.kind === 'treaty' ? '' : formatPinpoint(citation.pinpoint, lang);
  return pin ? `${label}, ${pin}` : label;
}
