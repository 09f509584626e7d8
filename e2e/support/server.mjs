// A tiny static file server for dist/ on 127.0.0.1 (ephemeral port), so the e2e tests run
// against exactly what partners deploy.
//
// For the embedding tests it can also act as a partner's web server:
// - `options.csp`: a Content-Security-Policy for the widget's HTML documents (index.html,
//   partner.html): a string, or a function (pathname) => string | undefined. Default: none.
// - `options.cors`: `Access-Control-Allow-Origin: *` on .js, .wasm and .css (in-page mode,
//   sandboxed iframes). Default: off.
// - `options.hosts`: a folder of host pages served under `/host/`. In their .html files
//   `{{WIDGET}}` is replaced by the widget's origin (`http://127.0.0.1:PORT`). A host page
//   gets the CSP given in its query parameter `?csp=…` (the whole policy, URL-encoded).
// - `options.brotli`: responses brotli-compressed (quality 11, as a deployment would
//   precompress them) with `Content-Encoding: br` when the request accepts it; for the
//   throttled load benchmark (scripts/bench-load.mjs). Default: off.
// In every CSP `{widget}` becomes the widget's origin and `{host}` the host pages' origin
// (`http://localhost:PORT`): the same server, but another site for the browser.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The path prefix of the host pages. */
export const HOST_PREFIX = '/host/';
const CORS_TYPES = new Set(['.js', '.mjs', '.wasm', '.css']);

/** `file` below `base` for the URL path `path`, or null when it would leave `base`. */
async function resolveFile(base, path) {
  let file = normalize(join(base, path));
  if (file !== base && !file.startsWith(base + sep)) return null;
  if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
  return file;
}

export async function startServer(root, options = {}) {
  const { csp, cors = false, hosts, brotli = false } = options;
  /** Compressed bodies by file (compressed once, as precompressed files would be). */
  const compressed = new Map();
  const compress = (file, body) => {
    if (!compressed.has(file))
      compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    return compressed.get(file);
  };
  const base = resolve(root);
  const hostBase = hosts ? resolve(hosts) : null;
  await stat(join(base, 'index.html')).catch(() => {
    throw new Error(`${base}/index.html is missing: build the release first (make release)`);
  });
  let origins = {};
  const fillOrigins = (policy) =>
    policy?.replaceAll('{widget}', origins.widget).replaceAll('{host}', origins.host);

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      const path = decodeURIComponent(url.pathname);
      const headers = { 'cache-control': 'no-store' };
      let file;
      let body;
      if (hostBase && path.startsWith(HOST_PREFIX)) {
        file = await resolveFile(hostBase, path.slice(HOST_PREFIX.length));
        if (!file) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
        body = await readFile(file);
        if (extname(file) === '.html') {
          body = body.toString('utf8').replaceAll('{{WIDGET}}', origins.widget);
          const policy = url.searchParams.get('csp');
          if (policy) headers['content-security-policy'] = fillOrigins(policy);
        }
      } else {
        file = await resolveFile(base, path);
        if (!file) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
        body = await readFile(file);
        if (extname(file) === '.html' && csp) {
          const policy = fillOrigins(typeof csp === 'function' ? csp(path) : csp);
          if (policy) headers['content-security-policy'] = policy;
        }
        if (cors && CORS_TYPES.has(extname(file))) headers['access-control-allow-origin'] = '*';
      }
      headers['content-type'] = TYPES[extname(file)] ?? 'application/octet-stream';
      if (brotli && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = compress(file, body);
        headers['content-encoding'] = 'br';
        headers.vary = 'accept-encoding';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  origins = { widget: `http://127.0.0.1:${port}`, host: `http://localhost:${port}` };
  return {
    url: `${origins.widget}/`,
    /** Where the host pages are (another site than the widget: localhost, not 127.0.0.1). */
    hostUrl: hostBase ? `${origins.host}${HOST_PREFIX}` : undefined,
    origins,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
