import { browser } from 'wxt/browser';
import { loadWelcome, updateWelcome, type WelcomeState } from '../settings/welcome';

/** The extension page that explains Renvoi (`entrypoints/welcome/`). */
export const WELCOME_PATH = '/welcome.html';

/** What `runtime.onInstalled` tells: why it fired, and (Firefox) whether the add-on is a temporary one. */
export interface InstallDetails {
  reason: string;
  temporary?: boolean;
}

/** Why the welcome page opened or not, recorded for diagnostics and tests (`storage.session.welcomeDecision`). */
export type WelcomeDecision = 'open' | 'not-an-install' | 'temporary-add-on' | 'turned-off' | 'already-shown';

/**
 * Opens on a first install only. Not on `update` (a new version, and also Chrome's reload of an unpacked
 * extension), `chrome_update`/`browser_update` (the browser updated) or `shared_module_update`. Not for a Firefox
 * temporary add-on (about:debugging, `web-ext run`: a developer's install, made again at every start). Not when the
 * option is off, and never twice: where an install event comes again with the extension's storage kept, the record
 * of the first opening stops it.
 */
export function decideWelcome(details: InstallDetails, state: WelcomeState): WelcomeDecision {
  if (details.reason !== 'install') return 'not-an-install';
  if (details.temporary) return 'temporary-add-on';
  if (!state.openOnInstall) return 'turned-off';
  if (state.shownAt) return 'already-shown';
  return 'open';
}

/** Applies the decision to an install event: opens the page in a new tab and records it. */
export async function welcomeOnInstalled(details: InstallDetails, now = () => new Date()): Promise<WelcomeDecision> {
  const decision = decideWelcome(details, await loadWelcome());
  if (decision === 'open') {
    // Recorded first: a second install event while the tab opens must not open another.
    await updateWelcome({ shownAt: now().toISOString() });
    await browser.tabs.create({ url: (browser.runtime.getURL as (path: string) => string)(WELCOME_PATH) });
  }
  await browser.storage.session.set({ welcomeDecision: { reason: details.reason, decision } });
  return decision;
}

/** Listens for the install event (registered synchronously at the worker's start, as MV3 requires). */
export function registerWelcomePage(): void {
  browser.runtime.onInstalled.addListener((details) => {
    welcomeOnInstalled(details).catch((error: unknown) => console.error('Renvoi: the welcome page failed', error));
  });
}
