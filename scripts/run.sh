#!/usr/bin/env bash
# The README's "run" command: installs what is missing, then builds and serves the widget.
set -euo pipefail
NC_STEP=run
. "$(dirname "$0")/lib.sh"
cd "$ROOT"
NC_SKIP_BROWSER=1 scripts/setup.sh
say "serving on http://127.0.0.1:8080/ (Ctrl+C stops)"
with_wasm_env trunk serve --offline "$@"
