/**
 * Copies text from the content script. The async Clipboard API first; where the page is not a secure context or the
 * API refuses, a textarea inside Renvoi's own card and `execCommand('copy')` — never a node of the page. Focus goes
 * back to where it was (the Copy button), so the card stays open.
 */

export async function copyText(text: string, container: HTMLElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Not allowed here: try the fallback.
  }
  if (!container) return false;
  const doc = container.ownerDocument;
  const root = container.getRootNode() as Document | ShadowRoot;
  const previous = root.activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  area.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0;';
  container.append(area);
  try {
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    // Focus back first: removing a focused field would drop focus out of the card.
    previous?.focus({ preventScroll: true });
    area.remove();
  }
}
