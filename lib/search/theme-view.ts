import type { CorpusLookup } from './corpus-data';

/** The items of a theme from one meeting or one COP session, in document order. */
export interface ThemeItemGroup {
  type: 'meeting' | 'session';
  /** Meeting id (`IV`) or session id (`COP4`). */
  id: string;
  /** Session ordinal (`4`); the meeting's ordinal for meetings. */
  ordinal: number;
  year: number;
  /** For a session: the instruments its items come from (`[{ kind: 'decision', id: '4/4' }]`). */
  instruments: { kind: 'decision' | 'resolution'; id: string }[];
  itemIds: string[];
}

/** One bar of the chart: how many of the theme's recommendations a meeting made. */
export interface MeetingBar {
  id: string;
  year: number;
  count: number;
}

/**
 * A theme's items grouped by Working Group meeting (I → IX) then by COP session (1 → 5), each group in document
 * order. Items the index lists at several levels (`IV.45` and `IV.45.k`) appear once each.
 */
export function themeGroups(lookup: CorpusLookup, themeId: string): ThemeItemGroup[] {
  const theme = lookup.theme(themeId);
  if (!theme) return [];
  const listed = new Set(theme.itemIds);
  const groups: ThemeItemGroup[] = [];
  for (const meeting of lookup.data.meetings) {
    const itemIds = lookup
      .itemsOf(meeting.id)
      .filter((i) => listed.has(i.id))
      .map((i) => i.id);
    if (itemIds.length > 0) {
      groups.push({
        type: 'meeting',
        id: meeting.id,
        ordinal: meeting.ordinal,
        year: meeting.year,
        instruments: [],
        itemIds,
      });
    }
  }
  for (const session of lookup.data.sessions) {
    const instruments = session.instrumentIds.map((id) => lookup.instrument(id)).filter((i) => i !== undefined);
    const itemIds = instruments.flatMap((i) =>
      lookup
        .itemsOf(i.id)
        .filter((item) => listed.has(item.id))
        .map((x) => x.id),
    );
    if (itemIds.length > 0) {
      groups.push({
        type: 'session',
        id: session.id,
        ordinal: session.ordinal,
        year: session.year,
        instruments: instruments
          .filter((i) => itemIds.some((id) => id.startsWith(`${i.id}:`)))
          .map((i) => ({ kind: i.kind, id: i.id })),
        itemIds,
      });
    }
  }
  return groups;
}

/** Recommendations of the theme per Working Group meeting, every meeting included (zero bars too), in order. */
export function meetingBars(lookup: CorpusLookup, themeId: string): MeetingBar[] {
  const theme = lookup.theme(themeId);
  const counts = new Map<string, number>();
  for (const id of theme?.itemIds ?? []) {
    const item = lookup.item(id);
    if (item?.kind === 'recommendation') counts.set(item.parentId, (counts.get(item.parentId) ?? 0) + 1);
  }
  return lookup.data.meetings.map((m) => ({ id: m.id, year: m.year, count: counts.get(m.id) ?? 0 }));
}
