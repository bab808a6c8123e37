/**
 * One concept of the field: the French words the compendium itself uses (first the main one, then other French
 * wordings found in the corpus), and the English and Spanish words readers type for it.
 */
export interface VocabularyEntry {
  fr: readonly string[];
  en: readonly string[];
  es: readonly string[];
  /**
   * The theme of the thematic index the concept names, if any: a query that is only this concept lists that theme
   * first (`child trafficking` → Enfants).
   */
  theme?: string;
}

/** A terse constructor for the data files: `term('travail forcé', ['forced labour'], ['trabajo forzoso'])`. */
export const term = (
  fr: string | readonly string[],
  en: readonly string[],
  es: readonly string[] = [],
  theme?: string,
): VocabularyEntry => ({ fr: typeof fr === 'string' ? [fr] : fr, en, es, ...(theme ? { theme } : {}) });
