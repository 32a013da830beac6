//! Embeds every `seeds/*.txt` file (and the optional `seeds/metadata.tsv`) into the crate, so
//! adding an article is: drop a text file into `seeds/` and rebuild.
use std::{env, fs, path::Path};
use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

/// Writes `fold_table.rs`: every character whose canonical decomposition is one base character
/// plus combining marks (→ that base), and the ranges of combining marks. `text::fold` uses
/// these instead of linking the normalization crate's tables into the WASM (~55 KB gzipped).
fn fold_table(out: &Path) {
    let mut pairs = Vec::new();
    let mut marks: Vec<(u32, u32)> = Vec::new();
    // (to the end of the variation selectors supplement, the last combining marks)
    for cp in 0x80u32..0xE_0200 {
        let Some(c) = char::from_u32(cp) else { continue };
        if is_combining_mark(c) {
            match marks.last_mut() {
                Some((_, e)) if *e + 1 == cp => *e = cp,
                _ => marks.push((cp, cp)),
            }
            continue;
        }
        let d: Vec<char> = c.nfd().collect();
        if d.len() > 1 && d[1..].iter().all(|m| is_combining_mark(*m)) && d[0] != c {
            pairs.push((cp, d[0] as u32));
        }
    }
    // Basic Multilingual Plane entries as u16 (half the bytes in the WASM), the few others as u32
    let bmp = |&(a, b): &(u32, u32)| a <= 0xFFFF && b <= 0xFFFF;
    let table = |name: &str, ty: &str, doc: &str, rows: &mut dyn Iterator<Item = &(u32, u32)>| {
        let mut t = format!("/// {doc}\npub static {name}: &[({ty}, {ty})] = &[");
        for (a, b) in rows {
            t += &format!("({a},{b}),");
        }
        t + "];\n"
    };
    // the BMP pairs compactly (a third of the gzipped bytes): the gaps between the precomposed
    // characters as bytes (a gap of 255 or more: 255s, then the rest), and the bases; `text`
    // decodes them once
    // (a number as bytes: 255s while 255 or more is left, then the rest)
    let bytes = |out: &mut String, mut v: u32| {
        while v >= 255 {
            *out += "255,";
            v -= 255;
        }
        *out += &format!("{v},");
    };
    let (mut gaps, mut bases) = (String::new(), String::new());
    let mut prev = 0;
    for &(a, b) in pairs.iter().filter(|p| bmp(p)) {
        bytes(&mut gaps, a - prev);
        bases += &format!("{b},");
        prev = a;
    }
    // the combining-mark ranges likewise: for each, the gap after the previous one and its length
    let mut mark_bytes = String::new();
    let mut end = 0;
    for &(a, b) in &marks {
        bytes(&mut mark_bytes, a - end);
        bytes(&mut mark_bytes, b - a);
        end = b;
    }
    let s = [
        format!(
            "/// Gaps between the BMP's precomposed characters, sorted (255: add 255, go on).\n\
             pub static FOLD_GAPS: &[u8] = &[{gaps}];\n\
             /// Their bases, in the same order.\npub static FOLD_BASES: &[u16] = &[{bases}];\n"
        ),
        table(
            "FOLD_ASTRAL",
            "u32",
            "(precomposed, base) pairs above the BMP, sorted.",
            &mut pairs.iter().filter(|p| !bmp(p)),
        ),
        format!(
            "/// Combining-mark ranges (inclusive), sorted: the gap after the previous range's end and\n\
             /// the length, each as bytes (255: add 255, go on).\npub static MARK_RANGES: &[u8] = &[{mark_bytes}];\n"
        ),
    ]
    .concat();
    fs::write(out.join("fold_table.rs"), s).unwrap();
}

/// Copies `data/*` into OUT_DIR without comment and blank lines: the sources stay documented,
/// the WASM carries only the entries.
fn data_tables(root: &Path, out: &Path) {
    println!("cargo:rerun-if-changed=data");
    let dir = out.join("data");
    fs::create_dir_all(&dir).unwrap();
    for e in fs::read_dir(root.join("data")).unwrap().filter_map(|e| e.ok()) {
        let p = e.path();
        println!("cargo:rerun-if-changed={}", p.display());
        let text = fs::read_to_string(&p).unwrap();
        let mut kept: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).collect();
        // the gazetteer's first column (country, capital, province, …) documents the row; the
        // extractor does not read it
        if p.file_name().is_some_and(|f| f == "places.tsv") {
            kept = kept.iter().map(|l| l.split_once('\t').map_or(*l, |(_, rest)| rest)).collect();
        }
        let mut rows: Vec<String> = kept.iter().map(|l| l.to_string()).collect();
        if p.file_name().is_some_and(|f| f == "places.tsv" || f == "orgs.tsv") {
            rows = rows.iter().map(|l| without_folded_repeats(l)).collect();
        }
        fs::write(dir.join(p.file_name().unwrap()), rows.join("\n") + "\n").unwrap();
    }
}

/// The folded key of a name, as `text::fold_key` makes it at run time (diacritics, case and
/// everything but letters and digits removed).
fn folded(s: &str) -> String {
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| if matches!(c, 'đ' | 'Đ') { 'd' } else { c })
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Short all-caps forms ("US", "WHO") match only in capitals (as `knowledge::is_caps_form`).
fn caps_form(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && letters.len() <= 5 && letters.iter().all(|c| c.is_uppercase())
}

/// A gazetteer row (`canonical<TAB>alias|alias…`) without the aliases that fold to the key of
/// a form before them in the row ("Viet Nam" after "Việt Nam"): the table they would make is
/// the same — unless the alias, not in capitals, lifts an all-caps form's capitals-only rule
/// ("Asean" after "ASEAN"). The file keeps every spelling, for the reader.
fn without_folded_repeats(row: &str) -> String {
    let Some((canonical, aliases)) = row.split_once('\t') else { return row.to_string() };
    // key → whether every form of it so far is in capitals
    let mut seen: Vec<(String, bool)> = vec![(folded(canonical), caps_form(canonical))];
    let mut kept: Vec<&str> = Vec::new();
    for a in aliases.split('|') {
        let (k, caps) = (folded(a.trim()), caps_form(a.trim()));
        match seen.iter_mut().find(|(s, _)| *s == k) {
            Some((_, all_caps)) if caps || !*all_caps => continue,
            Some((_, all_caps)) => *all_caps = false,
            None => seen.push((k, caps)),
        }
        kept.push(a);
    }
    format!("{canonical}\t{}", kept.join("|"))
}

fn main() {
    let out_dir = env::var("OUT_DIR").unwrap();
    fold_table(Path::new(&out_dir));
    data_tables(Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()), Path::new(&out_dir));
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
