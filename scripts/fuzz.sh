#!/bin/bash
# Coverage-guided fuzzing with cargo fuzz (libFuzzer), which needs a nightly toolchain:
# not part of `make test`. Installs nightly and cargo-fuzz if missing, then runs one
# target for a time.
#   bash scripts/fuzz.sh [check|build_claims] [SECONDS]      (default: check, 600)
# A failing input is written to fuzz/artifacts/TARGET/; rerun it with
#   cargo +nightly fuzz run TARGET fuzz/artifacts/TARGET/crash-…
# and add it as a case in tests/ before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-check}
seconds=${2:-600}
export PATH="$HOME/.cargo/bin:$PATH"
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
mkdir -p "fuzz/corpus/$target"
# Start from the seeds and the labelled articles.
cp -n seeds/*.txt tests/cases/articles/*.txt "fuzz/corpus/$target/" 2>/dev/null || true
cargo +nightly fuzz run "$target" "fuzz/corpus/$target" -- \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048
