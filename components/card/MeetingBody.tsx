import { i18n } from '#i18n';
import type { Item } from '../../corpus/schema';
import type { BodyProps } from './body-props';
import { CardSection } from './CardSection';
import { CitedBy } from './CitedBy';
import { ItemList } from './ItemList';
import { dateRange, ordinal, placeName } from './labels';
import { PinpointSection } from './PinpointSection';
import { ThemesSection } from './ThemesSection';

/** A Working Group report: the meeting, its recommendations and themes. */
export function MeetingBody({ citation, data, lang }: BodyProps<'meeting'>) {
  const { meeting, items, themes, citedBy } = data;
  const top = items.filter((item) => item.parentItemId === null);
  const name = (item: Pick<Item, 'id'>) => i18n.t('card.item.recommendation', [item.id]);
  const dates = dateRange(meeting.startDate, meeting.endDate, lang);
  return (
    <>
      <p class="rv-title">{i18n.t('card.meeting.title', [ordinal(meeting.ordinal, lang)])}</p>
      <p class="rv-meta">
        {[placeName(meeting.place), dates].filter(Boolean).join(', ')} ·{' '}
        {i18n.t('card.meeting.count', meeting.itemIds.length)}
      </p>
      <PinpointSection citation={citation} items={items} themes={themes} name={name} lang={lang} />
      {meeting.note ? <p class="rv-note">{meeting.note}</p> : null}
      <ThemesSection themes={themes} lang={lang} />
      {top.length > 0 ? (
        <CardSection title={i18n.t('card.recommendations')}>
          <ItemList
            items={top}
            all={items}
            name={name}
            note={(item) => (item.reportParagraph ? i18n.t('card.item.reportParagraph', [item.reportParagraph]) : null)}
            label={i18n.t('card.recommendations')}
          />
        </CardSection>
      ) : null}
      <CitedBy items={citedBy} lang={lang} always={false} />
    </>
  );
}
