#!/usr/bin/env bash
# Ensure .venv at the repo root has the pinned wasmtime Python bindings (the wasmtime engine the
# host uses: no wasmtime CLI binary is installable here) and msgpack (the values crossing the
# boundary, host/wasmtime/values.py). Idempotent; silent when already present.
set -euo pipefail

WASMTIME_VERSION="49.0.0"
MSGPACK_VERSION="1.2.3"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"
py="$venv/bin/python"

have() {
  [ -x "$py" ] && "$py" - "$WASMTIME_VERSION" "$MSGPACK_VERSION" <<'PY' 2>/dev/null
import sys
from importlib.metadata import version
sys.exit(0 if version("wasmtime") == sys.argv[1] and version("msgpack") == sys.argv[2] else 1)
PY
}

if have; then
  exit 0
fi

echo "ensure-venv: installing wasmtime==$WASMTIME_VERSION msgpack==$MSGPACK_VERSION into $venv" >&2
if [ ! -x "$py" ]; then
  python3 -m venv "$venv"
fi
# pip's retry warnings about unreachable indexes are noise when it succeeds: show them on failure.
if ! log="$("$py" -m pip install --quiet --disable-pip-version-check "wasmtime==$WASMTIME_VERSION" "msgpack==$MSGPACK_VERSION" 2>&1)"; then
  echo "$log" >&2
  echo "ensure-venv: pip install wasmtime==$WASMTIME_VERSION msgpack==$MSGPACK_VERSION failed" >&2
  exit 1
fi
have || { echo "ensure-venv: wasmtime==$WASMTIME_VERSION or msgpack==$MSGPACK_VERSION is not importable from $venv" >&2; exit 1; }
