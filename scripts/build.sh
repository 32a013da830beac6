#!/usr/bin/env bash
# Builds the release site into dist/: trunk (wasm-opt -Oz, minified HTML and CSS), shorter
# wasm-bindgen import names (scripts/imports.mjs), then a Content-Security-Policy that allows
# only this origin plus the hash of Trunk's inline start-up script, then a size report.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
# The site is built without the file, line and column of each of its ~2,700 possible panic
# sites (-Zlocation-detail=none: −7 KB gzipped). With panic = "abort" and no panic hook, no one
# could ever read them: a panic in the browser traps. The option is unstable; RUSTC_BOOTSTRAP=1
# lets the stable toolchain accept it, for this build only (its own target directory, so the
# native and test builds keep theirs). Legacy symbol names, as on stable, keep the closure
# exports in the form scripts/imports.mjs shortens. Should a toolchain refuse the option, the
# site is built without it and the size budget decides. Nor is `{:?}` formatting compiled in
# (-Zfmt-debug=none; the views format nothing with it, only tests and panics do).
ship_flags="-Zlocation-detail=none -Zfmt-debug=none -Zunstable-options -Csymbol-mangling-version=legacy"
echo "[build] trunk build --release (RUSTFLAGS=\"$ship_flags\")"
if ! CARGO_TARGET_DIR=target/ship RUSTC_BOOTSTRAP=1 RUSTFLAGS="$ship_flags" trunk build --release --offline; then
  echo "[build] WARNING: the toolchain refused \"$ship_flags\"; building without them" >&2
  CARGO_TARGET_DIR=target/ship trunk build --release --offline
fi
# The second wasm-opt pass (scripts/setup.sh; −0.4 KB gzipped), before imports.mjs, which writes
# the integrity hashes.
for w in dist/*_bg.wasm; do
  second_wasm_opt "$w"
done
node scripts/imports.mjs dist
node scripts/csp.mjs dist/index.html
node scripts/sizes.mjs dist
