import { engineFromBundle } from './bundle-engine';
import type { SearchEngine } from './engine';

let pending: Promise<SearchEngine> | null = null;
let ready: SearchEngine | null = null;

/** The engine over the database, for when the bundled files cannot be read; loaded only then (Dexie is large). */
async function engineFromStore(): Promise<SearchEngine> {
  const [{ openDatabase }, { request }, { engineFromDatabase }] = await Promise.all([
    import('../db/database'),
    import('../messaging/client'),
    import('./load-engine'),
  ]);
  return engineFromDatabase(openDatabase(), () => request('corpus/status', {}));
}

/**
 * The popup's one search engine, shared by its tabs: the corpus is read and indexed once per popup, from the files
 * the extension bundles (see `engineFromBundle`); only if they cannot be read, from the database. A failure is not
 * cached, so reopening a tab retries.
 */
export function popupEngine(): Promise<SearchEngine> {
  pending ??= engineFromBundle()
    .then((engine) => engine ?? engineFromStore())
    .then((engine) => (ready = engine))
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}

/** The engine being read or read, if a tab asked for it (null otherwise: nothing is started). */
export function startedPopupEngine(): Promise<SearchEngine> | null {
  return pending;
}

/** The engine if it is already built (a tab's first render can then show results at once, without a second frame). */
export function readyPopupEngine(): SearchEngine | null {
  return ready;
}
