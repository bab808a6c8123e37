import { i18n } from '#i18n';
import { CitationCard, type CitationCardProps } from './CitationCard';

/**
 * Everything Renvoi renders inside its shadow root: a polite live region that announces a card when it opens, and
 * the card itself when one is open. `announce` false: the card is rendered ahead, hidden, while the pointer dwells
 * on its citation; the live region stays silent until it is shown.
 */
export function CardLayer({ card, announce = true }: { card: CitationCardProps | null; announce?: boolean }) {
  return (
    <div class="rv-layer">
      <p class="rv-visually-hidden" aria-live="polite">
        {card && announce ? i18n.t('card.announce', [card.citation.key]) : ''}
      </p>
      {card ? <CitationCard {...card} /> : null}
    </div>
  );
}
