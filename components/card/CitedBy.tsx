import { i18n } from '#i18n';
import type { Lang } from '../../lib/references/lang';
import type { CitingItem } from '../../lib/cards/card-data';
import { CardSection } from './CardSection';
import { ItemList } from './ItemList';
import { itemName } from './labels';

/** The corpus items whose text cites the card's document, or a plain sentence when there are none. */
export function CitedBy({ items, lang, always }: { items: readonly CitingItem[]; lang: Lang; always: boolean }) {
  if (items.length === 0 && !always) return null;
  return (
    <CardSection title={i18n.t('card.citedBy')}>
      {items.length === 0 ? (
        <p class="rv-note">{i18n.t('card.citedByNone')}</p>
      ) : (
        <ItemList items={items} label={i18n.t('card.citedBy')} name={(item) => itemName(item, item.parentKind, lang)} />
      )}
    </CardSection>
  );
}
