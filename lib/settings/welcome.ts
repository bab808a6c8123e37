import { storage } from 'wxt/utils/storage';

/**
 * The welcome page ("How Renvoi works") and the browser's install event: whether it may open on a first install
 * (the option, on by default) and when it did. Its own storage entry, apart from the page settings: the content
 * script never reads it.
 */
export interface WelcomeState {
  /** Open the welcome page when Renvoi is installed (options page: "Show 'How Renvoi works' after installing"). */
  openOnInstall: boolean;
  /** When the welcome page was opened by an install (ISO time); it never opens by itself again. */
  shownAt: string | null;
}

export const DEFAULT_WELCOME: WelcomeState = { openOnInstall: true, shownAt: null };

/** Reads any stored value into a valid state (wrong types give the defaults). */
export function sanitiseWelcome(raw: unknown): WelcomeState {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof WelcomeState, unknown>>;
  return {
    openOnInstall: typeof value.openOnInstall === 'boolean' ? value.openOnInstall : DEFAULT_WELCOME.openOnInstall,
    shownAt: typeof value.shownAt === 'string' ? value.shownAt : null,
  };
}

export const welcomeItem = storage.defineItem<WelcomeState>('local:welcome', { fallback: DEFAULT_WELCOME });

export async function loadWelcome(): Promise<WelcomeState> {
  return sanitiseWelcome(await welcomeItem.getValue());
}

export async function updateWelcome(change: Partial<WelcomeState>): Promise<WelcomeState> {
  const next = sanitiseWelcome({ ...(await loadWelcome()), ...change });
  await welcomeItem.setValue(next);
  return next;
}

/** Calls `listener` with the sanitised state whenever it changes; returns the unsubscribe function. */
export function watchWelcome(listener: (state: WelcomeState) => void): () => void {
  return welcomeItem.watch((value) => listener(sanitiseWelcome(value)));
}
