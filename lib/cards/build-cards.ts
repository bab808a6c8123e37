/**
 * Card data for a batch of citation keys, read from the corpus database. Background only (imports `lib/db`); the
 * content script receives the result through `cards/for-keys` and keeps it.
 */

import type { Item, Session, Theme } from '../../corpus/schema';
import type { RenvoiDatabase } from '../db/database';
import { citedBy, getBySymbol, getInstrument, getMeeting } from '../db/queries';
import { createResolverData } from '../citations';
import { isWithin } from './ids';
import { keyInfo } from './key-info';
import { resolverToWire, type ResolverWire } from './resolver-wire';
import type { CardData, CardInstrument, CardTheme, CitingItem } from './types';

/** "Cited by" lists stop here; a card is a glance, the popup's search has the rest. */
export const MAX_CITED_BY = 40;

/** Facts read once per batch and shared by every key in it. */
interface BatchContext {
  db: RenvoiDatabase;
  themes: Theme[];
  sessions: Session[];
}

/** Themes listing items inside one of `docIds`, with those items; index order kept. */
function themesWithin(themes: readonly Theme[], docIds: readonly string[]): CardTheme[] {
  const out: CardTheme[] = [];
  for (const theme of themes) {
    const itemIds = theme.itemIds.filter((id) => docIds.some((doc) => isWithin(id, doc) && id !== doc));
    if (itemIds.length > 0) out.push({ id: theme.id, name: theme.name, itemIds });
  }
  return out;
}

async function citingItems(db: RenvoiDatabase, key: string): Promise<CitingItem[]> {
  const ids = (await citedBy(db, key)).slice(0, MAX_CITED_BY);
  const items = await db.items.bulkGet(ids);
  return items
    .filter((item): item is Item => item !== undefined)
    .map(({ id, kind, parentId, reportParagraph, text }) => ({ id, kind, parentId, reportParagraph, text }));
}

async function sessionCard(ctx: BatchContext, session: Session, cited: CitingItem[]): Promise<CardData> {
  const views = await Promise.all(session.instrumentIds.map((id) => getInstrument(ctx.db, id)));
  const instruments: CardInstrument[] = views
    .filter((view) => view !== null)
    .map((view) => ({ instrument: view.instrument, items: view.items }));
  return {
    type: 'session',
    session,
    instruments,
    themes: themesWithin(ctx.themes, session.instrumentIds),
    citedBy: cited,
  };
}

/** The card of one key. Unknown or malformed keys get an `external` card, never an error. */
async function buildCard(ctx: BatchContext, key: string): Promise<CardData> {
  const info = keyInfo(key);
  const cited = await citingItems(ctx.db, key);
  if (info.type === 'treaty') return { type: 'treaty', citedBy: cited };
  if (info.type === 'cop') {
    const view = await getInstrument(ctx.db, info.number);
    if (view) {
      return {
        type: 'instrument',
        instrument: view.instrument,
        session: view.session,
        items: view.items,
        themes: themesWithin(ctx.themes, [view.instrument.id]),
        citedBy: cited,
      };
    }
    // Not in the corpus (decision 4/1): the session report that publishes it, when the corpus knows the session.
    const session = ctx.sessions.find((s) => s.ordinal === info.session);
    return { type: 'external', reportSymbol: session?.reportSymbol ?? null, citedBy: cited };
  }
  const match = await getBySymbol(ctx.db, info.key);
  if (match?.type === 'meeting') {
    const view = await getMeeting(ctx.db, match.meeting.id);
    return {
      type: 'meeting',
      meeting: match.meeting,
      items: view?.items ?? [],
      themes: themesWithin(ctx.themes, [match.meeting.id]),
      citedBy: cited,
    };
  }
  if (match?.type === 'session') return sessionCard(ctx, match.session, cited);
  return { type: 'external', reportSymbol: null, citedBy: cited };
}

/** Card data for every key (duplicates answered once). The database must be seeded. */
export async function buildCards(db: RenvoiDatabase, keys: readonly string[]): Promise<Record<string, CardData>> {
  const [themes, sessions] = await Promise.all([db.themes.toArray(), db.sessions.toArray()]);
  const ctx: BatchContext = { db, themes, sessions };
  const unique = [...new Set(keys)];
  const cards = await Promise.all(unique.map((key) => buildCard(ctx, key)));
  return Object.fromEntries(unique.map((key, i) => [key, cards[i]!]));
}

/** The engine's resolver data for the content script, from the seeded database. */
export async function buildResolverWire(db: RenvoiDatabase): Promise<ResolverWire> {
  const [meetings, sessions, instruments, items] = await Promise.all([
    db.meetings.toArray(),
    db.sessions.toArray(),
    db.instruments.toArray(),
    db.items.toArray(),
  ]);
  // The corpus order (meetings by ordinal, items by line), so meetings of one year are listed as the build lists them.
  meetings.sort((a, b) => a.ordinal - b.ordinal);
  items.sort((a, b) => a.line - b.line);
  return resolverToWire(createResolverData({ meetings, sessions, instruments, items }));
}
