import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveSelection } from '../../../lib/background/save-menu';
import { listSaved } from '../../../lib/db/saved';
import { makeServices } from '../../factories/services';

const noData = async () => undefined;

describe('Save to Renvoi (context menu)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves the first citation of the selection with the page where it was selected', async () => {
    const services = makeServices();
    const entry = await saveSelection(
      services,
      {
        selectionText: 'Voir la résolution 5/2 de la Conférence, et le document A/RES/64/293.',
        pageUrl: 'https://example.org/page.html',
        pageTitle: 'A page',
        tabId: 3,
      },
      noData,
    );
    expect(entry).toMatchObject({
      key: 'COP resolution 5/2',
      kind: 'cop-instrument',
      label: 'Conference of the Parties resolution 5/2, 2010 (CTOC/COP/2010/17)',
      sightings: [{ url: 'https://example.org/page.html', title: 'A page', context: expect.stringContaining('5/2') }],
    });
    expect((await listSaved(services.db)).map((e) => e.key)).toEqual(['COP resolution 5/2']);
  });

  it('keeps the pinpoint of the selected citation', async () => {
    const services = makeServices();
    const entry = await saveSelection(
      services,
      {
        selectionText: 'paragraphe 8 c) de la résolution 5/2',
        pageUrl: 'https://example.org/',
        pageTitle: 'Groupe de travail sur la traite des personnes (CTOC/COP/WG.4/2011/8)',
      },
      noData,
    );
    expect(entry).toMatchObject({ key: 'COP resolution 5/2', pinpoint: { paragraph: 8, subparagraph: 'c' } });
  });

  // A bare `résolution 5/2` fits the COP and the Human Rights Council: the page says whose, or nothing is saved.
  it.each([
    [
      'a page about UNTOC',
      'Convention des Nations Unies contre la criminalité transnationale organisée',
      'COP resolution 5/2',
    ],
    ['a Human Rights Council resolution', 'Resolution adopted by the Human Rights Council', 'A/HRC/RES/5/2'],
    ['a page that does not say', 'Actualités', null],
  ])('reads a bare resolution by its page: %s', async (_, pageTitle, key) => {
    const entry = await saveSelection(
      makeServices(),
      { selectionText: 'la résolution 5/2', pageUrl: 'https://example.org/', pageTitle },
      noData,
    );
    expect(entry?.key ?? null).toBe(key);
  });

  it('saves without a page when the selection is not on a web page', async () => {
    const services = makeServices();
    const entry = await saveSelection(
      services,
      { selectionText: 'CTOC/COP/WG.4/2011/8', pageUrl: 'file:///x.pdf' },
      noData,
    );
    expect(entry).toMatchObject({ key: 'CTOC/COP/WG.4/2011/8', sightings: [] });
  });

  it.each([[''], ['No citation in this sentence.'], [undefined]])(
    'does nothing visible for %o',
    async (selectionText) => {
      const services = makeServices();
      const log = vi.spyOn(console, 'info').mockImplementation(() => undefined);
      expect(await saveSelection(services, { selectionText, pageUrl: 'https://example.org/' }, noData)).toBeNull();
      expect(await services.db.saved.count()).toBe(0);
      expect(log).toHaveBeenCalledOnce();
    },
  );
});
