import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../tooling/browsers/launch';
import { startBrowser, type BrowserFixture } from '../../tooling/browsers/fixtures';
import { cardOf, closeCard, eventually, markTexts, marks, openCard, waitForScan } from './hover-cards-helpers';

/**
 * What the card of each key found in the sample documents must say (English interface). Every mark of every
 * sample document is hovered; its card must be named after a key of this table and show these texts.
 */
const EXPECTED: Record<string, (string | RegExp)[]> = {
  'COP decision 1/5': ['COP decision', 'Decision 1/5', 'published in CTOC/COP/2004/6', 'Paragraphs'],
  'COP decision 3/3': ['Decision 3/3', 'published in CTOC/COP/2006/14'],
  'COP decision 4/4': ['Decision 4/4 — Traite des êtres humains', '4th session of the Conference of the Parties, 2008'],
  'COP resolution 5/2': ['COP resolution', 'Resolution 5/2', 'published in CTOC/COP/2010/17'],
  'CTOC/COP/WG.4/2011/8': [
    'Working Group report',
    '4th meeting of the Working Group on Trafficking in Persons',
    // Chromium's en-GB date ranges put thin spaces around the dash.
    /Vienna, 10\s?–\s?12 October 2011/,
    '46 recommendations',
    'Recommendation IV.1',
    'Themes',
  ],
  'CTOC/COP/2012/1': ['Conference of the Parties document, 2012 (CTOC/COP/2012/1)', 'not bundled'],
  'CTOC/COP/2008/8': ['Conference of the Parties document, 2008 (CTOC/COP/2008/8)', 'not bundled'],
  'CTOC/COP/2008/9': ['Conference of the Parties document, 2008 (CTOC/COP/2008/9)', 'not bundled'],
  'CTOC/COP/2008/11': ['Conference of the Parties document, 2008 (CTOC/COP/2008/11)', 'not bundled'],
  'A/RES/55/25': ['General Assembly resolution 55/25 (A/RES/55/25)', 'United Nations General Assembly', 'not bundled'],
  'A/RES/61/144': [
    'General Assembly resolution 61/144 (A/RES/61/144)',
    'Cited by',
    'Resolution 5/2, preambular para. 2',
  ],
  'A/RES/61/180': ['General Assembly resolution 61/180 (A/RES/61/180)', 'not bundled'],
  'UNTOC art. 32': [
    'United Nations Convention against Transnational Organized Crime',
    'Article 32 — Conference of the Parties to the Convention',
  ],
  'UNTOC art. 32(3)': ['Article 32(3) — Conference of the Parties to the Convention'],
  'TIP Protocol art. 5': ['Trafficking in Persons Protocol', 'Article 5 — Criminalization'],
  'TIP Protocol art. 6': ['Article 6 — Assistance to and protection of victims of trafficking in persons'],
  'TIP Protocol art. 9': ['Article 9 — Prevention of trafficking in persons'],
  'TIP Protocol art. 9(5)': ['Article 9(5) — Prevention of trafficking in persons'],
};

const SAMPLES = [
  {
    path: '/decision-1-5.html',
    keys: [
      'COP decision 1/5',
      'UNTOC art. 32',
      'TIP Protocol art. 5',
      'TIP Protocol art. 6',
      'TIP Protocol art. 9',
      'A/RES/55/25',
    ],
  },
  {
    path: '/draft-resolution-2008.html',
    keys: [
      'UNTOC art. 32',
      'COP decision 3/3',
      'A/RES/61/144',
      'A/RES/61/180',
      'CTOC/COP/2008/8',
      'CTOC/COP/2008/9',
      'CTOC/COP/2008/11',
      'TIP Protocol art. 9(5)',
      'UNTOC art. 32(3)',
    ],
  },
  {
    path: '/note-secretariat-2012.html',
    keys: ['COP decision 4/4', 'UNTOC art. 32(3)', 'COP resolution 5/2', 'CTOC/COP/WG.4/2011/8', 'CTOC/COP/2012/1'],
  },
  { path: '/note-verbale-2009.html', keys: ['COP decision 4/4'] },
];

/** The key named by a card's accessible name (`Renvoi card: <key>`). */
const keyOfCard = (label: string | null) => label?.replace(/^Renvoi card: /, '') ?? '';

describe('hover cards on the sample documents (en-US)', () => {
  let browser: BrowserFixture;
  beforeAll(async () => {
    browser = await startBrowser({ lang: 'en-US' });
  });
  afterAll(async () => browser?.close());

  it.each(SAMPLES)('every citation of $path gets a card with the right content', async ({ path, keys }) => {
    const page = await browser.session.context.newPage();
    await page.goto(browser.server.url(path));
    await waitForScan(browser.session, page);
    const seen = new Set<string>();
    const count = (await marks(page)).length;
    for (let i = 0; i < count; i++) {
      // Scroll the i-th mark into view, point at it, read its card.
      const text = (await markTexts(page))[i]!;
      const index = (await markTexts(page)).slice(0, i).filter((t) => t === text).length;
      const card = await openCard(page, text, index);
      const key = keyOfCard(await card.getAttribute('aria-label'));
      expect(keys, `card of "${text}"`).toContain(key);
      await eventually(() => card.textContent()).not.toContain('Loading');
      const content = (await card.textContent()) ?? '';
      for (const expected of EXPECTED[key] ?? []) {
        if (typeof expected === 'string') expect(content, `card of ${key}`).toContain(expected);
        else expect(content, `card of ${key}`).toMatch(expected);
      }
      seen.add(key);
      await closeCard(page);
    }
    expect([...seen].sort()).toEqual([...keys].sort());
    await page.close();
  });
});

describe('hover cards on markup (en-US)', () => {
  let browser: BrowserFixture;
  beforeAll(async () => {
    browser = await startBrowser({ lang: 'en-US' });
  });
  afterAll(async () => browser?.close());

  const open = async () => {
    const page = await browser.session.context.newPage();
    await page.goto(browser.server.url('/citations-in-markup.html'));
    await waitForScan(browser.session, page);
    return page;
  };

  it('finds a citation split across inline elements, and one whose words are in different elements', async () => {
    const page = await open();
    const texts = await markTexts(page);
    expect(texts).toContain('CTOC/COP/WG.4/2011/8');
    expect(texts).toContain('résolution 5/2');
    const card = await openCard(page, 'CTOC/COP/WG.4/2011/8');
    expect(await card.getAttribute('aria-label')).toBe('Renvoi card: CTOC/COP/WG.4/2011/8');
    await eventually(() => card.textContent()).toContain('4th meeting of the Working Group on Trafficking in Persons');
    await page.close();
  });

  it.each([
    {
      text: 'CTOC/COP/WG.4/2013/5, par. 45',
      first: 'Recommendation V.41 · report para. 45',
      passage:
        'Le Groupe de travail sur la traite des personnes a prié le Secrétariat de créer et de tenir à jour une liste',
      list: 'Recommendations',
    },
    {
      text: 'paragraph 8 (b) of resolution 5/2',
      first: 'para. 8 (b)',
      passage:
        'Établir ou renforcer la coopération interorganisations et la coordination entre les autorités compétentes',
      list: 'Paragraphs',
    },
  ])('shows the exact paragraph of a pinpoint first: $text', async ({ text, first, passage, list }) => {
    const page = await open();
    const card = await openCard(page, text);
    await eventually(() => card.textContent()).toContain('Cited paragraph');
    const content = (await card.textContent()) ?? '';
    // The cited paragraph, with its id and full text, comes before the document's own list.
    const cited = content.indexOf('Cited paragraph');
    expect(content.indexOf(first, cited)).toBeGreaterThan(cited);
    expect(content.indexOf(passage, cited)).toBeGreaterThan(cited);
    expect(content.indexOf(passage, cited)).toBeLessThan(content.indexOf(list, cited));
    await page.close();
  });

  it.each([
    {
      text: 'décision 4/1 de la Conférence',
      says: ['COP decision 4/1', 'Published in the session report CTOC/COP/2008/19.', 'not bundled'],
    },
    {
      text: "paragraphe 44 de la résolution 64/293 de l'Assemblée générale",
      says: ['General Assembly resolution 64/293 (A/RES/64/293)', 'Cited by', 'Resolution 5/2'],
    },
    {
      text: "paragraphe 6 de l'article 6 du Protocole relatif à la traite des personnes",
      says: [
        'Trafficking in Persons Protocol',
        'Article 6(6) — Assistance to and protection of victims of trafficking in persons',
      ],
    },
  ])('says what a document outside the corpus is: $text', async ({ text, says }) => {
    const page = await open();
    const card = await openCard(page, text);
    await eventually(() => card.textContent()).not.toContain('Loading');
    const content = (await card.textContent()) ?? '';
    for (const expected of says) expect(content).toContain(expected);
    await page.close();
  });

  it('does not mark citations in inputs, text areas, selects or editable areas', async () => {
    const page = await open();
    const texts = await markTexts(page);
    // Each of these is only in a field or an editable area.
    expect(texts).not.toContain('décision 3/3');
    expect(texts).not.toContain('décision 1/5');
    expect(texts.filter((t) => t === 'CTOC/COP/WG.4/2011/8')).toHaveLength(1);
    expect(texts.filter((t) => t === 'résolution 5/2')).toHaveLength(1);
    await page.close();
  });

  it('keeps script-like text next to a citation as text', async () => {
    const page = await open();
    const card = await openCard(page, 'décision 4/4');
    await eventually(() => card.textContent()).toContain('Decision 4/4');
    expect(await page.evaluate(() => (window as { renvoiPwned?: number }).renvoiPwned)).toBeUndefined();
    expect(await page.locator('[data-renvoi-ui]').locator('img, script').count()).toBe(0);
    await page.close();
  });

  it('is a named dialog with named buttons, announced, and axe finds no violations in it', async () => {
    const page = await open();
    const card = await openCard(page, 'résolution 5/2');
    await eventually(() => card.textContent()).toContain('Resolution 5/2');
    expect(await card.getAttribute('role')).toBe('dialog');
    expect(await card.getAttribute('aria-label')).toContain('COP resolution 5/2');
    for (const name of ['Save', 'Copy citation', 'Open document']) {
      await eventually(() => card.getByRole('button', { name, exact: true }).count()).toBe(1);
    }
    expect(await page.locator('[data-renvoi-ui] [aria-live="polite"]').innerText()).toContain('COP resolution 5/2');
    // Expand a paragraph so the expanded state is checked too.
    await card.getByRole('button', { name: /^para\. 8/ }).click();
    await page.addScriptTag({ path: join(PROJECT_ROOT, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const host = document.querySelector('[data-renvoi-ui]')!;
      const result = await (
        window as unknown as {
          axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
        }
      ).axe.run({ include: [[host]] }, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('hover cards in French', () => {
  let browser: BrowserFixture;
  beforeAll(async () => {
    browser = await startBrowser({ lang: 'fr' });
  });
  afterAll(async () => browser?.close());

  it('speaks French', async () => {
    const page = await browser.session.context.newPage();
    await page.goto(browser.server.url('/note-secretariat-2012.html'));
    const card = await openCard(page, 'CTOC/COP/WG.4/2011/8');
    expect(await card.getAttribute('aria-label')).toBe('Fiche Renvoi : CTOC/COP/WG.4/2011/8');
    await eventually(() => card.textContent()).toContain('4e réunion du Groupe de travail sur la traite des personnes');
    const content = await card.textContent();
    expect(content).toMatch(/Vienne, 10\s?–\s?12 octobre 2011/);
    for (const name of ['Enregistrer', 'Copier la référence', 'Ouvrir le document']) {
      expect(await cardOf(page).getByRole('button', { name, exact: true }).count()).toBe(1);
    }
    await page.close();
  });
});
