// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '../../entrypoints/content/content-context';
// WXT's own class, by file: the bare specifier resolves to Renvoi's (wxt.config.ts).
import { ContentScriptContext as WxtContext } from '../../node_modules/wxt/dist/utils/content-script-context.mjs';

afterEach(() => {
  // A newer copy of the script invalidates the test's last one (its timers and listeners go).
  new ContentScriptContext('content');
});

describe("the content script's context (WXT's behaviour for what Renvoi uses)", () => {
  it('is invalidated by a newer copy of the same script in the document, not by itself or another script', () => {
    const first = new ContentScriptContext('content');
    const invalidated = vi.fn();
    first.onInvalidated(invalidated);
    new ContentScriptContext('other');
    expect(first.isInvalid).toBe(false);
    const second = new ContentScriptContext('content');
    expect(invalidated).toHaveBeenCalledOnce();
    expect(first.isInvalid).toBe(true);
    expect(first.signal.aborted).toBe(true);
    expect(second.isInvalid).toBe(false);
  });

  it("stops, and is stopped by, WXT's own context of the same script (a Renvoi update meeting the other kind)", () => {
    const ours = new ContentScriptContext('content');
    const wxt = new WxtContext('content', { noScriptStartedPostMessage: true });
    expect(ours.isInvalid).toBe(true);
    expect(wxt.isInvalid).toBe(false);
    new ContentScriptContext('content');
    expect(wxt.isInvalid).toBe(true);
  });

  it('is invalid once the extension is gone (reloaded or removed: no runtime id)', () => {
    const context = new ContentScriptContext('content');
    const invalidated = vi.fn();
    context.onInvalidated(invalidated);
    const id = fakeBrowser.runtime.id;
    try {
      fakeBrowser.runtime.id = undefined as unknown as string;
      expect(context.isInvalid).toBe(true);
      expect(invalidated).toHaveBeenCalledOnce();
    } finally {
      fakeBrowser.runtime.id = id;
    }
  });

  it('runs timers, frames and listeners while valid, none of them once invalid', async () => {
    const context = new ContentScriptContext('content');
    const before = { timer: vi.fn(), frame: vi.fn(), listener: vi.fn() };
    context.setTimeout(before.timer, 0);
    context.requestAnimationFrame(before.frame);
    context.addEventListener(window, 'resize', before.listener);
    window.dispatchEvent(new Event('resize'));
    await vi.waitFor(() => expect(before.timer).toHaveBeenCalledOnce());
    await vi.waitFor(() => expect(before.frame).toHaveBeenCalledOnce());
    expect(before.listener).toHaveBeenCalledOnce();

    const after = { timer: vi.fn(), frame: vi.fn() };
    context.setTimeout(after.timer, 0);
    context.requestAnimationFrame(after.frame);
    new ContentScriptContext('content');
    window.dispatchEvent(new Event('resize'));
    const probe = vi.fn();
    setTimeout(probe, 20);
    requestAnimationFrame(() => setTimeout(probe, 0));
    await vi.waitFor(() => expect(probe).toHaveBeenCalledTimes(2));
    expect(after.timer).not.toHaveBeenCalled();
    expect(after.frame).not.toHaveBeenCalled();
    expect(before.listener).toHaveBeenCalledOnce();
  });

  it('dispatches wxt:locationchange when the page changes its address without loading (and only then)', async () => {
    const context = new ContentScriptContext('content');
    const changed = vi.fn();
    context.addEventListener(window, 'wxt:locationchange', changed);
    history.pushState({}, '', `${location.pathname}?renvoi-test=1`);
    await vi.waitFor(() => expect(changed).toHaveBeenCalledOnce(), { timeout: 3000 });
    window.dispatchEvent(new Event('wxt:locationchange')); // the page's own event of that name: not ours
    expect(changed).toHaveBeenCalledOnce();
  });
});
