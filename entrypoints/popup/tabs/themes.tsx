import { i18n } from '#i18n';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { instrumentLabel, loadErrorMessage, themeName } from '../../../components/search/record-words';
import type { ResultEntry } from '../../../components/search/ResultCard';
import { ThemeList } from '../../../components/themes/ThemeList';
import { ThemeView, type ThemeViewGroup } from '../../../components/themes/ThemeView';
import type { SearchEngine } from '../../../lib/search';
import { describe, plainEntry, themeRef, type RecordAction } from '../../../lib/search/describe';
import { popupEngine } from '../../../lib/search/popup-engine';
import { actionsFor, runRecordAction } from '../../../lib/search/record-actions';
import { meetingBars, themeGroups } from '../../../lib/search/theme-view';
import { langOf } from '../../../lib/references/lang';

/** The open theme, kept while the popup is open (switching tabs and back returns to it). */
let keptTheme: string | null = null;

const lang = () => langOf(i18n.t('common.langCode'));

/** The Themes tab: the list of themes, or one theme with its chart and its items. */
export function ThemesTab() {
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(keptTheme);
  const [lastOpen, setLastOpen] = useState<string | null>(null);

  const [loading] = useState(popupEngine);
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
            .sort((a, b) => a.name.localeCompare(b.name, lang()))
        : [],
    [engine],
  );

  if (error) return <p class="tab-message">{error}</p>;
  if (!engine) return <p class="tab-message">{i18n.t('popup.search.loading')}</p>;

  const theme = open ? themes.find((t) => t.id === open) : undefined;
  if (!theme) {
    return (
      <ThemeList
        themes={themes}
        focusId={lastOpen}
        onOpen={(id) => {
          setOpen(id);
          setLastOpen(id);
        }}
      />
    );
  }

  const { lookup } = engine;
  const entries = (ids: string[]): ResultEntry[] => ids.flatMap((id) => plainEntry(lookup, id) ?? []);
  const groups: ThemeViewGroup[] = themeGroups(lookup, theme.id).map((g) => ({
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
  const onAction = async (id: string, action: RecordAction): Promise<string> => {
    const outcome = await runRecordAction(lookup, id, action, lang());
    return outcome.ok ? i18n.t(`popup.search.${outcome.done}`) : i18n.t('popup.search.actionFailed', [outcome.error]);
  };
  return (
    <ThemeView
      theme={theme}
      bars={meetingBars(lookup, theme.id)}
      groups={groups}
      getDetails={(id) => describe(lookup, id, lang())}
      getActions={(id) => actionsFor(lookup, id)}
      onAction={onAction}
      onTheme={(id) => setOpen(id)}
      onRecord={(id) => setOpen(lookup.theme(id) ? id : open)}
      onBack={() => setOpen(null)}
    />
  );
}
