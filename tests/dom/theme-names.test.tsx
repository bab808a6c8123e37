// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ThemesSection } from '../../components/card/ThemesSection';
import { ResultCard } from '../../components/search/ResultCard';
import { ThemeList } from '../../components/themes/ThemeList';
import { localThemeName, themeRef, type RecordSummary } from '../../lib/search/describe';
import { useLocale } from '../factories/i18n';

/** Two themes of the real index, with their names as the Themes tab and the result lines get them. */
const THEMES = [
  { id: 'genre', name: 'Genre' },
  { id: 'victimes-identification', name: 'Victimes (identification)' },
];
const text = () => document.body.textContent ?? '';

describe.each([
  ['en', ['Gender', 'Victims (identification)'], ['Genre', 'Victimes (identification)']],
  ['fr', ['Genre', 'Victimes (identification)'], []],
] as const)('theme names in the %s interface', (lang, shown, french) => {
  beforeEach(() => useLocale(lang));
  afterEach(() => {
    render(null, document.body);
    vi.restoreAllMocks();
  });

  it('the Themes tab lists them in the interface language, the index’s French beside', () => {
    const themes = THEMES.map((t) => ({ ...localThemeName(themeRef(t), lang), id: t.id, count: 3 }));
    render(<ThemeList themes={themes} onOpen={vi.fn()} />, document.body);
    const names = [...document.querySelectorAll('.themes__name')].map((n) => n.textContent);
    expect(names).toEqual(shown);
    expect([...document.querySelectorAll('.themes__french')].map((n) => n.textContent)).toEqual(french);
  });

  it('a result line’s theme chips use the interface language', () => {
    const summary: RecordSummary = {
      id: 'IV.15',
      kind: 'recommendation',
      parent: { type: 'meeting', id: 'IV' },
      year: 2011,
      symbol: 'CTOC/COP/WG.4/2011/8',
      themes: THEMES.map(themeRef),
      itemCount: null,
      theme: null,
    };
    render(
      <ul>
        <ResultCard
          entry={{
            summary,
            title: null,
            snippet: { text: 'Les États parties…', ranges: [] },
            inNotes: false,
            exact: null,
          }}
          expanded={false}
          details={null}
          actions={[]}
          status={null}
          onToggle={vi.fn()}
          onAction={vi.fn()}
          onTheme={vi.fn()}
          onRecord={vi.fn()}
        />
      </ul>,
      document.body,
    );
    expect([...document.querySelectorAll('.result__themes .chip')].map((c) => c.textContent)).toEqual(shown);
  });

  it('a hover card’s theme chips use the interface language', () => {
    const themes = THEMES.map((t) => ({ ...t, en: themeRef(t).en, itemIds: ['IV.15'] }));
    render(<ThemesSection themes={themes} lang={lang} />, document.body);
    for (const name of shown) expect(text()).toContain(name);
    if (lang === 'en') expect(text()).not.toContain('Genre');
  });
});
