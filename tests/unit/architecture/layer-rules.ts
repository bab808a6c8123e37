import { LAYERS, type Layer } from '../../../eslint.config.js';
import { APP_FOLDERS, type ImportEdge } from './import-graph';

export type { Layer } from '../../../eslint.config.js';

/** Whether a path is `folder` or inside it. */
export const within = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

/** A table name is a project folder (`lib/db`, `components`) or else a package (`dexie`, `wxt`, `#i18n`). */
const isFolder = (name: string) => APP_FOLDERS.some((folder) => within(name, folder));

/** Whether an import reaches what a table name names: a file under the folder, or the package or one of its paths. */
export function names(edge: ImportEdge, name: string): boolean {
  if (isFolder(name)) return edge.file !== null && within(edge.file, name);
  return edge.file === null && (edge.specifier === name || edge.specifier.startsWith(`${name}/`));
}

/** The table's rows a module is under (a sub-layer's module is under its layer's row too). */
export const rowsOf = (file: string): Layer[] =>
  LAYERS.filter((row) => row.folders.some((folder) => within(file, folder)));

/** Why an import breaks the table, one line per row it breaks; none when it keeps every row. */
export function violations(edge: ImportEdge): string[] {
  if (edge.specifier.startsWith('node:')) return [];
  if (edge.specifier.startsWith('.') && edge.file === null)
    return [`${edge.from}: '${edge.specifier}' resolves to no file`];
  return rowsOf(edge.from).flatMap((row) => {
    const forbidden = row.mayNotImport.find((name) => names(edge, name));
    if (forbidden) return [`${edge.from} → ${edge.specifier}: layer "${row.layer}" may not import ${forbidden}`];
    const own = edge.file !== null && row.folders.some((folder) => within(edge.file!, folder));
    const listed = row.mayImport.includes('*') || row.mayImport.some((name) => names(edge, name));
    return own || listed ? [] : [`${edge.from} → ${edge.specifier}: not in layer "${row.layer}"'s "may import"`];
  });
}
