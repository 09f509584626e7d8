#!/usr/bin/env bash
# Installs what building, serving and testing the widget needs, and nothing that is present.
#
# Idempotent: every step checks first and prints "ok" when nothing is to do, so a second run
# takes seconds. Every download that could hang runs under `timeout`. On failure it says what
# is missing and how to get it.
#
# Writes `.tools/wasm-env.sh`: the environment for wasm32 builds (sourced by scripts/lib.sh).
#
# Environment:
#   NC_WASM_TOOLCHAIN=rustup|debian  force one wasm toolchain path (default: auto)
#   NC_SKIP_BROWSER=1                skip Chromium/chromedriver/npm (run command only)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
TOOLS="$ROOT/.tools"
mkdir -p "$TOOLS"

TRUNK_VERSION=0.21.14
INSTALL_TIMEOUT=${NC_INSTALL_TIMEOUT:-1500}
APT_TIMEOUT=${NC_APT_TIMEOUT:-900}
RUSTUP_TARGET_TIMEOUT=${NC_RUSTUP_TARGET_TIMEOUT:-45}

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
die() {
  printf '\033[1;31m[setup] error:\033[0m %s\n' "$*" >&2
  exit 1
}

export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$HOME/.cargo/bin:$PATH"

# --- privileges for apt ------------------------------------------------------------------------
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
fi
APT_UPDATED=0
apt_install() {
  # apt_install <package>... : installs the Debian packages not installed yet.
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 ||
    die "missing ${missing[*]} and no apt-get here: install them with your package manager."
  if [ "$(id -u)" != 0 ] && [ -z "$SUDO" ]; then
    die "missing ${missing[*]}: run as root or install sudo (apt-get install ${missing[*]})."
  fi
  if [ "$APT_UPDATED" = 0 ]; then
    say "apt-get update"
    timeout "$APT_TIMEOUT" $SUDO apt-get update -qq ||
      die "apt-get update failed or timed out after ${APT_TIMEOUT}s: is the Debian mirror reachable?"
    APT_UPDATED=1
  fi
  say "apt-get install ${missing[*]}"
  timeout "$APT_TIMEOUT" $SUDO env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
    die "apt-get install ${missing[*]} failed or timed out after ${APT_TIMEOUT}s."
}

# --- Rust host toolchain -----------------------------------------------------------------------
command -v cargo >/dev/null 2>&1 ||
  die "cargo not found: install Rust with rustup (https://rustup.rs), then run this again."
command -v rustup >/dev/null 2>&1 ||
  die "rustup not found: this project expects a rustup-managed Rust (https://rustup.rs)."
for c in rustfmt clippy; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$c"; then
    say "rustup component add $c"
    timeout "$INSTALL_TIMEOUT" rustup component add "$c" ||
      die "could not add the rustup component $c."
  fi
done
say "host Rust: $(rustc --version)"

# --- wasm32 toolchain --------------------------------------------------------------------------
# The normal path: rustup's wasm32 target. The fallback (machines whose rustup cannot download
# targets): Debian's rustc-web 1.96 with the std source, build-std, and rustup's rust-lld.
HOST_SYSROOT=$(rustc --print sysroot)
HOST_TRIPLE=$(rustc -vV | sed -n 's/^host: //p')
debian_fallback_ready() {
  [ -x /usr/bin/rustc ] && [ -x /usr/bin/cargo ] && [ -d /usr/lib/rustlib/src/rust/library ] &&
    /usr/bin/rustc --print target-list 2>/dev/null | grep -qx wasm32-unknown-unknown
}
rustup_has_wasm() { rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; }

mode=${NC_WASM_TOOLCHAIN:-auto}
if [ "$mode" = auto ]; then
  if rustup_has_wasm; then
    mode=rustup
  elif [ -f "$TOOLS/wasm-mode" ] && [ "$(cat "$TOOLS/wasm-mode")" = debian ] && debian_fallback_ready; then
    mode=debian # decided on an earlier run; do not retry a download known to hang
  else
    say "rustup target add wasm32-unknown-unknown (timeout ${RUSTUP_TARGET_TIMEOUT}s)"
    if timeout "$RUSTUP_TARGET_TIMEOUT" rustup target add wasm32-unknown-unknown >/dev/null 2>&1 &&
      rustup_has_wasm; then
      mode=rustup
    else
      say "rustup cannot add the wasm32 target here: using Debian's rustc-web fallback"
      mode=debian
    fi
  fi
fi

case "$mode" in
rustup)
  rustup_has_wasm || {
    timeout "$RUSTUP_TARGET_TIMEOUT" rustup target add wasm32-unknown-unknown ||
      die "rustup target add wasm32-unknown-unknown failed; try NC_WASM_TOOLCHAIN=debian"
  }
  # Release builds rebuild std with size options (scripts/lib.sh, with_release_env): that
  # needs std's source.
  if ! rustup component list --installed 2>/dev/null | grep -q '^rust-src'; then
    say "rustup component add rust-src (std's source, for the size-optimised release build)"
    timeout "$INSTALL_TIMEOUT" rustup component add rust-src ||
      die "could not add rust-src; try NC_WASM_TOOLCHAIN=debian (Debian's rust-web-src)"
  fi
  cat >"$TOOLS/wasm-env.sh" <<EOF
# Generated by scripts/setup.sh: wasm32 builds use rustup's own target.
export NC_WASM_MODE=rustup
EOF
  ;;
debian)
  apt_install rustc-web cargo-web rust-web-src rust-web-clippy
  debian_fallback_ready || die "Debian's rustc-web is installed but cannot target wasm32."
  LLD="$HOST_SYSROOT/lib/rustlib/$HOST_TRIPLE/bin/rust-lld"
  if [ ! -x "$LLD" ]; then
    apt_install lld
    LLD=$(command -v wasm-ld || true)
    [ -n "$LLD" ] || die "no wasm linker: neither rustup's rust-lld nor Debian's wasm-ld found."
  fi
  # A folder of links so Trunk's `cargo` and `rustdoc` are all Debian's 1.96 toolchain
  # (mixing rustup's rustdoc with Debian's std fails with E0514).
  mkdir -p "$TOOLS/debian-bin"
  for b in cargo rustc rustdoc cargo-clippy clippy-driver; do
    [ -x "/usr/bin/$b" ] && ln -sfn "/usr/bin/$b" "$TOOLS/debian-bin/$b"
  done
  cat >"$TOOLS/wasm-env.sh" <<EOF
# Generated by scripts/setup.sh: wasm32 builds use Debian's rustc-web with build-std.
export NC_WASM_MODE=debian
export PATH="$TOOLS/debian-bin:\$PATH"
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER="$LLD"
# Separate target folder: Debian's 1.96 artefacts never mix with rustup's.
export CARGO_TARGET_DIR="$ROOT/target/debian-wasm"
EOF
  ;;
*) die "NC_WASM_TOOLCHAIN must be rustup or debian, not '$mode'" ;;
esac
echo "$mode" >"$TOOLS/wasm-mode"
say "wasm32 toolchain: $mode"

# --- wasm-bindgen-cli at exactly the version in Cargo.lock --------------------------------------
[ -f Cargo.lock ] || die "Cargo.lock is missing: it is committed; restore it with git checkout."
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock)
[ -n "$WB_VERSION" ] || die "could not read the wasm-bindgen version from Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" = "$WB_VERSION" ] &&
  [ "$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}')" = "$WB_VERSION" ]; then
  say "ok: wasm-bindgen-cli $WB_VERSION"
else
  say "cargo install wasm-bindgen-cli $WB_VERSION (about 3 minutes)"
  # Not --locked: its lock file asks for a crate version the registry here does not serve.
  timeout "$INSTALL_TIMEOUT" cargo install -q wasm-bindgen-cli --version "$WB_VERSION" --force ||
    die "installing wasm-bindgen-cli $WB_VERSION failed or timed out (is crates.io reachable?)"
fi

# --- Trunk (pinned) ----------------------------------------------------------------------------
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" = "$TRUNK_VERSION" ]; then
  say "ok: trunk $TRUNK_VERSION"
else
  say "cargo install trunk $TRUNK_VERSION --locked (about 7 minutes)"
  # --locked: without it 0.21.14 does not compile; 0.22 needs rustc >= 1.96.1.
  timeout "$INSTALL_TIMEOUT" cargo install -q trunk --version "$TRUNK_VERSION" --locked ||
    die "installing trunk $TRUNK_VERSION failed or timed out (is crates.io reachable?)"
fi

# --- npm packages from the lock file: binaryen's wasm-opt, terser, playwright-core, axe-core --
# wasm-opt comes from npm's binaryen (pinned in package-lock.json), not Debian's binaryen 108:
# that version writes wasm-bindgen's externref table as anyref, which Chromium rejects at start.
command -v npm >/dev/null 2>&1 || die "npm not found: install Node.js 20+ with npm."
if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  say "ok: npm packages ($(node_modules/.bin/wasm-opt --version 2>/dev/null))"
else
  say "npm ci (binaryen, terser, playwright-core, axe-core; never a browser download)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 timeout "$INSTALL_TIMEOUT" npm ci --no-audit --no-fund --loglevel=error ||
    die "npm ci failed or timed out (is the npm registry reachable?)"
fi

if [ "${NC_SKIP_BROWSER:-0}" = 1 ]; then
  say "done (browser skipped)"
  exit 0
fi

# --- Chromium + chromedriver (never a downloaded browser) --------------------------------------
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say "ok: $(/usr/bin/chromium --version 2>/dev/null | head -n1)"
else
  apt_install chromium chromium-driver
fi

say "done"
