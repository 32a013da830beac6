#!/usr/bin/env bash
# Installs every tool the build and the tests need, idempotently and offline-safe (registries
# only: crates.io, npm, Debian). Skips whatever is already present at the right version.
# Sourced by build.sh / serve.sh / test.sh; safe to run on its own.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 12 minutes on 2 cores, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 7 minutes, once)"
  # Not --locked: its lock file pins a webpki-roots that is no longer available.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! [ -x node_modules/.bin/wasm-opt ] || ! [ -d node_modules/playwright-core ] || ! [ -d node_modules/terser ]; then
  command -v npm >/dev/null || { echo "npm (Node.js 18+) is required: apt-get install nodejs npm" >&2; exit 1; }
  say "installing npm tools (binaryen wasm-opt, playwright-core, terser)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "${NEWSLENS_NEED_BROWSER:-0}" = 1 ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "installing Chromium and ChromeDriver from Debian"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
    else
      echo "The browser tests need Chromium: run 'sudo apt-get install chromium chromium-driver'" >&2
      exit 1
    fi
  fi
fi
say "tools ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(wasm-opt --version | awk '{print $3}')"

# The second wasm-opt pass of the shipped build, in place, with the feature flags of index.html's
# first pass (scripts/build.sh runs it on the site, scripts/bench.sh on the benchmark's module).
# Trunk's --flatten --rereloop -Oz leave code that further passes shrink; which recipe wins by a
# few hundred gzipped bytes changes with the code, so both are tried and the smaller kept.
second_wasm_opt() { # FILE
  local params features a b
  params=$(grep -o 'data-wasm-opt-params="[^"]*"' "$(dirname "${BASH_SOURCE[0]}")/../index.html" | head -n 1 | cut -d'"' -f2)
  features=$(grep -oE -- '--(enable-[a-z-]+|low-memory-unused)' <<<"$params" | tr '\n' ' ')
  # shellcheck disable=SC2086 # the flags are a word list
  wasm-opt -Oz --converge $features "$1" -o "$1.a"
  # shellcheck disable=SC2086
  wasm-opt --flatten --rereloop -Oz -Oz $features "$1" -o "$1.b"
  a=$(gzip -9 -c "$1.a" | wc -c) b=$(gzip -9 -c "$1.b" | wc -c)
  if [ "$a" -le "$b" ]; then mv "$1.a" "$1" && rm "$1.b"; else mv "$1.b" "$1" && rm "$1.a"; fi
  # then functions that differ only in constants merged, identical code folded (−0.1 KB)
  # shellcheck disable=SC2086
  wasm-opt --duplicate-function-elimination --merge-similar-functions --code-folding -Oz --converge $features "$1" -o "$1.c"
  a=$(gzip -9 -c "$1" | wc -c) b=$(gzip -9 -c "$1.c" | wc -c)
  if [ "$b" -lt "$a" ]; then mv "$1.c" "$1"; else rm "$1.c"; fi
}
