import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, sanitiseSettings } from '../../../lib/settings/values';

describe('the "Open PDFs in Renvoi" setting', () => {
  it('defaults to UN document sites', () => {
    expect(DEFAULT_SETTINGS.pdfOpen).toBe('un-sites');
    expect(sanitiseSettings({}).pdfOpen).toBe('un-sites');
  });

  it.each([
    ['all', 'all'],
    ['ask', 'ask'],
    ['un-sites', 'un-sites'],
    ['always', 'un-sites'],
    [1, 'un-sites'],
    [null, 'un-sites'],
  ])('reads a stored %o as %s, keeping the other settings', (stored, expected) => {
    expect(sanitiseSettings({ ...DEFAULT_SETTINGS, dwellMs: 500, pdfOpen: stored })).toEqual({
      ...DEFAULT_SETTINGS,
      dwellMs: 500,
      pdfOpen: expected,
    });
  });
});
