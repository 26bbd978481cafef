#!/bin/sh
# Offline cross-check of assembly/objects/numfmt.ts against this machine's python3:
# ~500k %f/%e/%g/repr cases, ~100k float() cases, 1M repr+float() round trips, ~40k int() cases.
# Not part of `npm run test:assembly` (takes ~30 s). Usage: sh tests/assembly/crosscheck/run.sh [seed]
set -e
cd "$(dirname "$0")"
W=${TMPDIR:-/tmp}/numfmt-crosscheck
mkdir -p "$W"
../../../node_modules/.bin/asc harness.ts --runtime stub -O3 --noAssert --outFile "$W/h.wasm"
cp run.js rr.js ri.js "$W/"
(cd "$W" && python3 "$OLDPWD/gen.py" "${1:-1}" 40000 && node run.js && python3 "$OLDPWD/rr.py" && node rr.js && python3 "$OLDPWD/gi.py" && node ri.js)
