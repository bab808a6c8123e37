// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { ImportProblem } from '../../lib/export/import';
import { SavedListError } from '../../lib/messaging/saved-errors';
import { importProblemMessage, savedErrorMessage } from '../../containers/saved/messages';
import { useLocale } from '../factories/i18n';

describe('saved-list messages for the user', () => {
  beforeEach(() => useLocale('en'));

  it.each([
    [new SavedListError('quota', 'QuotaExceededError'), /no room left.*Nothing already saved was lost/],
    [new SavedListError('blocked', 'DatabaseClosedError'), /busy or blocked.*Nothing already saved was lost/],
    [new SavedListError('invalid', 'save.key must not be empty'), /could not be saved: save\.key must not be empty/],
    [new SavedListError('not-found', 'x'), /removed in another window/],
    [new SavedListError('full', 'x'), /already holds 5000 references/],
    [new Error('Receiving end does not exist'), /Saving failed \(Receiving end does not exist\)\. Nothing already/],
  ])('%o', (error, expected) => {
    expect(savedErrorMessage(error)).toMatch(expected);
  });

  it.each<[ImportProblem, RegExp]>([
    [{ code: 'too-large', limitBytes: 5 * 1024 * 1024 }, /larger than 5 MB.*Nothing was imported/],
    [{ code: 'not-json', detail: 'Unexpected end of JSON input' }, /not valid JSON \(Unexpected end of JSON input\)/],
    [{ code: 'wrong-format' }, /not a Renvoi saved-list export/],
    [{ code: 'wrong-version', version: '2' }, /format version 2, which this version of Renvoi cannot read/],
    [{ code: 'too-many', count: 6000, limit: 5000 }, /holds 6000 references; at most 5000/],
    [
      { code: 'invalid-entry', detail: 'entries[3].note must be a string' },
      /damaged \(entries\[3\]\.note must be a string\)/,
    ],
  ])('names the import problem %o', (problem, expected) => {
    expect(importProblemMessage(problem)).toMatch(expected);
  });

  it('says it in French too', async () => {
    await useLocale('fr');
    expect(importProblemMessage({ code: 'wrong-format' })).toBe(
      'Ce fichier n’est pas un export de la liste de Renvoi (JSON). Rien n’a été importé.',
    );
  });
});
