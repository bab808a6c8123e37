/**
 * The citation engine is a module of its own (`engine.js`), which the content script loads the first time a page's
 * text may hold a citation (`lib/citations/might-cite.ts`). Here, in Chromium and Firefox: a page whose text cannot
 * hold one stays unmarked as it changes, and a page whose first citation arrives later by a change gets its mark.
 * Whether the module was loaded at all is observed in Chromium (`tests/e2e/engine-loading.e2e.test.ts`).
 */
import { describe, expect, it } from 'vitest';

import { selectedBrowsers } from './driver';
import { changeLive, eventually, markTexts, NEWS, useCrossBrowser } from './helpers';

describe.each(selectedBrowsers())('%s: a page that may cite only later', (name) => {
  const cross = useCrossBrowser(name);

  it('stays unmarked while its text holds nothing a citation starts with', async () => {
    const page = await cross.open(NEWS);
    await changeLive(cross, page, 'Updated at 14:05: 3 more votes, 2,500 in all.');
    expect(await markTexts(page)).toEqual([]);
  });

  it('gets its mark when a change brings its first citation', async () => {
    const page = await cross.open(NEWS);
    expect(await markTexts(page)).toEqual([]);
    await changeLive(cross, page, 'Updated at 14:05: see General Assembly resolution 64/293, adopted in 2010.');
    await eventually(() => markTexts(page)).toEqual(['General Assembly resolution 64/293']);
  });
});
