/**
 * The site a frame belongs to, for "pause on this site": the top page's hostname when the frame may read it (same
 * origin, about:blank frames), else the frame's own.
 */
export function siteOf(win: Window): string {
  try {
    return win.top?.location.hostname || win.location.hostname;
  } catch {
    // A cross-origin frame cannot read the top page's address.
    return win.location.hostname;
  }
}
