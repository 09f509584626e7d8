#!/usr/bin/env bash
# Size-optimised static release build into dist/ (opt-level "z", LTO, wasm-opt -Oz).
# This folder is what partners deploy.
set -euo pipefail
NC_STEP=release
. "$(dirname "$0")/lib.sh"
cd "$ROOT"
[ "${NC_SETUP_DONE:-0}" = 1 ] || NC_SKIP_BROWSER=1 scripts/setup.sh
say "trunk build --release --offline"
with_wasm_env trunk build --release --offline "$@"
say "release build in dist/:"
ls -l dist/ | sed 1d
