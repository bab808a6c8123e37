import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '../../lib/background/handlers';
import { listenForMessages } from '../../lib/messaging/server';

export default defineBackground({
  type: 'module',
  main() {
    listenForMessages(createHandlers());
  },
});
