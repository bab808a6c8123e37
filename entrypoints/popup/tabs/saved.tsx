/** Placeholder until its issue lands. */
export function SavedTab() {
  return <p class="placeholder" />;
}
