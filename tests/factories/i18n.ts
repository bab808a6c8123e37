import { join } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const LOCALES_DIR = join(import.meta.dirname, '../../locales');

/**
 * Makes `i18n.t` answer from `locales/<lang>.yml`, as the browser does from the built `_locales` (the fake browser
 * has no messages): `$1`…`$9` substituted, `$$` a dollar sign. Call in `beforeEach` (mocks are restored after each).
 */
export async function useLocale(lang: 'en' | 'fr' = 'en'): Promise<void> {
  const messages = generateChromeMessages(await parseMessagesFile(join(LOCALES_DIR, `${lang}.yml`)));
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string, substitutions?: string | string[]) => {
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    // `$$` is a literal dollar; `$n` the n-th substitution (Chrome's rules for messages without placeholders).
    return (messages[name]?.message ?? '').replace(/\$(\$|\d)/g, (_, c: string) =>
      c === '$' ? '$' : (subs[Number(c) - 1] ?? ''),
    );
  });
}
