#!/usr/bin/env node
// Loads a --target web build (DIR/factmark.js + DIR/factmark_bg.wasm, or another .wasm
// given as the second argument) in Node and calls check(), claims(), buildClaimSet() (and
// check() against that set) and version().
// Exits non-zero if anything throws. Used by scripts/wasm-opt.sh to reject a wasm-opt
// output that no longer works (Debian 12's binaryen 108 breaks wasm-bindgen's externref
// table).
//
//   node scripts/wasm-smoke.mjs www/pkg [path/to/candidate.wasm]

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = resolve(process.argv[2] || 'www/pkg');
const wasmPath = process.argv[3] ? resolve(process.argv[3]) : `${dir}/factmark_bg.wasm`;
try {
  const m = await import(pathToFileURL(`${dir}/factmark.js`).href);
  m.initSync({ module: readFileSync(wasmPath) });
  const text = '🚀 “OpenAI” signed a $38 billion deal with Amazon. Amazon shares rose 5%.';
  const r = m.check(text);
  if (!Array.isArray(r.sentences) || r.sentences.length < 1) throw new Error('no sentences');
  for (const s of r.sentences) {
    if (text.slice(s.start, s.end) !== s.text) throw new Error(`bad span ${s.start}..${s.end}`);
  }
  const c = m.claims();
  if (!Array.isArray(c.claims)) throw new Error('claims() has no claims array');
  const own = m.buildClaimSet([{ name: 'a.txt', text: 'Globex agreed to buy Initech for $4.2 billion in 2025. 東京。' }]);
  if (!(own.claims >= 1)) throw new Error('buildClaimSet() gave no claim');
  const r2 = m.check('Globex agreed to buy Initech for $4.2 billion in 2025.', own);
  if (r2.sentences.length !== 1) throw new Error('check() against a built set has no sentence');
  m.freeClaimSet(own);
  if (!m.version()) throw new Error('empty version()');
  console.log(`wasm-smoke: ok (${wasmPath}: ${r.sentences.length} sentences, ${c.claims.length} claims, version ${m.version()})`);
} catch (e) {
  console.error(`wasm-smoke: FAILED for ${wasmPath}: ${e && e.message || e}`);
  process.exit(1);
}
