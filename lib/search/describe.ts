import type { Footnote } from '../../corpus/schema';
import type { CorpusLookup } from './corpus-data';
import type { ExactReason } from './exact';
import { makeSnippet, type Highlighted } from './highlight';
import type { Lang } from '../references/lang';
import { citationTextOf, referenceOf } from './reference';
import { themeNameIn } from '../text/vocabulary/theme-names';

/** What a record is, for its label. */
export type RecordKind =
  'recommendation' | 'preambular' | 'operative' | 'decision' | 'resolution' | 'meeting' | 'session' | 'theme';

/** What a result offers: save it, copy its citation, open its document. */
export type RecordAction = 'save' | 'copy' | 'open';

/** Where an item sits: its meeting, or its decision / resolution. */
export type RecordParent =
  { type: 'meeting'; id: string } | { type: 'instrument'; id: string; kind: 'decision' | 'resolution' };

export interface ThemeRef {
  id: string;
  /** The index's own (French) name. */
  name: string;
  /** Its English name (the French one when none is known). */
  en: string;
}

/** The facts a result line shows (presentational components turn them into words). */
export interface RecordSummary {
  id: string;
  kind: RecordKind;
  parent: RecordParent | null;
  year: number | null;
  /** The report that publishes it (a meeting report, a COP session report), when there is one. */
  symbol: string | null;
  themes: ThemeRef[];
  /** For a theme: how many items it lists. */
  itemCount: number | null;
  /** For a theme: its names. */
  theme: ThemeRef | null;
}

/** One paragraph of a record's full text. */
export interface Paragraph {
  id: string;
  /** As printed: `45.`, `k)`, `iv)`; empty for an instrument's chapeau or a meeting's note. */
  marker: string;
  /** 1 for the record itself, deeper for sub-items. */
  level: number;
  text: string;
}

/** Everything an expanded result shows. */
export interface RecordDetails extends RecordSummary {
  /** Instrument title, meeting heading with place and dates, theme name; null for items. */
  title: string | null;
  paragraphs: Paragraph[];
  /** Footnotes of every paragraph shown, by number, each once. */
  footnotes: Footnote[];
  /** For a meeting or an instrument: items of the compendium that cite it. */
  citedBy: Paragraph[];
  /**
   * The reference "Copy citation" copies, in the reader's language ("Working Group report, 2011
   * (CTOC/COP/WG.4/2011/8), para. 50(k)"); null for what is not part of a document (a theme).
   */
  citation: string | null;
}

const themeRefs = (lookup: CorpusLookup, id: string): ThemeRef[] => lookup.themesOf(id).map((t) => themeRef(t));

/** A theme's names, French and English. */
export const themeRef = (theme: { id: string; name: string }): ThemeRef => ({
  id: theme.id,
  name: theme.name,
  en: themeNameIn('en', theme.id, theme.name),
});

/** A theme's name in `lang`, with the index's French name beside it when they differ. */
export const localThemeName = (theme: ThemeRef, lang: Lang): { name: string; french: string | null } =>
  lang === 'en' && theme.en !== theme.name
    ? { name: theme.en, french: theme.name }
    : { name: theme.name, french: null };

/** The short id shown on a result: `IV.45.k`, `5/2:8.c`, `4/4`, `IV`; none for themes and sessions. */
export const badgeOf = (summary: RecordSummary): string | null =>
  summary.kind === 'theme' || summary.kind === 'session' ? null : summary.id;

/** The summary of a record, or null for an unknown id. */
export function summarise(lookup: CorpusLookup, id: string): RecordSummary | null {
  const entity = lookup.entity(id);
  if (!entity) return null;
  const base = { id, themes: [] as ThemeRef[], itemCount: null, theme: null };
  switch (entity.type) {
    case 'item': {
      const { item } = entity;
      const meeting = lookup.meeting(item.parentId);
      const instrument = lookup.instrument(item.parentId);
      return {
        ...base,
        kind: item.kind,
        parent: meeting
          ? { type: 'meeting', id: meeting.id }
          : instrument
            ? { type: 'instrument', id: instrument.id, kind: instrument.kind }
            : null,
        year: meeting?.year ?? instrument?.year ?? null,
        symbol: meeting?.reportSymbol ?? instrument?.reportSymbol ?? null,
        themes: themeRefs(lookup, id),
      };
    }
    case 'meeting':
      return { ...base, kind: 'meeting', parent: null, year: entity.meeting.year, symbol: entity.meeting.reportSymbol };
    case 'instrument':
      return {
        ...base,
        kind: entity.instrument.kind,
        parent: null,
        year: entity.instrument.year,
        symbol: entity.instrument.reportSymbol,
      };
    case 'session':
      return { ...base, kind: 'session', parent: null, year: entity.session.year, symbol: entity.session.reportSymbol };
    case 'theme':
      return {
        ...base,
        kind: 'theme',
        parent: null,
        year: null,
        symbol: null,
        itemCount: entity.theme.itemIds.length,
        theme: themeRef(entity.theme),
      };
  }
}

const paragraphOf = (item: { id: string; marker: string; text: string }, level: number): Paragraph => ({
  id: item.id,
  marker: item.marker,
  level,
  text: item.text,
});

/** The details of a record (its full text with sub-items, footnotes, who cites it), or null for an unknown id. */
export function describe(lookup: CorpusLookup, id: string, lang: Lang = 'en'): RecordDetails | null {
  const summary = summarise(lookup, id);
  const entity = lookup.entity(id);
  if (!summary || !entity) return null;
  let title: string | null = null;
  let paragraphs: Paragraph[] = [];
  let footnotes: Footnote[] = [];
  switch (entity.type) {
    case 'item': {
      const { item } = entity;
      const below = lookup.descendantsOf(id);
      paragraphs = [paragraphOf(item, 1), ...below.map((sub) => paragraphOf(sub, sub.level - item.level + 1))];
      footnotes = [item, ...below].flatMap((i) => i.footnotes);
      break;
    }
    case 'instrument': {
      const { instrument } = entity;
      title = instrument.title;
      paragraphs = [
        { id, marker: '', level: 1, text: instrument.chapeau },
        ...lookup.itemsOf(id).map((i) => paragraphOf(i, i.level + 1)),
      ];
      footnotes = [...(instrument.chapeauFootnotes ?? []), ...lookup.itemsOf(id).flatMap((i) => i.footnotes)];
      break;
    }
    case 'meeting': {
      const { meeting } = entity;
      title = `${meeting.title} — ${meeting.place}, ${meeting.dates}`;
      paragraphs = meeting.note ? [{ id, marker: '', level: 1, text: meeting.note }] : [];
      break;
    }
    case 'session':
      title = entity.session.title;
      break;
    case 'theme':
      title = entity.theme.name;
      break;
  }
  const byNumber = new Map(footnotes.map((f) => [f.number, f]));
  const ref = referenceOf(lookup, id);
  const isSource = entity.type === 'meeting' || entity.type === 'instrument';
  const citedBy = (ref && isSource ? (lookup.data.citedBy[ref.key] ?? []) : [])
    .map((citing) => lookup.item(citing))
    .filter((item) => item !== undefined)
    .map((item) => paragraphOf(item, 1));
  return {
    ...summary,
    title,
    paragraphs,
    footnotes: [...byNumber.values()].sort((a, b) => a.number - b.number),
    citedBy,
    citation: ref ? citationTextOf(ref, lang) : null,
  };
}

/** A record as a result line without a query: the beginning of its text, nothing marked. */
export interface PlainEntry {
  summary: RecordSummary;
  title: Highlighted | null;
  snippet: Highlighted;
  inNotes: boolean;
  exact: ExactReason | null;
}

const NOTHING: ReadonlySet<string> = new Set();

/** The result line of a record listed without a search (a theme's items), or null for an unknown id. */
export function plainEntry(lookup: CorpusLookup, id: string): PlainEntry | null {
  const summary = summarise(lookup, id);
  if (!summary) return null;
  const text = lookup.item(id)?.text ?? '';
  return { summary, title: null, snippet: makeSnippet(text, NOTHING), inNotes: false, exact: null };
}
