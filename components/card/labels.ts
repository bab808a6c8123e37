/**
 * Names of corpus things in the interface language: items ("Recommendation IV.45", "Resolution 5/2, para. 8 (c)"),
 * ordinals, dates and places. Shared by the card's pieces.
 */

import { i18n } from '#i18n';
import type { Item } from '../../corpus/schema';
import type { Lang } from '../../lib/references/lang';
import type { CitingItem } from '../../lib/cards/card-data';

/** `4th` / `4e`, `1st` / `1re`. */
export function ordinal(n: number, lang: Lang): string {
  if (lang === 'fr') return n === 1 ? '1re' : `${n}e`;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** `8.c` → `8 (c)` in English, `8 c)` in French; `b.iii` → `(b) (iii)` / `b) iii)`. */
function paragraphPath(path: string, lang: Lang): string {
  return (
    path
      .split('.')
      // A number (`8`) is written as is; a letter or roman (`c`, `iii`) gets its brackets.
      .map((part) => (/^\d+$/.test(part) ? part : lang === 'fr' ? `${part})` : `(${part})`))
      .join(' ')
  );
}

/** The place of a paragraph inside its instrument: `para. 8 (c)`, `preambular para. 3`. */
export function paragraphLabel(id: string, lang: Lang): string {
  const path = id.slice(id.indexOf(':') + 1);
  if (path.startsWith('pp.')) return i18n.t('card.item.preambular', [path.slice(3)]);
  return i18n.t('card.item.paragraph', [paragraphPath(path, lang)]);
}

/** `Decision 4/4` / `Résolution 5/2`. */
export function instrumentName(kind: 'decision' | 'resolution', id: string): string {
  return kind === 'decision' ? i18n.t('card.instrument.decision', [id]) : i18n.t('card.instrument.resolution', [id]);
}

/** The full name of an item, wherever it is listed. */
export function itemName(
  item: Pick<Item, 'id' | 'kind' | 'parentId'>,
  parentKind: CitingItem['parentKind'],
  lang: Lang,
): string {
  if (item.kind === 'recommendation') return i18n.t('card.item.recommendation', [item.id]);
  const instrument = instrumentName(parentKind === 'resolution' ? 'resolution' : 'decision', item.parentId);
  return `${instrument}, ${paragraphLabel(item.id, lang)}`;
}

/** `10–12 October 2011` / `10-12 octobre 2011` from ISO dates (read as UTC so no time zone shifts a day). */
export function dateRange(start: string, end: string, lang: Lang): string {
  const format = new Intl.DateTimeFormat(lang === 'fr' ? 'fr' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const from = new Date(`${start}T00:00:00Z`);
  const to = new Date(`${end}T00:00:00Z`);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return '';
  return start === end ? format.format(from) : format.formatRange(from, to);
}

/** The corpus writes places in French; Vienna is the only one, named in the interface language. */
export function placeName(place: string): string {
  return place === 'Vienne' ? i18n.t('card.place.vienna') : place;
}
