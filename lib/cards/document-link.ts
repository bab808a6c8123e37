/**
 * The official link of a citation ("Open document"): the configured base (`https://undocs.org/`) plus the card's
 * link symbol (COP instruments have no symbol of their own: the background gives their session report). Treaty
 * articles link to UNODC's page of the Convention and its Protocols. Never fetched by Renvoi. Pure.
 */

import type { CitationKind } from '../citations/types';
import type { CardData } from './types';

/**
 * Official page of UNTOC and its Protocols (UNODC): the treaties have no symbol of their own on undocs.org beyond
 * the resolutions that adopted them.
 */
export const TREATY_DOCUMENT_URL = 'https://www.unodc.org/unodc/en/organized-crime/intro/UNTOC.html';

/** The URL "Open document" opens, or null (no card data yet, or a document without an official link). */
export function documentUrl(kind: CitationKind, data: CardData | null, base: string): string | null {
  if (kind === 'treaty' || data?.type === 'treaty') return TREATY_DOCUMENT_URL;
  // Symbols keep their slashes (`undocs.org/CTOC/COP/WG.4/2011/8`); anything else is escaped.
  return data?.linkSymbol ? `${base}${encodeURI(data.linkSymbol)}` : null;
}
