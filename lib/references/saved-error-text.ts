import { i18n } from '#i18n';
import { SAVED_LIMITS } from './limits';
import type { SavedErrorCode } from './saved-types';

/**
 * A saved-list failure as a sentence in the user's language: the one wording the hover card's status line and the
 * saved list share. Every sentence says that nothing already saved was lost; `detail` (the technical cause) is shown
 * where it helps the reader (an invalid entry, an unexpected storage error).
 */
export function savedErrorText(code: SavedErrorCode, detail: string): string {
  switch (code) {
    case 'quota':
      return i18n.t('saved.error.quota');
    case 'blocked':
      return i18n.t('saved.error.blocked');
    case 'invalid':
      return i18n.t('saved.error.invalid', [detail]);
    case 'not-found':
      return i18n.t('saved.error.notFound');
    case 'full':
      return i18n.t('saved.error.full', [String(SAVED_LIMITS.entries)]);
    case 'note-too-long':
      return i18n.t('saved.error.noteTooLong', [String(SAVED_LIMITS.note)]);
    case 'storage':
      return i18n.t('saved.error.storage', [detail]);
  }
}
