/**
 * The compendium as one HTML page, exactly as the demo site serves it (`/compendium.html` of `renderDemoSite()`).
 */

import { renderDemoSite } from '../../demo/site';

export const COMPENDIUM_PATH = '/compendium.html';

export function compendiumPage(): string {
  const html = renderDemoSite().get(COMPENDIUM_PATH);
  if (html === undefined) throw new Error(`the demo site no longer renders ${COMPENDIUM_PATH}`);
  return html;
}
