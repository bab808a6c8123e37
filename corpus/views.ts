import type { Instrument, Item, Meeting, Session } from './schema';

/** Shapes in which the database layer answers corpus queries (`lib/db/queries.ts`, read by the card builder). */

/** What a report symbol names: a Working Group meeting or a COP session. */
export type SymbolMatch = { type: 'meeting'; meeting: Meeting } | { type: 'session'; session: Session };

export interface MeetingView {
  meeting: Meeting;
  items: Item[];
}

export interface InstrumentView {
  instrument: Instrument;
  session: Session | null;
  items: Item[];
}
