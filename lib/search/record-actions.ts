import { browser } from 'wxt/browser';
import type { Lang } from '../references/lang';
import { request } from '../messaging/client';
import { loadSettings } from '../settings/settings';
import type { CorpusLookup } from './corpus-data';
import type { RecordAction } from './describe';
import { citationTextOf, documentUrlOf, referenceOf, saveRequestOf } from './reference';

/** What an action did: `saved` / `merged` (already in the list), `copied`, `opened`, or an error sentence. */
export type ActionOutcome = { ok: true; done: 'saved' | 'merged' | 'copied' | 'opened' } | { ok: false; error: string };

/** The actions available on a record: all three for a document part, none for a theme. */
export const actionsFor = (lookup: CorpusLookup, id: string): RecordAction[] =>
  referenceOf(lookup, id) ? ['save', 'copy', 'open'] : [];

/**
 * Runs an action on a record from an extension page: Save asks the background (`saved/add`), Copy citation writes
 * the clipboard, Open document opens the official document (settings' base + symbol) in a new tab.
 */
export async function runRecordAction(
  lookup: CorpusLookup,
  id: string,
  action: RecordAction,
  lang: Lang,
): Promise<ActionOutcome> {
  const ref = referenceOf(lookup, id);
  if (!ref) return { ok: false, error: id };
  try {
    switch (action) {
      case 'save': {
        const { merged } = await request('saved/add', saveRequestOf(ref, lang));
        return { ok: true, done: merged ? 'merged' : 'saved' };
      }
      case 'copy':
        await navigator.clipboard.writeText(citationTextOf(ref, lang));
        return { ok: true, done: 'copied' };
      case 'open': {
        const { documentBaseUrl } = await loadSettings();
        await browser.tabs.create({ url: documentUrlOf(ref, documentBaseUrl) });
        return { ok: true, done: 'opened' };
      }
    }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
