/**
 * What a card's buttons do: Save (to the saved list), Copy citation, Open document, Search. Each answers the status
 * the card then shows (null when there is nothing to say).
 */

import type { CardAction, CardData, CardEntry, CardStatus } from '../../cards/card-data';
import type { Lang } from '../../references/lang';
import { parseSavedError } from '../../messaging/saved-errors';
import { citationText } from '../../references/citation-text';
import { documentUrl } from '../../references/document-link';
import { saveRequest as saveRequestOf } from '../../references/save-request';
import type { SaveRequest } from '../../references/saved-types';
import type { Settings } from '../../settings/values';
import type { Occurrence } from '../read/find-in-run';
import type { PageServices, PageSessionOptions } from '../session-types';
import type { CardPresenter } from './card-presenter';
import type { CardStore } from './card-store';

export interface ActionContext {
  occ: Occurrence;
  entry: CardEntry;
  services: PageServices;
  settings: Settings;
  lang: Lang;
  doc: Document;
  /** The card element (a copy fallback may put a temporary field in it). */
  card: HTMLElement | null;
  /** The page the citation is seen on, when it is not the document's own address (the PDF reader's PDF). */
  page?: { url: string; title: string };
}

/**
 * The Save message for an occurrence. Without card data the label is left to the background, which words it from
 * the corpus. The page where it was seen goes with it when it is a web page (the saved list keeps no other).
 */
export function saveRequest(ctx: Pick<ActionContext, 'occ' | 'entry' | 'lang' | 'doc' | 'page'>): SaveRequest {
  const label = ctx.entry.state === 'ready' ? ctx.entry.data.label[ctx.lang] : '';
  const url = ctx.page?.url ?? ctx.doc.location?.href ?? '';
  const title = ctx.page?.title ?? ctx.doc.title;
  return saveRequestOf(ctx.occ.citation, label, { url, title, context: ctx.occ.context });
}

/** What "Copy citation" copies: the card's label, or the key while the card data is not there. */
const copied = (occ: Occurrence, data: CardData | null, lang: Lang) => ({
  label: data?.label[lang] ?? occ.citation.key,
  kind: occ.citation.kind,
  pinpoint: occ.citation.pinpoint,
});

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function runCardAction(
  action: Exclude<CardAction, 'close'>,
  ctx: ActionContext,
): Promise<CardStatus | null> {
  const { occ, entry, services, settings, lang } = ctx;
  const data = entry.state === 'ready' ? entry.data : null;
  switch (action) {
    case 'open': {
      const url = documentUrl(occ.citation.kind, data?.linkSymbol, settings.documentBaseUrl);
      if (url) services.openUrl(url);
      return null;
    }
    case 'copy':
      return {
        code: (await services.copy(citationText(copied(occ, data, lang), lang), ctx.card)) ? 'copied' : 'copy-failed',
      };
    case 'save':
      try {
        const { merged } = await services.save(saveRequest(ctx));
        return { code: merged ? 'saved-again' : 'saved' };
      } catch (error) {
        const { code, detail } = parseSavedError(message(error));
        return { code: 'save-failed', reason: code, detail };
      }
    case 'search':
      try {
        await services.openSearch(occ.citation.key);
        return { code: 'search-opened' };
      } catch (error) {
        return { code: 'search-failed', detail: message(error) };
      }
  }
}

export interface CardActorDeps extends Pick<ActionContext, 'services' | 'lang' | 'doc'> {
  presenter: Pick<CardPresenter, 'shown' | 'element' | 'setStatus'>;
  store: Pick<CardStore, 'get'>;
  /** Read at each action, so a changed setting applies at once. */
  settings(): Settings;
  source: PageSessionOptions['source'];
  /** Closes the card (the close button: the hover controller's dismiss). */
  dismiss(): void;
}

/**
 * The open card's buttons: runs the action on the citation whose card is open and shows its outcome on that card
 * (if it is still the open one when the action answers).
 */
export function createCardActor(deps: CardActorDeps): (action: CardAction) => Promise<void> {
  return async (action) => {
    const occ = deps.presenter.shown;
    if (!occ) return;
    if (action === 'close') return deps.dismiss();
    const next = await runCardAction(action, {
      ...deps,
      occ,
      entry: deps.store.get(occ.citation.key),
      settings: deps.settings(),
      card: deps.presenter.element,
      page: deps.source?.(occ.block),
    });
    if (next) deps.presenter.setStatus(occ, next);
  };
}
