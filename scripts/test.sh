#!/usr/bin/env bash
# The README's "test" command: installs what is missing, then runs every check and test layer
# and exits non-zero if any fails. Ends with the test runners' summaries.
#
#   1. cargo fmt --check
#   2. cargo clippy -D warnings, native and wasm32
#   3. native cargo test (model, locale data, property tests)
#   4. wasm-bindgen-test in headless Chromium (storage facade, mounted components)
#   5. release build (what partners deploy), its first screen against the size budget and the
#      check against its ceiling (scripts/size-budget.mjs), end-to-end tests with playwright-core + axe-core
set -euo pipefail
NC_STEP=test
. "$(dirname "$0")/lib.sh"
cd "$ROOT"

scripts/setup.sh

LOGS="$ROOT/target/test-logs"
rm -rf "$LOGS" && mkdir -p "$LOGS"
step() {
  # step <name> <command...>: runs a layer, its output shown and kept for the summary.
  local name=$1
  shift
  say "== $name"
  local start=$SECONDS
  if "$@" 2>&1 | tee "$LOGS/$name.log"; then
    say "== $name: ok ($((SECONDS - start)) s)"
  else
    say "== $name: FAILED (log: target/test-logs/$name.log)"
    exit 1
  fi
}

export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT=120

step fmt cargo fmt --all --check
step clippy-native cargo clippy --all-targets --locked -- -D warnings
step clippy-wasm32 with_wasm_env cargo clippy --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
step test-native cargo test --locked
step test-browser with_wasm_env cargo test --target wasm32-unknown-unknown --locked --test browser
step release env NC_SETUP_DONE=1 scripts/release.sh
step size-budget node scripts/size-budget.mjs dist
step test-e2e npm run --silent e2e

say "== summary"
# Each runner's own summary line, named after the test target it belongs to.
summarise() {
  awk -v layer="$1" '
    /^ +Running / { name = $2 == "unittests" ? $3 : $2; next }
    /^ +Doc-tests / { name = "doc-tests"; next }
    /^test result:/ { printf "%-8s %-26s %s\n", layer, name, $0 }
  ' "$2"
}
summarise native "$LOGS/test-native.log"
summarise browser "$LOGS/test-browser.log"
printf '%-8s %-26s %s\n' size "first screen (brotli)" "$(head -n1 "$LOGS/size-budget.log")"
printf '%-8s %-26s %s\n' size "the check (brotli)" "$(sed -n 2p "$LOGS/size-budget.log")"
printf '%-8s %-26s %s\n' e2e "e2e/*.test.mjs" \
  "$(grep -hE '^# (tests|pass|fail|skipped|duration_ms)' "$LOGS/test-e2e.log" | sed 's/^# //' | tr '\n' ' ')"
