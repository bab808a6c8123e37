/**
 * The open card's buttons: which citation the action is for, and where its outcome shows. The card UI module makes
 * it with the open card (`open-card.ts`) and runs the action itself (`run`: `card-actions.ts` with the card's
 * language and the clipboard), so the content script every page parses carries none of it.
 */

import type { CardAction } from '../../cards/card-data';
import type { Settings } from '../../settings/values';
import type { ActionRequest, ActionRunner, PageSessionOptions } from '../session-types';
import type { CardPresenter } from './card-presenter';
import type { CardStore } from './card-store';

export interface CardActorDeps extends Pick<ActionRequest, 'services' | 'doc'> {
  presenter: Pick<CardPresenter, 'shown' | 'element' | 'setStatus'>;
  store: Pick<CardStore, 'get'>;
  /** Read at each action, so a changed setting applies at once. */
  settings(): Settings;
  source: PageSessionOptions['source'];
  /** Closes the card (the close button: the hover controller's dismiss). */
  dismiss(): void;
  /** Runs the action (the card view's `act`). */
  run: ActionRunner;
}

/**
 * The open card's buttons: runs the action on the citation whose card is open and shows its outcome on that card
 * (if it is still the open one when the action answers).
 */
export function createCardActor(deps: CardActorDeps): (action: CardAction) => Promise<void> {
  return async (action) => {
    const occ = deps.presenter.shown;
    if (!occ) return;
    if (action === 'close') return deps.dismiss();
    const next = await deps.run(action, {
      occ,
      services: deps.services,
      doc: deps.doc,
      entry: deps.store.get(occ.citation.key),
      settings: deps.settings(),
      card: deps.presenter.element,
      page: deps.source?.(occ.block),
    });
    if (next) deps.presenter.setStatus(occ, next);
  };
}
