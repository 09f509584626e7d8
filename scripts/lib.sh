# Shared by the scripts: paths, messages and the wasm32 build environment.
# shellcheck shell=bash
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$HOME/.cargo/bin:$PATH"
say() { printf '\033[1m[%s]\033[0m %s\n' "${NC_STEP:-nc}" "$*"; }
die() {
  printf '\033[1;31m[%s] error:\033[0m %s\n' "${NC_STEP:-nc}" "$*" >&2
  exit 1
}
# Runs a command with the wasm32 toolchain environment written by setup.sh, in a subshell so
# native cargo commands are never affected.
with_wasm_env() {
  [ -f "$ROOT/.tools/wasm-env.sh" ] || die "run scripts/setup.sh first (.tools/wasm-env.sh missing)"
  (
    # shellcheck disable=SC1091
    . "$ROOT/.tools/wasm-env.sh"
    "$@"
  )
}

# Runs a command with the wasm32 environment plus the size options of release builds
# (README, "Release build options"): std rebuilt from source with `optimize_for_size` and
# panics that abort at once without a message (no panic machinery, no location strings), no
# `{:?}` formatting code, and Leptos's type-erased components. Target-specific flags, so build
# scripts and proc macros are unaffected. NC_SIZE_OPTIONS=0 builds without them (to compare).
with_release_env() {
  if [ "${NC_SIZE_OPTIONS:-1}" = 0 ]; then
    with_wasm_env "$@"
    return
  fi
  with_wasm_env env \
    RUSTC_BOOTSTRAP=1 \
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none --cfg erase_components" \
    "$@"
}
