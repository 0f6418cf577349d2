#!/usr/bin/env bash
# Optimises www/pkg/factmark_bg.wasm with wasm-opt -Oz --converge and keeps the result only if it
# still works (scripts/wasm-smoke.mjs). The wasm-opt is npm's binaryen (package.json pins
# the release; scripts/setup.sh --npm installs it): old releases such as Debian 12's 108
# mis-write wasm-bindgen's externref table export, producing a module that fails at init
# with "WebAssembly.Table.set(): Argument 1 is invalid", and then the un-optimised wasm is
# kept with a warning. WASM_OPT=/path/to/wasm-opt picks another binary.
set -euo pipefail
cd "$(dirname "$0")/.."
pkg=www/pkg
wasm=$pkg/factmark_bg.wasm
opt=${WASM_OPT:-}
[ -n "$opt" ] || { [ -x node_modules/.bin/wasm-opt ] && opt=node_modules/.bin/wasm-opt; } || true

node scripts/wasm-smoke.mjs "$pkg" >/dev/null || { echo "wasm-opt.sh: the wasm-bindgen output itself fails the smoke test" >&2; node scripts/wasm-smoke.mjs "$pkg"; exit 1; }
if [ -z "$opt" ]; then
  echo "wasm-opt.sh: node_modules/.bin/wasm-opt not found (run scripts/setup.sh --npm): keeping the un-optimised wasm"
  exit 0
fi
tmp=$(mktemp "$pkg/.factmark_bg.XXXXXX.wasm")
trap 'rm -f "$tmp"' EXIT
version=$("$opt" --version 2>/dev/null || echo "wasm-opt ?")
"$opt" -Oz --converge --strip-debug --strip-producers --strip-target-features --enable-reference-types --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-multivalue -o "$tmp" "$wasm"
if node scripts/wasm-smoke.mjs "$pkg" "$tmp" >/dev/null 2>&1; then
  before=$(wc -c <"$wasm")
  cat "$tmp" >"$wasm" # keeps the mode of the wasm-bindgen output (mktemp makes 0600)
  echo "wasm-opt.sh: $version -Oz --converge: $before -> $(wc -c <"$wasm") bytes"
else
  echo "wasm-opt.sh: WARNING: $version produced a wasm that fails to load; keeping the un-optimised wasm" >&2
  echo "wasm-opt.sh: (binaryen 108 from Debian 12 is known to break wasm-bindgen's externref table; a newer one works, e.g. WASM_OPT=path/to/wasm-opt)" >&2
fi
