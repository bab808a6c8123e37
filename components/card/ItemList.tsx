import { useId, useState } from 'preact/hooks';
import type { Item } from '../../corpus/schema';

/** What a list entry needs: an id, its text, and (for corpus items) its footnotes. */
export type ListItem = Pick<Item, 'id' | 'text'> & Partial<Pick<Item, 'footnotes' | 'parentItemId'>>;

export interface ItemListProps<T extends ListItem> {
  /** The entries to list, in order. */
  items: readonly T[];
  /** Every item of the document, to show an entry's sub-items when it is expanded. */
  all?: readonly T[];
  /** The visible name of an entry (`Recommendation IV.45`, `para. 8 (c)`). */
  name: (item: T) => string;
  /** Extra words after the name (`report para. 49`). */
  note?: (item: T) => string | null;
  /** Accessible name of the list. */
  label: string;
}

/** The sub-items of `parent` (and theirs), each with its name and full text. */
export function SubItems<T extends ListItem>({
  parent,
  all,
  name,
}: {
  parent: T;
  all: readonly T[];
  name: (item: T) => string;
}) {
  const children = all.filter((item) => item.parentItemId === parent.id);
  if (children.length === 0) return null;
  return (
    <ul class="rv-sub">
      {children.map((child) => (
        <li key={child.id}>
          <span class="rv-sub__name">{name(child)}</span> {child.text}
          <SubItems parent={child} all={all} name={name} />
        </li>
      ))}
    </ul>
  );
}

/**
 * Recommendations or paragraphs, each on one line (its name and the start of its text); a click or Enter expands an
 * entry to its full text, sub-items and footnotes. Texts are always rendered as text, never as markup.
 */
export function ItemList<T extends ListItem>({ items, all = items, name, note, label }: ItemListProps<T>) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  // Ids unique inside the shadow root even when one item is listed twice (pinpoint and report).
  const prefix = useId();
  const toggle = (id: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <ul class="rv-items" aria-label={label}>
      {items.map((item, index) => {
        const expanded = open.has(item.id);
        const extra = note?.(item);
        return (
          <li key={item.id} class="rv-item">
            <button
              type="button"
              class="rv-item__toggle"
              aria-expanded={expanded}
              aria-controls={expanded ? `${prefix}-${index}` : undefined}
              onClick={() => toggle(item.id)}
            >
              <span class="rv-item__name">{name(item)}</span>
              {extra ? <span class="rv-item__note"> · {extra}</span> : null}
              {expanded ? null : <span class="rv-item__line"> {item.text}</span>}
            </button>
            {expanded ? (
              <div id={`${prefix}-${index}`} class="rv-item__full">
                <p>{item.text}</p>
                <SubItems parent={item} all={all} name={name} />
                {item.footnotes?.map((f) => (
                  <p key={f.number} class="rv-footnote">
                    <sup>{f.number}</sup> {f.text}
                  </p>
                ))}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
