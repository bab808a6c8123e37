import { parseResolverWire, resolverFromWire } from '../cards/resolver-wire';
import type { ResolverData } from '../citations';
import { request } from '../messaging/client';
import type { PageServices } from './session-types';

/** The resolver data, asked from the background and checked (undefined when the answer is unusable). */
export async function requestResolverData(): Promise<ResolverData | undefined> {
  const wire = parseResolverWire(await request('cards/resolver-data', {}));
  return wire ? resolverFromWire(wire) : undefined;
}

/**
 * What a page session asks of the extension, through the background's messages: the content script, the welcome
 * page and the PDF reader use the same (the reader passes its own resolver data, warmed while the PDF loads).
 */
export function extensionServices(
  win: Window,
  resolverData: PageServices['resolverData'] = requestResolverData,
): PageServices {
  return {
    resolverData,
    fetchCards: async (keys) => (await request('cards/for-keys', { keys })).cards,
    save: (saveRequest) => request('saved/add', saveRequest),
    openSearch: async (query) => {
      await request('cards/open-search', { query });
    },
    openUrl: (url) => {
      win.open(url, '_blank', 'noopener,noreferrer');
    },
  };
}
