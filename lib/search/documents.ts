import type { CorpusLookup } from './corpus-data';

/** What a search result is. Sessions are not results of their own: a session symbol finds its instruments. */
export type DocType = 'item' | 'instrument' | 'meeting' | 'theme';

/** The kind filter: Working Group recommendations, COP decisions, COP resolutions. */
export type SearchKind = 'recommendation' | 'decision' | 'resolution';

/**
 * Searchable fields and their weights. A word in a title (theme name, instrument title, meeting name) counts five
 * times a word of the body; footnotes and the names of an item's themes help recall without outranking the text.
 */
export const FIELD_WEIGHTS = { title: 5, text: 1, notes: 0.35, themes: 0.3 } as const;

export type FieldName = keyof typeof FIELD_WEIGHTS;

export const FIELD_NAMES = Object.keys(FIELD_WEIGHTS) as FieldName[];

/** One search document: a corpus record with its searchable fields and its filter facets. */
export interface SearchDoc {
  /** Corpus id (`IV.45.k`, `5/2:8.c`, `4/4`, `IV`, a theme slug). */
  id: string;
  type: DocType;
  /** Null for themes (they have no kind, meeting or year and are left out when such a filter is on). */
  kind: SearchKind | null;
  /** Meeting id for recommendations and meetings, COP session id for COP paragraphs and instruments. */
  groupId: string | null;
  year: number | null;
  /** Themes of the record (see `CorpusLookup.themesOf`). */
  themeIds: string[];
  /** Field texts as printed (not folded), in the order of {@link FIELD_NAMES}. */
  fields: Record<FieldName, string>;
}

/** The capitalised French word for an instrument's kind, as the compendium titles them. */
export const INSTRUMENT_WORD = { decision: 'Décision', resolution: 'Résolution' } as const;

/** Builds the search documents: every item, instrument, meeting and theme, in a stable order. */
export function buildDocuments(lookup: CorpusLookup): SearchDoc[] {
  const { data } = lookup;
  const docs: SearchDoc[] = [];
  for (const item of data.items) {
    const themes = lookup.themesOf(item.id);
    const recommendation = item.kind === 'recommendation';
    const meeting = recommendation ? lookup.meeting(item.parentId) : undefined;
    const instrument = recommendation ? undefined : lookup.instrument(item.parentId);
    docs.push({
      id: item.id,
      type: 'item',
      kind: recommendation ? 'recommendation' : (instrument?.kind ?? null),
      groupId: recommendation ? item.parentId : (instrument?.sessionId ?? null),
      year: meeting?.year ?? instrument?.year ?? null,
      themeIds: themes.map((t) => t.id),
      fields: {
        title: '',
        text: item.text,
        notes: item.footnotes.map((f) => f.text).join(' \n'),
        themes: themes.map((t) => t.name).join(' \n'),
      },
    });
  }
  for (const instrument of data.instruments) {
    docs.push({
      id: instrument.id,
      type: 'instrument',
      kind: instrument.kind,
      groupId: instrument.sessionId,
      year: instrument.year,
      themeIds: [],
      fields: {
        title: `${INSTRUMENT_WORD[instrument.kind]} ${instrument.id} — ${instrument.title}`,
        text: instrument.chapeau,
        notes: (instrument.chapeauFootnotes ?? []).map((f) => f.text).join(' \n'),
        themes: '',
      },
    });
  }
  for (const meeting of data.meetings) {
    docs.push({
      id: meeting.id,
      type: 'meeting',
      kind: 'recommendation',
      groupId: meeting.id,
      year: meeting.year,
      themeIds: [],
      fields: {
        title: `${meeting.title} — ${meeting.place}, ${meeting.dates}`,
        text: meeting.note ?? '',
        notes: '',
        themes: '',
      },
    });
  }
  for (const theme of data.themes) {
    docs.push({
      id: theme.id,
      type: 'theme',
      kind: null,
      groupId: null,
      year: null,
      themeIds: [theme.id],
      fields: { title: theme.name, text: '', notes: '', themes: '' },
    });
  }
  return docs;
}
