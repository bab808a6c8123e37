/**
 * The site a frame belongs to, for "pause on this site": the top page's hostname. A frame reads it itself when it
 * may (same origin, about:blank frames); a cross-origin frame (an embedded player, a document viewer of another
 * site) cannot, and asks the background, which knows the tab's address from the browser.
 */

/** The top page's hostname when this frame may read it, else null (a cross-origin frame). */
export function readableTopSite(win: Window): string | null {
  try {
    return win.top?.location.hostname || win.location.hostname;
  } catch {
    return null;
  }
}

/** The top page's hostname as far as this frame can tell by itself: its own for a cross-origin frame. */
export function siteOf(win: Window): string {
  return readableTopSite(win) ?? win.location.hostname;
}

/**
 * The site to pause with, asked once and only when needed (`askTop`: the background's answer for this tab, null when
 * it does not know). Without an answer, the frame's own hostname: what it was before the background was asked.
 */
export function createSiteResolver(win: Window, askTop: () => Promise<string | null>): () => Promise<string> {
  const readable = readableTopSite(win);
  if (readable !== null) return () => Promise.resolve(readable);
  let asked: Promise<string> | null = null;
  return () =>
    (asked ??= askTop().then(
      (site) => site || win.location.hostname,
      () => win.location.hostname,
    ));
}
