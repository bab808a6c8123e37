import { render } from 'preact';
import css from '../../components/card/card.css?inline';
import { CardLayer } from '../../components/card/CardLayer';
import { runCardAction } from '../../lib/page/card/card-actions';
import { createOpenCard } from '../../lib/page/card/open-card';
import { copyText } from '../../lib/page/card/clipboard';
import { createShadowHost } from '../../lib/page/card/shadow-host';
import type { Lang } from '../../lib/references/lang';
import type { CardRenderer, CardUi } from './card-renderer';

/** The card's renderer: Preact rendering `CardLayer` (the card UI module's, and the extension pages' own). */
export const renderCard: CardRenderer = (container, card, announce) => {
  render(<CardLayer card={card} announce={announce} />, container);
};

/**
 * The card's UI in `lang`: Renvoi's host with the card's stylesheet (built into this module as a string), its
 * renderer and presenter, and its buttons' actions with the clipboard of the card's document.
 */
export const cardUi = (lang: Lang): CardUi => ({
  lang,
  host: (doc) => createShadowHost(doc, css),
  render: renderCard,
  present: (deps) =>
    createOpenCard(deps, (action, request) => runCardAction(action, { ...request, lang, copy: copyText })),
});
