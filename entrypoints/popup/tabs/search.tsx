/** Placeholder until its issue lands. */
export function SearchTab({ initialQuery }: { initialQuery: string }) {
  return <p class="placeholder">{initialQuery}</p>;
}
