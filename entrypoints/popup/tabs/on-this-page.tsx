/** Placeholder until its issue lands. */
export function OnThisPageTab() {
  return <p class="placeholder" />;
}
