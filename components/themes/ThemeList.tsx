import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';

export interface ThemeListProps {
  /** `name` in the interface language; `french`, the index's own name, when it differs. */
  themes: { id: string; name: string; french?: string | null; count: number }[];
  onOpen: (id: string) => void;
  /** The theme to put focus on (coming back from its view). */
  focusId?: string | null;
}

/** Every theme with its number of items; ↑ ↓ Home End move between them, Enter opens one. */
export function ThemeList({ themes, onOpen, focusId }: ThemeListProps) {
  const list = useRef<HTMLUListElement>(null);
  const buttons = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  useEffect(() => {
    if (focusId)
      buttons()
        .find((b) => b.dataset.theme === focusId)
        ?.focus();
  }, [focusId]);
  const onKeyDown = (event: KeyboardEvent) => {
    const all = buttons();
    const index = all.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const next =
      event.key === 'ArrowDown'
        ? Math.min(index + 1, all.length - 1)
        : event.key === 'ArrowUp'
          ? Math.max(index - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? all.length - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    all[next]?.focus();
  };
  return (
    <div class="themes">
      <p class="themes__count">{i18n.t('popup.themes.count', [String(themes.length)])}</p>
      <ul class="themes__list" aria-label={i18n.t('popup.themes.listLabel')} ref={list} onKeyDown={onKeyDown}>
        {themes.map((theme) => (
          <li key={theme.id}>
            <button type="button" class="themes__item" data-theme={theme.id} onClick={() => onOpen(theme.id)}>
              <span class="themes__names">
                <span class="themes__name">{theme.name}</span>
                {theme.french && (
                  <span class="themes__french" lang="fr">
                    {theme.french}
                  </span>
                )}
              </span>
              <span class="themes__items">{i18n.t('popup.themes.items', theme.count)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
