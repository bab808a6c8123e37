import { i18n } from '#i18n';
import type { Instrument, Item } from '../../corpus/schema';
import type { Lang } from '../../lib/references/lang';
import type { BodyProps } from './body-props';
import { CardSection } from './CardSection';
import { CitedBy } from './CitedBy';
import { ItemList } from './ItemList';
import { instrumentName, ordinal, paragraphLabel } from './labels';
import { PinpointSection } from './PinpointSection';
import { ThemesSection } from './ThemesSection';

/** A COP decision or resolution: title, session, year, report symbol, paragraphs and themes. */
export function InstrumentBody({ citation, data, lang }: BodyProps<'instrument'>) {
  const { instrument, session, items, themes, citedBy } = data;
  const name = (item: Pick<Item, 'id'>) => paragraphLabel(item.id, lang);
  return (
    <>
      <p class="rv-title">
        {instrumentName(instrument.kind, instrument.id)} — {instrument.title}
      </p>
      <p class="rv-meta">
        {i18n.t('card.instrument.meta', [
          ordinal(session?.ordinal ?? Number(instrument.id.split('/')[0]), lang),
          String(instrument.year),
          instrument.reportSymbol,
        ])}
      </p>
      <PinpointSection citation={citation} items={items} themes={themes} name={name} lang={lang} />
      <InstrumentParagraphs instrument={instrument} items={items} lang={lang} />
      <ThemesSection themes={themes} lang={lang} />
      <CitedBy items={citedBy} lang={lang} always={false} />
    </>
  );
}

/** The chapeau and the paragraphs of an instrument, each expandable. */
export function InstrumentParagraphs({
  instrument,
  items,
  lang,
  title = i18n.t('card.paragraphs'),
}: {
  instrument: Instrument;
  items: readonly Item[];
  lang: Lang;
  title?: string;
}) {
  const top = items.filter((item) => item.parentItemId === null);
  return (
    <CardSection title={title}>
      {instrument.chapeau ? <p class="rv-chapeau">{instrument.chapeau}</p> : null}
      <ItemList items={top} all={items} name={(item) => paragraphLabel(item.id, lang)} label={title} />
    </CardSection>
  );
}
