/**
 * A static file server for tests/fixtures on 127.0.0.1 (random port) that records every request,
 * and a forward proxy that records (and refuses) every request leaving the machine.
 * Browsers are pointed at the proxy, so any request to a non-loopback host, from a page or from
 * the extension's worker, shows up in `ExternalRecorder.requests`.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** One request seen by the fixture server. */
export interface ServedRequest {
  url: string;
  method: string;
  origin?: string;
  referer?: string;
  status: number;
}

export interface FixtureServer {
  /** http://127.0.0.1:<port> (no trailing slash). */
  origin: string;
  requests: ServedRequest[];
  close(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok((server.address() as AddressInfo).port));
  });
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections?.();
  return new Promise((ok) => server.close(() => ok()));
}

/** Starts the fixture server; resolves with its origin and its request log. */
export async function startFixtureServer(root: string): Promise<FixtureServer> {
  const requests: ServedRequest[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = resolve(root, `.${path}`);
    const record = (status: number) =>
      requests.push({
        url: req.url ?? '',
        method: req.method ?? 'GET',
        origin: req.headers.origin,
        referer: req.headers.referer,
        status,
      });
    if (file !== root && !file.startsWith(root + sep)) {
      record(403);
      res.writeHead(403).end('forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = resolve(file, 'index.html');
    if (!existsSync(file) && path === '/favicon.ico') {
      // Browsers ask for it on their own; a 404 would show up as a console error of every page.
      record(204);
      res.writeHead(204).end();
      return;
    }
    if (!existsSync(file)) {
      record(404);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    record(200);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  const port = await listen(server);
  return { origin: `http://127.0.0.1:${port}`, requests, close: () => closeServer(server) };
}

/** A request that tried to leave the machine. */
export interface ExternalRequest {
  /** "GET http://host/path" or "CONNECT host:443". */
  target: string;
  time: number;
}

export interface ExternalRecorder {
  port: number;
  requests: ExternalRequest[];
  close(): Promise<void>;
}

/** Starts a forward proxy that records every request and refuses it (403 / closed tunnel). */
export async function startExternalRecorder(): Promise<ExternalRecorder> {
  const requests: ExternalRequest[] = [];
  const server = createServer((req, res) => {
    requests.push({ target: `${req.method} ${req.url}`, time: Date.now() });
    res.writeHead(403, { 'content-type': 'text/plain' }).end('Kontext e2e: network access refused');
  });
  server.on('connect', (req, socket) => {
    requests.push({ target: `CONNECT ${req.url}`, time: Date.now() });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  const port = await listen(server);
  return { port, requests, close: () => closeServer(server) };
}
