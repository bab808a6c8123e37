import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch, type Handlers } from '../../lib/messaging/server';
import { validateMessage } from '../../lib/messaging/validate';
import { createHandlers } from '../../lib/background/handlers';
import { browser } from 'wxt/browser';
import { makeServices } from '../factories/services';
import { EXTENSION_SENDER } from '../../lib/messaging/sender';

const sender = { ...EXTENSION_SENDER, url: 'chrome-extension://renvoi/popup.html' };

describe('validateMessage', () => {
  it.each([
    ['null', null, /object/],
    ['an array', [], /object/],
    ['a string', 'ping', /object/],
    ['no type', {}, /Unknown message type/],
    ['an unknown type', { type: 'drop-database' }, /Unknown message type: "drop-database"/],
    ['a prototype key', { type: 'constructor' }, /Unknown message type/],
    ['hello without url', { type: 'content/hello', frame: 'top' }, /"url"/],
    ['hello with bad frame', { type: 'content/hello', url: 'https://x', frame: 'side' }, /"frame"/],
    ['hello with huge url', { type: 'content/hello', url: 'x'.repeat(9000), frame: 'top' }, /"url"/],
  ])('refuses %s', (_label, raw, error) => {
    const result = validateMessage(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  it('accepts a well-formed hello', () => {
    expect(validateMessage({ type: 'content/hello', url: 'https://x', frame: 'sub' }).ok).toBe(true);
  });
});

describe('dispatch', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers a malformed message with an error, never a throw', async () => {
    await expect(dispatch(createHandlers(makeServices()), { type: 42 }, sender)).resolves.toEqual({
      ok: false,
      error: expect.stringMatching(/Unknown message type/),
    });
  });

  it('turns a handler exception into an error reply', async () => {
    const failing = {
      ...createHandlers(makeServices()),
      ping: () => {
        throw new Error('database blocked');
      },
    } as Handlers;
    await expect(dispatch(failing, { type: 'ping' }, sender)).resolves.toEqual({
      ok: false,
      error: 'database blocked',
    });
  });

  it('answers a hello with the tab the browser reports, and keeps no record of the page (no address log)', async () => {
    const content = {
      ...sender,
      from: 'content' as const,
      tabId: 7,
      frameId: 0,
      url: 'https://a.test/page.html?session_token=SECRET#access_token=XYZ',
      tabUrl: 'https://a.test/page.html?session_token=SECRET#access_token=XYZ',
    };
    const handlers = createHandlers(makeServices());
    const reply = await dispatch(
      handlers,
      { type: 'content/hello', url: 'https://planted.test/', frame: 'top' },
      content,
    );
    expect(reply).toEqual({ ok: true, value: { tabId: 7, site: 'a.test' } });
    // A cross-origin frame learns the tab's site (the browser's word, not its payload's) and is not recorded.
    const sub = await dispatch(
      handlers,
      { type: 'content/hello', url: 'https://planted.test/', frame: 'sub' },
      { ...content, frameId: 3, url: 'https://player.example/embed?id=1' },
    );
    expect(sub).toEqual({ ok: true, value: { tabId: 7, site: 'a.test' } });
    // Nothing of either page is kept: session storage (which survives the worker) and local storage hold no address.
    const kept = JSON.stringify([await browser.storage.session.get(null), await browser.storage.local.get(null)]);
    expect(kept).not.toMatch(/a\.test|planted|player\.example/);
  });
});
