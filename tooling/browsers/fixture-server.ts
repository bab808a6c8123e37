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

/** A response made by a test (a PDF with chosen headers, a redirect, an error). */
export interface RouteResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

/** Answers one path (any method); `undefined` lets the pages and folders answer. */
export type Route = (request: { method: string; url: URL }) => RouteResponse | undefined;

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves pages on 127.0.0.1: first from `routes` (path → a test's own response), then `pages` (generated in memory,
 * path → HTML), then from the static folders in order. Paths never escape the folders. The server answers any host
 * name it is reached by (tests map UN host names to it).
 */
export async function startFixtureServer(options: {
  pages?: ReadonlyMap<string, string>;
  folders?: string[];
  routes?: ReadonlyMap<string, Route>;
}): Promise<FixtureServer> {
  const pages = options.pages ?? new Map<string, string>();
  const folders = (options.folders ?? []).map((folder) => resolve(folder));
  const server: Server = createServer((req, res) => {
    void (async () => {
      const requestUrl = new URL(req.url ?? '/', `http://${req.headers.host ?? 'x'}`);
      const path = decodeURIComponent(requestUrl.pathname);
      const routed = options.routes?.get(path)?.({ method: req.method ?? 'GET', url: requestUrl });
      if (routed) {
        req.resume(); // a POST body is not read
        res.writeHead(routed.status ?? 200, routed.headers ?? {});
        res.end(routed.body ?? '');
        return;
      }
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
