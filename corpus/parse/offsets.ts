/**
 * Report paragraph ↔ compendium number. Within one meeting the report paragraph is the recommendation number plus a
 * constant offset (letters and romans carry over); the offset is derived from the index rows of that meeting (the most
 * frequent difference) and then verified on every row by validation.
 */
import type { IndexLink, RowCheck } from './index-links';

/** Meeting id → offset, from the first reference and first paragraph of each single-meeting row. */
export function deriveOffsets(checks: RowCheck[]): Map<string, number> {
  const votes = new Map<string, Map<number, number>>();
  for (const check of checks) {
    const first = check.links[0];
    const paragraph = check.read.ok ? check.read.paths[0] : undefined;
    if (!first || first.part !== 'A' || !paragraph || check.links.some((l) => l.unit !== first.unit)) continue;
    const diff = Number(paragraph.split('.')[0]) - Number(first.segs[0]);
    if (!Number.isInteger(diff)) continue;
    const tally = votes.get(first.unit) ?? new Map<number, number>();
    tally.set(diff, (tally.get(diff) ?? 0) + 1);
    votes.set(first.unit, tally);
  }
  const offsets = new Map<string, number>();
  for (const [unit, tally] of votes) {
    const best = [...tally].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    if (best) offsets.set(unit, best[0]);
  }
  return offsets;
}

/** The report paragraph path of a linked item (`IV.46.j.iv` with offset 5 → `51.j.iv`; `5/2:8.c` → `8.c`). */
export function expectedParagraph(link: IndexLink, offsets: Map<string, number>): string | null {
  if (link.part === 'B') return link.segs.join('.');
  const offset = offsets.get(link.unit);
  if (offset === undefined) return null;
  return [String(Number(link.segs[0]) + offset), ...link.segs.slice(1)].join('.');
}

/** Report paragraph of a recommendation from its path: `['45', 'b']` with offset 4 → `49.b`. */
export function reportParagraphOf(path: string[], offset: number | null): string | null {
  if (offset === null) return null;
  return [String(Number(path[0]) + offset), ...path.slice(1)].join('.');
}
