// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findInRun } from '../../../lib/page/read/find-in-run';
import { textRuns } from '../../../lib/page/read/text-runs';
import { PAGE_ENGINE } from '../../factories/page-engine';

const runsOf = (html: string, host: Element | null = null) => {
  document.body.innerHTML = html;
  return [...textRuns(document.body, host)];
};

const texts = (html: string) => runsOf(html).map((run) => run.segments.map((s) => s.text).join(''));

/** Every citation found in the body, as the text its range covers. */
const found = (html: string) => {
  document.body.innerHTML = html;
  return [...textRuns(document.body, null)].flatMap((run) =>
    findInRun(run, undefined, document, PAGE_ENGINE).map((occ) => ({
      key: occ.citation.key,
      text: occ.range.toString(),
    })),
  );
};

describe('textRuns', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it.each([
    ['one run per block', '<p>Un <em>deux</em> trois</p><p>quatre</p>', ['Un deux trois', 'quatre']],
    ['text around a nested block is not joined', '<div>avant<p>dedans</p>après</div>', ['avant', 'dedans', 'après']],
    ['nor around a nested block of white space', '<div>décision<div> </div>4/4</div>', ['décision', '4/4']],
    ['a <br> separates lines', '<p>CTOC/COP/WG.4/2011/8<br>décision 4/4</p>', ['CTOC/COP/WG.4/2011/8\ndécision 4/4']],
    ['a <br> inside an inline element still breaks the line', '<p>5/2<span><br></span>4/4</p>', ['5/2\n4/4']],
    ['a <br> after a nested block goes with the text that follows', '<div>x<p>y</p><br>z</div>', ['x', 'y', '\nz']],
    ['a <br> ending a block stays in its run', '<p>a<br></p><p>b</p>', ['a\n', 'b']],
    ['a <br> inside a skipped element breaks nothing', '<p>5/2<textarea><br></textarea>4/4</p>', ['5/24/4']],
    ['indentation is read as one space', '<p>résolution\n        5/2</p>', ['résolution 5/2']],
    [
      'scripts, styles, templates, fields and editable areas are left out',
      `<p>gardé</p><script>décision 1/1</script><style>p{}</style><template><p>décision 2/2</p></template>
       <textarea>décision 3/3</textarea><select><option>décision 4/4</option></select>
       <div contenteditable="true">décision 5/5 <b>gras</b></div><div contenteditable="false">lu</div>`,
      ['gardé', 'lu'],
    ],
  ])('%s', (_name, html, expected) => {
    expect(
      texts(html)
        .map((t) => t.replace(/^ +| +$/g, ''))
        .filter(Boolean),
    ).toEqual(expected);
  });

  it('makes no run of the white space between a container’s blocks', () => {
    const runs = runsOf('<article>\n  <h2>Titre 4/4</h2>\n  <p>un</p>\n\t<ol>\n<li>deux</li>\n</ol>\n</article>');
    expect(runs.map((run) => run.block.localName)).toEqual(['h2', 'p', 'li']);
    // White space inside a run stays: it separates the words of inline elements.
    expect(texts('<p><a>5/2</a> <em>4/4</em></p>')).toEqual(['5/2 4/4']);
  });

  it('leaves out Renvoi’s own host', () => {
    document.body.innerHTML = '<p>page</p><renvoi-ui>décision 4/4</renvoi-ui>';
    const host = document.querySelector('renvoi-ui');
    expect([...textRuns(document.body, host)].map((r) => r.segments.map((s) => s.text).join(''))).toEqual(['page']);
  });
});

describe('findInRun', () => {
  it.each([
    [
      'a symbol split across inline elements',
      '<p>Voir (CTOC/COP/<em>WG.4</em>/2011/<b>8</b>).</p>',
      'CTOC/COP/WG.4/2011/8',
      'CTOC/COP/WG.4/2011/8',
    ],
    [
      'words in different elements',
      '<p>Dans sa <a href="#">résolution</a> <span>5/2</span>, la Conférence</p>',
      'COP resolution 5/2',
      'résolution 5/2',
    ],
    [
      'a citation over an indented line break, its range on the original text',
      "<p>de la résolution 64/293 de l'Assemblée\n          générale.</p>",
      'A/RES/64/293',
      "résolution 64/293 de l'Assemblée\n          générale",
    ],
  ])('finds %s and covers exactly its text', (_name, html, key, text) => {
    expect(found(html)).toEqual([{ key, text }]);
  });

  it('keeps the sentence around the citation, white space collapsed', () => {
    document.body.innerHTML = '<p>Premier point. Dans sa décision 4/4,\n   la Conférence a décidé. Fin.</p>';
    const [run] = [...textRuns(document.body, null)];
    expect(findInRun(run!, undefined, document, PAGE_ENGINE).map((occ) => occ.context)).toEqual([
      'Dans sa décision 4/4, la Conférence a décidé.',
    ]);
  });
});
