import { browser } from 'wxt/browser';
import type { MessageType, Reply, RequestOf, ResponseOf } from './protocol';

/** Errors Chrome raises while a stopped service worker is starting up again; worth one more try. */
const WAKING_WORKER = /Receiving end does not exist|Could not establish connection/i;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends one protocol message to the background and unwraps the reply. Retries briefly when the service worker
 * was asleep; rejects with the background's error sentence otherwise.
 */
export async function request<T extends MessageType>(
  type: T,
  payload: RequestOf<T>,
  attempts = 4,
): Promise<ResponseOf<T>> {
  for (let attempt = 1; ; attempt++) {
    try {
      const reply = (await browser.runtime.sendMessage({ ...payload, type })) as Reply<ResponseOf<T>> | undefined;
      if (!reply) throw new Error(`No answer to "${type}"`);
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (attempt >= attempts || !WAKING_WORKER.test(message)) throw error;
      await pause(50 * attempt);
    }
  }
}
