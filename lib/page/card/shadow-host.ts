/**
 * Renvoi's one node in a page: a plain `<div data-renvoi-ui>` with an open shadow root holding the card's stylesheet
 * and a container for the card. A `div`, not a custom element: a page that defines the element name first (or later)
 * would otherwise run its own constructor and callbacks on Renvoi's host, or make `attachShadow` fail; a built-in
 * element can never be upgraded by page code. Built complete before it is inserted, so a page watching its DOM sees
 * exactly one added node. `:host { all: initial !important }` stops inherited page styles at the door (page rules cannot beat an
 * `!important` declared inside the shadow tree). A small replacement for WXT's `createShadowRootUi`, whose
 * auto-mount machinery the content script does not need (it must stay small: it runs on every page).
 */

export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where the card is rendered. */
  container: HTMLElement;
}

/** The attribute that names Renvoi's host (tests and the benchmark find the card through it). */
export const HOST_ATTRIBUTE = 'data-renvoi-ui';

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Creates the host (not yet in the page) with `css` inside its shadow root. */
export function createShadowHost(doc: Document, css: string): ShadowHost {
  // HTML elements even in an XML document without a body, where `createElement` would make elements of no namespace
  // (no shadow root, no styles).
  const html = <K extends keyof HTMLElementTagNameMap>(name: K) =>
    doc.createElementNS(HTML_NS, name) as HTMLElementTagNameMap[K];
  const host = html('div');
  host.setAttribute(HOST_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = html('style');
  style.textContent = `:host { all: initial !important; }\n${css}`;
  const container = html('div');
  shadow.append(style, container);
  return { host, shadow, container };
}
