import { render } from 'preact';
import { CardLayer } from '../../components/card/CardLayer';
import type { CardRenderer } from './card-renderer';

/** The card's renderer: Preact rendering `CardLayer` (the card UI module's, and the extension pages' own). */
export const renderCard: CardRenderer = (container, card, announce) => {
  render(<CardLayer card={card} announce={announce} />, container);
};
