import type { CardData, CardDataType } from '../../lib/cards/card-data';
import type { Citation } from '../../lib/citations/types';
import type { Lang } from '../../lib/references/lang';

/**
 * What every card body takes, whatever the kind of document: the citation (its key and pinpoint), the card data of
 * that kind, and the interface language. `CitationCard` picks the body from one table by `data.type`.
 */
export interface BodyProps<K extends CardDataType> {
  citation: Citation;
  data: Extract<CardData, { type: K }>;
  lang: Lang;
}
