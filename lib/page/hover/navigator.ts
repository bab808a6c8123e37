/**
 * Keyboard navigation between the citations of a page (Alt+Shift+N / Alt+Shift+P, see `keyboard.ts`) and the
 * popup's "reveal": which citation it stands on, which comes next in document order, and revealing one (scrolled
 * into view, its card opened with focus).
 */

import type { CitationRegistry } from '../marks/registry';
import type { Occurrence } from '../read/find-in-run';
import { nextIndex, type NavDirection } from './keyboard';

export interface NavigatorDeps {
  registry: Pick<CitationRegistry, 'get' | 'inOrder' | 'nth'>;
  /** The citation whose card is open (navigation starts there when it stands nowhere yet). */
  shown(): Occurrence | null;
  /** Opens the card of a citation with focus. */
  open(id: number): void;
}

export interface CitationNavigator {
  /** Moves to the next or previous citation, wrapping around. */
  navigate(direction: NavDirection): void;
  /** Stands on `occ`: scrolls it into view and opens its card. */
  reveal(occ: Occurrence): void;
  /** Reveals the `index`-th occurrence of `key` (the popup's "On this page"); false when there is none. */
  revealNth(key: string, index: number): boolean;
  /** After a pass: stays on the same citation (same id) if it is still there, else nowhere. */
  refresh(): void;
  reset(): void;
}

export function createNavigator(deps: NavigatorDeps): CitationNavigator {
  let current: Occurrence | null = null;
  const reveal = (occ: Occurrence) => {
    current = occ;
    occ.nodes[0]?.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    deps.open(occ.id);
  };
  return {
    navigate(direction) {
      const list = deps.registry.inOrder();
      const from = current ?? deps.shown();
      const index = nextIndex(list.length, from ? list.indexOf(from) : -1, direction);
      const occ = index === null ? undefined : list[index];
      if (occ) reveal(occ);
    },
    reveal,
    revealNth(key, index) {
      const occ = deps.registry.nth(key, index);
      if (occ) reveal(occ);
      return occ !== undefined;
    },
    refresh() {
      current = current ? (deps.registry.get(current.id) ?? null) : null;
    },
    reset() {
      current = null;
    },
  };
}
