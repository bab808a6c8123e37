/**
 * Citations across the whole PDF, rendered pages or not: the popup's "On this page" list (from the document index),
 * reveal, and keyboard next/previous (Alt+Shift+N/P). A citation on a page pdf.js has not rendered yet is reached by
 * scrolling its page into view, waiting for the page session to mark it, then revealing it through the session, so
 * the card and the focus behave as on any page.
 */

import type { PageCitationGroup } from '../messaging/page-protocol';
import type { Occurrence } from '../page/read/find-in-run';
import type { NavDirection } from '../page/hover/keyboard';
import { nextIndex } from '../page/hover/keyboard';
import type { PageSession } from '../page/page-session';
import { indexGroups, locate, type DocIndex, type IndexedCitation } from './doc-index';

export interface ReaderPages {
  /** The element of page `n` (1-based) in the viewer. */
  pageElement(page: number): Element | null;
  /** Scrolls page `n` into view (pdf.js then renders it and its text layer). */
  scrollTo(page: number): void;
}

export interface ReaderCitations {
  setIndex(index: DocIndex | null): void;
  /** "On this page" groups: the index's once built, else what the session has marked so far. */
  groups(): PageCitationGroup[];
  /** Reveals the `nth` occurrence of `key` in the document; resolves false when there is none or it never showed. */
  reveal(key: string, nth: number): Promise<boolean>;
  navigate(direction: NavDirection): Promise<boolean>;
}

/** Longest wait for a page to be rendered and marked after scrolling to it. */
const REVEAL_TIMEOUT_MS = 5000;
const POLL_MS = 40;

/** Occurrences of `key` marked on page element `pageEl`, in document order. */
function marksOnPage(session: PageSession, pageEl: Element, key: string): Occurrence[] {
  return session.registry.inOrder().filter((occ) => occ.citation.key === key && pageEl.contains(occ.block));
}

export function createReaderCitations(session: () => PageSession | null, pages: ReaderPages): ReaderCitations {
  let index: DocIndex | null = null;
  /** Position in `index.citations` that keyboard navigation stands on. */
  let current = -1;

  async function revealAt(entry: IndexedCitation): Promise<boolean> {
    const { page, ordinal, citation } = entry;
    const deadline = performance.now() + REVEAL_TIMEOUT_MS;
    pages.scrollTo(page);
    for (;;) {
      const live = session();
      const pageEl = pages.pageElement(page);
      if (!live) return false;
      const target = pageEl ? marksOnPage(live, pageEl, citation.key)[ordinal] : undefined;
      if (target) {
        const all = live.registry.inOrder().filter((occ) => occ.citation.key === citation.key);
        return live.reveal(citation.key, all.indexOf(target));
      }
      if (performance.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  return {
    setIndex(next) {
      index = next;
      current = -1;
    },
    groups() {
      if (index) return indexGroups(index);
      return session()?.registry.groups() ?? [];
    },
    async reveal(key, nth) {
      if (!index) return session()?.reveal(key, nth) ?? false;
      const entry = locate(index, key, nth);
      if (!entry) return false;
      current = index.citations.indexOf(entry);
      return revealAt(entry);
    },
    async navigate(direction) {
      if (!index) return false;
      const next = nextIndex(index.citations.length, current, direction);
      const entry = next === null ? undefined : index.citations[next];
      if (!entry || next === null) return false;
      current = next;
      return revealAt(entry);
    },
  };
}
