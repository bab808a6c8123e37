import { describe, expect, it, vi } from 'vitest';
import { CardStore } from '../../../lib/page/card/card-store';
import type { CardData } from '../../../lib/cards/card-data';

const card = (key: string): CardData => ({
  type: 'external',
  body: null,
  reportSymbol: null,
  label: { en: key, fr: key },
  linkSymbol: key,
  citedBy: [],
});

describe('CardStore', () => {
  it('asks for every missing key in one message, then answers from memory', async () => {
    const fetch = vi.fn(async (keys: string[]) => Object.fromEntries(keys.map((k) => [k, card(k)])));
    const store = new CardStore(fetch);
    expect(store.get('A/RES/64/293')).toEqual({ state: 'loading' });
    await store.load(['A/RES/64/293', 'COP decision 4/4', 'A/RES/64/293']);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith(['A/RES/64/293', 'COP decision 4/4']);
    await store.load(['COP decision 4/4']);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(store.get('COP decision 4/4')).toEqual({ state: 'ready', data: card('COP decision 4/4') });
  });

  it('splits a page with more keys than one message may carry', async () => {
    const fetch = vi.fn(async (keys: string[]) => Object.fromEntries(keys.map((k) => [k, card(k)])));
    await new CardStore(fetch).load(Array.from({ length: 1200 }, (_, i) => `K${i}`));
    expect(fetch.mock.calls.map(([keys]) => keys.length)).toEqual([500, 500, 200]);
  });

  it('remembers a failed batch per key, tells listeners, and asks again on retry', async () => {
    const fetch = vi
      .fn<(keys: string[]) => Promise<Record<string, CardData>>>()
      .mockRejectedValueOnce(new Error('Could not establish connection'))
      .mockImplementation(async (keys) => Object.fromEntries(keys.map((k) => [k, card(k)])));
    const store = new CardStore(fetch);
    const changed = vi.fn();
    store.onChange(changed);
    await store.load(['COP decision 4/1']);
    expect(store.get('COP decision 4/1')).toEqual({ state: 'failed', error: 'Could not establish connection' });
    expect(changed).toHaveBeenCalledWith(['COP decision 4/1']);
    store.retry('COP decision 4/1');
    await vi.waitFor(() => expect(store.get('COP decision 4/1').state).toBe('ready'));
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('marks a key the background did not answer as failed', async () => {
    const store = new CardStore(async () => ({}));
    await store.load(['X']);
    expect(store.get('X')).toMatchObject({ state: 'failed' });
  });
});
