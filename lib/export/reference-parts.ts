import type { SavedReference } from '../references/saved-types';
import { BODY_NAMES } from '../references/body-names';
import { documentOf, type BodyId } from '../references/document-facts';
import type { Lang } from '../references/lang';
import { pinpointText } from '../references/citation-text';
import { documentLink } from '../references/document-link';

/** Options every export shares. */
export interface ExportOptions {
  lang: Lang;
  /** Link base (settings' `documentBaseUrl`, ending in `/`): the symbol is appended. */
  baseUrl: string;
}

/** What reference managers distinguish: a document (report), an instrument (resolution, decision) or a treaty. */
export type ReferenceType = 'document' | 'instrument' | 'treaty';

/** One saved reference taken apart for the export formats. */
export interface ReferenceParts {
  label: string;
  /** `para. 49(b)`; empty when none (treaty articles are in the label already). */
  pinpoint: string;
  /** The document's address (base + symbol), or null when it has no symbol. */
  link: string | null;
  symbol: string | null;
  /** The reference managers' "number": the document symbol, or a COP instrument's own number (`4/4`). */
  number: string | null;
  /** Report that publishes a COP instrument (its number is not a symbol). */
  container: string | null;
  body: BodyId | null;
  /** Full name of the issuing body in the export language. */
  authority: string | null;
  year: number | null;
  type: ReferenceType;
  note: string;
}

export function referenceParts(entry: SavedReference, { lang, baseUrl }: ExportOptions): ReferenceParts {
  const info = documentOf(entry.key, entry.kind);
  const symbol = entry.symbol ?? info.symbol;
  const type: ReferenceType = info.treaty ? 'treaty' : info.instrument ? 'instrument' : 'document';
  // A COP instrument has no symbol of its own: its number is `4/4`, and `symbol` is its session report.
  const ownNumber = entry.kind === 'cop-instrument' || !info.symbol ? (info.instrument?.number ?? null) : null;
  return {
    label: entry.label || entry.key,
    pinpoint: pinpointText(entry.kind, entry.pinpoint, lang),
    link: symbol ? documentLink(baseUrl, symbol) : null,
    symbol,
    number: ownNumber ?? symbol,
    container: ownNumber && symbol ? symbol : null,
    body: info.body,
    authority: info.body ? BODY_NAMES[info.body][lang] : null,
    year: entry.year ?? info.year,
    type,
    note: entry.note,
  };
}
