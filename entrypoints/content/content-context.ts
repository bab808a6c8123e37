/**
 * The content script's context: what WXT's content-script entry hands to `main` (wxt.config.ts resolves
 * `wxt/utils/content-script-context` here, for the content script's build only). WXT's own `ContentScriptContext`
 * also carries what Renvoi never calls (intervals, idle callbacks, `block`, a logger, the page-visible
 * `postMessage` this script turns off): 300 B gzip of the script every page parses. This class keeps WXT's names
 * and behaviour for what Renvoi and WXT's entry use (`ContentLifetime`):
 * - invalidation: `signal`, `isInvalid` (also true once the extension was reloaded or removed: `browser.runtime.id`
 *   is gone), `onInvalidated`; a newer copy of the script started in the same document invalidates this one (WXT's
 *   `content-script-started` event, same name and detail, so either kind of context stops the other);
 * - timers that no longer fire once invalid: `setTimeout`, `requestAnimationFrame`;
 * - `addEventListener`, removed once invalid, with WXT's `wxt:locationchange` (a single-page app changed the
 *   address: the Navigation API's `navigate`, else a check every second).
 */

import { browser } from 'wxt/browser';
import type { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';

/** What Renvoi's content script uses of its context (`main`'s parameter type, so it uses nothing else). */
export type ContentLifetime = Pick<
  WxtContext,
  'signal' | 'isInvalid' | 'onInvalidated' | 'setTimeout' | 'requestAnimationFrame' | 'addEventListener'
>;

/** WXT's event names: per extension and entry point, so another extension's or script's events never match. */
const eventName = (name: string) => `${browser?.runtime?.id}:${import.meta.env.ENTRYPOINT}:${name}`;
const STARTED = eventName('wxt:content-script-started');

interface NavigationLike {
  addEventListener(
    type: 'navigate',
    listener: (event: { destination: { url: string } }) => void,
    options: AddEventListenerOptions,
  ): void;
}

export class ContentScriptContext implements ContentLifetime {
  private readonly id = Math.random().toString(36).slice(2);
  private readonly controller = new AbortController();
  private watching = false;

  constructor(private readonly contentScriptName: string) {
    const detail = { contentScriptName, messageId: this.id };
    document.dispatchEvent(new CustomEvent(STARTED, { detail }));
    const newer = (event: Event) => {
      const started = event instanceof CustomEvent ? event.detail : null;
      if (started?.contentScriptName === contentScriptName && started.messageId !== this.id) this.invalidate();
    };
    document.addEventListener(STARTED, newer);
    this.onInvalidated(() => document.removeEventListener(STARTED, newer));
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.invalidate();
    return this.signal.aborted;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = window.setTimeout(() => {
      if (!this.isInvalid) handler();
    }, timeout);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => {
      if (!this.isInvalid) callback(time);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  addEventListener(target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions): void {
    if (type === 'wxt:locationchange' && !this.isInvalid) this.watchLocation();
    target.addEventListener(type.startsWith('wxt:') ? eventName(type) : type, handler, {
      ...options,
      signal: this.signal,
    });
  }

  private invalidate(): void {
    this.controller.abort('Content script context invalidated');
  }

  /** Dispatches `wxt:locationchange` on the window each time the address changes without a page load. */
  private watchLocation(): void {
    if (this.watching) return;
    this.watching = true;
    let last = location.href;
    const check = (url: string) => {
      if (url === last) return;
      last = url;
      window.dispatchEvent(new Event(eventName('wxt:locationchange')));
    };
    const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener('navigate', (event) => check(new URL(event.destination.url).href), {
        signal: this.signal,
      });
    } else {
      const id = window.setInterval(() => {
        if (!this.isInvalid) check(location.href);
      }, 1000);
      this.onInvalidated(() => clearInterval(id));
    }
  }
}
