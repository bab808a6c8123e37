/**
 * The content script loads the citation engine's module (`engine.js`) once per page, and only when the page's text
 * may hold a citation (`lib/citations/might-cite.ts`). Chromium, where the test sees the extension's own loads
 * (`extensionRequests`); the marks themselves are checked in both browsers (`cross/engine-on-demand.e2e.test.ts`).
 */
import { describe, expect, it } from 'vitest';

import { changeLive, eventually, markTexts, NEWS, useCrossBrowser } from './cross/helpers';

describe('chromium: the citation engine, loaded on demand', () => {
  const cross = useCrossBrowser('chromium');
  /**
   * How many times a page loaded the engine module so far. Chromium reports each load twice, at the per-session
   * address (`use_dynamic_url`) and at the extension's own: count the latter.
   */
  const engineLoads = () =>
    (cross.driver.extensionRequests() ?? []).filter((url) => url === `${cross.driver.extensionOrigin}/engine.js`)
      .length;

  it('is loaded once by a page with citations (so the checks below see a load when there is one)', async () => {
    const before = engineLoads();
    const page = await cross.open('/note-verbale-2009.html');
    expect((await markTexts(page)).length).toBeGreaterThan(0);
    await eventually(engineLoads).toBe(before + 1);
  });

  it('is never loaded by a page with numbers but nothing a citation starts with, even as it changes', async () => {
    const before = engineLoads();
    const page = await cross.open(NEWS);
    await changeLive(cross, page, 'Updated at 14:05: 3 more votes, 2,500 in all.');
    expect(engineLoads()).toBe(before);
  });

  it('is loaded when a change brings the first citation', async () => {
    const before = engineLoads();
    const page = await cross.open(NEWS);
    expect(engineLoads()).toBe(before);
    await changeLive(cross, page, 'Updated at 14:05: see General Assembly resolution 64/293, adopted in 2010.');
    await eventually(() => markTexts(page)).toEqual(['General Assembly resolution 64/293']);
    await eventually(engineLoads).toBe(before + 1);
  });
});
