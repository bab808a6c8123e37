/**
 * The bilingual vocabulary of the field: English → French and Spanish → French. Data written by hand, not generated
 * (see README.md in this folder for where the words come from and how to add one). Pure: no DOM, no browser API.
 */
import { ACTOR_TERMS } from './actors';
import { EXPLOITATION_TERMS } from './exploitation';
import { INSTITUTION_TERMS } from './institutions';
import { NEIGHBOURING_CRIME_TERMS } from './neighbouring-crimes';
import { PREVENTION_AND_REVIEW_TERMS } from './prevention-and-review';
import { PROCEDURE_TERMS } from './procedures';
import { RECRUITMENT_AND_DEMAND_TERMS } from './recruitment-and-demand';
import { SOCIETY_ACTOR_TERMS } from './society-actors';
import type { VocabularyEntry } from './vocabulary-types';
import { VICTIM_TERMS } from './victims';

export { THEME_NAMES, themeNameIn, type ThemeName } from './theme-names';
export type { VocabularyEntry } from './vocabulary-types';

/** The hand-written entries, by field. */
export const VOCABULARY: readonly VocabularyEntry[] = [
  ...VICTIM_TERMS,
  ...EXPLOITATION_TERMS,
  ...NEIGHBOURING_CRIME_TERMS,
  ...RECRUITMENT_AND_DEMAND_TERMS,
  ...ACTOR_TERMS,
  ...SOCIETY_ACTOR_TERMS,
  ...PROCEDURE_TERMS,
  ...PREVENTION_AND_REVIEW_TERMS,
  ...INSTITUTION_TERMS,
];
