// @vitest-environment happy-dom
import { render } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ResultEntry } from '../../components/search/ResultCard';
import { SearchView, type SearchSummary } from '../../components/search/SearchView';
import { createLookup, createSearchEngine } from '../../lib/search';
import { describe as details, summarise } from '../../lib/search/describe';
import type { SearchFilters } from '../../lib/search/filters';
import { makeCorpus, makeItem } from '../factories/corpus';
import { useLocale } from '../factories/i18n';

const corpus = makeCorpus({
  items: [
    makeItem('I.1', { text: 'Formation des juges et des procureurs.' }),
    makeItem('I.2', { text: 'Formation des agents consulaires.', footnotes: [{ number: 1, text: 'Note une.' }] }),
    makeItem('V.41', { text: 'Sensibilisation du public.' }),
  ],
});
const engine = createSearchEngine(corpus);
const lookup = createLookup(corpus);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

interface HarnessProps {
  phase?: 'loading' | 'error' | 'ready';
  initial?: string;
  onAction?: (id: string, action: string) => Promise<string>;
  onTheme?: (id: string) => void;
}

/** The view wired to a real engine over a tiny corpus, as the container wires it. */
function Harness({ phase = 'ready', initial = '', onAction, onTheme }: HarnessProps) {
  const [query, setQuery] = useState(initial);
  const [filters, setFilters] = useState<SearchFilters>({});
  const input = useRef<HTMLInputElement>(null);
  const response = engine.search(query, { filters });
  const entries: ResultEntry[] = response.hits.map((h) => ({
    summary: summarise(lookup, h.id)!,
    title: h.title,
    snippet: h.snippet,
    inNotes: h.inNotes,
    exact: h.exact,
  }));
  const summary: SearchSummary = {
    state: response.state,
    total: response.total,
    truncated: response.truncated,
    corrections: response.corrections.flatMap((c) => c.terms),
    outside: response.outside.map((o) => o.key),
    filtered: Object.keys(filters).length > 0,
  };
  return (
    <SearchView
      query={query}
      onQuery={setQuery}
      inputRef={input}
      phase={phase}
      error="Could not load: boom"
      summary={summary}
      examples={['IV.45.k']}
      filters={filters}
      filterOptions={{ themes: [{ id: 'cooperation', name: 'Coopération', count: 2 }], groups: [], years: [2009] }}
      onFilters={setFilters}
      maxChars={200}
      entries={entries}
      getDetails={(id) => details(lookup, id)}
      getActions={() => ['save', 'copy', 'open']}
      onAction={onAction ?? (async () => 'Saved to your list.')}
      onTheme={onTheme ?? (() => undefined)}
      onRecord={setQuery}
      more={null}
    />
  );
}

const box = () => document.querySelector<HTMLInputElement>('input[type="search"]')!;
const status = () => document.querySelector('[role="status"]')!.textContent;
const toggles = () => [...document.querySelectorAll<HTMLButtonElement>('[data-result-toggle]')];
const type = async (text: string) => {
  box().value = text;
  box().dispatchEvent(new Event('input', { bubbles: true }));
  await flush();
};
const key = (target: Element, name: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));

describe('SearchView', () => {
  beforeEach(() => useLocale('en'));
  afterEach(() => {
    render(null, document.body);
    vi.restoreAllMocks();
  });

  it('has a search box named "Search"', () => {
    render(<Harness />, document.body);
    expect(box().getAttribute('aria-label')).toBe('Search');
    expect(box().type).toBe('search');
  });

  it.each([
    ['en', 'Search', 'Words, an id (IV.45.k) or a symbol', '1 result'],
    ['fr', 'Rechercher', 'Mots, identifiant (IV.45.k) ou cote', '1 résultat'],
  ] as const)(
    'speaks the interface language (%s): box, placeholder, count',
    async (lang, label, placeholder, count) => {
      await useLocale(lang);
      render(<Harness initial="sensibilisation" />, document.body);
      expect(box().getAttribute('aria-label')).toBe(label);
      expect(box().placeholder).toBe(placeholder);
      expect(status()).toBe(count);
    },
  );

  it.each([
    ['loading', { phase: 'loading' as const }, 'Loading the compendium…'],
    ['error', { phase: 'error' as const }, 'Could not load: boom'],
    ['nothing typed', {}, 'Search the recommendations of the Working Group'],
    ['symbols only', { initial: '///' }, 'Type a word, an id such as IV.45.k'],
    ['no match', { initial: 'zzzzzz' }, 'Nothing found for “zzzzzz”.'],
    ['results', { initial: 'sensibilisation' }, '1 result'],
  ])('says what is going on: %s', (_, props, text) => {
    render(<Harness {...props} />, document.body);
    expect(status()).toContain(text);
  });

  it('updates results as the user types, each result naming its id', async () => {
    render(<Harness />, document.body);
    await type('sensibilisation');
    expect(toggles().map((t) => t.textContent)).toEqual([expect.stringContaining('V.41')]);
  });

  it('offers example queries when empty, and searches one when chosen', async () => {
    render(<Harness />, document.body);
    const example = [...document.querySelectorAll('button')].find((b) => b.textContent === 'IV.45.k')!;
    example.click();
    await flush();
    expect(box().value).toBe('IV.45.k');
  });

  it('↓ moves to the first result, ↓ ↑ between results, ↑ on the first back to the box', async () => {
    render(<Harness initial="formation" />, document.body);
    box().focus();
    key(box(), 'ArrowDown');
    await vi.waitFor(() => expect(document.activeElement).toBe(toggles()[0]));
    key(toggles()[0]!, 'ArrowDown');
    expect(document.activeElement).toBe(toggles()[1]);
    key(toggles()[1]!, 'ArrowUp');
    key(toggles()[0]!, 'ArrowUp');
    expect(document.activeElement).toBe(box());
  });

  it('Enter in the box opens the first result: full text, footnotes, actions', async () => {
    render(<Harness initial="agents consulaires" />, document.body);
    key(box(), 'Enter');
    const first = toggles()[0]!;
    await vi.waitFor(() => expect(first.getAttribute('aria-expanded')).toBe('true'));
    expect(document.activeElement).toBe(first);
    const panel = document.getElementById(first.getAttribute('aria-controls')!)!;
    expect(panel.textContent).toContain('Formation des agents consulaires.');
    expect(panel.textContent).toContain('Note une.');
    expect([...panel.querySelectorAll('button')].map((b) => b.textContent)).toEqual(
      expect.arrayContaining(['Save', 'Copy citation', 'Open document']),
    );
  });

  it('Esc collapses an open result, then goes back to the box; Esc in the box clears it', async () => {
    render(<Harness initial="formation" />, document.body);
    toggles()[0]!.click();
    await flush();
    key(toggles()[0]!, 'Escape');
    await flush();
    expect(toggles()[0]!.getAttribute('aria-expanded')).toBe('false');
    key(toggles()[0]!, 'Escape');
    expect(document.activeElement).toBe(box());
    key(box(), 'Escape');
    await flush();
    expect(box().value).toBe('');
  });

  it('runs an action and announces its outcome', async () => {
    const onAction = vi.fn(async () => 'Saved to your list.');
    render(<Harness initial="sensibilisation" onAction={onAction} />, document.body);
    toggles()[0]!.click();
    await flush();
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Save')!.click();
    await flush();
    expect(onAction).toHaveBeenCalledWith('V.41', 'save');
    expect(document.querySelector('.record__status')?.textContent).toBe('Saved to your list.');
  });

  it('narrows with a filter, and says when the filters leave nothing', async () => {
    render(<Harness initial="formation" />, document.body);
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Filters')!.click();
    await flush();
    const theme = document.querySelector<HTMLSelectElement>('.filters__panel select')!;
    theme.value = 'cooperation';
    theme.dispatchEvent(new Event('change', { bubbles: true }));
    await flush();
    expect(toggles().map((t) => t.dataset.resultToggle)).toEqual(['I.2']);
    expect([...document.querySelectorAll('button')].some((b) => b.textContent === 'Filters (1)')).toBe(true);
    await type('sensibilisation');
    expect(status()).toContain('Nothing matches these filters.');
  });

  it('marks the matching words', () => {
    render(<Harness initial="juges" />, document.body);
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['juges']);
  });
});
