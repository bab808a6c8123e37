import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decideWelcome, registerWelcomePage, welcomeOnInstalled } from '../../../lib/background/welcome-on-install';
import { DEFAULT_WELCOME, loadWelcome, sanitiseWelcome, updateWelcome } from '../../../lib/settings/welcome';

const welcomeTabs = async () =>
  (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/welcome.html')).length;

describe('the welcome page on install: the decision table', () => {
  const shown = { openOnInstall: true, shownAt: '2026-11-01T10:00:00.000Z' };
  const off = { openOnInstall: false, shownAt: null };
  it.each([
    ['a first install', { reason: 'install' }, DEFAULT_WELCOME, 'open'],
    [
      'an update (a new version, or Chrome reloading an unpacked build)',
      { reason: 'update' },
      DEFAULT_WELCOME,
      'not-an-install',
    ],
    ['the browser updated (Chrome)', { reason: 'chrome_update' }, DEFAULT_WELCOME, 'not-an-install'],
    ['the browser updated (Firefox)', { reason: 'browser_update' }, DEFAULT_WELCOME, 'not-an-install'],
    ['a shared module updated', { reason: 'shared_module_update' }, DEFAULT_WELCOME, 'not-an-install'],
    ['a Firefox temporary add-on', { reason: 'install', temporary: true }, DEFAULT_WELCOME, 'temporary-add-on'],
    ['an install with the option off', { reason: 'install' }, off, 'turned-off'],
    ['an install after it was shown (storage kept)', { reason: 'install' }, shown, 'already-shown'],
    ['an update with the option off', { reason: 'update' }, off, 'not-an-install'],
  ] as const)('%s → %s', (_label, details, state, decision) => {
    expect(decideWelcome(details, state)).toBe(decision);
  });
});

describe('the welcome page on install, in the (fake) browser', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens one tab on a first install, records it, and never opens again', async () => {
    expect(await welcomeOnInstalled({ reason: 'install' }, () => new Date('2026-11-28T18:00:00Z'))).toBe('open');
    expect(await welcomeTabs()).toBe(1);
    expect(await loadWelcome()).toEqual({ openOnInstall: true, shownAt: '2026-11-28T18:00:00.000Z' });
    expect(await fakeBrowser.storage.session.get('welcomeDecision')).toEqual({
      welcomeDecision: { reason: 'install', decision: 'open' },
    });
    expect(await welcomeOnInstalled({ reason: 'install' })).toBe('already-shown');
    expect(await welcomeOnInstalled({ reason: 'update' })).toBe('not-an-install');
    expect(await welcomeTabs()).toBe(1);
  });

  it.each(['update', 'chrome_update', 'browser_update'])('opens nothing on %s', async (reason) => {
    expect(await welcomeOnInstalled({ reason })).toBe('not-an-install');
    expect(await welcomeTabs()).toBe(0);
    expect((await loadWelcome()).shownAt).toBeNull();
  });

  it('opens nothing on install when the option is off', async () => {
    await updateWelcome({ openOnInstall: false });
    expect(await welcomeOnInstalled({ reason: 'install' })).toBe('turned-off');
    expect(await welcomeTabs()).toBe(0);
  });

  it('listens to runtime.onInstalled', async () => {
    registerWelcomePage();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await expect.poll(welcomeTabs).toBe(1);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0', temporary: false });
    expect(await welcomeTabs()).toBe(1);
  });

  it.each([
    [undefined, DEFAULT_WELCOME],
    ['garbage', DEFAULT_WELCOME],
    [{ openOnInstall: 'no', shownAt: 3 }, DEFAULT_WELCOME],
    [
      { openOnInstall: false, shownAt: 'x', extra: 1 },
      { openOnInstall: false, shownAt: 'x' },
    ],
  ])('reads the stored %o safely', (raw, expected) => {
    expect(sanitiseWelcome(raw)).toEqual(expected);
  });
});
