/**
 * The card's buttons act only on the reader's own input. The card lives in an open shadow root (tests and assistive
 * technology read it), so page scripts can reach its buttons and call `.click()` or dispatch events on them; the
 * browser marks such events `isTrusted: false`. A real click, Enter or Space on a focused button, and an assistive
 * technology's "press" are trusted.
 */
export function onTrusted(action: () => void): (event: Event) => void {
  return (event) => {
    if (event.isTrusted) action();
  };
}
