import type { CitationKind, Pinpoint } from '../citations/types';

/** Where a reference was seen: the page and the sentence around the citation. */
export interface SavedSighting {
  url: string;
  title: string;
  /** The sentence around the citation on that page (plain text, at most 1000 characters). */
  context: string;
  at: number;
}

/** What a Save button sends: one citation, as found on a page or in the popup. */
export interface SaveRequest {
  key: string;
  kind: CitationKind;
  /** Human label, e.g. "Working Group report, 2011 (CTOC/COP/WG.4/2011/8)". */
  label: string;
  pinpoint?: Pinpoint;
  /** Corpus ids the citation resolves to. */
  targets: string[];
  /** Absent when saved from the popup (no page). */
  sighting?: Omit<SavedSighting, 'at'>;
  /** Optional note typed with the save (the context menu and cards send none). */
  note?: string;
}

/**
 * The kind of a saved entry: one of today's citation kinds, or a kind this build does not know (written by a newer
 * build, or renamed since), kept as it is so that nothing the user saved is rewritten; it is shown like a symbol.
 */
export type SavedKind = CitationKind | (string & { readonly unknownKind?: never });

/** One entry of the saved list. Saving the same key and pinpoint again merges into it. */
export interface SavedReference {
  /** `key` + `#` + the pinpoint in canonical form: the merge identity. */
  id: string;
  key: string;
  kind: SavedKind;
  label: string;
  pinpoint?: Pinpoint;
  targets: string[];
  /** Every page where it was seen, oldest first. */
  sightings: SavedSighting[];
  note: string;
  /** Position in the user's list (ascending). */
  order: number;
  savedAt: number;
  updatedAt: number;
  /**
   * The UN document symbol a link opens (the key for symbols and resolutions, the session report for COP
   * instruments, the adopting resolution for treaties). Filled by the background from the corpus when known.
   */
  symbol?: string;
  /** Year of the cited document when known (exports' "issued"/`PY`). */
  year?: number;
}

/** How an import treats the current list. */
export type ImportMode = 'merge' | 'replace';

/** What went wrong with the saved list, as a stable code the UI turns into a sentence in the user's language. */
export type SavedErrorCode = 'quota' | 'blocked' | 'storage' | 'invalid' | 'not-found' | 'full' | 'note-too-long';
