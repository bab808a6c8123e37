/**
 * The card data of the keys found on the page, asked from the background and kept for the page's lifetime: a hover
 * reads it synchronously, even after the service worker was stopped.
 *
 * How it asks (audit L4; the background caps each page, `lib/background/request-caps.ts`):
 * - in the order keys are queued: the page session queues the keys in view as soon as the scan has marked them, the
 *   rest of the page after the pass, so the cards the reader can hover now are asked first; a key the reader points
 *   at ({@link CardStore.retry}) goes before every other;
 * - one `cards/for-keys` message at a time, each of at most {@link MAX_KEYS_PER_REQUEST} keys: a page with thousands
 *   of citations sends its batches one after another, never a burst;
 * - at most {@link MAX_CARD_KEYS_PER_PAGE} different keys on its own; the cards beyond are asked only when the reader
 *   points at them (one key per request);
 * - when the background answers `renvoi-limit`, the batch's cards say so, and the store waits
 *   ({@link LIMIT_PAUSE_MS}, then twice as long) before asking for the rest; after {@link LIMIT_STRIKES} refusals in a
 *   row it stops asking on its own for this page (the reader's hovers still ask, one key each).
 * A failed key is remembered and asked again when the reader points at it.
 */

import {
  CARD_LIMIT_CODE,
  CARD_WINDOW_MS,
  MAX_CARD_KEYS_PER_PAGE,
  MAX_KEYS_PER_REQUEST,
  type CardData,
  type CardEntry,
} from '../../cards/card-data';

export type FetchCards = (keys: string[]) => Promise<Record<string, CardData>>;

/** First wait after a `renvoi-limit` answer: the background's rate window. */
export const LIMIT_PAUSE_MS = CARD_WINDOW_MS;
/** Refusals in a row after which the store stops asking on its own. */
export const LIMIT_STRIKES = 3;

export interface CardStoreOptions {
  /** Timer for the wait after a refusal (the page session passes its lifetime: no timer outlives the script). */
  setTimeout?(handler: () => void, ms: number): unknown;
  /** Different keys the store asks for on its own (default the background's cap). */
  budget?: number;
}

const isLimit = (message: string) => message.startsWith(CARD_LIMIT_CODE);

export class CardStore {
  private readonly ready = new Map<string, CardData>();
  private readonly failed = new Map<string, { error: string; limited: boolean }>();
  private readonly listeners = new Set<(keys: string[]) => void>();
  /** Keys waiting to be asked, in asking order (a `Set` iterates in insertion order). */
  private readonly queue = new Set<string>();
  /** Keys the reader pointed at, asked before the queue and whatever the budget. */
  private readonly wanted = new Set<string>();
  /** The batch on its way (at most one). */
  private readonly inFlight = new Set<string>();
  /** Different keys asked so far (what the background counts against its cap). */
  private readonly asked = new Set<string>();
  /** Whether the loop sending batches runs, and the promise of its end. */
  private pumping = false;
  private done: Promise<void> = Promise.resolve();
  /** `renvoi-limit` answers in a row; the queue waits while `paused`, and gives up at {@link LIMIT_STRIKES}. */
  private strikes = 0;
  private paused = false;
  private readonly budget: number;

  constructor(
    private readonly fetchCards: FetchCards,
    private readonly options: CardStoreOptions = {},
  ) {
    this.budget = options.budget ?? MAX_CARD_KEYS_PER_PAGE;
  }

  get(key: string): CardEntry {
    const data = this.ready.get(key);
    if (data) return { state: 'ready', data };
    const failure = this.failed.get(key);
    if (failure) return { state: 'failed', ...failure };
    return { state: 'loading' };
  }

  /** Calls `listener` with the keys whose entry changed; returns the unsubscribe function. */
  onChange(listener: (keys: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Queues every key not ready, waiting or on its way, after the keys already waiting (so call it with the keys in
   * view first). A key that failed is queued again (the service worker may have been restarting), unless it failed
   * on a limit: that one waits for the reader. Resolves once the store has nothing more to ask for now (everything
   * answered, or waiting after a refusal).
   */
  load(keys: Iterable<string>): Promise<void> {
    const beyond: string[] = [];
    for (const key of keys) {
      if (this.ready.has(key) || this.inFlight.has(key) || this.queue.has(key) || this.wanted.has(key)) continue;
      if (this.failed.get(key)?.limited) continue;
      if (this.strikes >= LIMIT_STRIKES) beyond.push(key);
      else this.queue.add(key);
    }
    if (beyond.length > 0) this.settle(beyond, {}, this.limitError());
    return this.pump();
  }

  /**
   * The reader points at a key (a dwell or a hover): asked next, before the queue, unless it is ready or on its way;
   * a failed key is asked again. One request per call at most, so hovers cannot make a storm.
   */
  retry(key: string): void {
    if (this.ready.has(key) || this.inFlight.has(key)) return;
    this.queue.delete(key);
    this.wanted.add(key);
    void this.pump();
  }

  /** Sends batches one after another until nothing is left to ask now. */
  private pump(): Promise<void> {
    if (this.pumping) return this.done;
    this.pumping = true;
    this.done = (async () => {
      try {
        for (let batch = this.nextBatch(); batch.length > 0; batch = this.nextBatch()) await this.send(batch);
      } finally {
        this.pumping = false;
      }
    })();
    return this.done;
  }

  /**
   * The next keys to ask: the reader's first (even while paused, even beyond the budget), then the queue's in order
   * while not paused and within the budget. Queued keys beyond the budget are settled as limited, not asked.
   */
  private nextBatch(): string[] {
    const batch = [...this.wanted].slice(0, MAX_KEYS_PER_REQUEST);
    for (const key of batch) this.wanted.delete(key);
    if (this.paused) return batch;
    const beyond: string[] = [];
    let fresh = batch.filter((key) => !this.asked.has(key)).length;
    for (const key of this.queue) {
      if (batch.length >= MAX_KEYS_PER_REQUEST) break;
      this.queue.delete(key);
      if (this.asked.has(key)) batch.push(key);
      else if (this.asked.size + fresh < this.budget) {
        batch.push(key);
        fresh++;
      } else beyond.push(key);
    }
    if (beyond.length > 0) this.settle(beyond, {}, this.limitError());
    return batch;
  }

  private async send(keys: string[]): Promise<void> {
    for (const key of keys) {
      this.inFlight.add(key);
      this.asked.add(key);
    }
    let cards: Record<string, CardData> = {};
    let error: string | null = null;
    try {
      cards = await this.fetchCards(keys);
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
    }
    for (const key of keys) this.inFlight.delete(key);
    if (error !== null && isLimit(error)) {
      this.refused();
      this.settle(keys, {}, this.limitError());
      // Still wanted: asked again first after the wait (the reader's hover asks at once).
      if (this.strikes < LIMIT_STRIKES) {
        const rest = [...this.queue];
        this.queue.clear();
        for (const key of [...keys, ...rest]) this.queue.add(key);
      }
    } else {
      if (error === null) this.strikes = 0;
      this.settle(keys, cards, error);
    }
  }

  /** A `renvoi-limit` answer: wait before asking on our own again, longer each time; give up after a few. */
  private refused(): void {
    this.strikes++;
    if (this.strikes >= LIMIT_STRIKES) {
      const left = [...this.queue];
      this.queue.clear();
      this.settle(left, {}, this.limitError());
      return;
    }
    if (this.paused) return;
    this.paused = true;
    const resume = () => {
      this.paused = false;
      void this.pump();
    };
    const wait = LIMIT_PAUSE_MS * 2 ** (this.strikes - 1);
    // Called on the options object: a lifetime's `setTimeout` may need its `this`.
    if (this.options.setTimeout) this.options.setTimeout(resume, wait);
    else setTimeout(resume, wait);
  }

  private limitError(): string {
    return `${CARD_LIMIT_CODE}: not asked for (this page has more citations than Renvoi loads cards for)`;
  }

  /** Records the answer for `keys` (`error` null: `cards` holds what the background found) and tells listeners. */
  private settle(keys: string[], cards: Record<string, CardData>, error: string | null): void {
    if (keys.length === 0) return;
    for (const key of keys) {
      const data = error === null ? cards[key] : undefined;
      if (data) {
        this.ready.set(key, data);
        this.failed.delete(key);
      } else {
        const message = error ?? `No card for ${key}`;
        this.failed.set(key, { error: message, limited: isLimit(message) });
      }
    }
    for (const listener of this.listeners) listener(keys);
  }
}
