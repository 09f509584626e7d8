#!/usr/bin/env bash
# Trunk post_build hook.
# 1. In release builds: wasm-opt -Oz the staged .wasm and minify the wasm-bindgen glue with
#    terser (Trunk's own JS minifier fails on it), then re-hash their subresource-integrity
#    attributes in the staged index.html (Trunk computed them before). Uses npm's binaryen and
#    terser (package-lock.json pins them), so Trunk never tries to download anything.
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
sri() { openssl dgst -sha384 -binary "$1" | openssl base64 -A; }
for wasm in *.wasm; do
  old=$(sri "$wasm")
  before=$(stat -c %s "$wasm")
  "$WASM_OPT" -Oz --strip-debug --strip-producers \
    --enable-bulk-memory --enable-reference-types --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-multivalue --enable-mutable-globals \
    -o "$wasm.opt" "$wasm"
  mv "$wasm.opt" "$wasm"
  new=$(sri "$wasm")
  sed -i "s|sha384-$old|sha384-$new|g" index.html
  echo "[post-build] wasm-opt $wasm: $before -> $(stat -c %s "$wasm") bytes"
done
TERSER=$TRUNK_SOURCE_DIR/node_modules/.bin/terser
[ -x "$TERSER" ] || {
  echo "[post-build] error: $TERSER not found: run scripts/setup.sh (npm's terser)" >&2
  exit 1
}
for js in *.js; do
  case "$js" in *_bg.js | snippets*) continue ;; esac
  grep -q "__wbg_init" "$js" || continue # only the wasm-bindgen glue
  old=$(sri "$js")
  before=$(stat -c %s "$js")
  "$TERSER" "$js" --module --ecma 2020 --compress passes=2 --mangle --format comments=false \
    -o "$js.min"
  mv "$js.min" "$js"
  new=$(sri "$js")
  sed -i "s|sha384-$old|sha384-$new|g" index.html
  echo "[post-build] terser $js: $before -> $(stat -c %s "$js") bytes"
done
finish
