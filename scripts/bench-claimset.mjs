#!/usr/bin/env node
// Benchmark of buildClaimSet() in headless Chromium (Debian's, driven by playwright-core):
// a claim set from the five bundled reference documents (~75 KB), then from about 1 MB of
// documents (the five, copied under other names until the total passes 1 MB). Prints the
// first (cold) build and the median and p90 of warm builds for each.
//
//   node scripts/bench-claimset.mjs [--runs N] [--mb N]     (needs `make wasm` first)

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
const runs = opt('runs', 15);
const mb = opt('mb', 1);

if (!existsSync(new URL('../www/pkg/factmark_bg.wasm', import.meta.url))) {
  console.error('bench-claimset: www/pkg/factmark_bg.wasm missing; run `make wasm` first');
  process.exit(1);
}

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const server = createStaticServer(root);
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let code = 0;
try {
  const page = await browser.newPage();
  // Any page of the origin will do: the module is imported and timed in it.
  await page.goto(`${origin}/bookmarklet.html`);
  const r = await page.evaluate(async ({ runs, mb }) => {
    const m = await import('/pkg/factmark.js');
    await m.default();
    const five = m.referenceDocuments();
    const big = [];
    let size = 0;
    for (let copy = 0; size < mb * 1_000_000; copy++) {
      for (const d of five) {
        big.push({ name: `${copy}-${d.name}`, text: d.text });
        size += d.text.length;
      }
    }
    const time = (docs, n) => {
      const out = [];
      let claims = 0;
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        const set = m.buildClaimSet(docs);
        out.push(performance.now() - t0);
        claims = set.claims;
        m.freeClaimSet(set);
      }
      const [first, ...warm] = out;
      warm.sort((a, b) => a - b);
      const q = (p) => warm[Math.min(warm.length - 1, Math.ceil(p * warm.length) - 1)];
      return { first, median: q(0.5), p90: q(0.9), min: warm[0], claims, chars: docs.reduce((n, d) => n + d.text.length, 0), docs: docs.length };
    };
    return { five: time(five, runs + 1), big: time(big, Math.max(2, Math.ceil(runs / 3)) + 1) };
  }, { runs, mb });
  const f = (x) => x.toFixed(1);
  console.log(`browser: ${browser.version()} (${CHROMIUM}, headless)`);
  for (const [label, x] of [['bundled five', r.five], [`${mb} MB`, r.big]]) {
    console.log(`${label}: ${x.docs} documents, ${x.chars} UTF-16 units, ${x.claims} claims: ` +
      `first ${f(x.first)} ms, then median ${f(x.median)} ms, p90 ${f(x.p90)} ms (min ${f(x.min)})`);
  }
} catch (e) {
  console.error(`bench-claimset: FAILED: ${e.message}`);
  code = 1;
} finally {
  await browser.close();
  server.close();
}
process.exit(code);
