#!/usr/bin/env node
// The README's screenshot: the page with the sample article and the evidence card of its
// first contradiction open, in Debian's headless Chromium at 1280x800.
//
//   node scripts/screenshot.mjs [--out docs/screenshot.png]     (needs `make wasm` first)

import { chromium } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStaticServer } from './serve.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const i = args.indexOf('--out');
const out = resolve(i >= 0 ? args[i + 1] : resolve(here, '..', 'docs', 'screenshot.png'));

if (!existsSync(resolve(here, '..', 'www', 'pkg', 'factmark_bg.wasm'))) {
  console.error('screenshot: www/pkg/factmark_bg.wasm missing; run `make wasm` first');
  process.exit(1);
}
const server = createStaticServer(resolve(here, '..', 'www'));
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', colorScheme: 'light' });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached', timeout: 30_000 });
  await page.locator('#article mark.v-contradict').first().click();
  await page.waitForSelector('#popover:not([hidden])');
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`screenshot: ${out}`);
} finally {
  await browser.close();
  server.close();
}
