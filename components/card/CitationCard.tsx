import { i18n } from '#i18n';
import type { ComponentType } from 'preact';
import type { Citation } from '../../lib/citations/types';
import type { CardModel } from '../../lib/cards/card-model';
import { parseKey } from '../../lib/citations/keys';
import type { CardData, CardDataType, CardStatus } from '../../lib/cards/card-data';
import type { Lang } from '../../lib/references/lang';
import { formatPinpoint } from '../../lib/references/pinpoint';
import { savedErrorText } from '../../lib/references/saved-error-text';
import type { BodyProps } from './body-props';
import { CardActions } from './CardActions';
import { ExternalBody } from './ExternalBody';
import { InstrumentBody } from './InstrumentBody';
import { MeetingBody } from './MeetingBody';
import { SessionBody } from './SessionBody';
import { TreatyBody } from './TreatyBody';
import { onTrusted } from './trusted';

/** The page layer's card model, in the reader's interface language. */
export interface CitationCardProps extends CardModel {
  lang: Lang;
}

/** What kind of document, for the small line above the key. */
export function kindLabel(citation: Pick<Citation, 'key' | 'kind'>, data: CardData | null): string {
  switch (data?.type) {
    case 'meeting':
      return i18n.t('card.kind.meeting');
    case 'session':
      return i18n.t('card.kind.session');
    case 'instrument':
      return data.instrument.kind === 'decision' ? i18n.t('card.kind.copDecision') : i18n.t('card.kind.copResolution');
    case 'treaty':
      return i18n.t('card.kind.treaty');
  }
  if (citation.kind === 'treaty') return i18n.t('card.kind.treaty');
  if (citation.kind === 'cop-instrument') {
    const info = parseKey(citation.key);
    return info.type === 'cop' && info.instrument === 'resolution'
      ? i18n.t('card.kind.copResolution')
      : i18n.t('card.kind.copDecision');
  }
  return citation.kind === 'resolution' ? i18n.t('card.kind.resolution') : i18n.t('card.kind.document');
}

/** The sentence for an action's outcome. */
export function statusText(status: CardStatus): string {
  switch (status.code) {
    case 'saved':
      return i18n.t('card.status.saved');
    case 'saved-again':
      return i18n.t('card.status.savedAgain');
    case 'copied':
      return i18n.t('card.status.copied');
    case 'copy-failed':
      return i18n.t('card.status.copyFailed');
    case 'search-opened':
      return i18n.t('card.status.searchOpened');
    case 'search-failed':
      return i18n.t('card.status.searchFailed', [status.detail]);
    case 'save-failed':
      return savedErrorText(status.reason, status.detail);
  }
}

/** The body of each kind of document: one table, every body taking the same props. */
export const BODIES: { [K in CardDataType]: ComponentType<BodyProps<K>> } = {
  meeting: MeetingBody,
  session: SessionBody,
  instrument: InstrumentBody,
  external: ExternalBody,
  treaty: TreatyBody,
};

function Body({ citation, data, lang }: { citation: Citation; data: CardData; lang: Lang }) {
  // `data.type` picks the row, so the row's body takes exactly this data (TypeScript cannot follow that link).
  const Kind = BODIES[data.type] as ComponentType<BodyProps<CardDataType>>;
  return <Kind citation={citation} data={data} lang={lang} />;
}

/**
 * The hover card: a non-modal dialog named after the citation's key, in the top layer (`popover="manual"`) so no page
 * stacking context hides it. Presentational: the content script positions it, shows it and handles its actions.
 */
export function CitationCard({
  citation,
  entry,
  documentUrl,
  status,
  lang,
  onAction,
  onFocusLeave,
}: CitationCardProps) {
  const data = entry.state === 'ready' ? entry.data : null;
  const pinpoint = citation.kind === 'treaty' ? '' : formatPinpoint(citation.pinpoint, lang);
  return (
    <div
      role="dialog"
      aria-label={i18n.t('card.label', [citation.key])}
      class="rv-card"
      popover="manual"
      tabIndex={-1}
      onFocusOut={(event) => {
        const next = event.relatedTarget as Node | null;
        if (!next || !(event.currentTarget as HTMLElement).contains(next)) onFocusLeave();
      }}
    >
      <div class="rv-card__header">
        <p class="rv-kind">{kindLabel(citation, data)}</p>
        <h2 class="rv-key">
          {citation.key}
          {pinpoint ? <span class="rv-key__pin">, {pinpoint}</span> : null}
        </h2>
        <button
          type="button"
          class="rv-close"
          aria-label={i18n.t('card.actions.close')}
          onClick={onTrusted(() => onAction('close'))}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div class="rv-card__body">
        {entry.state === 'ready' ? (
          <Body citation={citation} data={entry.data} lang={lang} />
        ) : entry.state === 'failed' ? (
          <p class="rv-note">{entry.limited ? i18n.t('card.limited') : i18n.t('card.failed', [entry.error])}</p>
        ) : (
          <p class="rv-note">{i18n.t('common.loading')}</p>
        )}
      </div>
      <div class="rv-card__footer">
        <CardActions canOpen={documentUrl !== null} onAction={onAction} />
        <p class="rv-status" role="status">
          {status ? statusText(status) : ''}
        </p>
      </div>
    </div>
  );
}
