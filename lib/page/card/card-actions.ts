/**
 * What a card's buttons do: Save (to the saved list), Copy citation, Open document, Search. Each answers the status
 * the card then shows (null when there is nothing to say). These run in the card's UI module (`entrypoints/card-ui`),
 * loaded with the card: the content script every page parses only asks for them (`card-actor.ts`).
 */

import type { CardAction, CardData, CardStatus } from '../../cards/card-data';
import type { Lang } from '../../references/lang';
import { parseSavedError } from '../../messaging/saved-errors';
import { citationText } from '../../references/citation-text';
import { documentUrl } from '../../references/document-link';
import { saveRequest as saveRequestOf } from '../../references/save-request';
import type { SaveRequest } from '../../references/saved-types';
import type { Occurrence } from '../read/find-in-run';
import type { ActionRequest } from '../session-types';

/** What the card's side adds: the language the card is worded in, and the clipboard. */
export interface ActionContext extends ActionRequest {
  lang: Lang;
  /** Copies text; `container` is Renvoi's own element where a fallback may put a temporary field. */
  copy(text: string, container: HTMLElement | null): Promise<boolean>;
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
        code: (await ctx.copy(citationText(copied(occ, data, lang), lang), ctx.card)) ? 'copied' : 'copy-failed',
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
