import type { Item } from '../../corpus/schema';
import type { InstrumentView, MeetingView, SymbolMatch } from '../../corpus/views';
import type { RenvoiDatabase } from './database';

/** Upper-cases and removes spaces so `ctoc/cop/wg.4/2011/8 ` finds `CTOC/COP/WG.4/2011/8`. */
export const normaliseSymbol = (symbol: string): string => symbol.replace(/\s+/g, '').toUpperCase();

const byLine = (a: Item, b: Item) => a.line - b.line;

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

/** Corpus items whose text cites the key (`A/RES/64/293`, `COP decision 4/4`). */
export async function citedBy(db: RenvoiDatabase, key: string): Promise<string[]> {
  return (await db.citedBy.get(key))?.itemIds ?? [];
}
