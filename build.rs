//! Embeds every `seeds/*.txt` file (and the optional `seeds/metadata.tsv`) into the crate, so
//! adding an article is: drop a text file into `seeds/` and rebuild.
use std::{env, fs, path::Path};

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").unwrap();
    let seeds = Path::new(&root).join("seeds");
    println!("cargo:rerun-if-changed=seeds");
    let mut files: Vec<_> =
        fs::read_dir(&seeds).map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect()).unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "txt"));
    files.sort();
    let mut out = String::from(
        "/// (file name, text) of every bundled seed, sorted by file name.\npub static SEEDS: &[(&str, &str)] = &[\n",
    );
    for p in &files {
        println!("cargo:rerun-if-changed={}", p.display());
        let name = p.file_name().unwrap().to_string_lossy();
        out += &format!("    ({:?}, include_str!({:?})),\n", name, p.display().to_string());
    }
    out += "];\n";
    let meta = seeds.join("metadata.tsv");
    println!("cargo:rerun-if-changed={}", meta.display());
    out += "/// Contents of the optional curated `seeds/metadata.tsv` (empty when absent).\npub static SEED_METADATA: &str = ";
    if meta.exists() {
        out += &format!("include_str!({:?});\n", meta.display().to_string());
    } else {
        out += "\"\";\n";
    }
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("seeds.rs"), out).unwrap();
}
