import { i18n } from '#i18n';
import type { ImportProblem } from '../../lib/export/import';
import { parseSavedError } from '../../lib/messaging/saved-errors';
import { savedErrorText } from '../../lib/references/saved-error-text';

/** A failed saved-list request as a sentence in the user's language; every one says that nothing saved was lost. */
export function savedErrorMessage(error: unknown): string {
  const { code, detail } = parseSavedError(error instanceof Error ? error.message : String(error));
  return savedErrorText(code, detail);
}

/** Why an import file was refused, naming the problem. */
export function importProblemMessage(problem: ImportProblem): string {
  switch (problem.code) {
    case 'too-large':
      return i18n.t('saved.importProblem.tooLarge', [String(problem.limitBytes / 1024 / 1024)]);
    case 'not-json':
      return i18n.t('saved.importProblem.notJson', [problem.detail.slice(0, 200)]);
    case 'wrong-format':
      return i18n.t('saved.importProblem.wrongFormat');
    case 'wrong-version':
      return i18n.t('saved.importProblem.wrongVersion', [problem.version]);
    case 'too-many':
      return i18n.t('saved.importProblem.tooMany', [String(problem.count), String(problem.limit)]);
    case 'invalid-entry':
      return i18n.t('saved.importProblem.invalidEntry', [problem.detail.slice(0, 300)]);
  }
}
