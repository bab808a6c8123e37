import { SearchView } from '../../../components/search/SearchView';
import { useSearch } from '../../../containers/search/use-search';

/** The Search tab: the search container's props on the presentational view. */
export function SearchTab({ initialQuery }: { initialQuery: string }) {
  return <SearchView {...useSearch(initialQuery)} />;
}
