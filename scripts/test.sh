#!/usr/bin/env bash
# Runs every check CI runs: formatting, clippy, the Rust tests (unit, corpus snapshots,
# CLI, the Meta conformance corpus when ../shared is present), the language server end to end
# (pytest-lsp, scripts/test-lsp.sh), then the WASM build with
# its Node and browser tests. Installs what it needs on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (-D warnings)"
cargo clippy --workspace --all-targets -- -D warnings

step "cargo test"
cargo test --workspace

step "language server end to end (pytest-lsp)"
scripts/test-lsp.sh

if [ "${WALINT_SKIP_WASM:-}" = 1 ]; then
  step "WASM build and Node/browser tests skipped (WALINT_SKIP_WASM=1)"
else
  step "WASM build, Node tests, browser test"
  scripts/test-wasm.sh
fi
