/**
 * Size limits of saved references. Messages, imports and the database layer all use these, so an entry that was
 * accepted once is always accepted again (an export can be imported back).
 */
export const SAVED_LIMITS = {
  /** Citation keys and corpus ids are short (`CTOC/COP/WG.4/2011/8`, `TIP Protocol art. 6(3)(d)`). */
  key: 256,
  /** Saved ids are a key plus a canonical pinpoint. */
  id: 512,
  label: 500,
  note: 10_000,
  url: 8192,
  title: 1000,
  /** The sentence around a citation (see SavedSighting). */
  context: 1000,
  targets: 200,
  /** Pages remembered per reference; the oldest are kept, later ones dropped. */
  sightings: 500,
  /** Entries in the list, and in one import, restore or remove message (so any list can be exported and imported). */
  entries: 5000,
  /** Import files larger than this are refused before parsing. */
  importBytes: 5 * 1024 * 1024,
} as const;
