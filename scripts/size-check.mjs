#!/usr/bin/env node
// The download budget: what a reader's browser fetches for each page, gzip -9, must total
// at most BUDGET_KB (default 300 KB of 1,024 bytes). Run after `make wasm`.
//
//   node scripts/size-check.mjs [--budget KB]
//
// A page's download is found by following references from its entry file: `<script src>`
// and `<link href>` in HTML; in JavaScript, every string literal naming a .js, .css or
// .wasm file of www/ (static and dynamic imports, `new URL('x.js', import.meta.url)`,
// a service worker, stylesheets fetched at run time). The pages are the app (index.html)
// and the bookmarklet, which a news page loads from bookmarklet.js; a file both use is
// counted in each. The benchmark page is a tool, listed but not held to the budget.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const www = fileURLToPath(new URL('../www/', import.meta.url));
const args = process.argv.slice(2);
const flag = args.indexOf('--budget');
const budgetKb = Number(flag >= 0 ? args[flag + 1] : process.env.BUDGET_KB || 300);
if (!Number.isFinite(budgetKb) || budgetKb <= 0) {
  console.error(`size-check: the budget must be a positive number of KB, not ${args[flag + 1] ?? process.env.BUDGET_KB}`);
  process.exit(2);
}
if (!existsSync(join(www, 'pkg/factmark_bg.wasm'))) {
  console.error("size-check: www/pkg/factmark_bg.wasm missing; run 'make wasm' first");
  process.exit(1);
}

const PAGES = [
  { name: 'app', entry: 'index.html', budgeted: true },
  { name: 'bookmarklet', entry: 'bookmarklet.js', budgeted: true },
  { name: 'benchmark page', entry: 'bench.html', budgeted: false },
];

/** The www/-relative files `file` refers to, resolved against its folder. */
function references(file) {
  const text = readFileSync(join(www, file), 'utf8');
  const names = [];
  const pattern = file.endsWith('.html')
    ? /<(?:script|link)\b[^>]*?(?:src|href)="([^"?#]+)[^"]*"/g
    : /['"`](?:\.\/)?([\w./-]+\.(?:js|css|wasm))(?:\?[^'"`]*)?['"`]/g;
  for (const m of text.matchAll(pattern)) {
    if (!/\.(js|css|wasm)$/.test(m[1]) || m[1].includes('//')) continue;
    const path = normalize(join(dirname(file), m[1]));
    if (!path.startsWith('..') && existsSync(join(www, path))) names.push(path);
  }
  return names;
}

function download(entry) {
  const seen = new Set([entry]);
  const queue = [entry];
  while (queue.length) {
    for (const next of references(queue.shift())) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen].filter((f) => !f.endsWith('.html')).sort();
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const gzipped = new Map();
const gz = (file) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(www, file)), { level: 9 }).length);
  return gzipped.get(file);
};

let failed = false;
for (const page of PAGES) {
  const files = download(page.entry);
  console.log(`\n${page.name} (${page.entry}):`);
  let total = 0;
  for (const f of files) {
    const raw = readFileSync(join(www, f)).length;
    total += gz(f);
    console.log(`  ${relative('.', join('www', f)).padEnd(30)} ${String(raw).padStart(9)} ${kb(gz(f)).padStart(8)} KB`);
  }
  const over = page.budgeted && total > budgetKb * 1024;
  failed ||= over;
  const verdict = page.budgeted ? (over ? `OVER the ${budgetKb} KB budget` : `within ${budgetKb} KB`) : 'not budgeted';
  console.log(`  ${'total (gzip -9)'.padEnd(30)} ${''.padStart(9)} ${kb(total).padStart(8)} KB: ${verdict}`);
}
if (failed) {
  console.error('size-check: FAIL: a page downloads more than the budget');
  process.exit(1);
}
console.log('\nsize-check: ok');
