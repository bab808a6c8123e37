import { i18n } from '#i18n';
import type { CardAction } from '../../lib/cards/card-data';
import { onTrusted } from './trusted';

export interface CardActionsProps {
  /** False hides "Open document" (the document has no official link). */
  canOpen: boolean;
  onAction: (action: CardAction) => void;
}

/** Save, Copy citation, Open document, Search: each only on the reader's own click or key (`onTrusted`). */
export function CardActions({ canOpen, onAction }: CardActionsProps) {
  return (
    <div class="rv-actions">
      <button type="button" class="rv-button rv-button--primary" onClick={onTrusted(() => onAction('save'))}>
        {i18n.t('card.actions.save')}
      </button>
      <button type="button" class="rv-button" onClick={onTrusted(() => onAction('copy'))}>
        {i18n.t('card.actions.copy')}
      </button>
      {canOpen ? (
        <button type="button" class="rv-button" onClick={onTrusted(() => onAction('open'))}>
          {i18n.t('card.actions.open')}
        </button>
      ) : null}
      <button type="button" class="rv-button" onClick={onTrusted(() => onAction('search'))}>
        {i18n.t('card.actions.search')}
      </button>
    </div>
  );
}
