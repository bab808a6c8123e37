import { describe, expect, it } from 'vitest';
import { createResolverData, findCitations } from '../../../lib/citations';
import { parseResolverWire, resolverFromWire, resolverToWire } from '../../../lib/cards/resolver-wire';
import { makeCorpus, makeMeeting } from '../../factories/corpus';

describe('resolver wire', () => {
  const corpus = makeCorpus({
    meetings: [
      ...makeCorpus().meetings,
      // Two meetings in one year and one without a symbol: both must survive the trip.
      makeMeeting('III', { ordinal: 3, year: 2010, reportSymbol: null }),
      makeMeeting('II', { ordinal: 2, year: 2010, reportSymbol: 'CTOC/COP/WG.4/2010/6' }),
    ],
  });

  it('rebuilds exactly the data the engine builds from the corpus, through JSON', () => {
    const data = createResolverData(corpus);
    const wire = JSON.parse(JSON.stringify(resolverToWire(data))) as unknown;
    expect(resolverFromWire(parseResolverWire(wire)!)).toEqual(data);
  });

  it('resolves a pinpoint the same way with the rebuilt data', () => {
    const text = 'Voir CTOC/COP/WG.4/2013/5, par. 45, et la résolution 5/2.';
    const rebuilt = resolverFromWire(resolverToWire(createResolverData(corpus)));
    expect(findCitations(text, rebuilt)).toEqual(findCitations(text, createResolverData(corpus)));
    expect(findCitations(text, rebuilt)[0]?.targets).toEqual(['V.41']);
  });

  it.each([
    null,
    'x',
    {},
    { itemIds: [1], meetings: [], sessions: [], instruments: [] },
    { itemIds: [], meetings: [{}] },
  ])('refuses malformed %j', (raw) => {
    expect(parseResolverWire(raw)).toBeNull();
  });
});
