/** Placeholder until its issue lands. */
export function ThemesTab() {
  return <p class="placeholder" />;
}
