#!/usr/bin/env bash
# Benchmarks that print figures (asserting nothing about time).
# Extraction throughput, native vs WASM, on the same synthetic corpus (src/synth.rs):
#  1. the native bench (benches/extract.rs): ≥ 20 MB, the WASM-sized corpus, the bundled seeds;
#  2. the release-profile WASM build in headless Chromium (tests/wasm_bench.rs), as cargo builds
#     it, then after the wasm-opt pass Trunk applies (level and flags read from index.html) —
#     the latter is what ships;
#  3. the MB/s figures and the ratio native/WASM on the same corpus.
#  4. index and filters natively on 10,000 synthetic articles (benches/index.rs);
#  5. the app's views in headless Chromium on the same 10,000 articles (tests/wasm_views.rs; a
#     desktop window, 1280×900, set in webdriver.json, which wasm-bindgen-test-runner reads):
#     filter evaluation in WASM, and click → rendered DOM → layout for facet toggles, typing,
#     "Show more", the entity panel and the reader.
# Not part of scripts/test.sh (it takes minutes). NEWSLENS_BENCH_VIEWS=0 skips 4 and 5.
#
# Usage: scripts/bench.sh [WASM_MB]        (default 6: MB of text measured in the browser)
# Environment: NEWSLENS_BENCH_MB (native corpus, default 20), NEWSLENS_BENCH_SEED (default 1),
#              NEWSLENS_BENCH_RUNS (timed runs after a warm-up, default 3).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
NEWSLENS_NEED_BROWSER=1 source scripts/setup.sh

WASM_MB=${1:-${NEWSLENS_BENCH_WASM_MB:-6}}
export NEWSLENS_BENCH_SEED=${NEWSLENS_BENCH_SEED:-1}
export NEWSLENS_BENCH_RUNS=${NEWSLENS_BENCH_RUNS:-3}
# wasm-bindgen-test-runner drives Chromium through chromedriver; its default limit is 20 s
export CHROMEDRIVER=${CHROMEDRIVER:-$(command -v chromedriver)}
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-900}

logs=target/bench
mkdir -p "$logs"
say() { printf '\033[1m[bench]\033[0m %s\n' "$*"; }

say "native: cargo bench --bench extract (also ${WASM_MB} MB, seed ${NEWSLENS_BENCH_SEED})"
NEWSLENS_BENCH_ALSO_MB=$WASM_MB cargo bench -q --bench extract | tee "$logs/native.txt"

# The WASM-sized measurement is the last synthetic one; its label names corpus size and seed.
same=$(grep '^native extraction: .*\[synth ' "$logs/native.txt" | tail -n 1)
main=$(grep '^native extraction: .*\[synth ' "$logs/native.txt" | head -n 1)
label=$(sed -E 's/.*\[(synth [^]]*)\]$/\1/' <<<"$same")
# Texts the native cleaner panicked on (a panic aborts WASM): leave the same ones out there.
skip=$(grep -F "  left out [$label]: " "$logs/native.txt" | sed 's/.*\]: //' || true)
[ -z "$skip" ] || say "leaving out $(wc -w <<<"$skip") text(s) on which Document::from_text panics natively"

say "wasm: cargo test --release --target wasm32-unknown-unknown --test wasm_bench --no-run"
wasm=$(NEWSLENS_BENCH_WASM_MB=$WASM_MB NEWSLENS_BENCH_SKIP=$skip \
  cargo test --release --target wasm32-unknown-unknown --test wasm_bench --no-run --message-format=json-render-diagnostics |
  sed -nE 's/.*"executable":"([^"]*\/wasm_bench-[0-9a-f]+\.wasm)".*/\1/p' | tail -n 1)
[ -n "$wasm" ] || { echo "[bench] no test module was built" >&2; exit 1; }

run_in_browser() { # module log
  wasm-bindgen-test-runner "$1" --nocapture 2>&1 |
    grep -v -e '^\s*$' -e 'target_features' -e 'webdriver.json' -e '^Not found' -e 'deprecated parameters' |
    tee "$2"
}
say "wasm, as cargo builds it: headless Chromium"
run_in_browser "$wasm" "$logs/wasm.txt"

# The wasm-opt pass of the shipped build: `data-wasm-opt` and `data-wasm-opt-params` of index.html.
level=$(grep -o 'data-wasm-opt="[^"]*"' index.html | head -n 1 | cut -d'"' -f2 || true)
params=$(grep -o 'data-wasm-opt-params="[^"]*"' index.html | head -n 1 | cut -d'"' -f2 || true)
if [ -n "$level" ] && command -v wasm-opt >/dev/null; then
  say "wasm, after wasm-opt -O$level $params (as Trunk ships it): headless Chromium"
  # shellcheck disable=SC2086 # the flags are a word list
  wasm-opt "-O$level" $params "$wasm" -o "$logs/wasm_bench.opt.wasm"
  second_wasm_opt "$logs/wasm_bench.opt.wasm" # and the second pass of scripts/build.sh
  run_in_browser "$logs/wasm_bench.opt.wasm" "$logs/wasm-opt.txt"
else
  rm -f "$logs/wasm-opt.txt"
fi

rate() { sed -E 's/.* = ([0-9.]+) MB\/s.*/\1/' <<<"$1"; }
counts() { sed -E 's/^  entities: ([0-9]+)[^;]*; mentions: ([0-9]+).*/\1 entities, \2 mentions/'; }
opt=$(awk '/^\[profile.release\]/{p=1; next} /^\[/{p=0} p && /^opt-level/{gsub(/"/, "", $3); print $3}' Cargo.toml)
native_counts=$(grep -A6 -F "[$label]" "$logs/native.txt" | grep -m1 '^  entities:' | counts)
n=$(rate "$same")
same_counts=yes

echo
echo "== extraction throughput (1 core; MB = 10^6 bytes of text)"
printf '  %-30s [%s]: %6s MB/s\n' 'native (bench profile)' "$(sed -E 's/.*\[(.*)\]$/\1/' <<<"$main")" "$(rate "$main")"
printf '  %-30s [%s]: %6s MB/s\n' 'native (bench profile)' "$label" "$n"
for f in wasm wasm-opt; do
  [ -f "$logs/$f.txt" ] || continue
  line=$(grep '^wasm extraction: ' "$logs/$f.txt" | tail -n 1)
  [ -n "$line" ] || { echo "  $f: no figure (see $logs/$f.txt)"; continue; }
  w=$(rate "$line")
  what="wasm (release, opt-level ${opt:-3})"
  [ "$f" = wasm ] || what="wasm + wasm-opt -O$level"
  printf '  %-30s [%s]: %6s MB/s   ratio native/wasm %s\n' "$what" "$label" "$w" \
    "$(awk -v n="$n" -v w="$w" 'BEGIN { printf "%.2f", n / w }')"
  wasm_counts=$(grep -m1 '^  entities:' "$logs/$f.txt" | counts)
  if [ "$wasm_counts" != "$native_counts" ]; then
    echo "  WARNING: extractions differ: native $native_counts, $f $wasm_counts"
    same_counts=no
  fi
done
[ "$same_counts" = no ] || echo "  same extraction in every build: $native_counts"

if [ "${NEWSLENS_BENCH_VIEWS:-1}" != 0 ]; then
  echo
  say "native: cargo bench --bench index (10,000 synthetic articles)"
  cargo bench -q --bench index | tee "$logs/index.txt"
  say "wasm: the app's views on 10,000 synthetic articles in headless Chromium (tests/wasm_views.rs)"
  cargo test --release --target wasm32-unknown-unknown --test wasm_views -- --nocapture 2>&1 |
    grep -E '^(  |wasm )' | tee "$logs/views.txt"
  grep -q '^wasm views: facet toggle render' "$logs/views.txt" || { echo "[bench] the view benchmark printed no summary" >&2; exit 1; }
fi
