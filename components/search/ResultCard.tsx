import { i18n } from '#i18n';
import { badgeOf, type RecordAction, type RecordDetails, type RecordSummary } from '../../lib/search/describe';
import type { ExactReason } from '../../lib/search/exact';
import type { Highlighted } from '../../lib/search/highlight';
import { Highlight } from './Highlight';
import { exactLabel, parentLabel, themeName as nameOf } from './record-words';

/** One result line: the record's facts and the text to show with matches marked. */
export interface ResultEntry {
  summary: RecordSummary;
  title: Highlighted | null;
  snippet: Highlighted;
  inNotes: boolean;
  exact: ExactReason | null;
}

export interface ResultCardProps {
  entry: ResultEntry;
  expanded: boolean;
  /** Filled when expanded. */
  details: RecordDetails | null;
  actions: RecordAction[];
  /** What the last action on this record did (`Saved`, `Copied`, an error), announced politely. */
  status: string | null;
  onToggle: () => void;
  onAction: (action: RecordAction) => void;
  onTheme: (themeId: string) => void;
  onRecord: (id: string) => void;
}

/** Themes shown on the collapsed line; the rest are counted. */
const THEMES_SHOWN = 2;

const domId = (id: string) => `record-${id.replace(/[^A-Za-z0-9-]/g, '_')}`;

/**
 * A result: a disclosure button (id, kind, meeting or instrument, year, snippet, themes) and, when expanded, the
 * record's full text with footnotes, its themes, who cites it, and its actions.
 */
export function ResultCard(props: ResultCardProps) {
  const { entry, expanded, details, onToggle } = props;
  const { summary } = entry;
  const badge = badgeOf(summary);
  const parent = parentLabel(summary);
  const extraThemes = summary.themes.length - THEMES_SHOWN;
  const panelId = `${domId(summary.id)}-details`;
  // A theme in the English interface: its English name, then the index's French name (with the matches marked).
  const themeName = summary.theme ? nameOf(summary.theme) : null;
  return (
    <li class={`result result--${summary.kind}`}>
      <button
        type="button"
        class="result__toggle"
        data-result-toggle={summary.id}
        aria-expanded={expanded}
        aria-controls={expanded ? panelId : undefined}
        onClick={onToggle}
      >
        <span class="result__meta">
          {badge && <span class="result__id">{badge}</span>}
          <span class="result__kind">{i18n.t(`popup.search.kind.${summary.kind}`)}</span>
          {parent && <span class="result__parent">{parent}</span>}
          {summary.year !== null && <span class="result__year">{summary.year}</span>}
          {/* A report found by its symbol shows it: the reader checks it against the one they typed. */}
          {summary.symbol && (entry.exact === 'symbol' || summary.kind === 'meeting') && (
            <span class="result__symbol">{summary.symbol}</span>
          )}
          {summary.itemCount !== null && (
            <span class="result__count">{i18n.t('popup.search.itemCount', summary.itemCount)}</span>
          )}
          {entry.exact && <span class="result__exact">{exactLabel(entry.exact)}</span>}
        </span>
        {themeName?.french && <span class="result__title">{themeName.name}</span>}
        {entry.title && (
          <span class={themeName?.french ? 'result__title result__title--french' : 'result__title'} lang="fr">
            <Highlight {...entry.title} />
          </span>
        )}
        {entry.snippet.text && (
          <span class="result__snippet">
            {entry.inNotes && <span class="result__in-notes">{i18n.t('popup.search.inNotes')} </span>}
            <Highlight {...entry.snippet} />
          </span>
        )}
        {summary.themes.length > 0 && (
          <span class="result__themes">
            {summary.themes.slice(0, THEMES_SHOWN).map((t) => (
              <span key={t.id} class="chip" title={nameOf(t).french ?? undefined}>
                {nameOf(t).name}
              </span>
            ))}
            {extraThemes > 0 && <span class="chip chip--more">+{extraThemes}</span>}
          </span>
        )}
      </button>
      {expanded && details && <RecordPanel {...props} details={details} id={panelId} />}
    </li>
  );
}

function RecordPanel({
  entry,
  details,
  id,
  actions,
  status,
  onAction,
  onTheme,
  onRecord,
}: ResultCardProps & { details: RecordDetails; id: string }) {
  const isSource = details.kind === 'meeting' || details.kind === 'decision' || details.kind === 'resolution';
  return (
    <div id={id} class="record">
      {details.title && !entry.title && <p class="record__title">{details.title}</p>}
      {(details.citation ?? details.symbol) && <p class="record__symbol">{details.citation ?? details.symbol}</p>}
      {details.paragraphs.length > 0 && (
        <div class="record__text">
          {details.paragraphs.map((p) => (
            <p key={p.id + p.marker} class={`record__paragraph record__paragraph--${Math.min(p.level, 4)}`}>
              {p.marker && <span class="record__marker">{p.marker} </span>}
              {p.text}
            </p>
          ))}
        </div>
      )}
      {details.footnotes.length > 0 && (
        <section class="record__section">
          <h3 class="record__label">{i18n.t('popup.search.footnotes')}</h3>
          <ol class="record__footnotes">
            {details.footnotes.map((f) => (
              <li key={f.number} value={f.number}>
                {f.text}
              </li>
            ))}
          </ol>
        </section>
      )}
      {details.themes.length > 0 && (
        <section class="record__section">
          <h3 class="record__label">{i18n.t('popup.search.themes')}</h3>
          <ul class="chips">
            {details.themes.map((t) => (
              <li key={t.id}>
                <button
                  type="button"
                  class="chip chip--button"
                  aria-label={i18n.t('popup.search.themeAction', [nameOf(t).name])}
                  title={nameOf(t).french ?? undefined}
                  onClick={() => onTheme(t.id)}
                >
                  {nameOf(t).name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {isSource && (
        <section class="record__section">
          <h3 class="record__label">{i18n.t('popup.search.citedBy')}</h3>
          {details.citedBy.length === 0 ? (
            <p class="record__none">{i18n.t('popup.search.citedByNone')}</p>
          ) : (
            <ul class="record__cited-by">
              {details.citedBy.map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    class="link-button"
                    aria-label={i18n.t('popup.search.recordAction', [p.id])}
                    onClick={() => onRecord(p.id)}
                  >
                    <span class="result__id">{p.id}</span> {p.text}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {details.kind === 'theme' && (
        <div class="record__actions">
          <button type="button" class="button" onClick={() => onTheme(details.id)}>
            {i18n.t('popup.search.themeAction', [
              details.theme ? nameOf(details.theme).name : (details.title ?? details.id),
            ])}
          </button>
        </div>
      )}
      {actions.length > 0 && (
        <div class="record__actions">
          {actions.map((action) => (
            <button key={action} type="button" class="button" onClick={() => onAction(action)}>
              {i18n.t(`popup.search.${action}`)}
            </button>
          ))}
        </div>
      )}
      <p class="record__status" role="status">
        {status}
      </p>
    </div>
  );
}
