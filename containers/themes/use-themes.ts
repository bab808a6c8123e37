import { i18n } from '#i18n';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { instrumentLabel, loadErrorMessage, themeName } from '../../components/search/record-words';
import type { ResultEntry } from '../../components/search/ResultCard';
import type { ThemeListProps } from '../../components/themes/ThemeList';
import type { ThemeViewGroup, ThemeViewProps } from '../../components/themes/ThemeView';
import type { SearchEngine } from '../../lib/search';
import type { CorpusLookup } from '../../lib/search/corpus-data';
import { describe, plainEntry, themeRef } from '../../lib/search/describe';
import { actionsFor } from '../../lib/search/record-actions';
import { meetingBars, themeGroups } from '../../lib/search/theme-view';
import { actionText, POPUP_RECORDS, uiLang, type RecordServices } from '../search/record-services';

/** The open theme, kept while the popup is open (switching tabs and back returns to it). */
let keptTheme: string | null = null;

/** Forgets the open theme (a new popup starts on the list; tests start each case afresh). */
export function forgetTheme(): void {
  keptTheme = null;
}

/** What the Themes tab shows: a message (loading, or the corpus could not be read), the list, or one theme. */
export type ThemesState =
  | { kind: 'message'; text: string }
  | { kind: 'list'; props: ThemeListProps }
  | { kind: 'theme'; props: ThemeViewProps };

/** A theme's items grouped by meeting and COP session, each heading in words. */
function groupsOf(lookup: CorpusLookup, themeId: string): ThemeViewGroup[] {
  const entries = (ids: string[]): ResultEntry[] => ids.flatMap((id) => plainEntry(lookup, id) ?? []);
  return themeGroups(lookup, themeId).map((g) => ({
    id: g.id,
    heading:
      g.type === 'meeting'
        ? i18n.t('popup.themes.groupMeeting', [g.id, String(g.year)])
        : i18n.t('popup.themes.groupSession', [
            String(g.ordinal),
            String(g.year),
            g.instruments.map((i) => instrumentLabel(i.kind, i.id)).join(', '),
          ]),
    entries: entries(g.itemIds),
  }));
}

/** The Themes tab's container: the list of themes, or one theme with its chart and its items. */
export function useThemes(services: RecordServices = POPUP_RECORDS): ThemesState {
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(keptTheme);
  const [lastOpen, setLastOpen] = useState<string | null>(null);

  const [loading] = useState(services.engine);
  useEffect(() => {
    loading.then(setEngine, (e: unknown) => setError(loadErrorMessage(e)));
  }, [loading]);
  useEffect(() => {
    keptTheme = open;
  }, [open]);

  const themes = useMemo(
    () =>
      engine
        ? engine.lookup.data.themes
            .map((t) => ({ ...themeName(themeRef(t)), id: t.id, count: t.itemIds.length }))
            .sort((a, b) => a.name.localeCompare(b.name, uiLang()))
        : [],
    [engine],
  );

  if (error) return { kind: 'message', text: error };
  if (!engine) return { kind: 'message', text: i18n.t('popup.search.loading') };

  const theme = open ? themes.find((t) => t.id === open) : undefined;
  if (!theme) {
    const onOpen = (id: string) => {
      setOpen(id);
      setLastOpen(id);
    };
    return { kind: 'list', props: { themes, focusId: lastOpen, onOpen } };
  }

  const { lookup } = engine;
  return {
    kind: 'theme',
    props: {
      theme,
      bars: meetingBars(lookup, theme.id),
      groups: groupsOf(lookup, theme.id),
      getDetails: (id) => describe(lookup, id, uiLang()),
      getActions: (id) => actionsFor(lookup, id),
      onAction: async (id, action) => actionText(await services.runAction(lookup, id, action, uiLang())),
      onTheme: (id) => setOpen(id),
      onRecord: (id) => setOpen(lookup.theme(id) ? id : open),
      onBack: () => setOpen(null),
    },
  };
}
