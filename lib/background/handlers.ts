import { browser } from 'wxt/browser';
import type { Handlers } from '../messaging/server';
import { rememberContentHello } from './content-registry';

/** The background's answers to every protocol message. */
export function createHandlers(): Handlers {
  return {
    ping: () => ({ version: browser.runtime.getManifest().version }),
    'content/hello': async (message, sender) => {
      await rememberContentHello({ url: message.url, frame: message.frame, tabId: sender.tabId, at: Date.now() });
      return { tabId: sender.tabId };
    },
  };
}
