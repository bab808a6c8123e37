import { MAX_KEYS_PER_REQUEST } from '../cards/card-data';

/** Payload checks of the `cards/*` messages (see validate.ts): `null` when valid, else a sentence naming the problem. */
type Payload = Record<string, unknown>;

/** Citation keys and search queries are short (keys are at most a symbol and a pinpoint). */
const MAX_KEY_LENGTH = 256;

const isKey = (value: unknown): boolean =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_KEY_LENGTH;

export const cardsChecks = {
  'cards/for-keys': (p: Payload) =>
    Array.isArray(p.keys) && p.keys.length <= MAX_KEYS_PER_REQUEST && p.keys.every(isKey)
      ? null
      : `"keys" must be a list of at most ${MAX_KEYS_PER_REQUEST} non-empty strings of at most ${MAX_KEY_LENGTH} characters`,
  'cards/resolver-data': () => null,
  'cards/open-search': (p: Payload) =>
    isKey(p.query) ? null : `"query" must be a non-empty string of at most ${MAX_KEY_LENGTH} characters`,
} as const;
