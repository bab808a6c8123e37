import { i18n } from '#i18n';
import { CitationCard, type CitationCardProps } from './CitationCard';

/**
 * Everything Renvoi renders inside its shadow root: a polite live region that announces a card when it opens, and
 * the card itself when one is open.
 */
export function CardLayer({ card }: { card: CitationCardProps | null }) {
  return (
    <div class="rv-layer">
      <p class="rv-visually-hidden" aria-live="polite">
        {card ? i18n.t('card.announce', [card.citation.key]) : ''}
      </p>
      {card ? <CitationCard {...card} /> : null}
    </div>
  );
}
