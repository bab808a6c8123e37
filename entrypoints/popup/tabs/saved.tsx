import { browser } from 'wxt/browser';
import { SavedView } from '../../../components/saved/SavedView';
import { useSavedList } from '../../../containers/saved/use-saved-list';
import '../../../components/styles/saved.css';

/** The popup's Saved tab: the saved list, with a button that opens the same list in a tab for long lists. */
export function SavedTab() {
  const list = useSavedList();
  return (
    <SavedView
      {...list}
      onOpenFullPage={() => void browser.tabs.create({ url: browser.runtime.getURL('/saved.html') })}
      helpHref={browser.runtime.getURL('/welcome.html')}
    />
  );
}
