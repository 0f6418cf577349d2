#!/usr/bin/env node
// Writes FILE.br (brotli, best quality) and FILE.gz (gzip -9) next to each FILE given, so
// scripts/serve.mjs (or any static server that serves precompressed files) need not
// compress them when asked: brotli at its best takes a second or more on the wasm.
//
//   node scripts/precompress.mjs www/pkg/factmark_bg.wasm [FILE…]

import { readFileSync, writeFileSync } from 'node:fs';
import zlib from 'node:zlib';

for (const file of process.argv.slice(2)) {
  const body = readFileSync(file);
  const br = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  const gz = zlib.gzipSync(body, { level: 9 });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gz);
  console.log(`precompress: ${file}: ${body.length} bytes, brotli ${br.length}, gzip ${gz.length}`);
}
