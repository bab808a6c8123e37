import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../demo/markdown-to-html';
import { DEMO_DOCUMENTS } from '../../demo/site';

const DEMO_DIR = join(import.meta.dirname, '../../demo');
const sourceOf = (slug: string): string => {
  const doc = DEMO_DOCUMENTS.find((d) => d.slug === slug)!;
  return readFileSync(join(DEMO_DIR, doc.file), 'utf8');
};

/** What a reader sees: tags as spaces (cells, list items), the four entities the renderer writes decoded. */
const visibleText = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The words of a text (letters and digits), in order: markup characters are not words. */
const words = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];

describe('markdownToHtml (demo pages)', () => {
  it.each([
    ['a heading', '# Introduction', '<h1>Introduction</h1>'],
    ['a footnote marker', 'la Convention<sup>2</sup>.', '<p>la Convention<sup>2</sup>.</p>'],
    ['bold and italics', '**Décision 1/5** *Prie*', '<p><strong>Décision 1/5</strong> <em>Prie</em></p>'],
    [
      'script-like text stays text',
      'a <script>alert(1)</script> b',
      '<p>a &lt;script&gt;alert(1)&lt;/script&gt; b</p>',
    ],
    ['a placeholder link', 'au [\\[\\[\\[City\\]\\]\\]](#)', '<p>au <span class="link">[[[City]]]</span></p>'],
    ['a page break', '---', '<hr>'],
    ['a list', '- a) un\n- b) deux', '<ul><li>a) un</li><li>b) deux</li></ul>'],
    [
      'bold over several lines',
      '**Examen de\ncontre la criminalité**',
      '<p><strong>Examen de<br>\ncontre la criminalité</strong></p>',
    ],
    ['unbalanced bold stays literal', '**Examen de\nla suite', '<p>**Examen de<br>\nla suite</p>'],
    ['italics never cross lines', '- a)* un ;\n- b)* deux', '<ul><li>a)* un ;</li><li>b)* deux</li></ul>'],
    [
      'a paragraph introducing an indented list',
      '5. Les États parties devraient :\n  - a) Incriminer ;\n  - b) Adopter.',
      '<p>5. Les États parties devraient :</p>\n<ul><li>a) Incriminer ;</li><li>b) Adopter.</li></ul>',
    ],
    [
      'a nested list',
      '- j) couvrir :\n- i) les frais ;\n  - ii) les soins ;\n  - iii) la perte ;\n- k) suite',
      '<ul><li>j) couvrir :</li><li>i) les frais ;<ul><li>ii) les soins ;</li><li>iii) la perte ;</li></ul></li><li>k) suite</li></ul>',
    ],
    ['a heading inside a block', '## Titre\nTexte', '<h2>Titre</h2>\n<p>Texte</p>'],
    [
      'a table with placeholder links',
      'Thème\tCote\nAgences\t<a href="#">II.37</a> <a href="#">V.18</a>',
      '<table><tr><td>Thème</td><td>Cote</td></tr><tr><td>Agences</td><td><span class="link">II.37</span> <span class="link">V.18</span></td></tr></table>',
    ],
  ])('renders %s', (_label, source, html) => {
    expect(markdownToHtml(source)).toBe(html);
  });

  it('renders the secretariat note (CTOC/COP/2012, note-secretariat-2012) with its wrapped title bold, no literal **', () => {
    const html = markdownToHtml(sourceOf('note-secretariat-2012'));
    expect(visibleText(html)).not.toContain('**');
    expect(html).toMatch(/<strong>Examen de l'application[^<]*<br>\n[^]*?et des enfants<\/strong>/);
  });

  it.each(DEMO_DOCUMENTS.map((doc) => doc.slug))('%s: no markup left as text, every word kept in order', (slug) => {
    const source = sourceOf(slug);
    const text = visibleText(markdownToHtml(source));
    expect(text).not.toContain('**');
    expect(text).not.toContain('\\[');
    expect(text).not.toMatch(/<\/?(a|b|i|u|sup)\b/);
    // Placeholder links lose their brackets and escapes only: compare words, which markup never adds or removes.
    const stripped = source
      .replace(/<\/?(a|b|i|u|sup)\b[^>]*>/g, ' ')
      .replace(/\]\((#|https?:[^)]*|mailto:[^)]*)\)/g, ' ');
    expect(words(text)).toEqual(words(stripped));
  });
});
