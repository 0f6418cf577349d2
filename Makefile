# The two commands of the README: `make serve` and `make test`.
SHELL := /bin/bash
WASM_BINDGEN_VERSION := 0.2.130
WASM_FILE := target/wasm32-unknown-unknown/wasm/factmark.wasm

.PHONY: wasm
wasm:
	rustup target list --installed | grep -q wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	wasm-bindgen --version 2>/dev/null | grep -q "$(WASM_BINDGEN_VERSION)" || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	cargo build --lib --target wasm32-unknown-unknown --profile wasm
	wasm-bindgen --target web --no-typescript --out-dir www/pkg $(WASM_FILE)
	if command -v wasm-opt >/dev/null; then wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals -o www/pkg/factmark_bg.wasm www/pkg/factmark_bg.wasm; fi
