// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageCitations, type PageCitationGroup } from '../../components/page/PageCitations';
import { MeetingChart } from '../../components/themes/MeetingChart';
import { ThemeList } from '../../components/themes/ThemeList';
import { ThemeView } from '../../components/themes/ThemeView';
import { createLookup } from '../../lib/search';
import { plainEntry } from '../../lib/search/describe';
import { makeCorpus } from '../factories/corpus';
import { useLocale } from '../factories/i18n';

const key = (target: Element, name: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
const buttons = () => [...document.querySelectorAll<HTMLButtonElement>('button')];
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const BARS = [
  { id: 'I', year: 2009, count: 5 },
  { id: 'II', year: 2010, count: 0 },
  { id: 'IV', year: 2011, count: 12 },
];

describe('MeetingChart', () => {
  afterEach(() => render(null, document.body));

  it('draws one bar per meeting, its height proportional to the count, labelled with numeral and year', () => {
    render(
      <MeetingChart bars={BARS} title="Per meeting" barLabel={(id, y, n) => `${id} (${y}): ${n}`} />,
      document.body,
    );
    const bars = [...document.querySelectorAll('.chart__bar')];
    expect(bars.map((b) => b.getAttribute('data-meeting'))).toEqual(['I', 'II', 'IV']);
    const heights = bars.map((b) => Number(b.querySelector('rect')!.getAttribute('height')));
    expect(heights[1]).toBe(0);
    expect(heights[2]! / heights[0]!).toBeCloseTo(12 / 5);
    expect(bars[2]!.textContent).toBe('12IV2011');
  });

  it('is one image for assistive technology, described bar by bar', () => {
    render(
      <MeetingChart bars={BARS} title="Per meeting" barLabel={(id, y, n) => `${id} (${y}): ${n}`} />,
      document.body,
    );
    const svg = document.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Per meeting. I (2009): 5, II (2010): 0, IV (2011): 12');
  });
});

describe('ThemeList and ThemeView', () => {
  beforeEach(() => useLocale('en'));
  afterEach(() => {
    render(null, document.body);
    vi.restoreAllMocks();
  });
  const themes = [
    { id: 'a', name: 'Alpha', count: 3 },
    { id: 'b', name: 'Beta', count: 1 },
    { id: 'c', name: 'Gamma', count: 7 },
  ];

  it('lists every theme with its count; ↑ ↓ End move between them; a click opens one', () => {
    const onOpen = vi.fn();
    render(<ThemeList themes={themes} onOpen={onOpen} />, document.body);
    expect(buttons().map((b) => b.textContent)).toEqual(['Alpha3 items', 'Beta1 item', 'Gamma7 items']);
    buttons()[0]!.focus();
    key(buttons()[0]!, 'ArrowDown');
    expect(document.activeElement).toBe(buttons()[1]);
    key(buttons()[1]!, 'End');
    expect(document.activeElement).toBe(buttons()[2]);
    buttons()[2]!.click();
    expect(onOpen).toHaveBeenCalledWith('c');
  });

  it('shows a theme: name, chart, items grouped under headings; Esc goes back', async () => {
    const lookup = createLookup(makeCorpus());
    const onBack = vi.fn();
    render(
      <ThemeView
        theme={{ id: 'cooperation', name: 'Coopération', count: 2 }}
        bars={BARS}
        groups={[
          { id: 'I', heading: 'Meeting I (2009)', entries: [plainEntry(lookup, 'I.2')!] },
          { id: 'COP5', heading: 'COP 5 (2010): Resolution 5/2', entries: [plainEntry(lookup, '5/2:8.c')!] },
        ]}
        getDetails={() => null}
        getActions={() => []}
        onAction={async () => ''}
        onTheme={() => undefined}
        onRecord={() => undefined}
        onBack={onBack}
      />,
      document.body,
    );
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Coopération'));
    expect(document.querySelector('svg[role="img"]')).not.toBeNull();
    expect([...document.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Meeting I (2009)',
      'COP 5 (2010): Resolution 5/2',
    ]);
    expect(
      [...document.querySelectorAll('[data-result-toggle]')].map((t) => t.getAttribute('data-result-toggle')),
    ).toEqual(['I.2', '5/2:8.c']);
    key(document.activeElement!, 'Escape');
    expect(onBack).toHaveBeenCalled();
  });
});

describe('PageCitations', () => {
  beforeEach(() => useLocale('en'));
  afterEach(() => {
    render(null, document.body);
    vi.restoreAllMocks();
  });
  const groups: PageCitationGroup[] = [
    { key: 'COP decision 4/4', text: 'décision 4/4', inCorpus: true, count: 2, targets: ['4/4'] },
    { key: 'A/RES/64/293', text: 'A/RES/64/293', inCorpus: false, count: 1, targets: [] },
  ];

  it.each([
    ['loading', 'loading' as const, [], 'Looking at the page…'],
    [
      'no content script',
      'unavailable' as const,
      [],
      'Renvoi cannot read this page. Browser pages, extension stores and PDF files do not let extensions read them.',
    ],
    [
      'no citation',
      'ready' as const,
      [],
      'No citation of a UN document on trafficking in persons was found on this page.',
    ],
  ])('explains %s', (_, phase, list, text) => {
    render(<PageCitations phase={phase} groups={list} themes={[]} onReveal={async () => true} />, document.body);
    expect(document.body.textContent).toBe(text);
  });

  it('lists the citations by key with their counts and the themes the page touches', () => {
    render(
      <PageCitations
        phase="ready"
        groups={groups}
        themes={[{ id: 'genre', name: 'Genre', count: 1 }]}

        onReveal={async () => true}
      />,
      document.body,
    );
    const rows = buttons().map((b) => b.textContent);
    expect(rows[0]).toContain('décision 4/4');
    expect(rows[0]).toContain('COP decision 4/4');
    expect(rows[0]).toContain('2 times');
    expect(rows[1]).toContain('Not in the compendium');
    expect(document.querySelector('.page__themes')?.textContent).toContain('Genre · 1 citation');
  });

  it('reveals the occurrences of a key one after the other, and says whether it could', async () => {
    const onReveal = vi.fn(async (_key: string, index: number) => index === 0);
    render(<PageCitations phase="ready" groups={groups} themes={[]} onReveal={onReveal} />, document.body);
    buttons()[0]!.click();
    await flush();
    expect(document.querySelector('[role="status"]')?.textContent).toBe('Shown on the page.');
    expect(buttons()[0]!.textContent).toContain('Show occurrence 2 of 2');
    buttons()[0]!.click();
    await flush();
    expect(onReveal.mock.calls).toEqual([
      ['COP decision 4/4', 0],
      ['COP decision 4/4', 1],
    ]);
    expect(document.querySelector('[role="status"]')?.textContent).toBe('That citation is no longer on the page.');
  });
});
