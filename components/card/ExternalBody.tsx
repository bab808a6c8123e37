import { i18n } from '#i18n';
import type { BodyProps } from './body-props';
import { CitedBy } from './CitedBy';

/** A document whose text is not bundled: what it is, where a COP instrument is published, and who cites it. */
export function ExternalBody({ data, lang }: BodyProps<'external'>) {
  return (
    <>
      <p class="rv-title">{data.label[lang]}</p>
      {data.body ? <p class="rv-meta">{data.body[lang]}</p> : null}
      {data.reportSymbol ? <p class="rv-meta">{i18n.t('card.external.publishedIn', [data.reportSymbol])}</p> : null}
      <p class="rv-note">{i18n.t('card.external.notBundled')}</p>
      <CitedBy items={data.citedBy} lang={lang} always />
    </>
  );
}
