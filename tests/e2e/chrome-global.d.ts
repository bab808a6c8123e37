// Functions passed to `worker.evaluate` / `page.evaluate` run inside the extension, where `chrome` exists.
declare const chrome: typeof import('wxt/browser').browser;
