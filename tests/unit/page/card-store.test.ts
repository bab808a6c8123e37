import { describe, expect, it, vi } from 'vitest';
import { CardStore, LIMIT_PAUSE_MS, LIMIT_STRIKES, type FetchCards } from '../../../lib/page/card/card-store';
import { CARD_LIMIT_CODE, MAX_CARD_KEYS_PER_PAGE, type CardData } from '../../../lib/cards/card-data';

const card = (key: string): CardData => ({
  type: 'external',
  body: null,
  reportSymbol: null,
  label: { en: key, fr: key },
  linkSymbol: key,
  citedBy: [],
});

const answer = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, card(k)]));
const keys = (count: number, from = 0) => Array.from({ length: count }, (_, i) => `K${from + i}`);
const LIMIT_ERROR = `${CARD_LIMIT_CODE}: more than 50 card requests from this page in 10 s`;

/**
 * A background the test answers by hand: records each request's keys in order and how many were on their way at
 * once, and holds every answer until `answer()` (or `refuse()`) releases the oldest.
 */
function heldSender() {
  const requests: string[][] = [];
  const waiting: { keys: string[]; resolve(cards: Record<string, CardData>): void; reject(e: Error): void }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetch: FetchCards = (batch) => {
    requests.push([...batch]);
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    return new Promise((resolve, reject) => waiting.push({ keys: batch, resolve, reject }));
  };
  const release = async (settle: (w: (typeof waiting)[number]) => void) => {
    const next = waiting.shift();
    if (!next) throw new Error('no request waiting');
    inFlight--;
    settle(next);
    // Let the store take the answer and send its next batch.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return {
    fetch,
    requests,
    get waiting() {
      return waiting.length;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    answer: () => release((w) => w.resolve(answer(w.keys))),
    refuse: (message = LIMIT_ERROR) => release((w) => w.reject(new Error(message))),
    /** Answers every request until none is left. */
    async drain() {
      while (waiting.length > 0) await this.answer();
    },
  };
}

/** Timers the test fires by hand. */
function manualTimers() {
  const timers: { handler: () => void; ms: number }[] = [];
  return {
    timers,
    setTimeout: (handler: () => void, ms: number) => timers.push({ handler, ms }),
    fire() {
      const timer = timers.shift();
      if (!timer) throw new Error('no timer set');
      timer.handler();
    },
  };
}

describe('CardStore', () => {
  it('asks for every missing key in one message, then answers from memory', async () => {
    const fetch = vi.fn(async (keys: string[]) => answer(keys));
    const store = new CardStore(fetch);
    expect(store.get('A/RES/64/293')).toEqual({ state: 'loading' });
    await store.load(['A/RES/64/293', 'COP decision 4/4', 'A/RES/64/293']);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith(['A/RES/64/293', 'COP decision 4/4']);
    await store.load(['COP decision 4/4']);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(store.get('COP decision 4/4')).toEqual({ state: 'ready', data: card('COP decision 4/4') });
  });

  it('splits a page with more keys than one message may carry, and sends the batches one after another', async () => {
    const sender = heldSender();
    const store = new CardStore(sender.fetch);
    const done = store.load(keys(1200));
    expect(sender.requests.map((r) => r.length)).toEqual([500]);
    await sender.answer();
    expect(sender.requests.map((r) => r.length)).toEqual([500, 500]);
    await sender.drain();
    await done;
    expect(sender.requests.map((r) => r.length)).toEqual([500, 500, 200]);
    expect(sender.maxInFlight).toBe(1);
    // In the order given, each key once.
    expect(sender.requests.flat()).toEqual(keys(1200));
    expect(store.get('K1199').state).toBe('ready');
  });

  it('asks for the keys queued first (those in view) before the rest, and a later load waits its turn', async () => {
    const sender = heldSender();
    const store = new CardStore(sender.fetch);
    const inView = ['K700', 'K701', 'K702'];
    void store.load(inView);
    // The whole page after the pass, in document order: the keys in view are already on their way.
    void store.load(keys(1200));
    expect(sender.requests).toEqual([inView]);
    await sender.drain();
    expect(sender.requests[0]).toEqual(inView);
    expect(sender.requests.slice(1).flat()).toEqual(keys(1200).filter((k) => !inView.includes(k)));
    expect(sender.maxInFlight).toBe(1);
  });

  it('asks for the key the reader points at next, before the rest of the queue', async () => {
    const sender = heldSender();
    const store = new CardStore(sender.fetch);
    void store.load(keys(1500));
    store.retry('K1400');
    store.retry('K10'); // on its way already: not asked twice
    await sender.answer();
    expect(sender.requests[1]![0]).toBe('K1400');
    await sender.drain();
    expect(sender.requests.flat().filter((k) => k === 'K1400' || k === 'K10')).toEqual(['K10', 'K1400']);
    expect(sender.maxInFlight).toBe(1);
    store.retry('K1400'); // ready: nothing to ask
    expect(sender.requests).toHaveLength(3);
  });

  it(`asks for at most ${MAX_CARD_KEYS_PER_PAGE} different keys on its own; beyond, only the ones the reader points at`, async () => {
    const fetch = vi.fn(async (keys: string[]) => answer(keys));
    const store = new CardStore(fetch);
    const changed = vi.fn();
    store.onChange(changed);
    await store.load(keys(MAX_CARD_KEYS_PER_PAGE + 600));
    expect(fetch.mock.calls.flatMap(([batch]) => batch)).toEqual(keys(MAX_CARD_KEYS_PER_PAGE));
    expect(store.get(`K${MAX_CARD_KEYS_PER_PAGE - 1}`).state).toBe('ready');
    const beyond = `K${MAX_CARD_KEYS_PER_PAGE + 599}`;
    expect(store.get(beyond)).toMatchObject({ state: 'failed', limited: true });
    expect(changed.mock.calls.flatMap(([changedKeys]) => changedKeys as string[])).toContain(beyond);
    // Loading again does not ask for them, the reader's hover does (one key).
    await store.load(keys(MAX_CARD_KEYS_PER_PAGE + 600));
    expect(fetch).toHaveBeenCalledTimes(MAX_CARD_KEYS_PER_PAGE / 500);
    store.retry(beyond);
    await vi.waitFor(() => expect(store.get(beyond).state).toBe('ready'));
    expect(fetch).toHaveBeenLastCalledWith([beyond]);
  });

  it('on renvoi-limit: the cards say so, nothing is asked until the wait is over, then the rest follows', async () => {
    const sender = heldSender();
    const timers = manualTimers();
    const store = new CardStore(sender.fetch, { setTimeout: timers.setTimeout });
    void store.load(keys(1200));
    await sender.answer();
    await sender.refuse(); // the second batch
    expect(store.get('K500')).toMatchObject({ state: 'failed', limited: true });
    expect(store.get('K1100')).toEqual({ state: 'loading' });
    expect(sender.waiting).toBe(0);
    expect(timers.timers.map((t) => t.ms)).toEqual([LIMIT_PAUSE_MS]);
    // A new pass during the wait asks nothing either.
    await store.load([...keys(1200), 'K5000']);
    expect(sender.requests).toHaveLength(2);
    // The reader still gets the card they point at: one key, at once.
    store.retry('K900');
    expect(sender.requests.at(-1)).toEqual(['K900']);
    await sender.answer();
    expect(store.get('K900').state).toBe('ready');
    timers.fire();
    await sender.drain();
    expect(store.get('K500').state).toBe('ready');
    expect(store.get('K1199').state).toBe('ready');
    expect(store.get('K5000').state).toBe('ready');
    expect(sender.maxInFlight).toBe(1);
    // The refused batch was asked again, first, after the wait.
    expect(sender.requests[3]!.slice(0, 3)).toEqual(['K500', 'K501', 'K502']);
  });

  it(`stops asking on its own after ${LIMIT_STRIKES} refusals in a row, each wait longer (no retry storm)`, async () => {
    const sender = heldSender();
    const timers = manualTimers();
    const store = new CardStore(sender.fetch, { setTimeout: timers.setTimeout });
    void store.load(keys(2000));
    for (let strike = 1; strike < LIMIT_STRIKES; strike++) {
      await sender.refuse();
      expect(sender.waiting).toBe(0);
      timers.fire();
    }
    await sender.refuse();
    expect(timers.timers).toEqual([]);
    expect(sender.requests).toHaveLength(LIMIT_STRIKES);
    expect(sender.waiting).toBe(0);
    // Every card not loaded says why, and later passes ask nothing.
    for (const key of ['K0', 'K1999']) expect(store.get(key)).toMatchObject({ state: 'failed', limited: true });
    await store.load(keys(100, 5000));
    expect(sender.requests).toHaveLength(LIMIT_STRIKES);
    expect(store.get('K5050')).toMatchObject({ state: 'failed', limited: true });
    // A hover asks for its own card, once per hover.
    store.retry('K1999');
    expect(sender.requests.at(-1)).toEqual(['K1999']);
    await sender.refuse();
    expect(store.get('K1999')).toMatchObject({ state: 'failed', limited: true });
    expect(sender.requests).toHaveLength(LIMIT_STRIKES + 1);
  });

  it('waits twice as long after a second refusal in a row', async () => {
    const sender = heldSender();
    const timers = manualTimers();
    const store = new CardStore(sender.fetch, { setTimeout: timers.setTimeout });
    void store.load(keys(600));
    await sender.refuse();
    timers.fire();
    await sender.refuse();
    expect(timers.timers.map((t) => t.ms)).toEqual([2 * LIMIT_PAUSE_MS]);
  });

  it('remembers a failed batch per key, tells listeners, and asks again on retry', async () => {
    const fetch = vi
      .fn<(keys: string[]) => Promise<Record<string, CardData>>>()
      .mockRejectedValueOnce(new Error('Could not establish connection'))
      .mockImplementation(async (keys) => answer(keys));
    const store = new CardStore(fetch);
    const changed = vi.fn();
    store.onChange(changed);
    await store.load(['COP decision 4/1']);
    expect(store.get('COP decision 4/1')).toEqual({
      state: 'failed',
      error: 'Could not establish connection',
      limited: false,
    });
    expect(changed).toHaveBeenCalledWith(['COP decision 4/1']);
    store.retry('COP decision 4/1');
    await vi.waitFor(() => expect(store.get('COP decision 4/1').state).toBe('ready'));
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('asks again on the next pass for a key whose request failed for another reason than a limit', async () => {
    const fetch = vi
      .fn<(keys: string[]) => Promise<Record<string, CardData>>>()
      .mockRejectedValueOnce(new Error('Could not establish connection'))
      .mockImplementation(async (keys) => answer(keys));
    const store = new CardStore(fetch);
    await store.load(['COP decision 4/1']);
    await store.load(['COP decision 4/1']);
    expect(store.get('COP decision 4/1').state).toBe('ready');
  });

  it('marks a key the background did not answer as failed', async () => {
    const store = new CardStore(async () => ({}));
    await store.load(['X']);
    expect(store.get('X')).toMatchObject({ state: 'failed', limited: false });
  });
});
