/**
 * The benchmark's own static server on 127.0.0.1: tests/fixtures under /fixtures/, the generated
 * long article under /long.html, and the saved trafilatura news pages under /traf/<file> with
 * `Content-Security-Policy: script-src 'none'` (their scripts are irrelevant and would only try
 * to reach the network; content scripts are not subject to the page's CSP).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface BenchServer {
  origin: string;
  close(): Promise<void>;
}

/** Returns a running server; `pages` are extra in-memory HTML documents by path. */
export async function startBenchServer(
  roots: { fixtures: string; traf: string },
  pages: Record<string, string>,
): Promise<BenchServer> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (pages[path] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }).end(pages[path]);
      return;
    }
    const [prefix, root, headers] = path.startsWith('/traf/')
      ? ['/traf/', roots.traf, { 'content-security-policy': "script-src 'none'" }]
      : ['/fixtures/', roots.fixtures, {}];
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    let file = resolve(root, `.${path.slice(prefix.length - 1)}`);
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = resolve(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers,
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
