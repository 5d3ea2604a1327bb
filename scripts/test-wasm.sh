#!/usr/bin/env bash
# Build and test the npm package: WASM build (scripts/build-wasm.sh), the native CLI for the parity
# suite, then the Node suites and the browser test (tests/wasm/*.test.mjs). Installs what it needs on
# a fresh machine: the npm dev tools of pkg/ (binaryen, playwright-core, typescript), Chromium, and
# for the browser test the example editor's dependencies and bundle (examples/web: npm ci, npm run build).
#
# Environment:
#   WALINT_WASM_SKIP_BUILD=1   reuse pkg/dist as it is
#   WALINT_WASM_BROWSER=0      skip the browser test (e.g. no Chromium available)
#   CHROMIUM_PATH              browser binary (default /usr/bin/chromium)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
started=$SECONDS
step() { printf '==> %s (+%ss)\n' "$*" "$((SECONDS - started))" >&2; }
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "test-wasm: need root to run: $*" >&2
    return 1
  fi
}

if [ ! -x pkg/node_modules/.bin/wasm-opt ] || [ ! -d pkg/node_modules/playwright-core ] ||
  [ ! -d pkg/node_modules/typescript ]; then
  step "npm ci in pkg/ (binaryen, playwright-core, typescript)"
  (cd pkg && npm ci --no-audit --no-fund >&2)
fi

if [ "${WALINT_WASM_SKIP_BUILD:-0}" != 1 ]; then
  scripts/build-wasm.sh
fi

step "cargo build --bin walint (native CLI for the parity suite)"
cargo build --bin walint

suites=(tests/wasm/api.test.mjs tests/wasm/entries.test.mjs tests/wasm/hostile.test.mjs
  tests/wasm/parity.test.mjs tests/wasm/parity-engine.test.mjs tests/wasm/pack.test.mjs)

CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}
export CHROMIUM_PATH
if [ "${WALINT_WASM_BROWSER:-1}" != 0 ]; then
  if [ ! -x "$CHROMIUM_PATH" ]; then
    step "apt-get install chromium"
    as_root apt-get update >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium >&2
  fi
  # The example editor's page loads dist/app.js: app.mjs bundled with CodeMirror by esbuild. Those
  # npm dependencies belong to examples/web (its own package-lock.json), never to pkg/.
  web=examples/web
  if [ ! -d "$web/node_modules/@codemirror/lint" ] || [ ! -e "$web/node_modules/.bin/esbuild" ] ||
    [ "$web/package-lock.json" -nt "$web/node_modules/.package-lock.json" ]; then
    step "npm ci in $web (CodeMirror, esbuild)"
    (cd "$web" && npm ci --no-audit --no-fund >&2)
  fi
  if [ ! -f "$web/dist/app.js" ] || [ "$web/node_modules/.package-lock.json" -nt "$web/dist/app.js" ] ||
    [ -n "$(find "$web" -maxdepth 1 \( -name '*.mjs' ! -name serve.mjs -o -name package.json \) \
      -newer "$web/dist/app.js")" ]; then
    step "npm run build in $web (esbuild: dist/app.js)"
    (cd "$web" && npm run build >&2)
  fi
  suites+=(tests/wasm/browser.test.mjs)
else
  echo "test-wasm: WALINT_WASM_BROWSER=0: browser test skipped" >&2
fi

step "node --test ${suites[*]}"
node --test --test-reporter=spec "${suites[@]}"

step "benchmark (WASM only; run bench/wasm/bench.mjs for the native ratio)"
node bench/wasm/bench.mjs --no-native
step "done"
