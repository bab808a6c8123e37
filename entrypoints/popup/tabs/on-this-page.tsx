import { PageCitations } from '../../../components/page/PageCitations';
import { usePageCitations } from '../../../containers/page/use-page-citations';

/** "On this page": the citations the tab's content script found (containers/page/), on the presentational view. */
export function OnThisPageTab() {
  return <PageCitations {...usePageCitations()} />;
}
