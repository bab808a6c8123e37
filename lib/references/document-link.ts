/**
 * Where a reference links to: the configured base (`https://undocs.org/`, settings' `documentBaseUrl`) plus the
 * document symbol. Hover cards, the popup's results, the saved list and the exports all link through here. Never
 * fetched by Renvoi. Pure.
 */

import type { SavedKind } from './saved-types';

/**
 * Official page of UNTOC and its Protocols (UNODC): the treaties have no symbol of their own on undocs.org beyond
 * the resolutions that adopted them, so "Open document" on a treaty article opens this page.
 */
export const TREATY_DOCUMENT_URL = 'https://www.unodc.org/unodc/en/organized-crime/intro/UNTOC.html';

/** The address of a symbol under the link base; `/` and brackets stay readable (`S/RES/2331(2016)`). */
export const documentLink = (baseUrl: string, symbol: string): string => `${baseUrl}${encodeURI(symbol)}`;

/**
 * What "Open document" opens for a citation: UNODC's treaty page for a treaty article, else the document of its
 * symbol (a COP instrument's is its session report), or null when there is none (yet).
 */
export function documentUrl(kind: SavedKind, symbol: string | null | undefined, baseUrl: string): string | null {
  if (kind === 'treaty') return TREATY_DOCUMENT_URL;
  return symbol ? documentLink(baseUrl, symbol) : null;
}
