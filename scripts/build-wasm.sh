#!/usr/bin/env bash
# Build the npm package (pkg/) from crates/walint-wasm: cargo -> wasm-bindgen -> wasm-opt.
# Works on a fresh machine: installs the wasm32 target with rustup, or falls back to Debian's
# rustc-web toolchain with -Zbuild-std; installs wasm-bindgen-cli at the exact version of Cargo.lock
# into target/wasm/tools; takes wasm-opt from the npm `binaryen` package (pkg/package-lock.json).
# No wasm-pack (it downloads binaries at run time).
#
# Environment:
#   WALINT_WASM_BUDGET_GZ   gzipped size budget in bytes (default 299008 = 292 KB); the build fails above it
#   WALINT_WASM_TOOLCHAIN   "rustup" or "debian" to force a toolchain path (default: rustup if it works)
#   WALINT_WASM_BUILD_STD   1 (default; 0 to turn off) rebuild std for size (-Zbuild-std, opt-level z + LTO across std) with
#                           `-Cpanic=immediate-abort` (unstable flags, via RUSTC_BOOTSTRAP=1 and the rust-src
#                           component): ~9% smaller gzipped, ~+2 min. Panics in WASM are traps without a
#                           message anyway. std is built with its `optimize_for_size` feature (smaller sort
#                           and formatting code: ~5% smaller gzipped). (The Debian fallback always builds std.)
#                           Derived `Debug` prints type names only (`-Zfmt-debug=shallow`; no message shows
#                           one) and panics carry no file/line (`-Zlocation-detail=none`): -5% gzipped.
#                           `--cfg walint_speed` compiles the hottest loops of the core (JSON reader, schema
#                           walk, formatting scans, T072's anchors, the variable scanner) for speed inside
#                           the size-optimised build (`#[optimize(speed)]`): -20% lint time for +1.5 KB gzipped.
#   WALINT_WASM_EXTRA_RUSTFLAGS  more rustc flags for the std-building build (size experiments)
#   WALINT_WASM_EXTRA_CARGO_ARGS more cargo arguments for it, e.g. `--config profile.wasm.package.core.opt-level=3`
#                           (measured: core for speed too is 5% faster for 3.3 KB more; not taken)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

CRATE=walint-wasm
LIB=walint_wasm
TARGET=wasm32-unknown-unknown
PROFILE=wasm
TOOLS_DIR="$ROOT/target/wasm/tools"
DIST="$ROOT/pkg/dist"
BUDGET_GZ=${WALINT_WASM_BUDGET_GZ:-299008}
SIZE_REPORT="$ROOT/target/wasm/size.json"
# Features the Rust 1.9x wasm32 target emits by default; wasm-opt must accept them.
WASM_FEATURES=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)

step_start=$SECONDS
step() {
  printf '==> %s (+%ss)\n' "$*" "$((SECONDS - step_start))" >&2
}
die() {
  printf 'build-wasm: error: %s\n' "$*" >&2
  exit 1
}
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    die "need root to run: $*"
  fi
}

# --- 1. Compile the crate to wasm32 ------------------------------------------------------------

# std's `alloc` (Vec and String growth, BTreeMap nodes: every value the reader builds) compiled
# for speed inside the size-optimised build: lint 10-17% faster in Node for 1.5 KB gzipped.
# On the command line, not in Cargo.toml: there, native builds would warn that no package matches.
STD_FOR_SPEED=(--config 'profile.wasm.package.alloc.opt-level=3')

rustup_target_ready() {
  command -v rustup >/dev/null || return 1
  rustup target list --installed 2>/dev/null | grep -qx "$TARGET" && return 0
  step "rustup target add $TARGET"
  rustup target add "$TARGET" >&2 || return 1
}

build_with_rustup() {
  if [ "${WALINT_WASM_BUILD_STD:-1}" = 1 ]; then
    if ! { rustup component list --installed | grep -q '^rust-src' || rustup component add rust-src >&2; }; then
      # Without std's sources the build would miss the size budget: Debian's toolchain has them.
      step "rustup cannot add rust-src: falling back to Debian's toolchain"
      build_with_debian
      return
    fi
    step "cargo build -Zbuild-std -Cpanic=immediate-abort --profile $PROFILE --target $TARGET (rustup toolchain)"
    RUSTC_BOOTSTRAP=1 RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=shallow -Zlocation-detail=none --cfg walint_speed ${WALINT_WASM_EXTRA_RUSTFLAGS:-}" \
      CARGO_TARGET_DIR="$ROOT/target/wasm-abort" \
      cargo build --profile "$PROFILE" --target "$TARGET" -p "$CRATE" -Zbuild-std=std,panic_abort \
      -Zbuild-std-features=optimize_for_size "${STD_FOR_SPEED[@]}" ${WALINT_WASM_EXTRA_CARGO_ARGS:-}
    WASM_IN="$ROOT/target/wasm-abort/$TARGET/$PROFILE/$LIB.wasm"
    return
  fi
  step "cargo build --profile $PROFILE --target $TARGET (rustup toolchain)"
  CARGO_TARGET_DIR="$ROOT/target/wasm" cargo build --profile "$PROFILE" --target "$TARGET" -p "$CRATE"
  WASM_IN="$ROOT/target/wasm/$TARGET/$PROFILE/$LIB.wasm"
}

# Debian's security archive carries a complete Rust toolchain with library sources: build std from
# source for wasm32 (see the toolchain note). Separate target dir: the two toolchains never mix output.
build_with_debian() {
  if [ ! -x /usr/bin/rustc ] || [ ! -x /usr/lib/llvm-19/bin/wasm-ld ] || [ ! -d /usr/lib/rustlib/src ]; then
    step "apt-get install rustc-web cargo-web rust-web-src lld-19"
    as_root apt-get update >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      rustc-web cargo-web rust-web-src lld-19 >&2
  fi
  step "cargo build -Zbuild-std --profile $PROFILE --target $TARGET (Debian toolchain)"
  RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 RUSTFLAGS="-Zfmt-debug=shallow -Zlocation-detail=none --cfg walint_speed" \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=/usr/lib/llvm-19/bin/wasm-ld \
    CARGO_TARGET_DIR="$ROOT/target/wasm-debian" \
    /usr/bin/cargo build --profile "$PROFILE" --target "$TARGET" -p "$CRATE" \
    -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size "${STD_FOR_SPEED[@]}"
  WASM_IN="$ROOT/target/wasm-debian/$TARGET/$PROFILE/$LIB.wasm"
}

case "${WALINT_WASM_TOOLCHAIN:-auto}" in
  rustup) rustup_target_ready || die "rustup cannot install $TARGET"; build_with_rustup ;;
  debian) build_with_debian ;;
  auto) if rustup_target_ready; then build_with_rustup; else
    step "rustup target unavailable: falling back to Debian's toolchain"
    build_with_debian
  fi ;;
  *) die "WALINT_WASM_TOOLCHAIN must be rustup, debian or auto" ;;
esac
[ -f "$WASM_IN" ] || die "cargo did not produce $WASM_IN"

# --- 2. wasm-bindgen-cli at exactly the version in Cargo.lock -----------------------------------

BINDGEN_VERSION=$(awk '
  $0 == "name = \"wasm-bindgen\"" { found = 1; next }
  found && /^version = / { gsub(/"/, "", $3); print $3; exit }
' Cargo.lock)
[ -n "$BINDGEN_VERSION" ] || die "wasm-bindgen not found in Cargo.lock"

bindgen_version_of() { "$1" --version 2>/dev/null | awk '{print $2}'; }
if [ "$(bindgen_version_of "$TOOLS_DIR/bin/wasm-bindgen")" = "$BINDGEN_VERSION" ]; then
  WASM_BINDGEN="$TOOLS_DIR/bin/wasm-bindgen"
elif command -v wasm-bindgen >/dev/null && [ "$(bindgen_version_of wasm-bindgen)" = "$BINDGEN_VERSION" ]; then
  WASM_BINDGEN=$(command -v wasm-bindgen)
else
  step "cargo install wasm-bindgen-cli =$BINDGEN_VERSION into target/wasm/tools"
  # No --locked: the registry mirror can lag the CLI's own lock file. Only the `wasm-bindgen` binary,
  # without TLS (that is for the test runner): halves the install time.
  INSTALL_CARGO=$(command -v cargo || echo /usr/bin/cargo)
  "$INSTALL_CARGO" install wasm-bindgen-cli --version "=$BINDGEN_VERSION" --root "$TOOLS_DIR" \
    --no-default-features --bin wasm-bindgen >&2
  WASM_BINDGEN="$TOOLS_DIR/bin/wasm-bindgen"
fi

# --- 3. wasm-opt from npm binaryen (pinned in pkg/package-lock.json) -----------------------------

WASM_OPT="$ROOT/pkg/node_modules/.bin/wasm-opt"
if [ ! -x "$WASM_OPT" ]; then
  step "npm ci (binaryen, playwright-core) in pkg/"
  (cd pkg && npm ci --no-audit --no-fund >&2)
fi

# --- 4. Bindings for the browser/ESM (web) and for CommonJS (nodejs), then optimise -------------

step "wasm-bindgen $BINDGEN_VERSION"
rm -rf "$DIST"
"$WASM_BINDGEN" --target web --out-dir "$DIST/web" --out-name "$LIB" "$WASM_IN"
"$WASM_BINDGEN" --target nodejs --out-dir "$DIST/node" --out-name "$LIB" "$WASM_IN"
rm -f "$DIST"/*/"${LIB}_bg.wasm.d.ts"
# The package itself is CommonJS by default; mark the web glue as ES modules explicitly.
printf '{ "type": "module" }\n' >"$DIST/web/package.json"
printf '{ "type": "commonjs" }\n' >"$DIST/node/package.json"

step "wasm-opt -Oz"
optimise() {
  "$WASM_OPT" -Oz "${WASM_FEATURES[@]}" "$DIST/$1/${LIB}_bg.wasm" -o "$DIST/$1/${LIB}_bg.opt.wasm"
  mv "$DIST/$1/${LIB}_bg.opt.wasm" "$DIST/$1/${LIB}_bg.wasm"
}
# The two runs overlap well (wasm-opt alone keeps about one core busy).
optimise web &
web_pid=$!
optimise node
wait "$web_pid" || die "wasm-opt failed on the web build"

# The package version comes from the crate, so `version` is known before the module is instantiated.
CRATE_VERSION=$(cargo metadata --format-version 1 --no-deps 2>/dev/null |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const p=JSON.parse(s).packages.find(p=>p.name===process.argv[1]);process.stdout.write(p?p.version:"")})' "$CRATE")
PKG_VERSION=$(node -p 'require("./pkg/package.json").version')
[ "$CRATE_VERSION" = "$PKG_VERSION" ] ||
  die "pkg/package.json version ($PKG_VERSION) differs from the $CRATE crate ($CRATE_VERSION)"
printf 'export const version = "%s";\n' "$CRATE_VERSION" >"$DIST/version.mjs"
printf '"use strict";\nexports.version = "%s";\n' "$CRATE_VERSION" >"$DIST/version.cjs"

# --- 5. Size budget ------------------------------------------------------------------------------

RAW=$(wc -c <"$DIST/web/${LIB}_bg.wasm")
GZ=$(gzip -9 -c "$DIST/web/${LIB}_bg.wasm" | wc -c)
BEFORE=$(wc -c <"$WASM_IN")
mkdir -p "$(dirname "$SIZE_REPORT")"
printf '{ "cargo_output_bytes": %s, "raw_bytes": %s, "gzip_bytes": %s, "budget_gzip_bytes": %s, "wasm_bindgen": "%s" }\n' \
  "$BEFORE" "$RAW" "$GZ" "$BUDGET_GZ" "$BINDGEN_VERSION" >"$SIZE_REPORT"
printf 'walint.wasm: %s bytes raw (%s KB), %s bytes gzipped (%s KB); budget %s KB gzipped\n' \
  "$RAW" "$((RAW / 1024))" "$GZ" "$((GZ / 1024))" "$((BUDGET_GZ / 1024))"
step "done"
if [ "$GZ" -gt "$BUDGET_GZ" ]; then
  die "walint.wasm is $GZ bytes gzipped, above the budget of $BUDGET_GZ bytes"
fi
