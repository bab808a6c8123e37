import { i18n } from '#i18n';
import type { Item } from '../../corpus/schema';
import type { Citation } from '../../lib/citations/types';
import { overlaps } from '../../corpus/ids';
import type { CardTheme } from '../../lib/cards/card-data';
import type { Lang } from '../../lib/references/lang';
import { formatPinpoint } from '../../lib/references/pinpoint';
import { CardSection } from './CardSection';
import { SubItems } from './ItemList';
import { chipName, ThemeChips } from './ThemeChips';

export interface PinpointSectionProps {
  citation: Pick<Citation, 'pinpoint' | 'targets'>;
  /** Every item of the cited document(s). */
  items: readonly Item[];
  themes: readonly CardTheme[];
  /** The visible name of an item. */
  name: (item: Item) => string;
  lang: Lang;
}

/**
 * For a pinpoint (`…/2013/5, par. 45`, `paragraph 8 (b) of resolution 5/2`): the exact recommendation or paragraph,
 * in full, with its id and the themes that list it, before the rest of the card. When the pinpoint names no item
 * of the compendium, a sentence says so.
 */
export function PinpointSection({ citation, items, themes, name, lang }: PinpointSectionProps) {
  if (!citation.pinpoint) return null;
  const targets = citation.targets
    .map((id) => items.find((item) => item.id === id))
    .filter((item): item is Item => item !== undefined);
  if (targets.length === 0) {
    return <p class="rv-note">{i18n.t('card.pinpoint.unresolved', [formatPinpoint(citation.pinpoint, lang)])}</p>;
  }
  return (
    <CardSection title={i18n.t('card.pinpoint.heading')}>
      {targets.map((item) => (
        <div key={item.id} class="rv-cited">
          <p class="rv-cited__name">
            {name(item)}
            {item.kind === 'recommendation' && item.reportParagraph ? (
              <span class="rv-item__note"> · {i18n.t('card.item.reportParagraph', [item.reportParagraph])}</span>
            ) : null}
          </p>
          <p class="rv-cited__text">{item.text}</p>
          <SubItems parent={item} all={items} name={name} />
          <ThemeChips
            themes={themes.filter((t) => t.itemIds.some((id) => overlaps(id, item.id)))}
            label={i18n.t('card.themes')}
            chipLabel={(t) => chipName(t, lang)}
            counts={false}
            lang={lang}
          />
        </div>
      ))}
    </CardSection>
  );
}
