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

import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
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
    const headers = {
      "Content-Type": MIME[ext] || "application/octet-stream",
      "Content-Length": info.size,
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
    };
    if (ext === ".html" || ext === ".htm") headers["Content-Security-Policy"] = CSP;
    if (CORS_EXTS.has(ext)) headers["Access-Control-Allow-Origin"] = "*";
    res.writeHead(200, headers);
    if (req.method === "HEAD") return res.end();
    createReadStream(file)
      .on("error", () => res.destroy())
      .pipe(res);
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
