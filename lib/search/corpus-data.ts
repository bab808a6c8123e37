import { isWithin } from '../../corpus/ids';
import type { Corpus, Instrument, Item, Meeting, Session, Theme } from '../../corpus/schema';

/** The parts of the corpus search and the popup use: what the database holds (no version or source record). */
export type CorpusData = Pick<Corpus, 'meetings' | 'sessions' | 'instruments' | 'items' | 'themes' | 'citedBy'>;

/** Any corpus record, found by id. */
export type Entity =
  | { type: 'item'; item: Item }
  | { type: 'meeting'; meeting: Meeting }
  | { type: 'instrument'; instrument: Instrument }
  | { type: 'session'; session: Session }
  | { type: 'theme'; theme: Theme };

/** Maps over the corpus, built once: records by id, themes of each item, enclosing records. */
export interface CorpusLookup {
  data: CorpusData;
  item(id: string): Item | undefined;
  meeting(id: string): Meeting | undefined;
  instrument(id: string): Instrument | undefined;
  session(id: string): Session | undefined;
  theme(id: string): Theme | undefined;
  /** Any record by exact id. */
  entity(id: string): Entity | undefined;
  /**
   * Themes that list the item, an enclosing item or one of its sub-items (the id grammar of `corpus/ids.ts`), in index
   * order. For a meeting or an instrument: none.
   */
  themesOf(id: string): Theme[];
  /** Items (every level) of a meeting or an instrument, in document order. */
  itemsOf(parentId: string): Item[];
  /** The sub-items of an item, every level, in document order. */
  descendantsOf(id: string): Item[];
}

const byOrdinal = (a: { ordinal: number }, b: { ordinal: number }) => a.ordinal - b.ordinal;
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The corpus in one fixed order whatever order it was read in (the database returns rows by primary key): items
 * by source line (then id), meetings and sessions by ordinal, instruments by year, themes by id. Search documents are built
 * in this order, so the index built at build time lines up with the corpus read at run time.
 */
export function canonicalOrder(data: CorpusData): CorpusData {
  return {
    meetings: [...data.meetings].sort(byOrdinal),
    sessions: [...data.sessions].sort(byOrdinal),
    instruments: [...data.instruments].sort((a, b) => a.year - b.year || byId(a, b)),
    // Sub-items packed on their parent's line (IX.17.a–h) keep their letter order.
    items: [...data.items].sort((a, b) => a.line - b.line || a.id.localeCompare(b.id, 'en', { numeric: true })),
    themes: [...data.themes].sort(byId),
    citedBy: data.citedBy,
  };
}

/** Builds the lookup maps; `lookup.data` is the corpus in {@link canonicalOrder}. */
export function createLookup(source: CorpusData): CorpusLookup {
  const data = canonicalOrder(source);
  const items = new Map(data.items.map((i) => [i.id, i]));
  const meetings = new Map(data.meetings.map((m) => [m.id, m]));
  const instruments = new Map(data.instruments.map((i) => [i.id, i]));
  const sessions = new Map(data.sessions.map((s) => [s.id, s]));
  const themes = new Map(data.themes.map((t) => [t.id, t]));
  const byParent = new Map<string, Item[]>();
  for (const item of data.items) {
    const list = byParent.get(item.parentId) ?? [];
    list.push(item);
    byParent.set(item.parentId, list);
  }
  // Themes of each item: a theme listing `IV.45` applies to `IV.45.k`, and one listing `IV.45.k` shows on `IV.45`.
  const related = (id: string): string[] => {
    const out: string[] = [];
    for (let up = items.get(id); up; up = up.parentItemId ? items.get(up.parentItemId) : undefined) out.push(up.id);
    const down = [...(items.get(id)?.childIds ?? [])];
    while (down.length > 0) {
      const next = down.pop()!;
      out.push(next);
      down.push(...(items.get(next)?.childIds ?? []));
    }
    return out;
  };
  const themesByItem = new Map<string, Theme[]>();
  for (const theme of data.themes) {
    const touched = new Set(theme.itemIds.flatMap(related));
    for (const id of touched) {
      const list = themesByItem.get(id) ?? [];
      list.push(theme);
      themesByItem.set(id, list);
    }
  }
  const entity = (id: string): Entity | undefined => {
    const item = items.get(id);
    if (item) return { type: 'item', item };
    const meeting = meetings.get(id);
    if (meeting) return { type: 'meeting', meeting };
    const instrument = instruments.get(id);
    if (instrument) return { type: 'instrument', instrument };
    const session = sessions.get(id);
    if (session) return { type: 'session', session };
    const theme = themes.get(id);
    return theme ? { type: 'theme', theme } : undefined;
  };
  return {
    data,
    item: (id) => items.get(id),
    meeting: (id) => meetings.get(id),
    instrument: (id) => instruments.get(id),
    session: (id) => sessions.get(id),
    theme: (id) => themes.get(id),
    entity,
    themesOf: (id) => themesByItem.get(id) ?? [],
    itemsOf: (parentId) => byParent.get(parentId) ?? [],
    descendantsOf: (id) => {
      const parentId = items.get(id)?.parentId;
      return parentId ? (byParent.get(parentId) ?? []).filter((i) => i.id !== id && isWithin(i.id, id)) : [];
    },
  };
}
