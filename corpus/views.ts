import type { Instrument, Item, Meeting, Session, Theme } from './schema';

/**
 * Shapes in which the background answers corpus queries (see lib/messaging/protocol.ts). Plain data, shared by the
 * database layer, the message protocol and the UI.
 */

/** Any corpus record, tagged with what it is. */
export type CorpusEntity =
  | { type: 'meeting'; meeting: Meeting }
  | { type: 'session'; session: Session }
  | { type: 'instrument'; instrument: Instrument }
  | { type: 'item'; item: Item }
  | { type: 'theme'; theme: Theme };

/** What a report symbol names: a Working Group meeting or a COP session. */
export type SymbolMatch = { type: 'meeting'; meeting: Meeting } | { type: 'session'; session: Session };

/** Items of one meeting or one instrument, as a theme lists them. */
export interface ThemeGroup {
  kind: 'meeting' | 'instrument';
  /** Meeting id (`IV`) or instrument id (`5/2`). */
  groupId: string;
  items: Item[];
}

export interface MeetingView {
  meeting: Meeting;
  items: Item[];
}

export interface InstrumentView {
  instrument: Instrument;
  session: Session | null;
  items: Item[];
}

export interface ThemeView {
  theme: Theme;
  groups: ThemeGroup[];
}
