#!/usr/bin/env node
// Serves tests/fixtures/ as a "news site" on its own origin, for the bookmarklet tests.
// Node http only, no dependencies.
//
//   node tests/e2e/fixture-server.mjs [--port N] [--factmark-origin URL]
//
// Unlike scripts/serve.mjs it sends a per-page Content-Security-Policy (see POLICIES):
// csp-strict.html forbids scripts from other origins, so the bookmarklet's import() of
// factmark is blocked; csp-wasm.html allows factmark's origin but not 'wasm-unsafe-eval',
// so the module loads and WebAssembly is refused. Every response carries
// Access-Control-Allow-Origin: * so the tests can fetch the pristine fixture HTML.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The Content-Security-Policy of each fixture that has one; FACTMARK is factmark's origin. */
export const POLICIES = {
  'csp-strict.html': () => "script-src 'self'; object-src 'none'; base-uri 'none'",
  'csp-wasm.html': (factmark) => `script-src 'self' ${factmark}; object-src 'none'; base-uri 'none'`,
};

/**
 * Starts the fixture server. Resolves to { server, origin, close() }.
 * factmarkOrigin is the origin the CSP of csp-wasm.html lets scripts come from.
 */
export function startFixtureServer({ port = 0, host = '127.0.0.1', root = FIXTURES, factmarkOrigin = 'http://127.0.0.1:8080' } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url || '/').split(/[?#]/, 1)[0]);
    const file = resolve(join(base, path === '/' ? 'article.html' : path));
    if (!file.startsWith(base + sep) || path.includes('\0')) {
      res.writeHead(403, { 'Content-Type': 'text/plain' });
      return res.end('forbidden\n');
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const body = await readFile(file);
      const name = file.slice(base.length + 1);
      const headers = {
        'Content-Type': MIME[extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-store',
        'Access-Control-Allow-Origin': '*',
      };
      if (POLICIES[name]) headers['Content-Security-Policy'] = POLICIES[name](factmarkOrigin.replace(/\/+$/, ''));
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found\n');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      const origin = `http://${host}:${actual}`;
      ok({ server, origin, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const { origin } = await startFixtureServer({
    port: Number(opt('--port', process.env.PORT || 0)),
    factmarkOrigin: opt('--factmark-origin', 'http://127.0.0.1:8080'),
  });
  console.log(`serving ${FIXTURES} at ${origin}/`);
}
