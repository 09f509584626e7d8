#!/usr/bin/env bash
# Size-optimised static release build into dist/ (opt-level "z", LTO, std rebuilt with size
# options, wasm-opt -Oz, minified glue; README "Release build options").
# This folder is what partners deploy.
set -euo pipefail
NC_STEP=release
. "$(dirname "$0")/lib.sh"
cd "$ROOT"
[ "${NC_SETUP_DONE:-0}" = 1 ] || NC_SKIP_BROWSER=1 scripts/setup.sh
say "trunk build --release --offline"
with_release_env trunk build --release --offline "$@"
# Trunk's --dist <dir> (or dist/) is what was written.
out=dist
prev=
for a in "$@"; do
  [ "$prev" = --dist ] && out=$a
  case "$a" in --dist=*) out=${a#--dist=} ;; esac
  prev=$a
done
say "release build in $out/:"
ls -l "$out" | sed 1d
