import { describe, expect, it } from 'vitest';
import {
  allowRules,
  exactUrlFilters,
  redirectRules,
  REDIRECT_RULE_IDS,
  type RouteRule,
} from '../../../lib/pdf-route/dnr-rules';
import { parseReaderUrl } from '../../../lib/pdf-route/reader-url';

const BASE = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/pdf.html';

/**
 * A small model of how Chrome applies one of these rules to a top-level response (requestDomains with sub-domains,
 * RE2-compatible regexFilter, header globs), so the rules are tested on addresses rather than on their shape.
 */
interface ModelRequest {
  url: string;
  method?: string;
  headers: Record<string, string>;
  /** A frame's navigation: the address of the page that framed it (its initiator). */
  framedBy?: string;
}

/** The registrable domain, for the test's hosts (two labels: `un.org`, `example.org`; an IP stays whole). */
const siteOf = (url: string) => {
  const host = new URL(url).hostname;
  return /^[\d.]+$/.test(host) ? host : host.split('.').slice(-2).join('.');
};

function redirects(rules: RouteRule[], request: ModelRequest) {
  const glob = (pattern: string) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');
  const headerMatches = (list: { header: string; values: string[] }[] | undefined) =>
    (list ?? []).some(({ header, values }) => {
      const value = request.headers[header];
      return value !== undefined && values.some((v) => glob(v).test(value));
    });
  const host = new URL(request.url).hostname;
  const type = request.framedBy ? 'sub_frame' : 'main_frame';
  for (const rule of rules) {
    const c = rule.condition;
    if (!c.resourceTypes.includes(type)) continue;
    if (c.domainType === 'firstParty' && (!request.framedBy || siteOf(request.framedBy) !== siteOf(request.url))) {
      continue;
    }
    if (c.requestMethods && !c.requestMethods.includes((request.method ?? 'get') as 'get')) continue;
    if (c.requestDomains && !c.requestDomains.some((d) => host === d || host.endsWith(`.${d}`))) continue;
    const match = c.regexFilter ? new RegExp(c.regexFilter, 'i').exec(request.url) : null;
    if (!match) continue;
    if (c.responseHeaders && !headerMatches(c.responseHeaders)) continue;
    if (headerMatches(c.excludedResponseHeaders)) continue;
    if (rule.action.type !== 'redirect') continue;
    return rule.action.redirect.regexSubstitution.replace('\\0', match[0]);
  }
  return null;
}

const PDF = { 'content-type': 'application/pdf' };
const UN_PDF = 'https://documents.un.org/doc/undoc/gen/n24/272/22/pdf/n2427222.pdf';

describe('redirect rules per setting', () => {
  it.each([
    ['un-sites', UN_PDF, PDF, true],
    ['un-sites', 'https://docs.un.org/api/x?s=A/RES/64/293&t=pdf', { 'content-type': 'application/pdf; qs=0.9' }, true],
    ['un-sites', 'https://www.undocs.org/A/RES/64/293.pdf', PDF, true],
    ['un-sites', 'https://digitallibrary.un.org/record/1/files/A_64_293-FR.pdf', PDF, true],
    ['un-sites', 'https://www.unodc.org/documents/treaties/doc.pdf', PDF, true],
    ['un-sites', 'https://www.unodc.org/unodc/en/brochure.pdf', PDF, false],
    ['un-sites', 'https://example.org/doc.pdf', PDF, false],
    ['un-sites', 'https://notun.org.example.org/doc.pdf', PDF, false],
    ['un-sites', 'https://evilundocs.org/doc.pdf', PDF, false],
    ['un-sites', UN_PDF, { 'content-type': 'text/html' }, false],
    ['un-sites', UN_PDF, { ...PDF, 'content-disposition': 'attachment; filename="n2427222.pdf"' }, false],
    ['un-sites', UN_PDF, { ...PDF, 'content-disposition': 'Attachment' }, false],
    ['un-sites', UN_PDF, { ...PDF, 'content-disposition': 'inline; filename="n2427222.pdf"' }, true],
    ['all', 'https://example.org/doc.pdf?x=1', PDF, true],
    ['all', 'https://example.org/doc.pdf', { 'content-type': 'APPLICATION/PDF' }, true],
    ['all', 'https://example.org/doc.pdf', { 'content-type': 'application/octet-stream' }, false],
    ['all', 'https://example.org/doc.pdf', { ...PDF, 'content-disposition': 'attachment' }, false],
    ['ask', UN_PDF, PDF, false],
    ['ask', 'https://example.org/doc.pdf', PDF, false],
  ] as const)('%s: %s with %o → redirected: %s', (mode, url, headers, expected) => {
    const target = redirects(redirectRules(mode, BASE), { url, headers });
    expect(target !== null).toBe(expected);
    // The reader reads back exactly the PDF's address.
    if (target) expect(parseReaderUrl(target)).toEqual({ file: url, hash: '', auto: true });
  });

  it('never redirects a POST', () => {
    for (const mode of ['un-sites', 'all'] as const) {
      expect(redirects(redirectRules(mode, BASE), { url: UN_PDF, method: 'post', headers: PDF })).toBeNull();
    }
  });

  it.each([
    ['un-sites', UN_PDF, 'https://docs.un.org/fr/A/RES/64/293', true],
    ['un-sites', UN_PDF, 'https://blog.example.org/post', false],
    ['un-sites', 'https://example.org/doc.pdf', 'https://example.org/page', false],
    ['all', 'https://example.org/doc.pdf', 'https://www.example.org/page', true],
    ['all', 'https://example.org/doc.pdf', 'https://attacker.example/page', false],
    ['ask', UN_PDF, 'https://docs.un.org/fr/A/RES/64/293', false],
  ] as const)('%s: %s in a frame of %s → redirected: %s', (mode, url, framedBy, expected) => {
    const target = redirects(redirectRules(mode, BASE), { url, headers: PDF, framedBy });
    expect(target !== null).toBe(expected);
    if (target) expect(parseReaderUrl(target)).toEqual({ file: url, hash: '', auto: true });
  });

  it('has rules for top-level navigations and same-site frames only, with ids the background can replace', () => {
    for (const mode of ['un-sites', 'all'] as const) {
      const rules = redirectRules(mode, BASE);
      for (const rule of rules) {
        expect(REDIRECT_RULE_IDS).toContain(rule.id);
        const { resourceTypes, domainType } = rule.condition;
        expect([resourceTypes, domainType]).toEqual(
          resourceTypes[0] === 'main_frame' ? [['main_frame'], undefined] : [['sub_frame'], 'firstParty'],
        );
      }
      // Every top-level rule has its frame twin.
      expect(rules.filter((r) => r.condition.resourceTypes[0] === 'sub_frame')).toHaveLength(rules.length / 2);
    }
    expect(new Set(REDIRECT_RULE_IDS).size).toBe(REDIRECT_RULE_IDS.length);
  });
});

describe('the escape hatch rules', () => {
  it('allow exactly one address in one tab, with or without a fragment, above the redirects', () => {
    const rules = allowRules(16_001, 42, `${UN_PDF}#page=2`);
    expect(rules.map((r) => r.id)).toEqual([16_001, 16_002]);
    for (const rule of rules) {
      expect(rule).toMatchObject({
        action: { type: 'allow' },
        condition: { tabIds: [42], resourceTypes: ['main_frame', 'sub_frame'] },
      });
      expect(rule.priority).toBeGreaterThan(Math.max(...redirectRules('all', BASE).map((r) => r.priority)));
    }
    expect(rules.map((r) => r.condition.urlFilter)).toEqual([`|${UN_PDF}|`, `|${UN_PDF}#`]);
  });

  it('write the address as the browser matches it (parsed, fragment dropped)', () => {
    expect(exactUrlFilters('https://Example.org/a b.pdf?x=1#frag')).toEqual([
      '|https://example.org/a%20b.pdf?x=1|',
      '|https://example.org/a%20b.pdf?x=1#',
    ]);
  });
});
