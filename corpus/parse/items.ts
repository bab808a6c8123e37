/** Turns outline nodes into items with ids, parents, children, markers, levels and clean text. */
import type { ItemKind } from '../schema';
import { cleanText } from './clean-text';
import type { OutlineNode } from './outline';
import type { ParsedItem } from './parse-types';

export interface ItemNaming {
  kind: ItemKind;
  /** Meeting id or instrument id. */
  parentId: string;
  /** Id of an item from its path: `IV` + [45, b] → `IV.45.b`; `4/4` + [o, ii] → `4/4:o.ii`. */
  idOf: (path: string[]) => string;
}

/** Printed marker: `45.` for numbers, `b)` / `iv)` otherwise. */
function markerOf(node: OutlineNode): string {
  return node.kind === 'number' ? `${node.value}.` : `${node.value})`;
}

/** Flattens outline nodes depth-first (parents before children) into items. */
export function outlineToItems(nodes: OutlineNode[], naming: ItemNaming): ParsedItem[] {
  const out: ParsedItem[] = [];
  const visit = (node: OutlineNode, parentPath: string[], parentItemId: string | null): string => {
    const path = [...parentPath, node.value];
    const id = naming.idOf(path);
    const clean = cleanText(node.parts.join(' '));
    const item: ParsedItem = {
      id,
      kind: naming.kind,
      parentId: naming.parentId,
      parentItemId,
      childIds: [],
      marker: markerOf(node),
      level: path.length,
      text: clean.text,
      footnoteNumbers: clean.footnotes,
      path,
      line: node.line,
    };
    out.push(item);
    item.childIds = node.children.map((child) => visit(child, path, id));
    return id;
  };
  for (const node of nodes) visit(node, [], null);
  return out;
}
