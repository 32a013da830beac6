//! Native CLI over the same engine the browser runs.
//!
//! ```text
//! newslens docs [FILE...]      metadata and cleaned body of each document (bundled seeds by default)
//! newslens extract FILE...     extraction JSON of DESIGN.md (bundled seeds when no FILE is given)
//! ```
use newslens::corpus::{self, Document};
use std::process::ExitCode;

fn load(files: &[String]) -> Result<Vec<Document>, String> {
    if files.is_empty() {
        return Ok(corpus::bundled());
    }
    let overrides = corpus::parse_metadata(corpus::SEED_METADATA);
    files
        .iter()
        .map(|f| {
            let bytes = std::fs::read(f).map_err(|e| format!("{f}: {e}"))?;
            // Invalid UTF-8 is replaced (U+FFFD), never a crash; offsets then refer to the
            // replaced text, which the JSON reports as `lossy: true`.
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let name = std::path::Path::new(f)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| f.clone());
            let mut d = Document::from_text(&name, &text);
            corpus::apply_overrides(&mut d, &overrides);
            Ok(d)
        })
        .collect()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (cmd, files) = match args.split_first() {
        Some((c, rest)) => (c.as_str(), rest),
        None => ("help", &[][..]),
    };
    let docs = match cmd {
        "docs" | "extract" => match load(files) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("newslens: {e}");
                return ExitCode::from(1);
            }
        },
        _ => {
            eprintln!("usage: newslens docs [FILE...] | newslens extract [FILE...]");
            return ExitCode::from(if cmd == "help" || cmd == "--help" { 0 } else { 2 });
        }
    };
    match cmd {
        "docs" => {
            for d in &docs {
                println!(
                    "== {} | {} | date={:?} | source={:?} | derived={} | curated={:?}",
                    d.id, d.title, d.date, d.source, d.title_derived, d.curated
                );
                for p in &d.paragraphs {
                    let t = d.para_text(p);
                    println!("  {}{}", if p.caption { "[cap] " } else { "" }, corpus::truncate_words(t, 110));
                }
            }
        }
        "extract" => {
            let x = newslens::extract::extract_corpus(&docs);
            let json = newslens::extract::to_json(&docs, &x);
            println!("{}", serde_json::to_string_pretty(&json).expect("JSON"));
        }
        _ => unreachable!(),
    }
    ExitCode::SUCCESS
}
