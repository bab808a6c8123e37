import { i18n } from '#i18n';
import { browser, type Browser } from 'wxt/browser';
import { summarise, type RecordKind } from '../search/describe';
import type { SearchEngine } from '../search/engine';
import { engineFromDatabase } from '../search/load-engine';
import type { BackgroundServices } from './services';

/** The address-bar keyword (declared in the manifest, `omnibox.keyword` in wxt.config.ts). */
export const OMNIBOX_KEYWORD = 'renvoi';

/** Suggestions shown under the address bar (Chrome shows at most about six). */
const SUGGESTIONS = 6;

/** Chrome reads suggestion descriptions as XML: `&`, `<`, `>` and quotes must be escaped. */
export const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);

/** A suggestion for the address bar: `content` is what Enter sends back (the record's id). */
export interface Suggestion {
  content: string;
  description: string;
}

/**
 * Suggestions for what is typed after the keyword: the best records of the search, each as its id and kind, then
 * the beginning of its text. With `markup` (Chrome), the id is shown as the match and the kind dimmed; Firefox takes
 * plain text.
 */
export function suggestionsFor(
  engine: SearchEngine,
  text: string,
  markup: boolean,
  kindLabel: (kind: RecordKind) => string,
): Suggestion[] {
  const { hits } = engine.search(text, { limit: SUGGESTIONS });
  return hits.flatMap((hit) => {
    const summary = summarise(engine.lookup, hit.id);
    if (!summary) return [];
    const kind = kindLabel(summary.kind);
    const words = (hit.title?.text ?? hit.snippet.text).replace(/\s+/g, ' ').slice(0, 120);
    const name = summary.kind === 'theme' ? '' : hit.id;
    const description = markup
      ? `${name ? `<match>${escapeXml(name)}</match> ` : ''}<dim>${escapeXml(kind)}</dim> ${escapeXml(words)}`
      : `${name ? `${name} ` : ''}(${kind}) ${words}`;
    return [{ content: hit.id, description }];
  });
}

/** `popup.html?q=<text>` as a full extension URL: the popup opened in a tab, searching for the text. */
export const searchPageUrl = (text: string): string =>
  (browser.runtime.getURL as (path: string) => string)(`/popup.html?q=${encodeURIComponent(text.slice(0, 10_000))}`);

/**
 * The `renvoi` keyword in the address bar: suggests records as the user types and opens the chosen one (or a search
 * for the typed text) as the popup page in a tab, where the address bar's disposition says. The search engine is
 * built from the database on first use and kept while the worker lives.
 */
export function registerOmnibox(services: BackgroundServices): void {
  const omnibox = browser.omnibox;
  if (!omnibox) return;
  let engine: Promise<SearchEngine> | null = null;
  const getEngine = () =>
    (engine ??= engineFromDatabase(services.db, () => services.seeder.ensureSeeded()).catch((error: unknown) => {
      engine = null;
      throw error;
    }));
  const markup = !import.meta.env.FIREFOX;
  omnibox.setDefaultSuggestion({ description: i18n.t('omnibox.default') });
  omnibox.onInputChanged.addListener((text: string, suggest: (results: Browser.omnibox.SuggestResult[]) => void) => {
    getEngine()
      .then((e) => suggest(suggestionsFor(e, text, markup, (kind) => i18n.t(`popup.search.kind.${kind}`))))
      .catch((error: unknown) => console.error('Renvoi: omnibox suggestions failed', error));
  });
  omnibox.onInputEntered.addListener(
    (text: string, disposition: 'currentTab' | 'newForegroundTab' | 'newBackgroundTab') => {
      const url = searchPageUrl(text);
      const opened =
        disposition === 'currentTab'
          ? browser.tabs.update({ url })
          : browser.tabs.create({ url, active: disposition !== 'newBackgroundTab' });
      opened.catch((error: unknown) => console.error('Renvoi: opening the search failed', error));
    },
  );
}
