import { i18n } from '#i18n';
import { parseKey, treatyArticleText } from '../../lib/citations/keys';
import type { BodyProps } from './body-props';
import { CitedBy } from './CitedBy';

/** An article of UNTOC or one of its Protocols: the instrument, the article and its title, and who cites it. */
export function TreatyBody({ citation, data, lang }: BodyProps<'treaty'>) {
  const info = parseKey(citation.key);
  const title = data.title?.[lang] ?? null;
  // The article as the key writes it: `TIP Protocol art. 6(3)(d)` → `6(3)(d)`.
  const article = info.type === 'treaty' ? treatyArticleText(info).slice('art. '.length) : citation.key;
  return (
    <>
      {data.treaty ? <p class="rv-title">{data.treaty[lang]}</p> : null}
      <p class="rv-meta">
        {i18n.t('card.treaty.article', [article])}
        {title ? (
          <>
            {' — '}
            <strong>{title}</strong>
          </>
        ) : null}
      </p>
      {title || info.type !== 'treaty' ? null : (
        <p class="rv-note">{i18n.t('card.treaty.unknownArticle', [String(info.article)])}</p>
      )}
      <CitedBy items={data.citedBy} lang={lang} always />
    </>
  );
}
