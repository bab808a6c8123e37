import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_DIR } from '../../tooling/browsers/launch';
import { launchExtension, type ExtensionSession } from '../../tooling/browsers/fixtures';

/** The built manifest, as Chrome reads it. */
type Manifest = Record<string, unknown> & {
  permissions?: string[];
  web_accessible_resources?: { resources: string[] }[];
};

/**
 * The same manifest without what PDF routing added (permissions, host permissions, the reader's web-accessible entry,
 * the minimum Chrome version): the install warnings before the change.
 */
function withoutPdfRouting(manifest: Manifest): Manifest {
  const before: Manifest = structuredClone(manifest);
  before.permissions = before.permissions?.filter((p) => p !== 'declarativeNetRequestWithHostAccess');
  delete before.host_permissions;
  delete before.minimum_chrome_version;
  before.web_accessible_resources = before.web_accessible_resources?.filter((w) => !w.resources.includes('pdf.html'));
  return before;
}

describe('permissions for PDFs (Chrome)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => session?.close());

  it('add no install warning: the same warnings as the manifest without them', async () => {
    const built = JSON.parse(readFileSync(join(CHROME_EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
    // What this test is about is really in the build.
    expect(built.permissions).toContain('declarativeNetRequestWithHostAccess');
    expect(built.host_permissions).toEqual(['http://*/*', 'https://*/*']);
    const page = await session.openExtensionPage('options.html');
    // Chrome's own wording of the install prompt, for each manifest (no `management` permission needed).
    const warnings = (manifest: Manifest) =>
      page.evaluate((text) => chrome.management.getPermissionWarningsByManifest(text), JSON.stringify(manifest));
    const after = await warnings(built);
    const before = await warnings(withoutPdfRouting(built));
    expect(after).toEqual(before);
    expect(after).toEqual(['Read and change all your data on all websites']);
    await page.close();
  });
});
