//! Index and filter benchmark on a synthetic corpus of 10,000 varied articles (src/synth.rs):
//! prints the time to extract, build the index, and evaluate filters (facet toggles, text
//! search, entity AND, date range). Figures, not assertions: `cargo bench --bench index`.
use newslens::corpus::Document;
use newslens::extract::extract_corpus;
use newslens::index::Index;
use newslens::query::Filter;
use std::time::Instant;

fn best_of<T>(n: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::MAX;
    let mut out = None;
    for _ in 0..n {
        let t = Instant::now();
        let r = f();
        best = best.min(t.elapsed().as_secs_f64());
        out = Some(r);
    }
    (best, out.expect("ran"))
}

fn main() {
    let n: usize = std::env::var("NEWSLENS_BENCH_DOCS").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    let raw = newslens::synth::corpus(n, 7);
    let bytes: usize = raw.iter().map(|(_, t)| t.len()).sum();
    let t = Instant::now();
    let docs: Vec<Document> = raw.iter().map(|(f, t)| Document::from_text(f, t)).collect();
    let clean = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let x = extract_corpus(&docs);
    let extract = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let ix = Index::build(docs, x);
    let build = t.elapsed().as_secs_f64();
    println!("corpus: {n} articles, {:.1} MB, {} entities", bytes as f64 / 1e6, ix.x.entities.len());
    println!("clean {:.0} ms · extract {:.0} ms · index build {:.0} ms", clean * 1e3, extract * 1e3, build * 1e3);

    // the most frequent entities of each of three types: the facet toggles a reader would click
    let all = ix.evaluate(&Filter::default());
    let mut toggles: Vec<String> = Vec::new();
    for (_, items) in all.facets.iter().take(3) {
        toggles.extend(items.iter().take(5).map(|(e, _)| ix.x.entities[*e].id.clone()));
    }
    let mut times = Vec::new();
    for id in &toggles {
        let f = Filter { e: vec![id.clone()], ..Filter::default() };
        let (s, r) = best_of(5, || ix.evaluate(&f));
        times.push((s, r.docs.len()));
    }
    let worst = times.iter().map(|t| t.0).fold(0.0, f64::max);
    let mean = times.iter().map(|t| t.0).sum::<f64>() / times.len().max(1) as f64;
    println!(
        "facet toggle (one entity, results + all facets): mean {:.2} ms, worst {:.2} ms over {} toggles (target ≤ 2 ms)",
        mean * 1e3,
        worst * 1e3,
        times.len()
    );
    let two = Filter { e: toggles.iter().take(2).cloned().collect(), ..Filter::default() };
    let (s, r) = best_of(5, || ix.evaluate(&two));
    println!("two entities (AND): {:.2} ms, {} results", s * 1e3, r.docs.len());
    for q in ["minister", "chi", "chinh", "ha noi", "trade turnover"] {
        let f = Filter { q: q.into(), ..Filter::default() };
        let (s, r) = best_of(5, || ix.evaluate(&f));
        println!("search {q:?}: {:.2} ms, {} results", s * 1e3, r.docs.len());
    }
    let dates = Filter { from: Some("2024".into()), to: Some("2025-06".into()), ..Filter::default() };
    let (s, r) = best_of(5, || ix.evaluate(&dates));
    println!("date range: {:.2} ms, {} results", s * 1e3, r.docs.len());
    let (s, r) = best_of(5, || ix.evaluate(&Filter::default()));
    println!("no filter (all {} docs + facets): {:.2} ms", r.docs.len(), s * 1e3);
    // the entity panel's co-occurrence counts, for the entity in the most articles and for one
    // in a few dozen
    let docs_of = |e: usize| ix.entity_docs[e].len();
    let most = (0..ix.x.entities.len()).max_by_key(|&e| docs_of(e)).expect("entities");
    let some = (0..ix.x.entities.len()).find(|&e| (40..=80).contains(&docs_of(e))).unwrap_or(most);
    for e in [most, some] {
        let (s, co) = best_of(5, || ix.cooccurring(e, 12));
        println!(
            "co-occurring with {:?} ({} articles): {:.2} ms, {} listed",
            ix.x.entities[e].name,
            docs_of(e),
            s * 1e3,
            co.len()
        );
    }
}
