import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves pages on 127.0.0.1: first from `pages` (generated in memory, path → HTML), then from the static
 * folders in order. Paths never escape the folders.
 */
export async function startFixtureServer(options: {
  pages?: ReadonlyMap<string, string>;
  folders?: string[];
}): Promise<FixtureServer> {
  const pages = options.pages ?? new Map<string, string>();
  const folders = (options.folders ?? []).map((folder) => resolve(folder));
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const page = pages.get(path) ?? pages.get(path.endsWith('/') ? `${path}index.html` : path);
      if (page !== undefined) {
        res.writeHead(200, { 'content-type': TYPES['.html']! });
        res.end(page);
        return;
      }
      for (const folder of folders) {
        const file = normalize(join(folder, path));
        if (!file.startsWith(folder)) break;
        try {
          const body = await readFile(file);
          res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
          res.end(body);
          return;
        } catch {
          // Not in this folder; try the next.
        }
      }
      res.writeHead(404, { 'content-type': TYPES['.txt']! });
      res.end(`Not found: ${path}`);
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
