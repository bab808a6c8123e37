// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findInRun, type Occurrence } from '../../../lib/page/read/find-in-run';
import { CitationRegistry } from '../../../lib/page/marks/registry';
import { textRuns } from '../../../lib/page/read/text-runs';
import { PAGE_ENGINE } from '../../factories/page-engine';

const scan = (root: Element): Occurrence[] =>
  [...textRuns(root, null)].flatMap((run) => findInRun(run, undefined, document, PAGE_ENGINE));

describe('CitationRegistry', () => {
  it('indexes occurrences by node, in document order, and groups them by key', () => {
    document.body.innerHTML =
      '<p id="a">Voir la décision 4/4 et la décision 4/4 bis.</p><p id="b">CTOC/COP/WG.4/2011/8 et la décision 4/4.</p>';
    const registry = new CitationRegistry();
    registry.add(scan(document.body).reverse());
    expect(registry.inOrder().map((o) => o.citation.text)).toEqual([
      'décision 4/4',
      'décision 4/4',
      'CTOC/COP/WG.4/2011/8',
      'décision 4/4',
    ]);
    expect(registry.groups().map((g) => [g.key, g.count])).toEqual([
      ['COP decision 4/4', 3],
      ['CTOC/COP/WG.4/2011/8', 1],
    ]);
    expect(registry.nth('COP decision 4/4', 2)?.block.id).toBe('b');
    expect(registry.at(document.getElementById('b')!.firstChild!)).toHaveLength(2);
  });

  it('keeps the id of a citation found again at the same place, and drops those that went', () => {
    document.body.innerHTML = '<p id="a">Voir la décision 4/4, puis la résolution 5/2.</p>';
    const registry = new CitationRegistry();
    registry.add(scan(document.body));
    const [decision, resolution] = registry.inOrder();
    const p = document.getElementById('a')!;
    // The paragraph changes after the first citation: read again.
    p.firstChild!.textContent = 'Voir la décision 4/4, puis rien.';
    registry.replaceWithin([p], scan(p));
    expect(registry.inOrder().map((o) => o.id)).toEqual([decision!.id]);
    expect(registry.get(resolution!.id)).toBeUndefined();
    expect(registry.size).toBe(1);
  });

  it('forgets what left the document', () => {
    document.body.innerHTML = '<p id="a">Voir la décision 4/4.</p><p id="b">La résolution 5/2.</p>';
    const registry = new CitationRegistry();
    registry.add(scan(document.body));
    document.getElementById('b')!.remove();
    registry.removeWithin([]);
    expect(registry.groups().map((g) => g.key)).toEqual(['COP decision 4/4']);
  });
});
