import { describe, expect, it } from 'vitest';
import { buildOutline, type OutlineNode } from '../../../corpus/parse/outline';
import { lines } from './factories';

/** `45`, `45.b`, `45.b.iii`… for every node, depth first. */
function ids(nodes: OutlineNode[], prefix: string[] = []): string[] {
  return nodes.flatMap((n) => [[...prefix, n.value].join('.'), ...ids(n.children, [...prefix, n.value])]);
}

describe('buildOutline: letter i) after h) vs roman i) under a letter', () => {
  it('meeting IV rec. 46: i) after h) is a letter, then romans under it, then j) and romans again', () => {
    const outline = buildOutline(
      lines(
        '46. Le Groupe de travail a approuvé les recommandations suivantes :',
        "*h)* Les États parties devraient envisager les moyens de garantir que l'indemnisation est possible ;",
        '*i)* Pour satisfaire aux exigences, les États parties devraient adopter au moins une des options suivantes :',
        '- i)* Des dispositions permettant aux victimes ;',
        '- ii)* Des dispositions permettant à des juridictions pénales ;',
        '- iii)* Des dispositions créant des fonds ;',
        '- j) Les États devraient envisager que l’indemnisation puisse couvrir :',
        '- i) Les frais liés aux traitements médicaux ;',
        '  - ii) Les frais liés aux soins ;',
        '  - iii) La perte de revenus ;',
        '  - iv) Les frais de justice ;',
        '  - v) La réparation du préjudice moral ;',
        '  - vi) Tous autres frais.',
      ),
      'number',
    );
    expect(ids(outline.nodes)).toEqual([
      '46',
      '46.h',
      '46.i',
      '46.i.i',
      '46.i.ii',
      '46.i.iii',
      '46.j',
      '46.j.i',
      '46.j.ii',
      '46.j.iii',
      '46.j.iv',
      '46.j.v',
      '46.j.vi',
    ]);
  });

  it('decision 2/3: i) after h) is a letter; i) under m) "… suivants :" is a roman', () => {
    const outline = buildOutline(
      lines(
        '- h)* A prié instamment les États parties ;',
        '- i)* A prié le secrétariat de fournir cette aide ;',
        '- m)* A décidé que le programme de travail comprendrait les points suivants :',
        '- i)* Examen des questions concernant l’assistance ;',
        '  - ii)* Examen des mesures concernant le rapatriement ;',
        '- n)* A prié le secrétariat de recueillir des informations ;',
      ),
      'letter',
    );
    expect(ids(outline.nodes)).toEqual(['h', 'i', 'm', 'm.i', 'm.ii', 'n']);
  });

  it('i) right after a lettered item that does not announce a list stays a letter (decision 4/4)', () => {
    const outline = buildOutline(
      lines('- h) A encouragé les États Membres ;', '- i) A invité les États à prendre des mesures ;'),
      'letter',
    );
    expect(ids(outline.nodes)).toEqual(['h', 'i']);
  });
});

describe('buildOutline: page breaks, footnotes, blank lines', () => {
  it('joins a sentence cut by a page break with footnote bodies (meeting I, rec. 6)', () => {
    const outline = buildOutline(
      lines(
        '6. En ce qui concerne la définition de concepts, le Secrétariat devrait préparer des documents du Protocole',
        '',
        '---',
        '',
        '<sup>1</sup> Nations Unies, *Recueil des Traités*, n° 39574.',
        '',
        '<sup>2</sup> Ibid., vol. 2225, n° 39574.',
        '',
        '',
        '',
        'relatif à la traite des personnes, en particulier les définitions.',
        '',
        '7. En ce qui concerne la prévention, les États parties devraient :',
      ),
      'number',
    );
    expect(outline.nodes.map((n) => n.parts.join(' '))).toEqual([
      'En ce qui concerne la définition de concepts, le Secrétariat devrait préparer des documents du Protocole relatif à la traite des personnes, en particulier les définitions.',
      'En ce qui concerne la prévention, les États parties devraient :',
    ]);
  });

  it('joins a continuation after footnote bodies without a page break (resolution 5/2, para. 7 e)', () => {
    const outline = buildOutline(
      lines(
        '7. *Réaffirme* les engagements suivants :',
        'e) Chaque État partie adopte des mesures pour décourager la demande qui favorise',
        '---',
        '<sup>23</sup> CTOC/COP/2010/6.',
        "toutes les formes d'exploitation des personnes.",
        '8. *Encourage* les États à envisager les mesures suivantes :',
      ),
      'number',
    );
    expect(outline.nodes[0]?.children[0]?.parts.join(' ')).toBe(
      "Chaque État partie adopte des mesures pour décourager la demande qui favorise toutes les formes d'exploitation des personnes.",
    );
  });

  it('reads items with no blank line between them and mixed markup in one list (meeting II, rec. 50)', () => {
    const outline = buildOutline(
      lines(
        '49. Les États parties devraient garantir un fonds de compensation.',
        '50. Le Secrétariat devrait compiler et diffuser :',
        '- a) Les bonnes pratiques concernant la non-sanction ;',
        '  - b) Les meilleures pratiques en matière d’identification.',
        '51. Pour appuyer ce processus, les États parties devraient fournir des informations.',
      ),
      'number',
    );
    expect(ids(outline.nodes)).toEqual(['49', '50', '50.a', '50.b', '51']);
  });

  it('splits inline lettered sub-items into children (meeting IX, rec. 17)', () => {
    const outline = buildOutline(
      lines(
        '17. Le Groupe de travail devrait traiter les questions suivantes : *a)* stratégies ; et *b)* orientations.',
      ),
      'number',
    );
    expect(ids(outline.nodes)).toEqual(['17', '17.a', '17.b']);
  });

  it('keeps text before any item as preface (meeting III note)', () => {
    const outline = buildOutline(lines('', 'Les recommandations proposées pendant la troisième réunion …'), 'number');
    expect(outline.nodes).toEqual([]);
    expect(outline.preface.map((l) => l.n)).toEqual([2]);
  });
});
