import type { Message, MessageType } from './protocol';
import { savedChecks } from './saved-validate';
import { cardsChecks } from './cards-validate';
import { pdfChecks } from './pdf-validate';

/** A check returns `null` when the payload is valid, or a sentence naming the problem. */
type PayloadCheck = (payload: Record<string, unknown>) => string | null;

const isString = (value: unknown, max = 8192): value is string => typeof value === 'string' && value.length <= max;

const checks: { [T in MessageType]: PayloadCheck } = {
  ping: () => null,
  'corpus/status': () => null,
  'corpus/reseed': () => null,
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
