import type { InstrumentWord } from '../citations/keys';
import type { CitationKind } from '../citations/types';
import { BODY_SHORT, TREATY_NAMES } from './body-names';
import { documentOf } from './document-facts';
import type { Lang } from './lang';

/** What a label is made of: the citation, plus facts from the corpus when the caller has them. */
export interface LabelInput {
  key: string;
  kind: CitationKind;
  /** Year of the document (from the corpus, or read from the symbol when absent). */
  year?: number | null;
  /** The symbol of the report that publishes a COP instrument (from the corpus). */
  symbol?: string | null;
  /** True when the corpus knows the symbol as a meeting's or session's report. */
  isReport?: boolean;
}

/** How labels name each kind of instrument (a presidential statement is the Security Council's `S/PRST/…`). */
const INSTRUMENT_WORDS: Record<InstrumentWord, { en: string; fr: string }> = {
  resolution: { en: 'resolution', fr: 'résolution' },
  decision: { en: 'decision', fr: 'décision' },
  'presidential-statement': { en: 'presidential statement', fr: 'déclaration présidentielle' },
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A human label for a saved reference, without its pinpoint (kept apart):
 * "Working Group report, 2011 (CTOC/COP/WG.4/2011/8)" / « Rapport du Groupe de travail, 2011 (CTOC/COP/WG.4/2011/8) »,
 * "General Assembly resolution 64/293 (A/RES/64/293)", "Conference of the Parties decision 4/4, 2008
 * (CTOC/COP/2008/19)", "Trafficking in Persons Protocol, art. 6(3)(d)". Unknown shapes fall back to the key.
 */
export function referenceLabel(input: LabelInput, lang: Lang): string {
  const info = documentOf(input.key, input.kind);
  const en = lang === 'en';
  const year = input.year ?? info.year;
  const symbol = input.symbol ?? info.symbol;
  if (info.treaty) return `${TREATY_NAMES[info.treaty.name][lang]}, ${info.treaty.article}`;
  const body = info.body ? BODY_SHORT[info.body][lang] : null;
  const tail = (withYear: boolean) => [withYear && year ? `, ${year}` : '', symbol ? ` (${symbol})` : ''].join('');
  if (info.instrument && body) {
    const { type, number } = info.instrument;
    const word = INSTRUMENT_WORDS[type][en ? 'en' : 'fr'];
    const head = en ? `${body.name} ${word} ${number}` : `${capitalise(word)} ${number} ${body.of}`;
    // Instruments named in prose carry the year of their session; symbols of resolutions already state it or not.
    return `${head}${tail(!info.symbol)}`;
  }
  if (body && info.symbol) {
    const what = input.isReport ? (en ? 'report' : 'Rapport') : en ? 'document' : 'Document';
    const head = en ? `${body.name} ${what}` : `${what} ${body.of}`;
    return `${head}${tail(true)}`;
  }
  if (info.symbol) return `${en ? 'UN document' : 'Document de l’ONU'}${tail(true)}`;
  return input.key;
}
