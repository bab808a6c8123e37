import type { Item, Theme } from '../../corpus/schema';
import type { CorpusEntity, InstrumentView, MeetingView, SymbolMatch, ThemeGroup, ThemeView } from '../../corpus/views';
import type { RenvoiDatabase } from './database';

/** `x` is `id` itself or sits inside it (`IV.45.b` in `IV.45`, `5/2:8.c` in `5/2`). */
export const isWithin = (x: string, id: string): boolean =>
  x === id || x.startsWith(`${id}.`) || x.startsWith(`${id}:`);

/** Upper-cases and removes spaces so `ctoc/cop/wg.4/2011/8 ` finds `CTOC/COP/WG.4/2011/8`. */
export const normaliseSymbol = (symbol: string): string => symbol.replace(/\s+/g, '').toUpperCase();

const byLine = (a: Item, b: Item) => a.line - b.line;

export async function getById(db: RenvoiDatabase, id: string): Promise<CorpusEntity | null> {
  const [item, meeting, instrument, session, theme] = await Promise.all([
    db.items.get(id),
    db.meetings.get(id),
    db.instruments.get(id),
    db.sessions.get(id),
    db.themes.get(id),
  ]);
  if (item) return { type: 'item', item };
  if (meeting) return { type: 'meeting', meeting };
  if (instrument) return { type: 'instrument', instrument };
  if (session) return { type: 'session', session };
  if (theme) return { type: 'theme', theme };
  return null;
}

/** A Working Group report symbol gives its meeting; a COP session report symbol gives its session. */
export async function getBySymbol(db: RenvoiDatabase, symbol: string): Promise<SymbolMatch | null> {
  const key = normaliseSymbol(symbol);
  const meeting = await db.meetings.where('reportSymbol').equals(key).first();
  if (meeting) return { type: 'meeting', meeting };
  const session = await db.sessions.where('reportSymbol').equals(key).first();
  return session ? { type: 'session', session } : null;
}

/** All items (every level) of a meeting or an instrument, in document order. */
export async function itemsOf(db: RenvoiDatabase, parentId: string): Promise<Item[]> {
  return (await db.items.where('parentId').equals(parentId).toArray()).sort(byLine);
}

export async function getMeeting(db: RenvoiDatabase, id: string): Promise<MeetingView | null> {
  const meeting = await db.meetings.get(id);
  return meeting ? { meeting, items: await itemsOf(db, id) } : null;
}

export async function getInstrument(db: RenvoiDatabase, id: string): Promise<InstrumentView | null> {
  const instrument = await db.instruments.get(id);
  if (!instrument) return null;
  const [session, items] = await Promise.all([db.sessions.get(instrument.sessionId), itemsOf(db, id)]);
  return { instrument, session: session ?? null, items };
}

/** Themes that list the item, one of its sub-items or one of its enclosing items, in index order. */
export async function themesOf(db: RenvoiDatabase, id: string): Promise<Theme[]> {
  const themes = await db.themes.toArray();
  return themes.filter((theme) => theme.itemIds.some((x) => isWithin(x, id) || isWithin(id, x)));
}

/** A theme and its items grouped by meeting (I → IX) then by instrument (1/5 → 5/2), in document order. */
export async function getTheme(db: RenvoiDatabase, id: string): Promise<ThemeView | null> {
  const theme = await db.themes.get(id);
  if (!theme) return null;
  const items = (await db.items.bulkGet(theme.itemIds)).filter((item): item is Item => item !== undefined).sort(byLine);
  const groups: ThemeGroup[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last?.groupId === item.parentId) last.items.push(item);
    else
      groups.push({
        kind: item.kind === 'recommendation' ? 'meeting' : 'instrument',
        groupId: item.parentId,
        items: [item],
      });
  }
  return { theme, groups };
}

/** Corpus items whose text cites the key (`A/RES/64/293`, `COP decision 4/4`). */
export async function citedBy(db: RenvoiDatabase, key: string): Promise<string[]> {
  return (await db.citedBy.get(key))?.itemIds ?? [];
}
