/**
 * The card data of the keys found on the page, asked from the background in batches (one `cards/for-keys` message per
 * scan) and kept for the page's lifetime: a hover reads it synchronously, even after the service worker was stopped.
 * A failed batch is remembered per key and asked again when one of its cards is needed.
 */

import { MAX_KEYS_PER_REQUEST, type CardData, type CardEntry } from '../../cards/card-data';

export type FetchCards = (keys: string[]) => Promise<Record<string, CardData>>;

export class CardStore {
  private readonly ready = new Map<string, CardData>();
  private readonly pending = new Set<string>();
  private readonly failed = new Map<string, string>();
  private readonly listeners = new Set<(keys: string[]) => void>();

  constructor(private readonly fetchCards: FetchCards) {}

  get(key: string): CardEntry {
    const data = this.ready.get(key);
    if (data) return { state: 'ready', data };
    const error = this.failed.get(key);
    if (error !== undefined) return { state: 'failed', error };
    return { state: 'loading' };
  }

  /** Calls `listener` with the keys whose entry changed; returns the unsubscribe function. */
  onChange(listener: (keys: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Asks for every key not known or on its way, in as few messages as the protocol allows. */
  async load(keys: Iterable<string>): Promise<void> {
    const missing = [...new Set(keys)].filter((k) => !this.ready.has(k) && !this.pending.has(k));
    const batches: string[][] = [];
    for (let i = 0; i < missing.length; i += MAX_KEYS_PER_REQUEST) {
      batches.push(missing.slice(i, i + MAX_KEYS_PER_REQUEST));
    }
    await Promise.all(batches.map((batch) => this.loadBatch(batch)));
  }

  /** Asks again for a key whose batch failed (a hover on it calls this). */
  retry(key: string): void {
    if (this.failed.has(key)) void this.load([key]);
  }

  private async loadBatch(keys: string[]): Promise<void> {
    for (const key of keys) this.pending.add(key);
    try {
      const cards = await this.fetchCards(keys);
      for (const key of keys) {
        const data = cards[key];
        if (data) {
          this.ready.set(key, data);
          this.failed.delete(key);
        } else {
          this.failed.set(key, `No card for ${key}`);
        }
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      for (const key of keys) this.failed.set(key, message);
    } finally {
      for (const key of keys) this.pending.delete(key);
      for (const listener of this.listeners) listener(keys);
    }
  }
}
