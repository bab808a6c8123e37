/**
 * The citation engine's resolver data in a form that crosses the message channel (plain arrays instead of Sets and
 * Maps). The background builds it from the database; the content script rebuilds the engine's `ResolverData`, so it
 * resolves pinpoints and report years like the corpus build does, without bundling the corpus.
 */

import type { MeetingRef, ResolverData } from '../citations';

export interface ResolverWire {
  itemIds: string[];
  meetings: MeetingRef[];
  /** `[report symbol, session id]`. */
  sessions: [string, string][];
  /** `[instrument number, kind]`. */
  instruments: [string, 'decision' | 'resolution'][];
}

export function resolverToWire(data: ResolverData): ResolverWire {
  return {
    itemIds: [...data.itemIds],
    // Every meeting is listed under its year (not every one has a symbol).
    meetings: [...data.meetingsByYear.values()].flat(),
    sessions: [...data.sessionsBySymbol.entries()],
    instruments: [...data.instruments.entries()],
  };
}

/** Rebuilds the engine's data; the same maps `createResolverData` builds from the corpus (a unit test checks it). */
export function resolverFromWire(wire: ResolverWire): ResolverData {
  const meetingsBySymbol = new Map<string, MeetingRef>();
  const meetingsByYear = new Map<number, MeetingRef[]>();
  for (const m of wire.meetings) {
    if (m.reportSymbol) meetingsBySymbol.set(m.reportSymbol, m);
    const list = meetingsByYear.get(m.year) ?? [];
    list.push(m);
    meetingsByYear.set(m.year, list);
  }
  return {
    itemIds: new Set(wire.itemIds),
    meetingsBySymbol,
    meetingsByYear,
    sessionsBySymbol: new Map(wire.sessions),
    instruments: new Map(wire.instruments),
  };
}

/** Checks a wire value received from another context; anything malformed becomes null (the engine then works without). */
export function parseResolverWire(raw: unknown): ResolverWire | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const w = raw as Partial<Record<keyof ResolverWire, unknown>>;
  const ok =
    Array.isArray(w.itemIds) &&
    w.itemIds.every((id) => typeof id === 'string') &&
    Array.isArray(w.meetings) &&
    w.meetings.every(
      (m: unknown) =>
        typeof m === 'object' &&
        m !== null &&
        typeof (m as MeetingRef).id === 'string' &&
        typeof (m as MeetingRef).year === 'number',
    ) &&
    Array.isArray(w.sessions) &&
    Array.isArray(w.instruments);
  return ok ? (raw as ResolverWire) : null;
}
