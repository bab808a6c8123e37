import { describe, expect, it } from 'vitest';
import { classifyCell } from '../../../corpus/parse/index-cells';
import { parseParagraphs } from '../../../corpus/parse/report-paragraphs';

/** `IV.46.b à e` → ['IV.46.b→e'] for compact expectations. */
function refs(cell: string): string[] | string {
  const c = classifyCell(cell);
  if (c.kind !== 'refs') return c.kind;
  return c.refs.map((r) => `${r.roman}.${r.segs.join('.')}${r.to ? `→${r.to.join('.')}` : ''}`);
}

describe('classifyCell: by content, never by column', () => {
  it.each([
    ['', 'empty'],
    ['Partie A', 'marker'],
    ['Partie B :', 'marker'],
    ['<a href="#">CTOC/COP/WG.4/2011/8</a>', 'symbols'],
    ['<u>CTOC/COP/2006/14</u> <u>CTOC/COP/2010/17</u>', 'symbols'],
    ['Décision 3/3 Résolution 5/2', 'instruments'],
    ['7 f), j) et k) et 8 a) et e)', 'numbers'],
    ['Al. 1 à 11 ; 2, 3, 5, 12, 14 et 15', 'numbers'],
    ['Offre et demande', 'theme'],
    ['Genre', 'theme'],
    ['<u>VI.11</u> à <u>18</u>', 'refs'],
  ])('%j is %s', (cell, kind) => {
    expect(classifyCell(cell).kind).toBe(kind);
  });

  it.each([
    ['Coopération internationale <i>(suite)</i>', 'Coopération internationale'],
    ['Législation (suite)', 'Législation'],
  ])('merges continued theme %j', (cell, name) => {
    expect(classifyCell(cell)).toEqual({ kind: 'theme', name, suite: true });
  });

  it('reads a part marker in front of references', () => {
    expect(classifyCell('Partie A I.16.a')).toMatchObject({ kind: 'refs', part: 'A' });
    expect(classifyCell('Partie B : <u>V.8.c</u> et <u>V.9</u>')).toMatchObject({ kind: 'refs', part: 'B' });
  });

  it('reports a reference cell with unreadable text', () => {
    expect(classifyCell('IV.45.b ou peut-être IV.45.c')).toMatchObject({ kind: 'unreadable' });
  });
});

describe('reference lists: separators, ranges, preambular spellings, letter l', () => {
  it.each([
    ['<a href="#">IX.21</a> et <a href="#">IX.22</a>', ['IX.21', 'IX.22']],
    ['<a href="#">I.3</a> , <a href="#">I.17.a</a>', ['I.3', 'I.17.a']],
    ['II.21 à 23', ['II.21→23']],
    ['<u>II.21</u> à <u>23</u>', ['II.21→23']],
    ['IV.46.b à e et IV.46.g à j', ['IV.46.b→e', 'IV.46.g→j']],
    ['V.39 à V.41', ['V.39→41']],
    ['VII.1.a à j', ['VII.1.a→j']],
    ['IV.n à p', ['IV.n→p']],
    ['V.al.11 ; V.8.d', ['V.al.11', 'V.8.d']],
    ['V.a.l.11', ['V.al.11']],
    ['V.a.l. 8 ; V.4', ['V.al.8', 'V.4']],
    ['V.al.1 à 11 ; V.2', ['V.al.1→11', 'V.2']],
    ['IV.l', ['IV.l']],
    ['IV.1', ['IV.1']],
    ['III.c V.7.d', ['III.c', 'V.7.d']],
    ['I.b.iii', ['I.b.iii']],
    ['IV.46.j.iv', ['IV.46.j.iv']],
  ])('%j', (cell, expected) => {
    expect(refs(cell)).toEqual(expected);
  });
});

describe('parseParagraphs: the paragraph column', () => {
  it.each([
    ['44', ['44']],
    ['23, 29, 31 et 42', ['23', '29', '31', '42']],
    ['5 à 14', ['5', '6', '7', '8', '9', '10', '11', '12', '13', '14']],
    ['7 f), j) et k) et 8 a) et e)', ['7.f', '7.j', '7.k', '8.a', '8.e']],
    ['50 b) et c), et 51 a) à c)', ['50.b', '50.c', '51.a', '51.b', '51.c']],
    ['22 et 51 b), d), e) et j) iv)', ['22', '51.b', '51.d', '51.e', '51.j.iv']],
    ['b) iii)', ['b.iii']],
    ['m) ii)', ['m.ii']],
    ['h), i), k), l), n) et q)', ['h', 'i', 'k', 'l', 'n', 'q']],
    ['e) et i) à m)', ['e', 'i', 'j', 'k', 'l', 'm']],
    ['Al. 9 ; 12 et 13', ['pp.9', '12', '13']],
    ['AL. 8 ; 4, 8 d), 10 à 12', ['pp.8', '4', '8.d', '10', '11', '12']],
    ['c) 7 d)', ['c', '7.d']],
    ['35 7 i)', ['35', '7.i']],
  ])('%j', (text, paths) => {
    expect(parseParagraphs(text)).toEqual({ ok: true, paths });
  });

  it.each(['m) (v)', '8 (a) et 11 (b)', '12 à', 'à 12'])('refuses %j', (text) => {
    expect(parseParagraphs(text).ok).toBe(false);
  });
});
