/** The languages Renvoi words references in (labels, pinpoints, body names): the interface's languages. */
export type Lang = 'en' | 'fr';

/**
 * The reference language for an interface language code (`common.langCode`, a `navigator.language`): French for
 * `fr` and its regional forms (`fr-CA`), English for anything else.
 */
export const langOf = (code: string): Lang => (code.toLowerCase().split('-')[0] === 'fr' ? 'fr' : 'en');
