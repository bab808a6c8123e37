import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provideCardRenderer } from '../content/card-renderer';
import { renderCard } from '../content/render-card';

/**
 * The card UI module the content script imports when a page first needs its card host (`card-renderer.ts`): Preact
 * and the card's components, out of the script every page parses.
 */
export default defineUnlistedScript(() => {
  provideCardRenderer(renderCard);
});
