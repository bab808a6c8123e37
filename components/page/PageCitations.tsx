import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { HowItWorksLink } from '../welcome/HowItWorksLink';

/** The citations of one key on the page (the content script's `PageCitationGroup`). */
export interface PageCitationGroup {
  key: string;
  /** The text of the first occurrence. */
  text: string;
  inCorpus: boolean;
  count: number;
  /** Corpus ids its occurrences resolve to. */
  targets: string[];
}

/** A theme the page's citations point into, with how many of the page's citation groups touch it. */
export interface TouchedTheme {
  id: string;
  name: string;
  count: number;
}

export interface PageCitationsProps {
  /** `unavailable`: no content script answers in that tab (browser pages, PDFs, stores). */
  phase: 'loading' | 'unavailable' | 'ready';
  groups: PageCitationGroup[];
  themes: TouchedTheme[];
  /** Scrolls the page to the `index`-th occurrence of `key` and opens its card; resolves to whether it could. */
  onReveal: (key: string, index: number) => Promise<boolean>;
  /** The welcome page ("How Renvoi works"), linked when there is nothing to list. */
  helpHref?: string;
}

/**
 * The citations the content script found in the tab, grouped by key with their counts, and the themes they touch.
 * Choosing a citation scrolls the page to it and opens its card; choosing it again goes to its next occurrence.
 */
export function PageCitations({ phase, groups, themes, onReveal, helpHref }: PageCitationsProps) {
  const [next, setNext] = useState<ReadonlyMap<string, number>>(new Map());
  const [status, setStatus] = useState<string | null>(null);
  if (phase === 'loading') return <p class="tab-message">{i18n.t('popup.page.loading')}</p>;
  const help = helpHref && (
    <>
      {' '}
      <HowItWorksLink href={helpHref} />
    </>
  );
  if (phase === 'unavailable')
    return (
      <p class="tab-message">
        {i18n.t('popup.page.unavailable')}
        {help}
      </p>
    );
  if (groups.length === 0)
    return (
      <p class="tab-message">
        {i18n.t('popup.page.none')}
        {help}
      </p>
    );

  const reveal = async (group: PageCitationGroup) => {
    const index = next.get(group.key) ?? 0;
    const ok = await onReveal(group.key, index);
    setStatus(ok ? i18n.t('popup.page.revealed') : i18n.t('popup.page.revealFailed'));
    setNext(new Map(next).set(group.key, (index + 1) % Math.max(1, group.count)));
  };

  return (
    <div class="page">
      <h2 class="page__heading">
        {i18n.t('popup.page.heading')} <span class="page__count">{i18n.t('popup.page.count', groups.length)}</span>
      </h2>
      <ul class="page__groups">
        {groups.map((group) => {
          const index = next.get(group.key) ?? 0;
          return (
            <li key={group.key}>
              <button type="button" class="page__group" data-key={group.key} onClick={() => void reveal(group)}>
                <span class="page__text">{group.text}</span>
                <span class="page__meta">
                  {group.key !== group.text && <span class="page__key">{group.key}</span>}
                  <span class="page__occurrences">{i18n.t('popup.page.occurrences', group.count)}</span>
                  <span class={group.inCorpus ? 'page__in' : 'page__out'}>
                    {group.inCorpus ? i18n.t('popup.page.inCorpus') : i18n.t('popup.page.notInCorpus')}
                  </span>
                  {group.targets.slice(0, 4).map((id) => (
                    <span key={id} class="result__id">
                      {id}
                    </span>
                  ))}
                </span>
                <span class="page__action">
                  {group.count > 1
                    ? i18n.t('popup.page.revealNext', [String(index + 1), String(group.count)])
                    : i18n.t('popup.page.reveal')}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <p class="page__status" role="status">
        {status}
      </p>
      {themes.length > 0 && (
        <section class="page__themes">
          <h3 class="record__label">{i18n.t('popup.page.themesHeading')}</h3>
          <ul class="chips">
            {themes.map((t) => (
              <li key={t.id} class="chip">
                {t.name} · {i18n.t('popup.page.themeCount', t.count)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
