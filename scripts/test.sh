#!/usr/bin/env bash
# Runs every test: format and lint, native unit/integration tests (corpus, extraction incl. the
# ../shared/eval scorer, index, query), the release build with its size budget, and the
# end-to-end suite in headless Chromium against the site served under a sub-path.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
NEWSLENS_NEED_BROWSER=1 source scripts/setup.sh

echo "[test] cargo fmt --check"
cargo fmt --all -- --check
echo "[test] cargo clippy (native and wasm32) -D warnings"
cargo clippy --all-targets -q -- -D warnings
cargo clippy --target wasm32-unknown-unknown --bin newslens-app -q -- -D warnings

echo "[test] native tests"
cargo test -q 2>&1 | grep -v '^$'

echo "[test] release build"
bash scripts/build.sh

echo "[test] end-to-end in headless Chromium (screenshots in target/screenshots/)"
node --test --test-concurrency=1 tests/e2e/
