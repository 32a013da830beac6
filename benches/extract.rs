//! Extraction throughput, native, one core: synthetic articles (`newslens::synth`) and the
//! bundled seeds repeated. Prints figures; asserts nothing about time.
//!
//! ```text
//! cargo bench --bench extract
//! NEWSLENS_BENCH_MB=40 NEWSLENS_BENCH_ALSO_MB=6 cargo bench --bench extract
//! ```
//!
//! Environment (all optional):
//! - `NEWSLENS_BENCH_MB` — size of the synthetic corpus, in MB of text (10^6 bytes; default 20).
//! - `NEWSLENS_BENCH_SEED` — generator seed (default 1).
//! - `NEWSLENS_BENCH_ALSO_MB` — also measure a corpus of this size with the same seed: the one
//!   `tests/wasm_bench.rs` measures in the browser (`scripts/bench.sh` sets it), so that the two
//!   figures compare like with like.
//! - `NEWSLENS_BENCH_RUNS` — timed runs per measurement, after one warm-up (default 3; the best
//!   is reported).
//! - `NEWSLENS_BENCH_SEEDS_MB` — size of the repeated bundled seeds (default 5).
//!
//! Each measurement prints `native extraction: X MB in Y s = Z MB/s (1 core) [corpus]`, the
//! synthetic ones tagged `[synth N MB seed S]`; `scripts/bench.sh` parses those lines.

use newslens::corpus::{self, Document};
use newslens::extract::{extract_corpus, EType, Extraction};
use newslens::synth;
use std::hint::black_box;
use std::time::Instant;

fn env_num<T: std::str::FromStr>(name: &str, default: T) -> T {
    match std::env::var(name) {
        Ok(v) => v.trim().parse().unwrap_or_else(|_| panic!("{name}={v:?} is not a number")),
        Err(_) => default,
    }
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

/// Best wall time of `runs` calls after one warm-up, and the last result.
fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut out = black_box(f());
    let mut best = f64::INFINITY;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        out = black_box(f());
        best = best.min(t.elapsed().as_secs_f64());
    }
    (best, out)
}

/// Cleans the texts into documents. A text on which `Document::from_text` panics is left out
/// (and its name returned), so that a cleaning bug does not hide the extraction figures.
fn documents(texts: &[(String, String)]) -> (Vec<Document>, Vec<(String, String)>) {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut failed = Vec::new();
    let docs: Vec<Document> = texts
        .iter()
        .filter_map(|(name, text)| match std::panic::catch_unwind(|| Document::from_text(name, text)) {
            Ok(d) => Some(d),
            Err(e) => {
                let msg = e
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                failed.push((name.clone(), msg));
                None
            }
        })
        .collect();
    std::panic::set_hook(hook);
    (docs, failed)
}

fn counts(docs: &[Document], x: &Extraction) {
    let n = docs.len().max(1) as f64;
    let mentions: usize = x.mentions.iter().map(Vec::len).sum();
    let distinct_per_doc: usize = x
        .mentions
        .iter()
        .map(|ms| {
            let mut e: Vec<usize> = ms.iter().map(|m| m.entity).collect();
            e.sort_unstable();
            e.dedup();
            e.len()
        })
        .sum();
    let by_type: Vec<String> = EType::ALL
        .iter()
        .map(|t| format!("{} {}", x.entities.iter().filter(|e| e.ty == *t).count(), t.as_str()))
        .collect();
    println!("  entities: {} in the corpus ({}); mentions: {mentions}", x.entities.len(), by_type.join(", "));
    println!(
        "  per article: {:.1} mentions, {:.1} distinct entities ({} articles, {:.1} KB each)",
        mentions as f64 / n,
        distinct_per_doc as f64 / n,
        docs.len(),
        docs.iter().map(|d| d.raw.len()).sum::<usize>() as f64 / n / 1e3
    );
}

/// Times cleaning and extraction of one corpus; prints `native extraction: … [label]`.
fn measure(label: &str, texts: &[(String, String)], runs: usize) {
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let t = Instant::now();
    let (docs, failed) = documents(texts);
    let clean_s = t.elapsed().as_secs_f64();
    let doc_bytes: usize = docs.iter().map(|d| d.raw.len()).sum();
    let (s, x) = best_of(runs, || extract_corpus(&docs));
    println!(
        "native extraction: {:.2} MB in {s:.3} s = {:.1} MB/s (1 core) [{label}]",
        mb(doc_bytes),
        mb(doc_bytes) / s
    );
    println!(
        "  cleaning (Document::from_text, one pass): {:.2} MB in {clean_s:.3} s = {:.1} MB/s",
        mb(bytes),
        mb(bytes) / clean_s
    );
    if let Some((name, msg)) = failed.first() {
        println!(
            "  WARNING: Document::from_text panicked on {} of {} texts, left out of the figures; first: {name}: {}",
            failed.len(),
            texts.len(),
            msg.chars().take(200).collect::<String>()
        );
        let names: Vec<&str> = failed.iter().map(|(n, _)| n.as_str()).collect();
        println!("  left out [{label}]: {}", names.join(" "));
    }
    counts(&docs, &x);
}

fn main() {
    // `cargo bench` passes `--bench`; other arguments are not used.
    let size_mb: f64 = env_num("NEWSLENS_BENCH_MB", 20.0);
    let seed: u64 = env_num("NEWSLENS_BENCH_SEED", 1);
    let runs: usize = env_num("NEWSLENS_BENCH_RUNS", 3);
    let also_mb: Option<f64> = std::env::var("NEWSLENS_BENCH_ALSO_MB").ok().map(|v| v.trim().parse().expect("MB"));
    let seeds_mb: f64 = env_num("NEWSLENS_BENCH_SEEDS_MB", 5.0);
    println!("newslens extraction bench: best of {runs} runs after a warm-up, 1 thread, MB = 10^6 bytes of input text");

    let t = Instant::now();
    let texts = synth::corpus_of_bytes((size_mb * 1e6) as usize, seed);
    let gen_s = t.elapsed().as_secs_f64();
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    println!(
        "synthetic corpus: {} articles, {:.2} MB, generated in {gen_s:.2} s ({:.0} MB/s)",
        texts.len(),
        mb(bytes),
        mb(bytes) / gen_s
    );
    // the main figure, in the format the brief asks for
    measure(&format!("synth {size_mb} MB seed {seed}"), &texts, runs);
    drop(texts);

    if let Some(also) = also_mb {
        let texts = synth::corpus_of_bytes((also * 1e6) as usize, seed);
        measure(&format!("synth {also} MB seed {seed}"), &texts, runs);
    }

    // the bundled seeds, repeated: real articles rather than templates
    let seeds = corpus::bundled();
    let seed_bytes: usize = seeds.iter().map(|d| d.raw.len()).sum();
    let reps = ((seeds_mb * 1e6) as usize).div_ceil(seed_bytes.max(1)).max(1);
    let docs: Vec<Document> = (0..reps).flat_map(|_| seeds.iter().cloned()).collect();
    let (s, x) = best_of(runs, || extract_corpus(&docs));
    let total = seed_bytes * reps;
    println!(
        "native extraction: {:.2} MB in {s:.3} s = {:.1} MB/s (1 core) [bundled seeds: {} texts, {:.1} KB, x {reps}]",
        mb(total),
        mb(total) / s,
        seeds.len(),
        seed_bytes as f64 / 1e3,
    );
    counts(&docs, &x);
    let (s1, _) = best_of(runs.max(5), || extract_corpus(&seeds));
    println!(
        "  the 5 seeds once: {:.1} KB in {:.2} ms = {:.1} MB/s",
        seed_bytes as f64 / 1e3,
        s1 * 1e3,
        mb(seed_bytes) / s1
    );
}
