import type { Highlighted } from '../../lib/search/highlight';

/** Text with its matching words in `<mark>` (ranges are sorted and disjoint). */
export function Highlight({ text, ranges }: Highlighted) {
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
