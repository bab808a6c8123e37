/**
 * The citation engine as the page layer uses it, passed in rather than imported: the content script loads it as a
 * module of its own (`entrypoints/engine`, `engine.js`) the first time a page's text may hold a citation
 * (`lib/citations/might-cite.ts`), so pages that cannot hold one never parse the engine; Renvoi's own pages (PDF
 * reader, welcome) pass it directly. Only types come from `lib/citations` here (a unit test keeps the content
 * script's runtime imports of the engine to the gate).
 */

import type { documentContext, findCitations, findCitationsInSegments, shiftCitation } from '../../citations';
import { moduleSlot } from '../module-slot';

/** What the page layer calls of the engine. */
export interface PageEngine {
  findCitations: typeof findCitations;
  findCitationsInSegments: typeof findCitationsInSegments;
  documentContext: typeof documentContext;
  shiftCitation: typeof shiftCitation;
}

/** The engine could not be loaded (Renvoi reloaded or updated under the page, file missing): the scan stops. */
export class EngineUnavailable extends Error {
  constructor(cause: unknown) {
    super('Renvoi: the citation engine could not be loaded', { cause });
  }
}

/** The page's engine: `ready` once loaded, `load` loads it once (a failure is not retried). */
export interface EngineOnDemand {
  readonly ready: PageEngine | null;
  load(): Promise<PageEngine>;
}

/**
 * Loads the engine on the first `load` and keeps it. One attempt, like the card UI's: a hostile page cannot make
 * Renvoi fetch the module again and again; after a failure every `load` rejects with `EngineUnavailable`.
 */
export function engineOnDemand(load: () => Promise<PageEngine>): EngineOnDemand {
  let ready: PageEngine | null = null;
  let loading: Promise<PageEngine> | null = null;
  return {
    get ready() {
      return ready;
    },
    load: () =>
      (loading ??= load().then(
        (engine) => (ready = engine),
        (error: unknown) => {
          throw new EngineUnavailable(error);
        },
      )),
  };
}

/** Where the engine module (`entrypoints/engine`) leaves the engine for the content script (`../module-slot.ts`). */
const ENGINE_SLOT = moduleSlot<PageEngine>('__renvoiEngine', 'citation engine');

/** Called by the engine module when it runs. */
export const provideEngine = ENGINE_SLOT.provide;

/** Imports the engine module from `url` unless it already ran in this world, and returns what it provides. */
export const importEngine = ENGINE_SLOT.importFrom;
