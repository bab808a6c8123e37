/**
 * Where "on UN document sites" applies: the hosts that serve UN documents as PDFs (see the guide's pdf-notes §8).
 * One table for Chrome's redirect rules and Firefox's request listener. Sub-domains count (`www.undocs.org`).
 */

/** Hosts whose every PDF is a UN document. */
export const UN_DOCUMENT_HOSTS: readonly string[] = [
  'documents.un.org', // the Official Document System: /doc/undoc/gen/…/pdf/….pdf, /api/symbol/access?…&t=pdf
  'docs.un.org', // symbol landing pages, PDFs in a frame from documents.un.org
  'undocs.org', // the short links Renvoi's "Open document" uses
  'digitallibrary.un.org', // the UN Digital Library's record files
];

/** Hosts where only one folder holds documents (unodc.org serves its reports under /documents/). */
export const UN_DOCUMENT_FOLDERS: readonly { host: string; folder: string }[] = [
  { host: 'unodc.org', folder: '/documents/' },
];

/** True when `host` is `domain` or one of its sub-domains (`www.unodc.org` in `unodc.org`, not `evilunodc.org`). */
export function hostWithin(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === domain || h.endsWith(`.${domain}`);
}

/** True when the address is on a UN document site, by the table above. */
export function isUnDocumentUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (UN_DOCUMENT_HOSTS.some((domain) => hostWithin(url.hostname, domain))) return true;
  return UN_DOCUMENT_FOLDERS.some(
    ({ host, folder }) => hostWithin(url.hostname, host) && url.pathname.startsWith(folder),
  );
}
