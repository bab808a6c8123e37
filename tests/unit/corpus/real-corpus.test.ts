import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../corpus/build';
import { loadCorpus } from '../../../corpus/load';
import type { Corpus, Item } from '../../../corpus/schema';
import { realSource } from './factories';

const built = buildCorpus(realSource());
const corpus: Corpus = built.corpus;
const item = (id: string): Item => {
  const found = corpus.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

describe('the real compendium', () => {
  it('validates with zero problems, and loadCorpus returns the same corpus', () => {
    expect(built.problems).toEqual([]);
    expect(loadCorpus().version).toBe(corpus.version);
  });

  it('has nine meetings; meeting III keeps its note and no recommendations', () => {
    expect(corpus.meetings.map((m) => m.id)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX']);
    const iii = corpus.meetings[2];
    expect(iii?.itemIds).toEqual([]);
    expect(iii?.note).toMatch(
      /^Les recommandations proposées pendant la troisième réunion .* \(voir partie A, sect\. IV\)\.$/,
    );
    expect(iii).toMatchObject({ reportSymbol: null, paragraphOffset: null, startDate: '2010-10-19' });
  });

  it.each([
    ['I', 23, 'CTOC/COP/WG.4/2009/2', 1],
    ['II', 58, 'CTOC/COP/WG.4/2010/6', 7],
    ['IV', 46, 'CTOC/COP/WG.4/2011/8', 5],
    ['V', 44, 'CTOC/COP/WG.4/2013/5', 4],
    ['VI', 22, 'CTOC/COP/WG.4/2015/6', 4],
    ['VII', 2, 'CTOC/COP/WG.4/2017/4', 6],
    ['VIII', 2, 'CTOC/COP/WG.4/2018/3', 6],
    ['IX', 39, 'CTOC/COP/WG.4/2019/6', 0],
  ])('meeting %s: %i recommendations, report %s, offset %i', (id, count, symbol, offset) => {
    const m = corpus.meetings.find((x) => x.id === id);
    expect(m?.itemIds.length).toBe(count);
    expect(m?.reportSymbol).toBe(symbol);
    expect(m?.paragraphOffset).toBe(offset);
  });

  it('counts recommendations at each level', () => {
    const recs = corpus.items.filter((i) => i.kind === 'recommendation');
    expect([1, 2, 3].map((l) => recs.filter((i) => i.level === l).length)).toEqual([236, 118, 9]);
  });

  it('has five sessions with one instrument each, and their paragraph counts', () => {
    expect(corpus.sessions.map((s) => [s.id, s.year, s.reportSymbol, s.instrumentIds])).toEqual([
      ['COP1', 2004, 'CTOC/COP/2004/6', ['1/5']],
      ['COP2', 2005, 'CTOC/COP/2005/8', ['2/3']],
      ['COP3', 2006, 'CTOC/COP/2006/14', ['3/3']],
      ['COP4', 2008, 'CTOC/COP/2008/19', ['4/4']],
      ['COP5', 2010, 'CTOC/COP/2010/17', ['5/2']],
    ]);
    const counts = corpus.instruments.map((i) => [
      i.id,
      i.kind,
      i.itemIds.length,
      corpus.items.filter((x) => x.parentId === i.id).length,
    ]);
    expect(counts).toEqual([
      ['1/5', 'decision', 6, 10],
      ['2/3', 'decision', 17, 21],
      ['3/3', 'decision', 13, 13],
      ['4/4', 'decision', 20, 24],
      ['5/2', 'resolution', 29, 41],
    ]);
    expect(corpus.items.filter((i) => i.kind === 'preambular').map((i) => i.id)).toEqual(
      Array.from({ length: 11 }, (_, k) => `5/2:pp.${k + 1}`),
    );
  });

  it.each([
    [
      'IV.45.b',
      'b)',
      2,
      '50.b',
      /^Les infractions liées à la traite des personnes, plus particulièrement le blanchiment/,
    ],
    ['IV.46.j.iv', 'iv)', 3, '51.j.iv', /^Les frais de justice et autres frais/],
    ['IV.46.i', 'i)', 2, '51.i', /^Pour satisfaire aux exigences du paragraphe 6 de l'article 6/],
    [
      'V.41',
      '41.',
      1,
      '45',
      /^Le Groupe de travail sur la traite des personnes a prié le Secrétariat de créer et de tenir à jour une liste/,
    ],
    ['IX.17.h', 'h)', 2, '17.h', /^prise en compte du point de vue du secteur privé/],
    ['1/5:b.iii', 'iii)', 2, 'b.iii', /^Renforcement de la coopération internationale/],
    ['2/3:i', 'i)', 1, 'i', /^A prié le secrétariat de fournir cette aide/],
    ['2/3:m.i', 'i)', 2, 'm.i', /^Examen des questions concernant l'assistance et la protection/],
    ['4/4:o.ii', 'ii)', 2, 'o.ii', /^Faire des recommandations à la Conférence sur les moyens/],
    ['5/2:8.c', 'c)', 2, '8.c', /^Sensibiliser le public aux conséquences néfastes/],
    ['5/2:pp.11', '11', 1, 'pp.11', /^Affirmant à quel point il est important/],
    ['5/2:1', '1.', 1, '1', /^Prie instamment les États qui ne l'ont pas encore fait/],
  ])('%s', (id, marker, level, reportParagraph, text) => {
    const i = item(id);
    expect(i).toMatchObject({ marker, level, reportParagraph });
    expect(i.text).toMatch(text);
  });

  it('joins sentences cut by page breaks', () => {
    expect(item('I.6').text).toMatch(/concepts clés du Protocole relatif à la traite des personnes, en particulier/);
    expect(item('5/2:7.e').text).toMatch(/qui favorise toutes les formes d'exploitation des personnes/);
    expect(item('1/5:b.iv').text).toMatch(/^Échange de vues et d'expériences/);
  });

  it('attaches footnotes to the right items by number and never leaves them in text', () => {
    const attached = corpus.items
      .filter((i) => i.footnotes.length > 0)
      .map((i) => [i.id, i.footnotes.map((f) => f.number)]);
    expect(attached).toEqual([
      ['I.2', [1, 2]],
      ['II.1', [3]],
      ['II.44', [4]],
      ['II.46', [5]],
      ['1/5:a', [6, 7]],
      ['1/5:c', [8]],
      ['2/3:b', [9, 10]],
      ['3/3:a', [12, 13]],
      ['4/4:b', [16]],
      ['5/2:pp.1', [17, 18]],
      ['5/2:pp.2', [19]],
      ['5/2:pp.9', [20]],
      ['5/2:pp.10', [21]],
      ['5/2:1', [22]],
      ['5/2:5', [23]],
    ]);
    expect(corpus.instruments.map((i) => (i.chapeauFootnotes ?? []).map((f) => f.number))).toEqual([
      [],
      [],
      [11],
      [14, 15],
      [],
    ]);
    expect(item('1/5:c').footnotes[0]?.text).toMatch(/^Il était entendu, pour les participants/);
    expect(item('II.46').footnotes[0]?.text).toMatch(/^Selon la Loi type de l'ONUDC contre la traite/);
    for (const i of corpus.items) expect(i.text).not.toMatch(/<sup>|Recueil des Traités|Ibid\./);
  });

  it('normalises the UNODC acronym slips in display text', () => {
    expect(item('II.6').text).toContain("publié en 2009 par l'ONUDC");
    expect(item('V.40').text).toMatch(/^L'ONUDC devrait/);
    expect(corpus.items.some((i) => /ONUUDC|ONUSUDC|ONUSUD|ONU DC|ONUDD/.test(i.text))).toBe(false);
  });

  it('has 78 themes with exact names, (suite) merged, 1193 links', () => {
    expect(corpus.themes.length).toBe(78);
    expect(corpus.themes.reduce((n, t) => n + t.itemIds.length, 0)).toBe(1193);
    const names = corpus.themes.map((t) => t.name);
    expect(names.slice(0, 4)).toEqual([
      'Agences de recrutement et frais de recrutement',
      'Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée et Groupe de travail sur la traite des personnes (rôle et travaux)',
      'Consommateurs, clients et utilisateurs de produits et de services produits par les victimes de la traite',
      'Coopération internationale',
    ]);
    expect(names.at(-1)).toBe('Victimes (revictimisation)');
    expect(names.filter((n) => /\(suite\)|<|\t/.test(n))).toEqual([]);
    expect(corpus.themes.find((t) => t.name === 'Coopération internationale')?.id).toBe('cooperation-internationale');
  });

  it('resolves V.12 by the row symbol, expands ranges, reads IV.l as the letter l', () => {
    const theme = (name: string): string[] => corpus.themes.find((t) => t.name === name)?.itemIds ?? [];
    expect(theme('Enfants')).toContain('V.12');
    expect(theme('Enfants')).not.toContain('5/2:12');
    expect(theme("Formes de la traite des personnes (prélèvement d'organes)")).toEqual(
      expect.arrayContaining(['5/2:pp.9', '5/2:12', '5/2:13', 'IV.1', 'IV.8', 'IV.45.k']),
    );
    expect(theme('Examen, suivi et évaluation des mesures')).toEqual(
      expect.arrayContaining(['II.21', 'II.22', 'II.23']),
    );
    expect(theme('Recherche, collecte de données et analyse')).toContain('4/4:l');
    expect(theme('Agences de recrutement et frais de recrutement')).toEqual([
      'II.37',
      'V.18',
      ...Array.from({ length: 10 }, (_, k) => `VI.${k + 1}`),
      'IX.21',
      'IX.22',
    ]);
  });

  it('applies the corrections: VIII.1.q, VIII.1.i and 3/3:i are linked where the index meant them', () => {
    const theme = (name: string): string[] => corpus.themes.find((t) => t.name === name)?.itemIds ?? [];
    expect(theme("Liens avec d'autres formes de criminalité")).toContain('VIII.1.q');
    expect(theme('Victimes (délai de réflexion)')).toEqual(['IV.24', 'VII.1.f', 'VII.2.a', 'VIII.1.i']);
    expect(theme('Victimes (identification)')).toContain('3/3:i');
  });

  it('has a content hash version that changes with the data', () => {
    expect(corpus.version).toMatch(/^[0-9a-f]{16}$/);
    const other = buildCorpus(realSource().replace('Les États parties devraient :', 'Les États parties doivent :'));
    expect(other.corpus.version).not.toBe(corpus.version);
    expect(buildCorpus(realSource()).corpus.version).toBe(corpus.version);
  });

  it('fills citedBy from the supplied engine, {} by default', () => {
    expect(corpus.citedBy).toEqual({});
    const withCites = buildCorpus(realSource(), {
      citedBy: (items) => ({
        'COP decision 4/4': items.filter((i) => i.text.includes('décision 4/4')).map((i) => i.id),
      }),
    });
    expect(withCites.corpus.citedBy['COP decision 4/4']).toEqual(expect.arrayContaining(['I.1', '5/2:14']));
  });
});
