// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { scanRoot } from '../../../lib/page/scan/page-scan';
import { countingLoader, pageScanContext } from '../../factories/page-engine';

/**
 * A run without a digit still holds a citation when an article is numbered in words (`l’article premier`): the page
 * scan asks whether a run has a number on the run's whole text as the engine reads it, so markup splitting the
 * article word from its number, or a soft hyphen inside the word, does not hide it.
 */

describe('an article numbered in words, in a run without a digit', () => {
  it.each([
    ['one text node', '<p>En vertu de l’article premier du Protocole relatif à la traite des personnes, les États</p>'],
    [
      'the number in emphasis',
      '<p>En vertu de l’article <em>premier</em> du Protocole relatif à la traite des personnes, les États</p>',
    ],
    [
      'a soft hyphen inside the word',
      '<p>En vertu de l’ar&shy;ticle premier du Protocole relatif à la traite des personnes, les États</p>',
    ],
    ['English, the word in a link', '<p>Under <a href="#a">article</a> one of the Protocol, States shall</p>'],
  ])('%s: marked', async (_name, html) => {
    document.body.innerHTML = html;
    const loader = countingLoader();
    const { ctx, registry } = pageScanContext(loader.load);
    await scanRoot(ctx);
    expect(registry.groups().map((g) => g.key)).toEqual(['TIP Protocol art. 1']);
    expect(loader.loads).toBe(1);
  });

  it('a run with neither a digit nor such a word does not load the engine', async () => {
    document.body.innerHTML = '<p>The <em>article</em> says nothing of the <a href="#p">Protocol</a> at all.</p>';
    const loader = countingLoader();
    const { ctx, registry } = pageScanContext(loader.load);
    await scanRoot(ctx);
    expect(registry.size).toBe(0);
    expect(loader.loads).toBe(0);
  });
});
