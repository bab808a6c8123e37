import { describe, expect, it } from 'vitest';
import { readSaveRequest } from '../../../lib/references/entry-schema';
import { SAVED_LIMITS } from '../../../lib/references/limits';
import { saveRequest, type SaveInput } from '../../../lib/references/save-request';

const citation = (more: Partial<SaveInput> = {}): SaveInput => ({
  key: 'CTOC/COP/WG.4/2013/5',
  kind: 'symbol',
  targets: ['V.41'],
  ...more,
});
const page = { url: 'https://www.unodc.org/page', title: 'A page', context: 'Voir CTOC/COP/WG.4/2013/5, par. 45.' };

describe('saveRequest (hover card, search result, "Save to Renvoi" menu)', () => {
  it('sends the citation, its label, its pinpoint and the page where it was seen', () => {
    expect(saveRequest(citation({ pinpoint: { paragraph: 45 } }), 'Working Group report', page)).toEqual({
      key: 'CTOC/COP/WG.4/2013/5',
      kind: 'symbol',
      label: 'Working Group report',
      pinpoint: { paragraph: 45 },
      targets: ['V.41'],
      sighting: page,
    });
  });

  it('sends no pinpoint and no sighting when there are none (saved from the popup)', () => {
    expect(saveRequest(citation(), '')).toEqual({
      key: 'CTOC/COP/WG.4/2013/5',
      kind: 'symbol',
      label: '',
      targets: ['V.41'],
    });
  });

  it.each([
    ['file:///home/report.html'],
    ['about:blank'],
    ['javascript:alert(1)'],
    ['not a url'],
    [`https://example.org/${'a'.repeat(SAVED_LIMITS.url)}`],
  ])('keeps no sighting for %s (the list keeps whole web addresses only)', (url) => {
    expect(saveRequest(citation(), '', { ...page, url }).sighting).toBeUndefined();
  });

  it('cuts what is longer than the list keeps, so the background accepts every save', () => {
    const request = saveRequest(
      citation({ targets: Array.from({ length: SAVED_LIMITS.targets + 5 }, (_, i) => `IV.${i}`) }),
      '',
      { ...page, title: 't'.repeat(SAVED_LIMITS.title + 1), context: 'c'.repeat(SAVED_LIMITS.context + 1) },
    );
    expect(request.targets).toHaveLength(SAVED_LIMITS.targets);
    expect(request.sighting?.title).toHaveLength(SAVED_LIMITS.title);
    expect(request.sighting?.context).toHaveLength(SAVED_LIMITS.context);
    expect(readSaveRequest(request, 'save').ok).toBe(true);
  });
});
