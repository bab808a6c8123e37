import { describe, expect, it } from 'vitest';
import { cleanText, LEFTOVER_MARKUP, normaliseAcronyms } from '../../../corpus/parse/clean-text';

describe('cleanText', () => {
  it.each([
    ['footnote markers become numbers', 'organisée<sup>1</sup> et à leur', 'organisée et à leur', [1]],
    [
      'two markers in one item',
      'organisée<sup>6</sup> en ce … Convention<sup>7</sup>, notamment',
      'organisée en ce … Convention, notamment',
      [6, 7],
    ],
    [
      'markdown link keeps its label',
      'le Groupe ([CTOC/COP/WG.4/2011/8](#), sect. II.A.5)',
      'le Groupe (CTOC/COP/WG.4/2011/8, sect. II.A.5)',
      [],
    ],
    ['italic verbs lose their asterisks', '1. *Prie instamment* les États', '1. Prie instamment les États', []],
    [
      'italic chapeau with trailing comma',
      '*La Conférence des Parties à la Convention,*',
      'La Conférence des Parties à la Convention,',
      [],
    ],
    [
      'italic title inside a sentence',
      'le *Rapport mondial sur la traite des personnes* publié',
      'le Rapport mondial sur la traite des personnes publié',
      [],
    ],
    ['whitespace collapsed', 'des   recommandations  \n  suivantes', 'des recommandations suivantes', []],
  ])('%s', (_name, raw, text, footnotes) => {
    expect(cleanText(raw)).toEqual({ text, footnotes });
  });

  it('leaves an unpaired asterisk for validation to report', () => {
    const { text } = cleanText('a)* Lorsqu’il y a recours');
    expect(LEFTOVER_MARKUP.test(text)).toBe(true);
  });

  it.each(['<sup>3', 'texte <b>gras</b>', '[lien', 'x](#)', 'un * seul'])('flags leftover markup in %j', (text) => {
    expect(LEFTOVER_MARKUP.test(text)).toBe(true);
  });

  it('does not flag clean French text', () => {
    expect(LEFTOVER_MARKUP.test("l'alinéa c) du paragraphe 2 de l'article 33 de la Convention ; « victime »")).toBe(
      false,
    );
  });
});

describe('normaliseAcronyms', () => {
  it.each([
    ["publié en 2009 par l'ONUUDC, les", "publié en 2009 par l'ONUDC, les"],
    ["l'ONUSUDC devrait continuer", "l'ONUDC devrait continuer"],
    ['demander à l’ONUSUD de', 'demander à l’ONUDC de'],
    ["L'ONU DC devrait, dans son rapport", "L'ONUDC devrait, dans son rapport"],
    ['contre la drogue et le crime (ONUDD) dans', 'contre la drogue et le crime (ONUDC) dans'],
    ["l'ONUDC reste", "l'ONUDC reste"],
    ["l'ONU et ses organes", "l'ONU et ses organes"],
  ])('%j', (input, output) => {
    expect(normaliseAcronyms(input)).toBe(output);
  });
});
