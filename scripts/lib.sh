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
