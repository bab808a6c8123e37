/**
 * The open card as the card UI module makes it (`CardView.presenter`): the presenter (`card-presenter.ts`), its
 * buttons taken by the card actor (`card-actor.ts`), which runs them with `run`, the card UI's (`card-actions.ts`
 * with the card's language and the clipboard).
 */

import type { CardAction } from '../../cards/card-data';
import type { ActionRunner, CardPresenter, OpenCardDeps } from '../session-types';
import { createCardActor } from './card-actor';
import { createCardPresenter } from './card-presenter';

export function createOpenCard(deps: OpenCardDeps, run: ActionRunner): CardPresenter {
  let act: (action: CardAction) => Promise<void> = async () => undefined;
  const presenter = createCardPresenter({ ...deps, onAction: (action) => void act(action) });
  act = createCardActor({ ...deps, presenter, doc: deps.win.document, run });
  return presenter;
}
