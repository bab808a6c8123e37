/**
 * Seeding the corpus into IndexedDB in the service worker: `corpus/reseed` sent from an extension page, as the popup
 * sends messages. The worker reads the bundled `corpus.json`, then clears and refills the corpus tables in one
 * transaction. Two figures per run: the round trip seen by the page (reading and parsing the asset, the write, the
 * message), which is what `seed_ms` reports, and the write transaction alone as the worker times it.
 */

import type { ExtensionSession } from '../tooling/browsers/launch';

export interface SeedRun {
  roundTripMs: number;
  transactionMs: number;
  items: number;
}

type Reply = { ok: boolean; value?: { seedMs: number; items: number }; error?: string };

export async function measureSeeding(session: ExtensionSession, repetitions: number): Promise<SeedRun[]> {
  // The options page: a light extension page (the popup would read the corpus while it is being rewritten).
  const page = await session.openExtensionPage('options.html');
  try {
    // Once before measuring: the install-time seeding must be over, and the worker's code warm.
    const runs: SeedRun[] = [];
    for (let i = 0; i <= repetitions; i++) {
      const { ms, reply } = await page.evaluate(async () => {
        const start = performance.now();
        const answer = (await chrome.runtime.sendMessage({ type: 'corpus/reseed' })) as Reply;
        return { ms: performance.now() - start, reply: answer };
      });
      if (!reply.ok || !reply.value) throw new Error(`corpus/reseed failed: ${reply.error ?? 'no answer'}`);
      if (i > 0) runs.push({ roundTripMs: ms, transactionMs: reply.value.seedMs, items: reply.value.items });
    }
    return runs;
  } finally {
    await page.close();
  }
}
