#!/usr/bin/env bash
# End-to-end tests of the language server (`walint server`) with a real LSP client: pytest-lsp
# (tests/lsp/) driving target/debug/walint over stdio.
#
# Creates a virtualenv under target/lsp-venv and installs tests/lsp/requirements.txt there (only
# when it is not installed yet, or the requirements changed), builds the CLI (cargo build --bin
# walint), then runs pytest on tests/lsp/. Extra arguments go to pytest (e.g. -k hover -x).
# Exit status: pytest's.
#
# Environment:
#   WALINT_BIN                 binary to test (default: target/debug/walint, built here)
#   WALINT_LSP_SKIP_BUILD=1    do not run cargo build (test the binary as it is)
#   WALINT_LSP_TIMEOUT         seconds to wait for a small document's diagnostics (default 30)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
step() { printf '==> %s\n' "$*" >&2; }

VENV=target/lsp-venv
REQUIREMENTS=tests/lsp/requirements.txt
PY=${PYTHON:-python3}

if [ ! -x "$VENV/bin/python" ]; then
  step "python3 -m venv $VENV"
  mkdir -p target
  "$PY" -m venv "$VENV"
fi

stamp="$VENV/.walint-requirements"
want=$(cksum <"$REQUIREMENTS")
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  step "pip install -r $REQUIREMENTS (into $VENV)"
  "$VENV/bin/python" -m pip install --disable-pip-version-check --no-input -q -r "$REQUIREMENTS"
  printf '%s\n' "$want" >"$stamp"
fi

if [ -z "${WALINT_BIN:-}" ]; then
  if [ "${WALINT_LSP_SKIP_BUILD:-0}" != 1 ]; then
    step "cargo build --bin walint"
    cargo build --bin walint
  fi
  WALINT_BIN="$ROOT/target/debug/walint"
fi
export WALINT_BIN

step "pytest tests/lsp (WALINT_BIN=$WALINT_BIN)"
set +e
"$VENV/bin/python" -m pytest tests/lsp "$@"
status=$?
set -e
exit "$status"
