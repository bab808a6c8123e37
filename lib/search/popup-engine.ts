import { openDatabase } from '../db/database';
import { request } from '../messaging/client';
import type { SearchEngine } from './engine';
import { engineFromDatabase } from './load-engine';

let pending: Promise<SearchEngine> | null = null;

/**
 * The popup's one search engine, shared by its tabs: the corpus is read and indexed once per popup. A failure is
 * not cached, so reopening a tab retries.
 */
export function popupEngine(): Promise<SearchEngine> {
  pending ??= engineFromDatabase(openDatabase(), () => request('corpus/status', {})).catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}
