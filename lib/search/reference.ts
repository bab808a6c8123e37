import type { CitationKind, Pinpoint } from '../citations/types';
import { referenceLabel } from '../references/label';
import type { Lang } from '../references/lang';
import { citationText } from '../references/citation-text';
import { documentLink } from '../references/document-link';
import { saveRequest } from '../references/save-request';
import type { SaveRequest } from '../references/saved-types';
import type { CorpusLookup } from './corpus-data';

/**
 * A corpus record as a citation of its document: what "Save", "Copy citation" and "Open document" act on. A
 * recommendation is a paragraph of its meeting's report (`CTOC/COP/WG.4/2011/8`, para. 50 k)); a COP paragraph a
 * paragraph of its decision or resolution, which opens as the session report that publishes it. Pure.
 */
export interface RecordReference {
  /** Citation key, as the citation engine writes it (`CTOC/COP/WG.4/2011/8`, `COP resolution 5/2`). */
  key: string;
  kind: CitationKind;
  pinpoint?: Pinpoint;
  /** The corpus id the reference was made from. */
  targets: string[];
  year: number;
  /** The document "Open document" opens. */
  symbol: string;
  /** True for Working Group reports (labels say "report"). */
  isReport: boolean;
}

/** Letters are sub-paragraphs (`c`), romans clauses (`iv`): the compendium's paths `8.c`, `b.iii`, `46.j.iv`. */
const LETTER = /^[a-z]$/;
const ROMAN = /^[ivx]+$/;
const NUMBER = /^\d+$/;

/**
 * The pinpoint a path states: `50.k` → paragraph 50 (k); `pp.3` → preambular paragraph 3; `b.iii` (decisions
 * 1/5–4/4, whose paragraphs are lettered) → (b)(iii). A single letter that is also a roman numeral (`i`, `v`, `x`)
 * right after a paragraph number is a letter (`45.i`); after a letter it is a clause.
 */
export function pinpointOfPath(path: string): Pinpoint | undefined {
  const parts = path.split('.');
  const pin: Pinpoint = {};
  let i = 0;
  if (parts[0] === 'pp') {
    pin.preambular = true;
    i = 1;
  }
  if (parts[i] !== undefined && NUMBER.test(parts[i]!)) pin.paragraph = Number(parts[i++]);
  if (parts[i] !== undefined && LETTER.test(parts[i]!)) pin.subparagraph = parts[i++];
  if (parts[i] !== undefined && ROMAN.test(parts[i]!)) pin.clause = parts[i++];
  return Object.keys(pin).length > 0 && i === parts.length ? pin : undefined;
}

/** The reference of a record, or null for what is not a document part (a theme, meeting III without a report). */
export function referenceOf(lookup: CorpusLookup, id: string): RecordReference | null {
  const entity = lookup.entity(id);
  if (!entity) return null;
  switch (entity.type) {
    case 'item': {
      const { item } = entity;
      if (item.kind === 'recommendation') {
        const meeting = lookup.meeting(item.parentId);
        if (!meeting?.reportSymbol) return null;
        const pinpoint = item.reportParagraph ? pinpointOfPath(item.reportParagraph) : undefined;
        return {
          key: meeting.reportSymbol,
          kind: 'symbol',
          ...(pinpoint ? { pinpoint } : {}),
          targets: [item.id],
          year: meeting.year,
          symbol: meeting.reportSymbol,
          isReport: true,
        };
      }
      const instrument = lookup.instrument(item.parentId);
      if (!instrument) return null;
      const pinpoint = pinpointOfPath(item.id.slice(item.id.indexOf(':') + 1));
      return {
        key: `COP ${instrument.kind} ${instrument.id}`,
        kind: 'cop-instrument',
        ...(pinpoint ? { pinpoint } : {}),
        targets: [item.id],
        year: instrument.year,
        symbol: instrument.reportSymbol,
        isReport: false,
      };
    }
    case 'meeting': {
      const { meeting } = entity;
      if (!meeting.reportSymbol) return null;
      return {
        key: meeting.reportSymbol,
        kind: 'symbol',
        targets: [meeting.id],
        year: meeting.year,
        symbol: meeting.reportSymbol,
        isReport: true,
      };
    }
    case 'instrument': {
      const { instrument } = entity;
      return {
        key: `COP ${instrument.kind} ${instrument.id}`,
        kind: 'cop-instrument',
        targets: [instrument.id],
        year: instrument.year,
        symbol: instrument.reportSymbol,
        isReport: false,
      };
    }
    default:
      return null;
  }
}

/** The label of the document, as the saved list writes it ("Working Group report, 2011 (CTOC/COP/WG.4/2011/8)"). */
export const referenceLabelOf = (ref: RecordReference, lang: Lang): string =>
  referenceLabel({ key: ref.key, kind: ref.kind, year: ref.year, symbol: ref.symbol, isReport: ref.isReport }, lang);

/** What "Copy citation" copies: the label and the pinpoint ("…(CTOC/COP/WG.4/2011/8), para. 50(k)"). */
export const citationTextOf = (ref: RecordReference, lang: Lang): string =>
  citationText({ label: referenceLabelOf(ref, lang), kind: ref.kind, pinpoint: ref.pinpoint }, lang);

/** What "Save" sends to the background (no sighting: saved from the popup, not from a page). */
export const saveRequestOf = (ref: RecordReference, lang: Lang): SaveRequest =>
  saveRequest(ref, referenceLabelOf(ref, lang));

/** What "Open document" opens: the configured base plus the symbol (never fetched by Renvoi). */
export const documentUrlOf = (ref: RecordReference, baseUrl: string): string => documentLink(baseUrl, ref.symbol);
