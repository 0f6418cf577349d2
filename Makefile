# The two commands of the README: `make serve` and `make test`.
# Both install what they need first (scripts/setup.sh; idempotent, quick when all is there).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(HOME)/.cargo/bin:$(PATH)

WASM_FILE := target/wasm32-unknown-unknown/wasm/factmark.wasm
PORT ?= 8080
HOST ?= 127.0.0.1
# A hung browser test file fails after this long (node --test applies it per file too)
# instead of blocking `make test` forever.
E2E_TEST_TIMEOUT_MS ?= 300000
# The wasm-bindgen-test browser suite must finish within this many seconds (the runner's
# default, 20, is tight for the ~1 MB input in a debug build).
WASM_TEST_TIMEOUT_S ?= 300
# wasm-bindgen-test: the runner for the wasm32 target, Debian's chromedriver/chromium.
WASM_TEST_ENV := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	CHROMEDRIVER=/usr/bin/chromedriver \
	WASM_BINDGEN_TEST_WEBDRIVER_JSON=$(CURDIR)/scripts/webdriver.json \
	WASM_BINDGEN_TEST_TIMEOUT=$(WASM_TEST_TIMEOUT_S)

step = @echo; echo "==> $(1)"

.PHONY: all setup setup-test wasm serve test fmt-check clippy cargo-test release linear fuzz \
	test-wasm test-wasm-node test-wasm-browser size e2e score score-gate bench bench-browser clean-wasm

all: wasm

setup:
	bash scripts/setup.sh --npm

setup-test:
	bash scripts/setup.sh --browser --npm

# The browser build: www/pkg/factmark.js + factmark_bg.wasm (--target web), then npm
# binaryen's wasm-opt -Oz --converge, kept only if its output still loads (scripts/wasm-opt.sh);
# then .br and .gz copies for the server (scripts/precompress.mjs).
wasm: setup
	$(call step,cargo build --lib --target wasm32-unknown-unknown --profile wasm)
	cargo build --lib --target wasm32-unknown-unknown --profile wasm
	wasm-bindgen --target web --no-typescript --out-dir www/pkg $(WASM_FILE)
	bash scripts/wasm-opt.sh
	node scripts/precompress.mjs www/pkg/factmark_bg.wasm www/pkg/factmark.js
	ls -l www/pkg/factmark_bg.wasm www/pkg/factmark.js

# Build the release wasm and serve www/ at http://localhost:$(PORT)/ (Ctrl-C stops).
serve: wasm
	PORT=$(PORT) HOST=$(HOST) node scripts/serve.mjs

# Everything CI runs (.ci/run), failing on the first failure.
test: setup-test
	$(call step,cargo fmt --check)
	cargo fmt --check
	$(call step,cargo clippy --all-targets --test linear -- -D warnings)
	cargo clippy --all-targets --test linear -- -D warnings
	$(call step,cargo test)
	cargo test
	$(call step,cargo doc --no-deps (warnings are errors))
	RUSTDOCFLAGS=-Dwarnings cargo doc --no-deps
	$(call step,cargo build --release)
	cargo build --release
	$(call step,linear time on pathological inputs: cargo test --release --test linear)
	cargo test --release --test linear -- --test-threads=1
	$(MAKE) --no-print-directory score-gate test-wasm-node test-wasm-browser wasm size e2e
	@echo
	@echo "make test: PASSED (fmt, clippy, cargo test with the property suite, docs, release build, linear-time tests, score gate on the shared sets, wasm tests in Node and Chromium, wasm build, size budget, e2e)"

fmt-check:
	cargo fmt --check

clippy:
	cargo clippy --all-targets --test linear -- -D warnings

cargo-test:
	cargo test

release:
	cargo build --release

# Time against input size on the shapes that could make checking super-linear (release mode).
linear:
	cargo test --release --test linear -- --test-threads=1

# Coverage-guided fuzzing (nightly, cargo-fuzz; not part of `make test`):
# make fuzz FUZZ_TARGET=check FUZZ_SECONDS=600
FUZZ_TARGET ?= check
FUZZ_SECONDS ?= 600
fuzz:
	bash scripts/fuzz.sh $(FUZZ_TARGET) $(FUZZ_SECONDS)

test-wasm: test-wasm-node test-wasm-browser

test-wasm-node: setup
	$(call step,wasm-bindgen-test in Node: cargo test --target wasm32-unknown-unknown --test wasm_node)
	$(WASM_TEST_ENV) cargo test --target wasm32-unknown-unknown --test wasm_node

test-wasm-browser: setup-test
	$(call step,wasm-bindgen-test in Chromium: cargo test --target wasm32-unknown-unknown --test wasm_browser)
	$(WASM_TEST_ENV) cargo test --target wasm32-unknown-unknown --test wasm_browser

# The download budget (gzip -9 of each page's files <= 300 KB); needs `make wasm` first.
size:
	$(call step,size budget: node scripts/size-check.mjs)
	node scripts/size-check.mjs

# Browser end-to-end tests (playwright-core + Debian chromium): every tests/e2e/*.test.mjs.
e2e: setup-test
	$(call step,browser end-to-end tests: node --test tests/e2e/*.test.mjs)
	@shopt -s nullglob; files=(tests/e2e/*.test.mjs); \
	if [ $${#files[@]} -eq 0 ]; then echo "e2e: no tests/e2e/*.test.mjs yet: nothing to run"; \
	else node --test --test-timeout=$(E2E_TEST_TIMEOUT_MS) "$${files[@]}"; fi

# The score gate: every shared labelled set at or above its floors in data/score-floors.tsv,
# with no span problems. It skips, saying so, where ../shared/eval is not beside the clone.
score: release score-gate

score-gate:
	$(call step,score gate on every shared set: scripts/score-gate.sh)
	bash scripts/score-gate.sh

bench:
	cargo bench --bench throughput

# check() in headless Chromium on a ~10,000-word article: median and p90 ms.
bench-browser: setup-test wasm
	$(call step,browser benchmark: node scripts/bench-browser.mjs)
	node scripts/bench-browser.mjs

clean-wasm:
	rm -rf www/pkg
