#!/usr/bin/env node
// Browser benchmark: serves www/ (scripts/serve.mjs) on a free port, opens bench.html in
// Debian's headless Chromium (playwright-core, never a downloaded browser) and prints
// the median and p90 time of check() on a ~10,000-word article.
//
//   node scripts/bench-browser.mjs [--runs N] [--words N]     (needs `make wasm` first)

import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createStaticServer } from './serve.mjs';

const root = fileURLToPath(new URL('../www/', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const runs = opt('runs', 30);
const words = opt('words', 10000);

if (!existsSync(new URL('../www/pkg/factmark_bg.wasm', import.meta.url))) {
  console.error('bench-browser: www/pkg/factmark_bg.wasm missing; run `make wasm` first');
  process.exit(1);
}

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const server = createStaticServer(root);
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}/bench.html?runs=${runs}&words=${words}`;

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let code = 0;
try {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  await page.goto(url);
  await page.waitForFunction(() => window.benchResult !== undefined, null, { timeout: 300_000 });
  const r = await page.evaluate(() => window.benchResult);
  if (r.error || problems.length) {
    console.error(`bench-browser: FAILED\n${[r.error, ...problems].filter(Boolean).join('\n')}`);
    code = 1;
  } else {
    const f = (x) => x.toFixed(1);
    console.log(`browser: ${browser.version()} (${CHROMIUM}, headless)`);
    console.log(`article: ${r.words} words, ${r.chars} UTF-16 units, ${r.sentences} sentences`);
    console.log(`init ${f(r.initMs)} ms, first check ${f(r.firstMs)} ms`);
    console.log(`check() x${r.runs}: median ${f(r.medianMs)} ms, p90 ${f(r.p90Ms)} ms ` +
      `(min ${f(r.minMs)}, max ${f(r.maxMs)})`);
    console.log(`throughput: ${Math.round(r.words / (r.medianMs / 1000))} words/s (median)`);
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(code);
