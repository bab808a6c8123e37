/**
 * The corpus facts the resolver needs, built once from the corpus (or from a small fake corpus in tests). Only types
 * are imported from the corpus, so the engine stays pure and usable before the corpus is parsed.
 */

import type { Corpus } from '../../corpus/schema';

/** A Working Group meeting, as the resolver sees it. */
export interface MeetingRef {
  /** `I` … `IX`. */
  id: string;
  year: number;
  /** Upper-case report symbol, or null (meeting III). */
  reportSymbol: string | null;
  /** Report paragraph = recommendation number + offset; null when it has no recommendations of its own. */
  paragraphOffset: number | null;
}

export interface ResolverData {
  /** Every item id of the corpus (recommendations and instrument paragraphs at every level). */
  itemIds: ReadonlySet<string>;
  /** Meetings by upper-case report symbol. */
  meetingsBySymbol: ReadonlyMap<string, MeetingRef>;
  /** Meetings by year, for "rapport de la réunion de 2009". */
  meetingsByYear: ReadonlyMap<number, readonly MeetingRef[]>;
  /** Session id (`COP5`) by upper-case report symbol. */
  sessionsBySymbol: ReadonlyMap<string, string>;
  /** COP instruments in the corpus by number (`4/4`) → their kind. */
  instruments: ReadonlyMap<string, 'decision' | 'resolution'>;
}

/** The parts of the corpus `createResolverData` reads (a whole `Corpus` fits). */
export type ResolverCorpus = Pick<Corpus, 'meetings' | 'sessions' | 'instruments' | 'items'>;

export function createResolverData(corpus: ResolverCorpus): ResolverData {
  const meetingsBySymbol = new Map<string, MeetingRef>();
  const meetingsByYear = new Map<number, MeetingRef[]>();
  for (const m of corpus.meetings) {
    const ref: MeetingRef = {
      id: m.id,
      year: m.year,
      reportSymbol: m.reportSymbol?.toUpperCase() ?? null,
      paragraphOffset: m.paragraphOffset,
    };
    if (ref.reportSymbol) meetingsBySymbol.set(ref.reportSymbol, ref);
    const list = meetingsByYear.get(m.year) ?? [];
    list.push(ref);
    meetingsByYear.set(m.year, list);
  }
  return {
    itemIds: new Set(corpus.items.map((i) => i.id)),
    meetingsBySymbol,
    meetingsByYear,
    sessionsBySymbol: new Map(corpus.sessions.map((s) => [s.reportSymbol.toUpperCase(), s.id])),
    instruments: new Map(corpus.instruments.map((i) => [i.id, i.kind])),
  };
}
