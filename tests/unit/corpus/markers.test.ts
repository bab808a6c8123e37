import { describe, expect, it } from 'vitest';
import { readMarker, splitInlineItems } from '../../../corpus/parse/markers';

describe('readMarker: every list markup of the source', () => {
  it.each([
    ['1. En ce qui concerne le mandat', { kind: 'number', value: 1, rest: 'En ce qui concerne le mandat' }],
    ['45. Le Groupe de travail recommande', { kind: 'number', value: 45, rest: 'Le Groupe de travail recommande' }],
    ["*a)* Envisager d'inclure la traite", { kind: 'alpha', value: 'a', rest: "Envisager d'inclure la traite" }],
    ['b) Élaborer des mécanismes', { kind: 'alpha', value: 'b', rest: 'Élaborer des mécanismes' }],
    ['  - a) Incriminer les conduites', { kind: 'alpha', value: 'a', rest: 'Incriminer les conduites' }],
    ['- a)* La Conférence devrait', { kind: 'alpha', value: 'a', rest: 'La Conférence devrait' }],
    ['- iii)* Renforcement de la coopération', { kind: 'alpha', value: 'iii', rest: 'Renforcement de la coopération' }],
    ['  - vi) Tous autres frais', { kind: 'alpha', value: 'vi', rest: 'Tous autres frais' }],
  ])('%j', (text, expected) => {
    expect(readMarker(text)).toEqual(expected);
  });

  it.each([
    ['relatif à la traite des personnes, en particulier les définitions', 'continuation line'],
    ['économique, niveau d’études, genre', 'continuation after a page break'],
    ['et) mot', 'not a letter nor a roman'],
    ['2009. texte', 'four digits are not a paragraph number'],
    ['Membres à communiquer si possible', 'capitalised continuation'],
  ])('%j is not a marker (%s)', (text) => {
    expect(readMarker(text)).toBeNull();
  });
});

describe('splitInlineItems (meeting IX, rec. 17)', () => {
  const line =
    'Le Groupe de travail devrait traiter les questions suivantes : *a)* stratégies efficaces ; *b)* orientations ; et *c)* prise en compte du point de vue.';

  it('splits the head and the inline letters, dropping the list connector "et"', () => {
    expect(splitInlineItems(line)).toEqual({
      head: 'Le Groupe de travail devrait traiter les questions suivantes :',
      items: [
        { letter: 'a', text: 'stratégies efficaces ;' },
        { letter: 'b', text: 'orientations ;' },
        { letter: 'c', text: 'prise en compte du point de vue.' },
      ],
    });
  });

  it('leaves plain citations of sub-paragraphs alone', () => {
    expect(splitInlineItems("visés à l'alinéa a) de l'article 3 du Protocole, et b) du paragraphe")).toBeNull();
  });

  it('refuses inline letters that do not run a, b, c', () => {
    expect(splitInlineItems('x : *a)* un ; *c)* deux')).toBeNull();
  });
});
