import type { SaveRequest, SavedReference } from '../../lib/references/saved-types';

/** A Save request as a hover card sends it; pass what the test cares about. */
export function makeSaveRequest(overrides: Partial<SaveRequest> = {}): SaveRequest {
  return {
    key: 'CTOC/COP/WG.4/2011/8',
    kind: 'symbol',
    label: 'Working Group report, 2011 (CTOC/COP/WG.4/2011/8)',
    targets: ['IV'],
    sighting: { url: 'https://example.org/a.html', title: 'Page A', context: 'As the report says.' },
    ...overrides,
  };
}

/** A stored entry with sensible defaults. */
export function makeSavedReference(overrides: Partial<SavedReference> = {}): SavedReference {
  const key = overrides.key ?? 'CTOC/COP/WG.4/2011/8';
  return {
    id: `${key}#`,
    key,
    kind: 'symbol',
    label: `Label of ${key}`,
    targets: [],
    sightings: [],
    note: '',
    order: 0,
    savedAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}
