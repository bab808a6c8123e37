import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openSearchInPopup } from '../../lib/background/cards-handlers';
import { PENDING_SEARCH_TTL_MS, takePendingSearch } from '../../lib/messaging/pending-search';

/** A toolbar action whose popup opens (Chrome 127+), or refuses (no focused window, no user gesture). */
function stubAction(opens: boolean) {
  const action = {
    openPopup: vi.fn(async () => {
      if (!opens) throw new Error('no active browser window');
    }),
    setPopup: vi.fn(async () => undefined),
  };
  Object.assign(fakeBrowser, { action });
  return action;
}

describe('a card’s Search opens the popup without changing the toolbar button', () => {
  beforeEach(() => fakeBrowser.reset());

  it('hands the query to the popup it opens, once', async () => {
    const action = stubAction(true);
    expect(await openSearchInPopup('COP decision 4/4')).toBe('popup');
    expect(action.setPopup).not.toHaveBeenCalled();
    expect(await takePendingSearch()).toBe('COP decision 4/4');
    // The next click on the toolbar button opens the plain popup.
    expect(await takePendingSearch()).toBeNull();
  });

  it('opens a tab on the search, and leaves nothing pending, when the popup cannot open', async () => {
    const action = stubAction(false);
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openSearchInPopup('5/2')).toBe('tab');
    expect(action.setPopup).not.toHaveBeenCalled();
    expect(created).toHaveBeenCalledWith({ url: expect.stringMatching(/\/popup\.html\?q=5%2F2$/) });
    expect(await takePendingSearch()).toBeNull();
  });

  it('ignores a handed-over search too old to belong to this popup', async () => {
    stubAction(true);
    await openSearchInPopup('old');
    expect(await takePendingSearch(Date.now() + PENDING_SEARCH_TTL_MS + 1)).toBeNull();
  });
});
