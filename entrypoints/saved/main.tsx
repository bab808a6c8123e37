import { render } from 'preact';
import { i18n } from '#i18n';
import { SavedView } from '../../components/saved/SavedView';
import { useSavedList } from '../../containers/saved/use-saved-list';

/** The saved list in a tab of its own, for long lists (opened from the popup's Saved tab). */
function SavedPage() {
  return (
    <>
      <h1 class="saved-page__title">{i18n.t('saved.heading')}</h1>
      <SavedView {...useSavedList()} />
    </>
  );
}

document.documentElement.lang = i18n.t('common.langCode');
document.title = i18n.t('saved.pageTitle');
render(<SavedPage />, document.getElementById('app')!);
