#!/usr/bin/env bash
# Installs what `make serve` / `make test` need and is missing. Idempotent and quick when
# everything is there. Usage: scripts/setup.sh [--browser] [--npm]
#   always:     the wasm32-unknown-unknown target, wasm-bindgen-cli 0.2.130
#   --browser:  Debian's chromium + chromium-driver (apt-get; never a downloaded browser)
#   --npm:      node_modules (npm ci from package-lock.json): playwright-core and axe-core
#               for the browser tests, binaryen's wasm-opt for `make wasm` (Debian's
#               binaryen 108 breaks wasm-bindgen's output, so the npm release is used)
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130
want_browser=0
want_npm=0
for arg in "$@"; do
  case "$arg" in
    --browser) want_browser=1 ;;
    --npm) want_npm=1 ;;
    *) echo "setup.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done

say() { echo "setup: $*"; }
export PATH="$HOME/.cargo/bin:$PATH"

# apt-get as root, or through sudo when that works without a password prompt.
apt_packages=()
apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      sudo="sudo -n"
    else
      return 1
    fi
  fi
  command -v apt-get >/dev/null || return 1
  say "apt-get install $*"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

# 1. Rust target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen-cli, the exact version the crate pins (also provides
#    wasm-bindgen-test-runner).
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$" ||
   ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "cargo install wasm-bindgen-cli --version $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# 3. System packages: chromium only for the browser tests.
if [ "$want_browser" = 1 ]; then
  [ -x /usr/bin/chromium ] || apt_packages+=(chromium)
  [ -x /usr/bin/chromedriver ] || apt_packages+=(chromium-driver)
fi
if [ "${#apt_packages[@]}" -gt 0 ]; then
  if ! apt_install "${apt_packages[@]}"; then
    if [ "$want_browser" = 1 ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
      echo "setup: need chromium and chromium-driver (apt-get install chromium chromium-driver) but cannot install them (not root, no sudo)" >&2
      exit 1
    fi
  fi
fi

# 4. node_modules: playwright-core (drives /usr/bin/chromium), axe-core, binaryen.
if [ "$want_npm" = 1 ]; then
  if [ ! -d node_modules/playwright-core ] || [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/axe-core ] ||
     { [ -f package-lock.json ] && [ package-lock.json -nt node_modules/.package-lock.json ]; }; then
    if [ -f package-lock.json ]; then
      say "npm ci"
      npm ci --no-audit --no-fund
    else
      say "npm install"
      npm install --no-audit --no-fund
    fi
  fi
fi
say "ok"
