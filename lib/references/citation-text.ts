/**
 * The text of a citation as a reader writes it: the document's label, then the pinpoint, e.g. "Working Group report,
 * 2011 (CTOC/COP/WG.4/2011/8), para. 45". What "Copy citation" copies from a hover card or a search result, and the
 * head of each line of the saved list's clipboard text and plain-text export. Pure.
 */

import type { Pinpoint } from '../citations/types';
import type { Lang } from './lang';
import { formatPinpoint } from './pinpoint';
import type { SavedKind } from './saved-types';

export interface CitationTextInput {
  /** The document's label ("Working Group report, 2011 (CTOC/COP/WG.4/2011/8)"), or the key when there is none. */
  label: string;
  kind: SavedKind;
  pinpoint?: Pinpoint;
}

/** The pinpoint as written after the label: none for treaty articles, whose label (their key) already holds it. */
export const pinpointText = (kind: SavedKind, pinpoint: Pinpoint | undefined, lang: Lang): string =>
  kind === 'treaty' ? '' : formatPinpoint(pinpoint, lang);

/** The label with its pinpoint, comma-separated. */
export function citationText({ label, kind, pinpoint }: CitationTextInput, lang: Lang): string {
  const pin = pinpointText(kind, pinpoint, lang);
  return pin ? `${label}, ${pin}` : label;
}
