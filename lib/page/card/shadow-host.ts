/**
 * Renvoi's one node in a page: a custom element with an open shadow root holding the card's stylesheet and a
 * container for the card. Built complete before it is inserted, so a page watching its DOM sees exactly one added
 * node. `:host { all: initial !important }` stops inherited page styles at the door (page rules cannot beat an
 * `!important` declared inside the shadow tree). A small replacement for WXT's `createShadowRootUi`, whose
 * auto-mount machinery the content script does not need (it must stay small: it runs on every page).
 */

export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where the card is rendered. */
  container: HTMLElement;
}

/** Creates the host (not yet in the page) with `css` inside its shadow root. */
export function createShadowHost(doc: Document, name: string, css: string): ShadowHost {
  const host = doc.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `:host { all: initial !important; }\n${css}`;
  const container = doc.createElement('div');
  shadow.append(style, container);
  return { host, shadow, container };
}

/** Reads the content script's stylesheet from the extension package (a file of the extension: no network). */
export async function loadOwnCss(url: string): Promise<string> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : '';
  } catch {
    return '';
  }
}
