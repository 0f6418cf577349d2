#!/usr/bin/env node
// A tiny static file server for www/ (no npm dependencies).
//
//   node scripts/serve.mjs [--root DIR] [--port N] [--host H]
//
// PORT and HOST environment variables work too (defaults 8080 and 127.0.0.1; --port 0
// picks a free port). Prints "serving DIR at http://HOST:PORT/" once listening.
// HTML gets a strict Content-Security-Policy; .js/.mjs/.wasm get
// Access-Control-Allow-Origin: * so the bookmarklet can import the module from another
// origin's page. Paths escaping the root are refused.
//
// Caching and compression: every response carries a strong ETag (a hash of the file and
// of its encoding) and "Cache-Control: no-cache", so a browser keeps what it downloaded
// and asks again with If-None-Match, getting "304 Not Modified" (no body) until the file
// changes. Text and WebAssembly are sent brotli-compressed to clients that accept "br"
// (gzip to those that accept only gzip), with "Vary: Accept-Encoding"; each file is
// compressed once per change (or taken from FILE.br / FILE.gz made at build time) and kept
// in memory.

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
};
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const CORS_EXTS = new Set([".js", ".mjs", ".wasm", ".css"]);
const COMPRESSIBLE = new Set([".html", ".htm", ".js", ".mjs", ".wasm", ".css", ".json", ".svg", ".txt", ".md"]);
const HAS_BROTLI = typeof zlib.brotliCompressSync === "function";

/** file path → {mtimeMs, size, body, hash, encoded: Map(encoding → Promise<Buffer>)} */
const cache = new Map();
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const SUFFIX = { br: ".br", gzip: ".gz" };

async function load(file, info) {
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) return hit;
  const body = await readFile(file);
  const hash = createHash("sha256").update(body).digest("base64url").slice(0, 22);
  const entry = { file, mtimeMs: info.mtimeMs, size: info.size, body, hash, encoded: new Map() };
  cache.set(file, entry);
  return entry;
}

/**
 * The file compressed: a sibling made at build time (FILE.br, FILE.gz; `make wasm` writes
 * them for the wasm) when it is no older than the file, else compressed here, off the
 * event loop (brotli at its best takes seconds on the wasm), once per change of the file.
 */
function encoded(entry, encoding) {
  if (!entry.encoded.has(encoding)) {
    const made = (async () => {
      const sibling = entry.file + SUFFIX[encoding];
      const info = await stat(sibling).catch(() => null);
      if (info && info.isFile() && info.mtimeMs >= entry.mtimeMs) return readFile(sibling);
      return encoding === "br"
        ? brotli(entry.body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: entry.body.length } })
        : gzip(entry.body, { level: 9 });
    })();
    entry.encoded.set(encoding, made);
    made.catch(() => entry.encoded.delete(encoding));
  }
  return entry.encoded.get(encoding);
}

/** The best encoding the client accepts ("br", "gzip") or null, per Accept-Encoding. */
export function pickEncoding(accept = "") {
  const q = new Map();
  for (const part of String(accept).toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    if (!name) continue;
    const p = params.map((x) => x.trim()).find((x) => x.startsWith("q="));
    q.set(name, p ? Number(p.slice(2)) : 1);
  }
  const ok = (name) => (q.has(name) ? q.get(name) > 0 : q.has("*") && q.get("*") > 0);
  if (HAS_BROTLI && ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return null;
}

function parseArgs(argv) {
  const here = fileURLToPath(new URL(".", import.meta.url));
  const opts = {
    root: resolve(here, "..", "www"),
    port: Number(process.env.PORT ?? 8080),
    host: process.env.HOST || "127.0.0.1",
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === "--root") opts.root = resolve(value());
    else if (flag === "--port") opts.port = Number(value());
    else if (flag === "--host") opts.host = value();
    else if (flag === "--help" || flag === "-h") {
      console.log("usage: node scripts/serve.mjs [--root DIR] [--port N] [--host H]");
      process.exit(0);
    } else {
      console.error(`serve.mjs: unknown argument ${argv[i]}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    console.error(`serve.mjs: bad port ${opts.port}`);
    process.exit(2);
  }
  return opts;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "X-Content-Type-Options": "nosniff",
    ...headers,
  });
  res.end(body);
}

/** Maps a request path to a file under root, or null if it would escape root. */
function resolvePath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const file = resolve(join(root, decoded));
  if (file !== root && !file.startsWith(root + sep)) return null;
  return file;
}

export function createStaticServer(rootDir) {
  const root = resolve(rootDir);
  return createServer(async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      return send(res, 405, "method not allowed\n", { Allow: "GET, HEAD" });
    }
    const urlPath = (req.url || "/").split(/[?#]/, 1)[0];
    // Refuse any ".." segment outright, raw or percent-encoded.
    if (/(^|\/)(\.\.|%2e%2e|%2e\.|\.%2e)(\/|$)/i.test(urlPath)) {
      return send(res, 403, "forbidden\n");
    }
    let file = resolvePath(root, urlPath);
    if (file === null) return send(res, 403, "forbidden\n");
    let info;
    try {
      info = await stat(file);
      if (info.isDirectory()) {
        if (!urlPath.endsWith("/")) {
          return send(res, 301, "", { Location: urlPath + "/" });
        }
        file = join(file, "index.html");
        info = await stat(file);
      }
    } catch {
      return send(res, 404, "not found\n");
    }
    if (!info.isFile()) return send(res, 404, "not found\n");
    const ext = extname(file).toLowerCase();
    let entry;
    try {
      entry = await load(file, info);
    } catch {
      return send(res, 404, "not found\n");
    }
    const encoding = COMPRESSIBLE.has(ext) ? pickEncoding(req.headers["accept-encoding"]) : null;
    let body = entry.body;
    if (encoding) {
      try {
        body = await encoded(entry, encoding);
      } catch {
        return send(res, 500, "compression failed\n");
      }
    }
    const etag = `"${entry.hash}${encoding ? `-${encoding}` : ""}"`;
    const headers = {
      "Content-Type": MIME[ext] || "application/octet-stream",
      "Cache-Control": "no-cache",
      ETag: etag,
      "X-Content-Type-Options": "nosniff",
    };
    if (COMPRESSIBLE.has(ext)) headers.Vary = "Accept-Encoding";
    if (encoding) headers["Content-Encoding"] = encoding;
    if (ext === ".html" || ext === ".htm") headers["Content-Security-Policy"] = CSP;
    if (CORS_EXTS.has(ext)) headers["Access-Control-Allow-Origin"] = "*";
    const match = String(req.headers["if-none-match"] || "")
      .split(",")
      .map((t) => t.trim().replace(/^W\//, ""));
    if (match.includes(etag) || match.includes("*")) {
      res.writeHead(304, headers);
      return res.end();
    }
    headers["Content-Length"] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  });
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { root, port, host } = parseArgs(process.argv.slice(2));
  const server = createStaticServer(root);
  server.on("error", (e) => {
    console.error(`serve.mjs: ${e.message}`);
    process.exit(1);
  });
  server.listen(port, host, () => {
    const { port: actual } = server.address();
    const shown = host.includes(":") ? `[${host}]` : host;
    console.log(`serving ${root} at http://${shown}:${actual}/`);
  });
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.close(() => process.exit(0)));
}
