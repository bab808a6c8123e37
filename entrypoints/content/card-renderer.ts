/**
 * The card's UI, kept out of the content script: Preact, the card's components and stylesheet and its buttons'
 * actions would be a third of the script every page parses, while most pages never show a card. The content script loads `CARD_UI_PATH`
 * (built from `entrypoints/card-ui`) the first time it mounts its host, on a page that has citations; the module
 * registers its `CardUi` here. Both run in the content script's isolated world, which the page cannot see.
 */

import type { CitationCardProps } from '../../components/card/CitationCard';
import type { ShadowHost } from '../../lib/page/card/shadow-host';
import { moduleSlot } from '../../lib/page/module-slot';
import type { CardPresenter, OpenCardDeps } from '../../lib/page/session-types';
import type { Lang } from '../../lib/references/lang';

/** Renders the card (or nothing) into `container`; `announce` as in `CardView.render`. */
export type CardRenderer = (container: HTMLElement, card: CitationCardProps | null, announce: boolean) => void;

/**
 * What the card UI module provides: the card's language (the interface's), Renvoi's host with the card's stylesheet,
 * the card's renderer, and the open card (its presenter and its buttons' actions).
 */
export interface CardUi {
  lang: Lang;
  /** Renvoi's host element (not yet in the page), the card's stylesheet in its shadow root. */
  host(doc: Document): ShadowHost;
  render: CardRenderer;
  /** The open card: its presenter, and its buttons' actions in the card's language (`lib/page/card/open-card.ts`). */
  present(deps: OpenCardDeps): CardPresenter;
}

/** The card UI module, relative to the extension's root (web-accessible to the content script's pages only). */
export const CARD_UI_PATH = '/card-ui.js';

/** Where the card UI module leaves its UI for the content script (`lib/page/module-slot.ts`). */
const CARD_UI_SLOT = moduleSlot<CardUi>('__renvoiCardUi', 'card UI');

/** Called by the card UI module when it runs. */
export const provideCardUi = CARD_UI_SLOT.provide;

/** Loads the card UI module from `url` (once per page) and returns what it provides. */
export const importCardUi = (url: string): Promise<CardUi> => CARD_UI_SLOT.importFrom(url);
