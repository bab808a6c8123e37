import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToHtml } from './markdown-to-html';

const DEMO_DIR = import.meta.dirname;

/** The bundled sample documents and the compendium, with the titles the index page shows. */
export const DEMO_DOCUMENTS = [
  { slug: 'decision-1-5', file: 'sources/000_0ac4b343af7a43aa.txt', title: 'Décision 1/5 (2004)' },
  {
    slug: 'draft-resolution-2008',
    file: 'sources/001_493e510ad8222231.txt',
    title: 'Groupe des 77 et Chine : projet de résolution (2008)',
  },
  {
    slug: 'note-secretariat-2012',
    file: 'sources/002_358551e6050c8439.txt',
    title: 'Note du Secrétariat, sixième session (2012)',
  },
  { slug: 'note-verbale-2009', file: 'sources/003_c09b3555f6de2e03.txt', title: 'Note verbale CU 2009/92 (A) (2009)' },
  {
    slug: 'compendium',
    file: '../corpus/sources/004_baebc0e19c1535a4.txt',
    title: 'Recueil et index thématique (ONUDC, 2021)',
  },
] as const;

const PAGE_STYLE = `
  body { font: 17px/1.55 Georgia, 'Times New Roman', serif; max-width: 760px; margin: 2rem auto; padding: 0 1rem; color: #222; }
  h1, h2, h3, h4 { font-family: system-ui, sans-serif; line-height: 1.25; }
  table { border-collapse: collapse; font-size: 14px; } td { border: 1px solid #ccc; padding: 2px 6px; vertical-align: top; }
  nav a { margin-right: 1rem; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>${title}</title><style>${PAGE_STYLE}</style></head>
<body>
<nav><a href="/">Renvoi — démo</a></nav>
<article>
${body}
</article>
</body>
</html>
`;
}

/** Renders the demo site: `/` (index) and `/<slug>.html` for each document. */
export function renderDemoSite(): Map<string, string> {
  const pages = new Map<string, string>();
  const links = DEMO_DOCUMENTS.map((doc) => `<li><a href="/${doc.slug}.html">${doc.title}</a></li>`).join('\n');
  pages.set(
    '/index.html',
    page(
      'Renvoi — documents de démonstration',
      `<h1>Renvoi — documents de démonstration</h1>
<p>Survolez une référence (par exemple « décision 4/4 » ou « CTOC/COP/WG.4/2011/8 ») pour voir ce qu'elle dit.</p>
<ul>${links}</ul>`,
    ),
  );
  for (const doc of DEMO_DOCUMENTS) {
    const source = readFileSync(join(DEMO_DIR, doc.file), 'utf8');
    pages.set(`/${doc.slug}.html`, page(doc.title, markdownToHtml(source)));
  }
  return pages;
}
