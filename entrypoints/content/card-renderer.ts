/**
 * The card's renderer, kept out of the content script: Preact and the card's components are a third of the script
 * every page would parse, while most pages never show a card. The content script loads `CARD_UI_PATH` (built from
 * `entrypoints/card-ui`) the first time it mounts its host, on a page that has citations; the module registers its
 * renderer here. Both run in the content script's isolated world, which the page cannot see.
 */

import type { CitationCardProps } from '../../components/card/CitationCard';

/** Renders the card (or nothing) into `container`; `announce` as in `CardView.render`. */
export type CardRenderer = (container: HTMLElement, card: CitationCardProps | null, announce: boolean) => void;

/** The card UI module, relative to the extension's root (web-accessible to the content script's pages only). */
export const CARD_UI_PATH = '/card-ui.js';

/** Where the module leaves its renderer: a global of the isolated world (the page has its own globals). */
const SLOT = '__renvoiCardRenderer';

type Slot = { [SLOT]?: CardRenderer };

/** Called by the card UI module when it runs. */
export function provideCardRenderer(renderer: CardRenderer): void {
  (globalThis as Slot)[SLOT] = renderer;
}

/** Loads the card UI module from `url` (once per page) and returns its renderer. */
export async function importCardRenderer(url: string): Promise<CardRenderer> {
  const slot = globalThis as Slot;
  if (!slot[SLOT]) await import(/* @vite-ignore */ url);
  const renderer = slot[SLOT];
  if (!renderer) throw new Error(`${url} registered no card renderer`);
  return renderer;
}
