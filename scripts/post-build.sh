#!/usr/bin/env bash
# Trunk post_build hook.
# 1. In release builds: wasm-opt -Oz the staged .wasm and re-hash its subresource-integrity
#    attribute in the staged index.html (Trunk computed it before). Uses npm's binaryen
#    (package-lock.json pins it), so Trunk never tries to download its own.
# 2. Every build: scripts/post-build.mjs (start-up script as a file for a strict CSP,
#    crossorigin beside integrity, the loader embed.js, the page for partners).
set -euo pipefail
cd "${TRUNK_STAGING_DIR:?}"
finish() { node "$TRUNK_SOURCE_DIR/scripts/post-build.mjs" "$TRUNK_STAGING_DIR" "$TRUNK_SOURCE_DIR"; }
[ "${TRUNK_PROFILE:-debug}" = release ] || { finish; exit 0; }
[ "${NC_WASM_OPT:-1}" = 1 ] || { finish; exit 0; }
WASM_OPT=${NC_WASM_OPT_BIN:-$TRUNK_SOURCE_DIR/node_modules/.bin/wasm-opt}
[ -x "$WASM_OPT" ] || {
  echo "[post-build] error: $WASM_OPT not found: run scripts/setup.sh (npm's binaryen)" >&2
  exit 1
}
for wasm in *.wasm; do
  old=$(openssl dgst -sha384 -binary "$wasm" | openssl base64 -A)
  before=$(stat -c %s "$wasm")
  "$WASM_OPT" -Oz --strip-debug --strip-producers \
    --enable-bulk-memory --enable-reference-types --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-multivalue --enable-mutable-globals \
    -o "$wasm.opt" "$wasm"
  mv "$wasm.opt" "$wasm"
  new=$(openssl dgst -sha384 -binary "$wasm" | openssl base64 -A)
  sed -i "s|sha384-$old|sha384-$new|g" index.html
  echo "[post-build] wasm-opt $wasm: $before -> $(stat -c %s "$wasm") bytes"
done
finish
