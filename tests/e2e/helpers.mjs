// Shared by the page's e2e tests: scripts/serve.mjs on a free port, Debian's Chromium
// through playwright-core, and a page opened on the factmark app.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT = join(ROOT, 'test-output');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Starts scripts/serve.mjs on a free port: {child, url}. */
export async function startServer() {
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.mjs')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve.mjs did not start: ${out}`)), 10_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`serve.mjs exited (${code}): ${out}`)));
  });
  await mkdir(OUT, { recursive: true });
  return { child, url };
}

/**
 * Registers the file's before/after hooks: the server and Chromium for all its tests.
 * Returns an object whose `origin` and `browser` are set once they run.
 */
export function appHooks() {
  const app = { origin: null, browser: null, server: null };
  before(async () => {
    assert.ok(existsSync(join(ROOT, 'www', 'pkg', 'factmark.js')), 'www/pkg is missing: run `make wasm` first');
    const { child, url } = await startServer();
    Object.assign(app, { server: child, origin: url, browser: await launch() });
  });
  after(async () => {
    await app.browser?.close();
    app.server?.kill();
  });
  return app;
}

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: !process.env.HEADED,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'].filter(
      (a) => !(process.env.HEADED && a === '--headless'),
    ),
  });
}

/**
 * A new context and page on the app at `origin` (+ `query`), ready (the first check
 * rendered). `requests` collects every URL asked for; `errors` page errors and CSP reports.
 */
export async function openApp(browser, origin, { viewport = { width: 1400, height: 900 }, query = '', context: given, before, requests = [], errors = [] } = {}) {
  const context = given || (await browser.newContext({ viewport, acceptDownloads: true, reducedMotion: 'reduce' }));
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  if (before) await before(page);
  await page.goto(`${origin}/${query}`);
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached', timeout: 30_000 });
  return { context, page };
}

/** Fills the textarea and waits until the rendering shows exactly that text. */
export async function paste(page, text, shown = text) {
  await page.fill('#input', text);
  await waitRendered(page, shown);
}

/** Waits until the marked article shows `shown` and no check is due. */
export function waitRendered(page, shown, timeout = 15_000) {
  return page.waitForFunction(
    (t) => {
      const a = document.getElementById('article');
      return a.textContent === t && !a.dataset.pending;
    },
    shown,
    { timeout },
  );
}

/** check(text) as the page's own module computes it (the scripted one when routed). */
export function checkInPage(page, text) {
  return page.evaluate(async (t) => {
    const m = await import('/pkg/factmark.js');
    await m.default();
    return m.check(t);
  }, text);
}

/** Runs axe-core in the page (evaluated, so the page's CSP does not stop it): violations. */
export async function axe(page, include) {
  const source = await readFile(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async (sel) => {
    const r = await window.axe.run(sel ? { include: [[sel]] } : document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  }, include);
}
