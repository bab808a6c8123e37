// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardLayer } from '../../../components/card/CardLayer';
import type { CitationCardProps } from '../../../components/card/CitationCard';
import { makeCitation, makeMeetingCard } from '../../factories/cards';
import { useLocale } from '../../factories/i18n';

const card = (): CitationCardProps => ({
  citation: makeCitation(),
  entry: { state: 'ready', data: makeMeetingCard() },
  documentUrl: null,
  status: null,
  lang: 'en',
  onAction: vi.fn(),
  onFocusLeave: vi.fn(),
});

const liveRegion = () => document.querySelector('[aria-live="polite"]')!.textContent;
const dialogs = () => document.querySelectorAll('[role="dialog"]').length;

describe('CardLayer', () => {
  beforeEach(() => useLocale('en'));
  afterEach(() => render(null, document.body));

  it.each([
    {
      name: 'an open card is announced',
      props: { card: card() },
      announced: 'Renvoi card open: CTOC/COP/WG.4/2013/5',
      cards: 1,
    },
    {
      name: 'a card rendered ahead (hidden, while the pointer dwells) is not',
      props: { card: card(), announce: false },
      announced: '',
      cards: 1,
    },
    { name: 'no card, nothing to announce', props: { card: null }, announced: '', cards: 0 },
  ])('$name', ({ props, announced, cards }) => {
    render(<CardLayer {...props} />, document.body);
    expect(liveRegion()).toBe(announced);
    expect(dialogs()).toBe(cards);
  });

  it('announces a card rendered ahead once it is shown, without rendering a second card', () => {
    const props = card();
    render(<CardLayer card={props} announce={false} />, document.body);
    const dialog = document.querySelector('[role="dialog"]');
    render(<CardLayer card={props} announce />, document.body);
    expect(liveRegion()).toBe('Renvoi card open: CTOC/COP/WG.4/2013/5');
    expect(document.querySelector('[role="dialog"]')).toBe(dialog);
  });
});
