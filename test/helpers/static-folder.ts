// A static file server for one folder on 127.0.0.1 that records every path asked for, so a
// test can say which files a call read. `override` answers chosen paths another way (a 500).
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';

export interface StaticFolder {
  /** The folder's URL, ending in `/`. */
  readonly base: string;
  /** Paths requested so far, in order (`/dpgs/dhis2.json`). */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function serveFolder(root: string, override: Record<string, (res: ServerResponse) => void> = {}): Promise<StaticFolder> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    const special = override[path];
    if (special) return special(res);
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep)) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': 'application/json' }).end(body),
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
