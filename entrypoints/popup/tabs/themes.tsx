import { ThemeList } from '../../../components/themes/ThemeList';
import { ThemeView } from '../../../components/themes/ThemeView';
import { useThemes } from '../../../containers/themes/use-themes';

/** The Themes tab: the list of themes, or one theme with its chart and its items (containers/themes/). */
export function ThemesTab() {
  const state = useThemes();
  if (state.kind === 'message') return <p class="tab-message">{state.text}</p>;
  return state.kind === 'list' ? <ThemeList {...state.props} /> : <ThemeView {...state.props} />;
}
