//! Extraction throughput in the browser: the release-profile WASM build (the profile the app
//! ships with) in headless Chromium, on the synthetic corpus of `newslens::synth`. Prints
//! figures to the console (shown by wasm-bindgen-test-runner); asserts nothing about time. Not part of `cargo test` (native)
//! nor of scripts/test.sh; `scripts/bench.sh` runs it next to the native bench on the same corpus
//! and prints the ratio.
//!
//! ```text
//! WASM_BINDGEN_TEST_TIMEOUT=600 cargo test --release --target wasm32-unknown-unknown --test wasm_bench -- --nocapture
//! ```
//!
//! `--nocapture` makes the runner show the console output of a passing test; the timeout (20 s
//! by default, for the whole run) leaves room for a slow machine. `.cargo/config.toml` names the
//! runner; chromedriver must be on PATH (or in `CHROMEDRIVER`).
//!
//! Compile-time environment (the browser has no process environment):
//! - `NEWSLENS_BENCH_WASM_MB` — corpus size in MB of text (10^6 bytes; default 6).
//! - `NEWSLENS_BENCH_SEED` — generator seed (default 1), as for `benches/extract.rs`.
//! - `NEWSLENS_BENCH_RUNS` — timed runs after one warm-up (default 3; the best is reported).
//! - `NEWSLENS_BENCH_SKIP` — space-separated file names to leave out: the texts on which the
//!   native bench reported a `Document::from_text` panic (a panic aborts WASM), so that both
//!   measure the same documents.
#![cfg(target_arch = "wasm32")]

use newslens::corpus::Document;
use newslens::extract::extract_corpus;
use newslens::synth;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn env_num<T: std::str::FromStr>(value: Option<&str>, default: T) -> T {
    value.and_then(|v| v.trim().parse().ok()).unwrap_or(default)
}

fn now_ms() -> f64 {
    web_sys::window().expect("a window").performance().expect("window.performance").now()
}

fn log(s: &str) {
    web_sys::console::log_1(&s.into());
}

#[wasm_bindgen_test]
fn extraction_throughput() {
    let size_mb: f64 = env_num(option_env!("NEWSLENS_BENCH_WASM_MB"), 6.0);
    let seed: u64 = env_num(option_env!("NEWSLENS_BENCH_SEED"), 1);
    let runs: usize = env_num(option_env!("NEWSLENS_BENCH_RUNS"), 3);
    let skip: Vec<&str> = option_env!("NEWSLENS_BENCH_SKIP").unwrap_or("").split_whitespace().collect();

    let t = now_ms();
    let texts = synth::corpus_of_bytes((size_mb * 1e6) as usize, seed);
    let gen_ms = now_ms() - t;
    let t = now_ms();
    let docs: Vec<Document> = texts
        .iter()
        .filter(|(name, _)| !skip.contains(&name.as_str()))
        .map(|(name, text)| Document::from_text(name, text))
        .collect();
    let clean_ms = now_ms() - t;
    let bytes: usize = docs.iter().map(|d| d.raw.len()).sum();
    let mb = bytes as f64 / 1e6;
    log(&format!(
        "synthetic corpus: {} articles ({} left out), {mb:.2} MB; generated in {:.2} s, cleaned in {:.2} s = {:.1} MB/s",
        docs.len(),
        texts.len() - docs.len(),
        gen_ms / 1e3,
        clean_ms / 1e3,
        mb / (clean_ms / 1e3)
    ));
    drop(texts);

    let mut x = std::hint::black_box(extract_corpus(&docs)); // warm-up
    let mut best = f64::INFINITY;
    for _ in 0..runs.max(1) {
        let t = now_ms();
        x = std::hint::black_box(extract_corpus(&docs));
        best = best.min(now_ms() - t);
    }
    let s = best / 1e3;
    log(&format!(
        "wasm extraction: {mb:.2} MB in {s:.3} s = {:.1} MB/s (1 core, release profile, headless Chromium) [synth {size_mb} MB seed {seed}]",
        mb / s
    ));
    let mentions: usize = x.mentions.iter().map(Vec::len).sum();
    log(&format!("  entities: {}; mentions: {mentions} ({} articles)", x.entities.len(), docs.len()));
}
