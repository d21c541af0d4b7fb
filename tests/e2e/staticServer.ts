import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/**
 * How long a browser may keep a file: the build's hashed assets never change under their name, so
 * they are kept (as any static host configured for a Vite build would); the rest (index.html, sw.js,
 * the manifest and icons) is asked for again each time, as a new deployment changes them in place.
 */
const cacheControl = (path: string): string =>
  path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';

/** The request's path, decoded; undefined when its escapes are malformed (`%E0`). */
function requestPath(url: string | undefined): string | undefined {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    return undefined;
  }
}

/** The file a path names inside `root` (a folder's index.html), or undefined outside it. */
function fileIn(root: string, path: string): string | undefined {
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  return file.startsWith(normalize(root) + sep) ? file : undefined;
}

/**
 * Serves the production build in `root` on 127.0.0.1, files read from disk on every request (a test
 * may rewrite one, as a new deployment would). Plain and uncompressed: the browser tests spend their
 * CPU on the page rather than on the server (vite preview cost ~0.4 s of CPU per page load here).
 */
export async function serveBuild(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = requestPath(request.url);
      const file = path === undefined ? undefined : fileIn(root, path);
      if (
        path === undefined ||
        file === undefined ||
        (request.method !== 'GET' && request.method !== 'HEAD')
      ) {
        response.writeHead(path === undefined ? 400 : 404).end();
        return;
      }
      try {
        const body = await readFile(file);
        response.writeHead(200, {
          'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'Content-Length': body.length,
          'Cache-Control': cacheControl(path),
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the build server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
