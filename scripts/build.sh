#!/usr/bin/env bash
# Builds the release site into dist/: trunk (wasm-opt -Oz, minified HTML and CSS), shorter
# wasm-bindgen import names (scripts/imports.mjs), then a Content-Security-Policy that allows
# only this origin plus the hash of Trunk's inline start-up script, then a size report.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
echo "[build] trunk build --release"
trunk build --release --offline
node scripts/imports.mjs dist
node scripts/csp.mjs dist/index.html
node scripts/sizes.mjs dist
