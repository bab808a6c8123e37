import { join } from 'node:path';
import { parseMessagesFile, type ParsedMessage } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

const LOCALES = join(import.meta.dirname, '../../../locales');

/** The popup's search, themes and page messages, the omnibox and the look-up menu. */
const OWN = (m: ParsedMessage) =>
  (m.key[0] === 'popup' && ['search', 'themes', 'page'].includes(m.key[1] ?? '')) ||
  m.key[0] === 'omnibox' ||
  m.key[0] === 'lookupMenu';

async function messages(lang: string) {
  const parsed = await parseMessagesFile(join(LOCALES, `${lang}.yml`));
  return Object.fromEntries(
    parsed
      .filter(OWN)
      .map((m) => [
        m.key.join('.'),
        { substitutions: m.substitutions, plurals: m.type === 'plural' ? Object.keys(m.plurals).sort() : null },
      ]),
  );
}

describe('search, themes, page, omnibox and menu messages', () => {
  it('exist in English and French with the same substitutions and plural forms', async () => {
    const [en, fr] = await Promise.all([messages('en'), messages('fr')]);
    expect(Object.keys(en).length).toBeGreaterThan(80);
    expect(fr).toEqual(en);
  });

  it('name the search field and the menu item as the acceptance tests expect', async () => {
    const en = await parseMessagesFile(join(LOCALES, 'en.yml'));
    const text = (key: string) => en.find((m) => m.key.join('.') === key);
    expect(text('popup.search.label')).toMatchObject({ message: 'Search' });
    expect(text('lookupMenu.title')).toMatchObject({ message: 'Look up in Renvoi' });
  });
});
