import { describe, expect, it } from 'vitest';
import { resolveIndex } from '../../../corpus/parse/index-links';
import { deriveOffsets } from '../../../corpus/parse/offsets';
import { parseThematicIndex } from '../../../corpus/parse/thematic-index';
import type { ParsedMeeting, ParsedSession } from '../../../corpus/parse/parse-types';
import { lines, row } from './factories';

const meeting = (id: string, ordinal: number): ParsedMeeting => ({
  id,
  ordinal,
  title: '',
  dates: '',
  startDate: '',
  endDate: '',
  year: 0,
  place: 'Vienne',
  note: null,
  itemIds: [],
  line: 1,
});
const session = (ordinal: number, instrument: string): ParsedSession => ({
  id: `COP${ordinal}`,
  ordinal,
  title: '',
  year: 0,
  instrumentIds: [instrument],
  line: 1,
});
const MEETINGS = [meeting('IV', 4), meeting('V', 5), meeting('VII', 7), meeting('IX', 9)];
const SESSIONS = [session(3, '3/3'), session(5, '5/2')];

function resolve(...rows: string[]) {
  const index = parseThematicIndex(lines(...rows));
  const resolved = resolveIndex(index, MEETINGS, SESSIONS);
  return { index, resolved, offsets: deriveOffsets(resolved.checks) };
}

describe('thematic index rows', () => {
  it('drops page headers, merges (suite) themes and keeps exact names', () => {
    const { resolved, index } = resolve(
      row(
        'Enfants',
        '<a href="#">V.8</a> , <a href="#">V.12</a>',
        '<a href="#">CTOC/COP/WG.4/2013/5</a>',
        '',
        '12 et 16',
      ),
      row('Thème', 'Alinéa/paragraphe/ recommandation dans le recueil', 'Rapport de réunion'),
      row('', '', 'Cote', 'Résolution/ décision', 'Alinéas ou paragraphe', 'Recommandations'),
      row('Enfants <i>(suite)</i>', '<u>IX.12</u>', '<u>CTOC/COP/WG.4/2019/6</u>', '', '', '12'),
    );
    expect(index.problems).toEqual([]);
    expect(resolved.themes).toEqual([{ id: 'enfants', name: 'Enfants', itemIds: ['V.8', 'V.12', 'IX.12'] }]);
  });

  it('decides V.12 by the row symbol: Working Group report → V.12, COP report → 5/2:12', () => {
    const { resolved } = resolve(
      row('Enfants', 'V.12', 'CTOC/COP/WG.4/2013/5', '', '16'),
      row('Formes (prélèvement)', 'Partie B : V.a.l.9 ; V.12', 'CTOC/COP/2010/17', 'Résolution 5/2', 'Al. 9 ; 12'),
    );
    expect(resolved.themes.map((t) => t.itemIds)).toEqual([['V.12'], ['5/2:pp.9', '5/2:12']]);
    expect(resolved.meetingSymbols.get('V')).toBe('CTOC/COP/WG.4/2013/5');
    expect(resolved.sessionSymbols.get('COP5')).toBe('CTOC/COP/2010/17');
  });

  it('classifies misaligned cells by content: shifted left, shifted right, theme in the reference column', () => {
    const { resolved, index } = resolve(
      row('Intervenants (appareil judiciaire)', 'VII.1.h', 'CTOC/COP/WG.4/2017/4', '', '7 h)'),
      row('', 'Partie B'),
      row('V.7.c', 'CTOC/COP/2010/17', 'Résolution 5/2', '7 c)'),
      row('', '', 'Partie B : III.d', 'CTOC/COP/2006/14', 'Décision 3/3', 'd)'),
      row('', 'Offre et demande', 'IV.36 à 40', 'CTOC/COP/WG.4/2011/8', '', '41 à 45'),
    );
    expect(index.problems).toEqual([]);
    expect(resolved.themes.map((t) => [t.name, t.itemIds])).toEqual([
      ['Intervenants (appareil judiciaire)', ['VII.1.h', '5/2:7.c', '3/3:d']],
      ['Offre et demande', ['IV.36', 'IV.37', 'IV.38', 'IV.39', 'IV.40']],
    ]);
    expect(resolved.checks.map((c) => c.text)).toEqual(['7 h)', '7 c)', 'd)', '41 à 45']);
  });

  it('unpacks two logical rows packed into one line', () => {
    const { resolved } = resolve(
      row('Fonds', 'IV.30 VII.1.i', 'CTOC/COP/WG.4/2011/8 CTOC/COP/WG.4/2017/4', '', '35 7 i)'),
      row('Autre', 'IV.31', 'CTOC/COP/WG.4/2011/8', '', '36'),
      row('Suite', 'VII.1.j', 'CTOC/COP/WG.4/2017/4', '', '7 j)'),
    );
    expect(resolved.problems).toEqual([]);
    expect(resolved.links.filter((l) => l.line === 1).map((l) => l.id)).toEqual(['IV.30', 'VII.1.i']);
  });

  it('gives a 2019 value printed on the theme’s first row to the theme’s 2019 row', () => {
    const { resolved, offsets } = resolve(
      row('Intervenants (forces de sécurité)', 'Partie A', '', '', '', '16'),
      row('', 'IV.45.c', 'CTOC/COP/WG.4/2011/8', '', '50 c)'),
      row('', 'IX.16', 'CTOC/COP/WG.4/2019/6', '', '', ''),
      row('Autre', 'IX.21', 'CTOC/COP/WG.4/2019/6', '', '', '21'),
    );
    expect(resolved.problems).toEqual([]);
    expect(resolved.checks.map((c) => [c.line, c.text])).toEqual([
      [2, '50 c)'],
      [4, '21'],
      [3, '16'],
    ]);
    expect(offsets).toEqual(
      new Map([
        ['IV', 5],
        ['IX', 0],
      ]),
    );
  });

  it('reports a stray value that belongs to no row', () => {
    const { resolved } = resolve(row('Genre', 'IV.10', 'CTOC/COP/WG.4/2011/8', '', '15', '7'));
    expect(resolved.problems).toEqual(['004:1: value "7" of theme "Genre" belongs to no row']);
  });

  it('reports unreadable cells, rows of the wrong width and references under another meeting’s symbol', () => {
    const { index, resolved } = resolve(
      row('Genre', 'IV.10', 'CTOC/COP/WG.4/2011/8', '', '15'),
      'Genre\tIV.12',
      row('Lacunes', 'IV.11 ou IV.12', 'CTOC/COP/WG.4/2011/8', '', '16'),
      row('Législation', 'V.33', 'CTOC/COP/WG.4/2011/8', '', '37'),
    );
    expect(index.problems).toEqual([
      '004:2: index row has 2 cells, expected 6',
      '004:2: theme "Genre" repeated',
      '004:2: theme "Genre" out of alphabetical order (a misread cell?)',
      '004:3: cannot read "ou" in references',
    ]);
    expect(resolved.problems).toContain('004:4: V.33 listed under CTOC/COP/WG.4/2011/8, the report of IV');
  });
});
