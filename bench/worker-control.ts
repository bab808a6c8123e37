/**
 * Stops the extension's service worker, as the browser does after 30 s of idleness, through the DevTools protocol
 * (`ServiceWorker.stopAllWorkers`) on a session attached to an extension page, and follows its running status.
 */

import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionSession } from '../tooling/browsers/launch';

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

interface WorkerVersion {
  scriptURL: string;
  runningStatus: RunningStatus;
}

export interface WorkerControl {
  /** The worker's last reported status. */
  status(): RunningStatus | 'unknown';
  /** How many times the worker went from stopped to starting since the control was set up. */
  readonly wakes: number;
  /** Stops the worker and resolves once it reports `stopped`. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

export async function controlWorker(session: ExtensionSession): Promise<WorkerControl> {
  const page: Page = await session.openExtensionPage('options.html');
  const cdp: CDPSession = await session.context.newCDPSession(page);
  const prefix = `chrome-extension://${session.extensionId}/`;
  let current: RunningStatus | 'unknown' = 'unknown';
  let wakes = 0;
  const waiters = new Set<() => void>();
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: WorkerVersion[] }) => {
    for (const version of event.versions) {
      if (!version.scriptURL.startsWith(prefix)) continue;
      if (current === 'stopped' && version.runningStatus === 'starting') wakes++;
      current = version.runningStatus;
    }
    for (const wake of waiters) wake();
  });
  await cdp.send('ServiceWorker.enable');
  const until = (wanted: RunningStatus, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (current !== wanted) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`the service worker did not become ${wanted} within ${timeoutMs} ms (it is ${current})`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  return {
    status: () => current,
    get wakes() {
      return wakes;
    },
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await until('stopped', 10_000);
    },
    async close() {
      await cdp.detach().catch(() => undefined);
      await page.close();
    },
  };
}
