//! General-knowledge tables (`data/*`), parsed once. Keys are [`fold_key`]s: diacritics, case,
//! spaces and punctuation removed, so "Việt Nam", "Viet Nam" and "Vietnam" are one key.
//! Nothing here is about a particular article; every table names its source in its header.

use crate::text::{fold, fold_key};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

#[derive(Debug, Clone)]
pub struct Known {
    pub canonical: String,
    /// Short all-caps forms ("US", "WHO", "NA") match only in capitals.
    pub caps_only: bool,
}

pub struct Knowledge {
    pub places: HashMap<String, Known>,
    pub orgs: HashMap<String, Known>,
    /// demonym key → country canonical name ("lao" → "Laos").
    pub demonyms: HashMap<String, String>,
    pub titles: HashSet<String>,
    /// Folded single words that can start a title ("prime", "deputy", …).
    pub title_words: HashSet<String>,
    pub org_heads: HashSet<String>,
    pub place_cues: HashSet<String>,
    pub surnames: HashSet<String>,
    /// Korean family names (`data/kr_surnames.txt`), for "Park Hang-seo".
    pub kr_surnames: HashSet<String>,
    pub events: HashSet<String>,
    /// Words of ministerial portfolios ("Industry", "Commerce").
    pub portfolio: HashSet<String>,
    /// What a person is, in an apposition after the name ("expert", "director").
    pub roles: HashSet<String>,
    /// What an organization is, right before its name ("club", "lender").
    pub org_nouns: HashSet<String>,
    /// Every prefix of every key above (places, orgs, demonyms, titles), as a Bloom filter: a
    /// lookup that cannot match stops early. Bits, not strings: no allocation per prefix at
    /// start-up, and 64 KB that stay in cache (a map of their hashes took ~0.5 MB, and its probes
    /// ~4% of extraction time); a false positive (~0.3%, see the test) only means looking one
    /// word further.
    prefixes: Vec<u64>,
    /// Longest entry, in words, of any phrase table.
    pub max_words: usize,
}

fn rows(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim_end).filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

fn is_caps_form(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && letters.len() <= 5 && letters.iter().all(|c| c.is_uppercase())
}

fn add(map: &mut HashMap<String, Known>, form: &str, canonical: &str, max_words: &mut usize) {
    let key = fold_key(form);
    if key.is_empty() {
        return;
    }
    *max_words = (*max_words).max(form.split_whitespace().count() + form.matches(['-', '\'', '’']).count());
    // (a form in capitals matches only in capitals, unless the entry lists another form: "Asean")
    map.entry(key)
        .and_modify(|k| k.caps_only &= is_caps_form(form))
        .or_insert_with(|| Known { canonical: canonical.to_string(), caps_only: is_caps_form(form) });
}

/// Bits of the prefix filter: 2^19 (64 KB) for the tables' ~15,000 prefixes (~6% of the bits set).
const PREFIX_BITS: usize = 1 << 19;

/// The two bits of a prefix's hash in the filter.
fn prefix_bits(h: u64) -> [usize; 2] {
    [(h as usize) % PREFIX_BITS, ((h >> 32) as usize) % PREFIX_BITS]
}

fn prefix_hash(s: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(s.as_bytes());
    h.finish()
}

impl Knowledge {
    /// Whether some key of the tables starts with `s` (or, rarely, a hash collision says so).
    pub fn is_prefix(&self, s: &str) -> bool {
        prefix_bits(prefix_hash(s)).iter().all(|&b| self.prefixes[b / 64] >> (b % 64) & 1 == 1)
    }

    /// Whether the place named `canonical` is a country (one the demonyms table names).
    pub fn is_country(&self, canonical: &str) -> bool {
        self.demonyms.values().any(|v| v == canonical)
    }

    fn load() -> Knowledge {
        let mut max_words = 1;
        let mut places = HashMap::default();
        // canonical<TAB>aliases (build.rs drops the table's first column, the kind of place)
        for l in rows(include_str!(concat!(env!("OUT_DIR"), "/data/places.tsv"))) {
            let f: Vec<&str> = l.split('\t').collect();
            add(&mut places, f[0], f[0], &mut max_words);
            for a in f.get(1).unwrap_or(&"").split('|').filter(|a| !a.trim().is_empty()) {
                add(&mut places, a.trim(), f[0], &mut max_words);
            }
        }
        let mut orgs = HashMap::default();
        for l in rows(include_str!(concat!(env!("OUT_DIR"), "/data/orgs.tsv"))) {
            let f: Vec<&str> = l.split('\t').collect();
            add(&mut orgs, f[0], f[0], &mut max_words);
            for a in f.get(1).unwrap_or(&"").split('|').filter(|a| !a.trim().is_empty()) {
                add(&mut orgs, a.trim(), f[0], &mut max_words);
            }
        }
        let demonyms: HashMap<String, String> = rows(include_str!(concat!(env!("OUT_DIR"), "/data/demonyms.tsv")))
            .map(|l| l.split_once('\t').unwrap_or((l, "")))
            .map(|(d, c)| {
                (fold_key(d), places.get(&fold_key(c)).map_or(c.to_string(), |k: &Known| k.canonical.clone()))
            })
            .collect();
        // one copy of the titles table in the binary, read three ways
        const TITLES: &str = include_str!(concat!(env!("OUT_DIR"), "/data/titles.txt"));
        let titles: HashSet<String> = rows(TITLES).map(fold_key).collect();
        let title_words = rows(TITLES).filter_map(|t| t.split_whitespace().next()).map(fold_key).collect();
        for t in rows(TITLES) {
            max_words = max_words.max(t.split_whitespace().count());
        }
        let words = |s: &str| -> HashSet<String> { rows(s).map(fold_key).collect() };
        let mut prefixes = vec![0u64; PREFIX_BITS / 64];
        for key in places.keys().chain(orgs.keys()).chain(demonyms.keys()).chain(titles.iter()) {
            let ends = key.char_indices().skip(1).map(|(i, _)| i).chain([key.len()]);
            for b in ends.flat_map(|i| prefix_bits(prefix_hash(&key[..i]))) {
                prefixes[b / 64] |= 1 << (b % 64);
            }
        }
        Knowledge {
            places,
            orgs,
            demonyms,
            titles,
            title_words,
            org_heads: words(include_str!(concat!(env!("OUT_DIR"), "/data/org_heads.txt"))),
            place_cues: words(include_str!(concat!(env!("OUT_DIR"), "/data/place_cues.txt"))),
            kr_surnames: words(include_str!(concat!(env!("OUT_DIR"), "/data/kr_surnames.txt"))),
            surnames: rows(include_str!(concat!(env!("OUT_DIR"), "/data/vn_surnames.txt")))
                .map(|s| fold(s.trim()))
                .collect(),
            events: words(include_str!(concat!(env!("OUT_DIR"), "/data/event_words.txt"))),
            portfolio: words(include_str!(concat!(env!("OUT_DIR"), "/data/portfolio_words.txt"))),
            roles: words(include_str!(concat!(env!("OUT_DIR"), "/data/roles.txt"))),
            org_nouns: words(include_str!(concat!(env!("OUT_DIR"), "/data/org_nouns.txt"))),
            prefixes,
            max_words: max_words.min(12),
        }
    }
}

/// The tables, parsed on first use.
pub fn knowledge() -> &'static Knowledge {
    static K: OnceLock<Knowledge> = OnceLock::new();
    K.get_or_init(Knowledge::load)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_load_and_fold() {
        let k = knowledge();
        assert_eq!(k.places[&fold_key("Viet Nam")].canonical, k.places[&fold_key("Vietnam")].canonical);
        assert_eq!(k.places[&fold_key("Lao PDR")].canonical, "Laos");
        assert_eq!(k.demonyms[&fold_key("Lao")], "Laos");
        assert!(k.titles.contains(&fold_key("Prime Minister")));
        assert!(k.org_heads.contains("committee"));
        assert!(k.surnames.contains("pham"));
        assert!(k.places[&fold_key("US")].caps_only);
        assert!(k.places.len() > 500 && k.orgs.len() > 100);
    }

    #[test]
    fn the_prefix_filter_has_every_prefix_and_few_false_positives() {
        let k = knowledge();
        for key in ["vietnam", "vie", "primeminister", "prime", "communistpartyofvietnam", "laos"] {
            assert!(k.is_prefix(key), "{key}");
        }
        // the filter's fill: with two bits per prefix, false positives ≈ fill²
        let set: u32 = k.prefixes.iter().map(|w| w.count_ones()).sum();
        let fill = set as f64 / PREFIX_BITS as f64;
        // strings no key starts with
        let fp = (0..10_000).filter(|i| k.is_prefix(&format!("zq{i}x"))).count();
        eprintln!("prefix filter: {set} bits set of {PREFIX_BITS} ({fill:.3}); {fp} false positives in 10,000");
        assert!(fill < 0.25 && fp < 600, "fill {fill}, false positives {fp} in 10,000");
    }
}
