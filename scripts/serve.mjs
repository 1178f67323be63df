// `npm start`: serves the examples, the CDN build and the built Storybook on 127.0.0.1 — nothing
// else, no other host.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** URL prefix → folder, first match wins. Everything else is a 404. */
const MOUNTS = [
  ['/cdn/', join(root, 'dist/cdn')],
  ['/storybook/', join(root, 'dist/storybook')],
  ['/react/', join(root, 'dist/examples/react')],
  ['/eleventy/', join(root, 'dist/eleventy')],
  ['/', join(root, 'examples')],
];
/** The policy of examples/strict-csp.html, sent as a header too (its <meta> says the same). */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Pages served under the strict policy besides the strict example: the embedding pages and their example. */
const STRICT_PAGES = new Set(['/strict-csp.html', '/embed.html', '/cdn/embed.html', '/cdn/builder.html']);

/** Examples served under the strict policy throughout, by URL prefix. */
const STRICT_PREFIXES = ['/react/', '/eleventy/'];

/** Headers of the example pages beyond the defaults: the strict policy, for the strict pages and the React and Eleventy examples. */
export function exampleHeaders(pathname) {
  return STRICT_PAGES.has(pathname) || STRICT_PREFIXES.some((prefix) => pathname.startsWith(prefix)) ? { 'content-security-policy': STRICT_CSP } : {};
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Maps a URL path to a file inside one of the mounts, or null when it would leave them. */
function resolvePath(pathname, mounts) {
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    return file === dir || file.startsWith(dir + sep) ? file : null;
  }
  return null;
}

/**
 * Starts the server; resolves with it once it listens. `port: 0` picks a free port.
 * `headers` go on every file served; `headersFor(pathname)` adds headers for one path (a CSP
 * for one page, say). `mounts` are extra `[prefix, folder]` pairs tried before the built-in ones.
 * `routes` answer single paths with a function instead of a file (a test's misbehaving source).
 * `gzip` compresses every file as a CDN would, each once for the server's life, so that every
 * load of a large file costs the same.
 */
export function serve({ port = Number(process.env.PORT ?? 8000), host = '127.0.0.1', headers = {}, headersFor = () => ({}), mounts = [], routes = {}, gzip = false } = {}) {
  const allMounts = [...mounts.map(([prefix, dir]) => [prefix, resolve(dir)]), ...MOUNTS];
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      if (Object.hasOwn(routes, pathname)) return void routes[pathname](req, res);
      let file = resolvePath(pathname, allMounts);
      if (file && (await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      let body = file ? (compressed.get(file) ?? (await readFile(file).catch(() => null))) : null;
      if (!body) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      if (gzip && !compressed.has(file)) compressed.set(file, (body = gzipSync(body, { level: 9 })));
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        ...headers,
        ...headersFor(pathname),
      });
      res.end(body);
    } catch {
      res.writeHead(500).end();
    }
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveServer(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serve({ headersFor: exampleHeaders });
  const { port } = server.address();
  const base = `http://127.0.0.1:${port}`;
  console.log(`dpg-kit examples: ${base}/`);
  console.log(`  Storybook: ${base}/storybook/`);
  console.log(`  also ${base}/cdn.html, ${base}/strict-csp.html, ${base}/hostile-css.html, ${base}/react/ after \`npm run example:react\` and ${base}/eleventy/ after \`npm run example:eleventy\``);
  console.log(`  snippet builder: ${base}/cdn/builder.html; iframe embeds: ${base}/embed.html`);
}
