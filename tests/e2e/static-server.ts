/** Serves tests/e2e/pages on 127.0.0.1 (the only host the e2e browser can reach). */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
};

export interface StaticServer {
  origin: string;
  /** Every path requested, in order: lets tests see what left extension pages. */
  requests: string[];
  close(): Promise<void>;
}

/** `pages` adds generated pages by path ("/hostile/01.html" → HTML), served before files. */
export async function startStaticServer(root = resolve(import.meta.dirname, 'pages'), pages: Record<string, string> = {}): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    const generated = pages[path];
    if (generated !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(generated);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
