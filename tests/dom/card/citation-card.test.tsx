// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CitationCard, type CitationCardProps } from '../../../components/card/CitationCard';
import type { CardData } from '../../../lib/cards/card-data';
import { makeCitation, makeCiting, makeMeetingCard } from '../../factories/cards';
import { makeItem } from '../../factories/corpus';
import { useLocale } from '../../factories/i18n';

const props = (overrides: Partial<CitationCardProps> = {}): CitationCardProps => ({
  citation: makeCitation(),
  entry: { state: 'ready', data: makeMeetingCard() },
  documentUrl: 'https://undocs.org/CTOC/COP/WG.4/2013/5',
  status: null,
  lang: 'en',
  onAction: vi.fn(),
  onFocusLeave: vi.fn(),
  ...overrides,
});

const show = (p: CitationCardProps) => {
  render(<CitationCard {...p} />, document.body);
  return document.querySelector<HTMLElement>('[role="dialog"]')!;
};
const text = () => document.body.textContent ?? '';
const buttons = () =>
  [...document.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent);

describe('CitationCard', () => {
  beforeEach(() => useLocale('en'));
  afterEach(() => render(null, document.body));

  it('is a dialog named after the key, with the actions', () => {
    const dialog = show(props());
    expect(dialog.getAttribute('aria-label')).toBe('Renvoi card: CTOC/COP/WG.4/2013/5');
    expect(dialog.getAttribute('popover')).toBe('manual');
    expect(buttons()).toEqual(expect.arrayContaining(['Close', 'Save', 'Copy citation', 'Open document', 'Search']));
  });

  it('shows a Working Group report: meeting, count, themes by count, recommendations by first line', () => {
    show(props());
    expect(text()).toContain('5th meeting of the Working Group on Trafficking in Persons');
    expect(text()).toContain('2 recommendations');
    const chips = [...document.querySelectorAll('.rv-chip')].map((c) => c.getAttribute('aria-label'));
    expect(chips).toEqual(['Formation: 2 items', 'Coopération internationale: 1 item']);
    const rows = [...document.querySelectorAll('.rv-item__toggle')].map((b) => b.textContent);
    expect(rows[0]).toBe('Recommendation V.40 · report para. 44 Les États devraient coopérer.');
    expect(text()).toContain('Cited by');
    expect(text()).toContain('Resolution 5/2, preambular para. 2');
  });

  it('shows the first themes of a long list and a button for the rest', async () => {
    const data = makeMeetingCard();
    if (data.type === 'meeting') {
      data.themes = Array.from({ length: 12 }, (_, i) => ({ id: `t${i}`, name: `Thème ${i}`, itemIds: ['V.40'] }));
    }
    show(props({ entry: { state: 'ready', data } }));
    expect(document.querySelectorAll('.rv-chip')).toHaveLength(8);
    const more = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Show all 12 themes')!;
    more.click();
    await vi.waitFor(() => expect(document.querySelectorAll('.rv-chip')).toHaveLength(12));
  });

  it('expands a recommendation to its full text and sub-items', () => {
    show(props());
    const toggle = [...document.querySelectorAll<HTMLButtonElement>('.rv-item__toggle')].find((b) =>
      b.textContent?.startsWith('Recommendation V.41'),
    )!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    return vi.waitFor(() => {
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(panel.textContent).toContain('Une liste en ligne.');
    });
  });

  it('puts the exact recommendation of a pinpoint first', () => {
    show(props({ citation: makeCitation({ pinpoint: { paragraph: 45 }, targets: ['V.41'] }) }));
    const content = text();
    expect(content).toContain('CTOC/COP/WG.4/2013/5, para. 45');
    const cited = content.indexOf('Cited paragraph');
    expect(cited).toBeGreaterThan(-1);
    expect(content.indexOf('Recommendation V.41 · report para. 45', cited)).toBeGreaterThan(cited);
    expect(content.indexOf('Une liste en ligne.', cited)).toBeLessThan(content.indexOf('Recommendations'));
  });

  it('says so when a pinpoint names no item of the compendium', () => {
    show(props({ citation: makeCitation({ pinpoint: { paragraph: 99 }, targets: ['V'] }) }));
    expect(text()).toContain('para. 99 is not one of the recommendations or paragraphs of the compendium');
  });

  it.each<[string, CardData, string[]]>([
    [
      'a COP instrument',
      {
        type: 'instrument',
        instrument: {
          id: '5/2',
          kind: 'resolution',
          sessionId: 'COP5',
          year: 2010,
          reportSymbol: 'CTOC/COP/2010/17',
          title: 'Application du Protocole',
          chapeau: 'La Conférence des Parties,',
          itemIds: ['5/2:8'],
        },
        session: {
          id: 'COP5',
          ordinal: 5,
          title: 'Cinquième session',
          year: 2010,
          reportSymbol: 'CTOC/COP/2010/17',
          instrumentIds: ['5/2'],
        },
        items: [
          makeItem('5/2:8', { text: 'Encourage les États.' }),
          makeItem('5/2:8.b', { text: 'Établir la coopération.' }),
        ],
        themes: [],
        label: { en: 'Conference of the Parties resolution 5/2, 2010 (CTOC/COP/2010/17)', fr: '' },
        linkSymbol: 'CTOC/COP/2010/17',
        citedBy: [],
      },
      [
        'COP resolution',
        'Resolution 5/2 — Application du Protocole',
        '5th session of the Conference of the Parties, 2010 · published in CTOC/COP/2010/17',
        'para. 8',
        'La Conférence des Parties,',
      ],
    ],
    [
      'a COP session report',
      {
        type: 'session',
        session: {
          id: 'COP5',
          ordinal: 5,
          title: 'Cinquième session',
          year: 2010,
          reportSymbol: 'CTOC/COP/2010/17',
          instrumentIds: ['5/2'],
        },
        instruments: [
          {
            instrument: {
              id: '5/2',
              kind: 'resolution',
              sessionId: 'COP5',
              year: 2010,
              reportSymbol: 'CTOC/COP/2010/17',
              title: 'Application du Protocole',
              chapeau: 'La Conférence des Parties,',
              itemIds: ['5/2:8'],
            },
            items: [makeItem('5/2:8', { text: 'Encourage les États.' })],
          },
        ],
        themes: [],
        label: { en: 'Conference of the Parties, 5th session, 2010 (CTOC/COP/2010/17)', fr: '' },
        linkSymbol: 'CTOC/COP/2010/17',
        citedBy: [],
      },
      [
        'COP session report',
        '5th session of the Conference of the Parties to the Convention',
        '2010 · report CTOC/COP/2010/17',
        'Resolution 5/2 — Application du Protocole',
        'La Conférence des Parties,',
      ],
    ],
    [
      'a document outside the corpus',
      {
        type: 'external',
        body: { en: 'United Nations General Assembly', fr: 'Assemblée générale des Nations Unies' },
        reportSymbol: null,
        label: { en: 'General Assembly resolution 64/293 (A/RES/64/293)', fr: '' },
        linkSymbol: 'A/RES/64/293',
        citedBy: [makeCiting('IV.45.g')],
      },
      [
        'General Assembly resolution 64/293 (A/RES/64/293)',
        'United Nations General Assembly',
        'Its text is not bundled with Renvoi',
        'Cited by',
        'Recommendation IV.45.g',
      ],
    ],
    [
      'a COP decision outside the corpus',
      {
        type: 'external',
        body: null,
        reportSymbol: 'CTOC/COP/2008/19',
        label: { en: 'Conference of the Parties decision 4/1 (CTOC/COP/2008/19)', fr: '' },
        linkSymbol: 'CTOC/COP/2008/19',
        citedBy: [],
      },
      [
        'Published in the session report CTOC/COP/2008/19.',
        'No recommendation or paragraph of the compendium cites it.',
      ],
    ],
    [
      'a treaty article',
      {
        type: 'treaty',
        treaty: { en: 'Trafficking in Persons Protocol', fr: '' },
        title: { en: 'Assistance to and protection of victims of trafficking in persons', fr: '' },
        label: { en: 'Trafficking in Persons Protocol, art. 6(3)', fr: '' },
        linkSymbol: null,
        citedBy: [],
      },
      [
        'Treaty article',
        'Trafficking in Persons Protocol',
        'Article 6(3) — Assistance to and protection of victims of trafficking in persons',
      ],
    ],
  ])('shows %s', (_name, data, expected) => {
    const key =
      data.type === 'treaty'
        ? 'TIP Protocol art. 6(3)'
        : data.type === 'instrument'
          ? 'COP resolution 5/2'
          : data.type === 'session'
            ? 'CTOC/COP/2010/17'
            : 'A/RES/64/293';
    const kind =
      data.type === 'treaty'
        ? 'treaty'
        : data.type === 'instrument'
          ? 'cop-instrument'
          : data.type === 'session'
            ? 'symbol'
            : 'resolution';
    show(props({ citation: makeCitation({ key, kind }), entry: { state: 'ready', data } }));
    for (const part of expected) expect(text()).toContain(part);
  });

  it.each([
    [{ state: 'loading' as const }, 'Loading…'],
    [
      { state: 'failed' as const, error: 'Could not establish connection' },
      'This card could not be loaded (Could not establish connection).',
    ],
    // The page's cap on card requests: said in words, not as the coded error.
    [
      { state: 'failed' as const, error: 'renvoi-limit: more than 50 card requests', limited: true },
      'This page has more citations than Renvoi loads cards for at once',
    ],
  ])('shows a card whose data is %o', (entry, expected) => {
    show(props({ entry }));
    expect(text()).toContain(expected);
    expect(text()).not.toContain('renvoi-limit');
    expect(buttons()).toContain('Save');
  });

  it('hides Open document when the document has no official link', () => {
    show(props({ documentUrl: null }));
    expect(buttons()).not.toContain('Open document');
  });

  it.each<[CitationCardProps['status'], string]>([
    [{ code: 'saved' }, 'Saved to your list.'],
    [{ code: 'saved-again' }, 'Already in your list; this page was added to it.'],
    [{ code: 'copied' }, 'Citation copied.'],
    [
      { code: 'save-failed', reason: 'quota', detail: 'QuotaExceededError' },
      'Your browser has no room left to save references.',
    ],
    [{ code: 'save-failed', reason: 'storage', detail: 'disk error' }, 'Saving failed (disk error).'],
    // The saved list's own wording (lib/references/saved-error-text.ts), limit included.
    [{ code: 'save-failed', reason: 'full', detail: 'x' }, 'already holds 5000 references'],
    [{ code: 'search-failed', detail: 'no window' }, 'Search could not be opened (no window).'],
  ])('announces %o', (status, expected) => {
    show(props({ status }));
    expect(document.querySelector('[role="status"]')!.textContent).toContain(expected);
  });

  /** A click as the browser reports it: the reader's own (trusted) or a page script's (`isTrusted` false). */
  const clickAs = (button: Element, isTrusted: boolean) => {
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'isTrusted', { value: isTrusted });
    button.dispatchEvent(event);
  };
  const ACTION_BUTTONS = ['Save', 'Copy citation', 'Open document', 'Search'];
  const actionButton = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === name)!;

  it('reports its buttons and focus leaving it', () => {
    const p = props();
    const dialog = show(p);
    for (const name of ACTION_BUTTONS) clickAs(actionButton(name), true);
    clickAs(document.querySelector('[aria-label="Close"]')!, true);
    expect(vi.mocked(p.onAction).mock.calls.map(([a]) => a)).toEqual(['save', 'copy', 'open', 'search', 'close']);
    dialog.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: document.body }));
    expect(p.onFocusLeave).toHaveBeenCalledTimes(1);
  });

  it.each([...ACTION_BUTTONS, 'Close'])('ignores a page script clicking %s (untrusted click or .click())', (name) => {
    const p = props();
    show(p);
    const button = name === 'Close' ? document.querySelector<HTMLElement>('[aria-label="Close"]')! : actionButton(name);
    clickAs(button, false);
    (button as HTMLElement).click();
    expect(p.onAction).not.toHaveBeenCalled();
  });

  it('adds no title attribute, so no native tooltip doubles the card', () => {
    show(props({ citation: makeCitation({ pinpoint: { paragraph: 45 }, targets: ['V.41'] }) }));
    expect(document.querySelectorAll('[title]')).toHaveLength(0);
  });

  it('renders page-like text as text', () => {
    const data = makeMeetingCard();
    if (data.type === 'meeting') data.items[0]!.text = '<img src=x onerror="window.pwned=1"> <script>1</script>';
    show(props({ entry: { state: 'ready', data } }));
    expect(document.querySelectorAll('img, script')).toHaveLength(0);
    expect(text()).toContain('<img src=x onerror="window.pwned=1">');
  });
});
