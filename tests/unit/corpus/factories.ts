/** Small inputs for the corpus tests, copied from the real source, and the real source itself. */
import { readSource } from '../../../corpus/load';
import { splitLines, type SourceLine } from '../../../corpus/parse/lines';

/** Numbered source lines from a template (line 1 = first element). */
export function lines(...texts: string[]): SourceLine[] {
  return splitLines(texts.join('\n'));
}

let cached: string | null = null;
/** The real compendium text (read once). */
export function realSource(): string {
  cached ??= readSource();
  return cached;
}

/** The real source with line `n` (1-based) replaced by `replace(oldText)`; throws if nothing changed. */
export function mutateLine(n: number, replace: (text: string) => string): string {
  const all = realSource().split('\n');
  const old = all[n - 1];
  if (old === undefined) throw new Error(`no line ${n}`);
  const next = replace(old);
  if (next === old) throw new Error(`mutation of line ${n} changed nothing`);
  all[n - 1] = next;
  return all.join('\n');
}

/** Builds a six-cell index row from its cells (missing cells are empty). */
export function row(...cells: string[]): string {
  return [...cells, '', '', '', '', '', ''].slice(0, 6).join('\t');
}

/**
 * A minimal compendium: Part A with the given meeting sections, Part B with the given instrument blocks, and an
 * index with the given rows. Mirrors the real layout (headings, page header rows).
 */
export function miniSource(parts: { partA: string[]; partB: string[]; index: string[] }): string {
  return [
    '## A. Recommandations adoptées par le Groupe de travail sur la traite des personnes de sa première à sa neuvième réunion',
    '',
    ...parts.partA,
    '',
    '## **B. Résolutions et décisions adoptées par la Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée de sa première à sa neuvième session**',
    '',
    ...parts.partB,
    '',
    '**Index thématique  ',
    'des recommandations**',
    '',
    row(
      'Thème',
      'Alinéa/paragraphe/ recommandation dans le recueil (section/ paragraphe/alinéa)',
      'Rapport de réunion',
    ),
    row('', '', 'Cote', 'Résolution/ décision', 'Alinéas ou paragraphe', 'Recommandations'),
    ...parts.index,
    '',
  ].join('\n');
}
