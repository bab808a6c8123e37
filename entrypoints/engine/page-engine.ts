import { documentContext, findCitations, findCitationsInSegments, shiftCitation } from '../../lib/citations';
import type { PageEngine } from '../../lib/page/scan/engine-on-demand';

/**
 * The citation engine as a page session uses it: what the engine module provides to the content script
 * (`index.ts`), and what Renvoi's own pages (the PDF reader, the welcome page) hand their session directly.
 */
export const PAGE_ENGINE: PageEngine = { findCitations, findCitationsInSegments, documentContext, shiftCitation };
