import type { Message, MessageType } from './protocol';
import { savedChecks } from './saved-validate';
import { cardsChecks } from './cards-validate';
import { pdfChecks } from './pdf-validate';

/** A check returns `null` when the payload is valid, or a sentence naming the problem. */
type PayloadCheck = (payload: Record<string, unknown>) => string | null;

const isString = (value: unknown, max = 8192): value is string => typeof value === 'string' && value.length <= max;

/** Ids, keys and symbols are short; a long one is a bug or an attack. */
const field =
  (name: string): PayloadCheck =>
  (p) =>
    isString(p[name], 256) && p[name].length > 0
      ? null
      : `"${name}" must be a non-empty string of at most 256 characters`;

const checks: { [T in MessageType]: PayloadCheck } = {
  ping: () => null,
  'corpus/status': () => null,
  'corpus/reseed': () => null,
  'corpus/get': field('id'),
  'corpus/by-symbol': field('symbol'),
  'corpus/meeting': field('id'),
  'corpus/instrument': field('id'),
  'corpus/theme': field('id'),
  'corpus/themes-of': field('id'),
  'corpus/cited-by': field('key'),
  'content/hello': (p) =>
    !isString(p.url)
      ? '"url" must be a string of at most 8192 characters'
      : p.frame !== 'top' && p.frame !== 'sub'
        ? '"frame" must be "top" or "sub"'
        : null,
  ...savedChecks,
  ...cardsChecks,
  ...pdfChecks,
};

/** The message types the background knows. */
export const messageTypes = Object.keys(checks) as MessageType[];

/**
 * Checks an untrusted value against the protocol. Returns the typed message or an error sentence; never throws.
 */
export function validateMessage(raw: unknown): { ok: true; message: Message } | { ok: false; error: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'Message must be an object with a "type"' };
  }
  const record = raw as Record<string, unknown>;
  const type = record.type;
  if (typeof type !== 'string' || !Object.hasOwn(checks, type)) {
    return { ok: false, error: `Unknown message type: ${JSON.stringify(type)?.slice(0, 80) ?? 'undefined'}` };
  }
  const problem = checks[type as MessageType](record);
  if (problem) return { ok: false, error: `Invalid "${type}" message: ${problem}` };
  return { ok: true, message: record as unknown as Message };
}
