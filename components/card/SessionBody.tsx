import { i18n } from '#i18n';
import type { BodyProps } from './body-props';
import { CitedBy } from './CitedBy';
import { InstrumentParagraphs } from './InstrumentBody';
import { instrumentName, ordinal, paragraphLabel } from './labels';
import { PinpointSection } from './PinpointSection';
import { ThemesSection } from './ThemesSection';

/** A COP session report: the session and the instruments it adopted that the compendium reproduces. */
export function SessionBody({ citation, data, lang }: BodyProps<'session'>) {
  const { session, instruments, themes, citedBy } = data;
  const items = instruments.flatMap((i) => i.items);
  return (
    <>
      <p class="rv-title">{i18n.t('card.session.title', [ordinal(session.ordinal, lang)])}</p>
      <p class="rv-meta">{i18n.t('card.session.meta', [String(session.year), session.reportSymbol])}</p>
      <PinpointSection
        citation={citation}
        items={items}
        themes={themes}
        name={(item) => paragraphLabel(item.id, lang)}
        lang={lang}
      />
      {instruments.map(({ instrument, items: paragraphs }) => (
        <InstrumentParagraphs
          key={instrument.id}
          instrument={instrument}
          items={paragraphs}
          lang={lang}
          title={`${instrumentName(instrument.kind, instrument.id)} — ${instrument.title}`}
        />
      ))}
      <ThemesSection themes={themes} lang={lang} />
      <CitedBy items={citedBy} lang={lang} always={false} />
    </>
  );
}
