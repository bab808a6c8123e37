import { i18n } from '#i18n';
import type { Session } from '../../corpus/schema';
import type { Citation } from '../../lib/citations/types';
import type { CardInstrument, CardTheme, CitingItem } from '../../lib/cards/types';
import type { Lang } from '../../lib/references/lang';
import { CitedBy } from './CitedBy';
import { InstrumentParagraphs } from './InstrumentBody';
import { instrumentName, ordinal, paragraphLabel } from './labels';
import { PinpointSection } from './PinpointSection';
import { ThemesSection } from './ThemesSection';

export interface SessionBodyProps {
  citation: Citation;
  session: Session;
  instruments: readonly CardInstrument[];
  themes: readonly CardTheme[];
  citedBy: readonly CitingItem[];
  lang: Lang;
}

/** A COP session report: the session and the instruments it adopted that the compendium reproduces. */
export function SessionBody({ citation, session, instruments, themes, citedBy, lang }: SessionBodyProps) {
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
