import { join } from 'node:path';
import { parseMessagesFile, type ParsedMessage } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

const LOCALES = join(import.meta.dirname, '../../locales');

/** Each `saved.*` message: its key, how many substitutions it takes, and its plural forms. */
async function savedMessages(lang: string) {
  const messages = await parseMessagesFile(join(LOCALES, `${lang}.yml`));
  const shape = (m: ParsedMessage) => ({
    substitutions: m.substitutions,
    plurals: m.type === 'plural' ? Object.keys(m.plurals).sort() : null,
  });
  return Object.fromEntries(
    messages.filter((m) => m.key[0] === 'saved').map((m) => [m.key.join('.'), shape(m)] as const),
  );
}

describe('saved-list messages', () => {
  it('exist in English and French with the same substitutions and plural forms', async () => {
    const [en, fr] = await Promise.all([savedMessages('en'), savedMessages('fr')]);
    expect(Object.keys(en).length).toBeGreaterThan(50);
    expect(fr).toEqual(en);
  });
});
