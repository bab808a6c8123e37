import { defineContentScript } from 'wxt/utils/define-content-script';
import { request } from '../../lib/messaging/client';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main() {
    // Announce ourselves to the background; the page is not touched.
    await request('content/hello', { url: location.href, frame: window === window.top ? 'top' : 'sub' }).catch(
      () => undefined,
    );
  },
});
