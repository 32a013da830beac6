//! Robustness of extraction: arbitrary text never panics and always yields well-formed
//! mentions (property tests), and hostile inputs finish in roughly linear time (stress tests).
//!
//! Every stress input is put after a lead sentence, so the corpus cleaner keeps it as body
//! text (a header zone of short lines would otherwise be dropped and the test would be empty).
//! Stress runs happen on a worker thread with a large stack and a deadline, so a super-linear
//! case fails with a message instead of hanging the suite; timing tests run one at a time.
use newslens::corpus::Document;
use newslens::extract::{extract_corpus, to_json, Extraction};
use proptest::prelude::*;
use std::sync::{mpsc, Mutex};
use std::time::{Duration, Instant};

/// A first line the cleaner takes for the article's first paragraph.
const LEAD: &str = "The officials met in the capital city on a sunny day today.\n";

// ---------------------------------------------------------------- invariants

/// Mentions: in range, on char boundaries, inside one paragraph, slicing to an alias of their
/// entity, sorted by start (longer first on ties), distinct, nested but never crossing.
/// Entities: ids `TYPE:SLUG`, unique.
fn check(docs: &[Document], x: &Extraction) -> Result<(), String> {
    if docs.len() != x.mentions.len() {
        return Err(format!("{} docs but {} mention lists", docs.len(), x.mentions.len()));
    }
    let mut ids = std::collections::HashSet::new();
    for e in &x.entities {
        let (ty, slug) = e.id.split_once(':').ok_or(format!("id without type: {:?}", e.id))?;
        if ty != e.ty.as_str() {
            return Err(format!("id {:?} for type {:?}", e.id, e.ty));
        }
        // a slug is non-empty, alphanumerics joined by single hyphens, and its own slug
        let well_formed = !slug.is_empty()
            && !slug.starts_with('-')
            && !slug.ends_with('-')
            && !slug.contains("--")
            && slug.chars().all(|c| c == '-' || c.is_alphanumeric())
            && newslens::text::slug(slug) == slug;
        if !well_formed {
            return Err(format!("malformed id {:?}", e.id));
        }
        if !ids.insert(e.id.as_str()) {
            return Err(format!("duplicate id {:?}", e.id));
        }
    }
    for (d, ms) in docs.iter().zip(&x.mentions) {
        let raw = &d.raw;
        let mut open: Vec<usize> = Vec::new();
        let mut prev: Option<(usize, usize)> = None;
        for m in ms {
            if !(m.start < m.end && m.end <= raw.len()) {
                return Err(format!("{m:?} out of range (len {})", raw.len()));
            }
            if !(raw.is_char_boundary(m.start) && raw.is_char_boundary(m.end)) {
                return Err(format!("{m:?} not on char boundaries"));
            }
            if !d.paragraphs.iter().any(|p| p.start <= m.start && m.end <= p.end) {
                return Err(format!("{m:?} not inside one paragraph"));
            }
            let e = x.entities.get(m.entity).ok_or(format!("{m:?}: no such entity"))?;
            let s = &raw[m.start..m.end];
            if !e.aliases.iter().any(|a| a == s) {
                return Err(format!("{s:?} is not an alias of {}", e.id));
            }
            if let Some((ps, pe)) = prev {
                if (m.start, std::cmp::Reverse(m.end)) <= (ps, std::cmp::Reverse(pe)) {
                    return Err(format!("mentions unsorted or repeated: ({ps}, {pe}) then {m:?}"));
                }
            }
            prev = Some((m.start, m.end));
            while open.last().is_some_and(|&end| end <= m.start) {
                open.pop();
            }
            if open.last().is_some_and(|&end| m.end > end) {
                return Err(format!("{m:?} crosses an enclosing mention ending at {:?}", open.last()));
            }
            open.push(m.end);
        }
    }
    Ok(())
}

fn extract_checked(docs: &[Document]) -> Result<Extraction, String> {
    let x = extract_corpus(docs);
    check(docs, &x)?;
    // the JSON of the same extraction never panics and names every document
    let j = to_json(docs, &x);
    if j["docs"].as_array().map(Vec::len) != Some(docs.len()) {
        return Err("to_json lost documents".into());
    }
    Ok(x)
}

// ---------------------------------------------------------------- property tests

/// Pieces that exercise the tokenizer and the taggers: combining marks, bidi controls, emoji,
/// NUL, lone punctuation, possessive fragments, money/percent/range punctuation, numbers with
/// separators, titles, names, places, acronyms, month names and line breaks.
const PIECES: &[&str] = &[
    "\u{301}",
    "\u{323}\u{302}",
    "\u{200F}",
    "\u{202E}",
    "\u{200D}",
    "\u{FEFF}",
    "🙂",
    "👨‍👩‍👧",
    "🇻🇳",
    "\0",
    "'s",
    "’s",
    "'",
    "’",
    "(",
    ")",
    "(CPV)",
    "()",
    "$",
    "US$",
    "%",
    "-",
    "–",
    "—",
    "/",
    ".",
    ",",
    "!",
    "?",
    "\"",
    "1",
    "1.1",
    "1,300",
    "1.1-1.2",
    "2.2.2",
    "1,,2",
    "10-15%",
    "2021-2025",
    "99999999999999999999999999999999999999",
    "0.000000001",
    "31",
    "2025",
    "billion",
    "trillion",
    "USD",
    "VND",
    "per cent",
    "/year",
    "December",
    "Dec.",
    "No.",
    "Prime Minister",
    "Lao",
    "Party General Secretary",
    "and",
    "of the",
    "to",
    "Ambassador",
    "Phạm Minh Chính",
    "Chinh",
    "Hùng",
    "Việt Nam",
    "Laos",
    "Lao PDR",
    "Government",
    "Committee",
    "Ministry",
    "ASEAN",
    "X",
    "İ",
    "ǅ",
    "ß",
    "Ω",
    "ﬁ",
    "\n",
    "\r\n",
    "\n\n",
    "\t",
    " ",
    "date 2025-12-01\n",
    "Related news\n",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(PIECES).prop_map(str::to_string),
        2 => any::<char>().prop_map(String::from),
        1 => "\\PC{0,6}",
        1 => "[A-Z][a-z]{0,6}",
        1 => "[0-9][0-9.,]{0,6}",
    ]
}

/// Text made of pieces joined by nothing, a space or a line break.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), prop::sample::select(&["", " ", " ", "\n"][..])), 0..80).prop_map(|v| {
        let mut s = String::new();
        for (p, sep) in v {
            s.push_str(&p);
            s.push_str(sep);
        }
        s
    })
}

/// Sometimes after a lead line (so the text is body), sometimes raw.
fn article() -> impl Strategy<Value = String> {
    (prop::sample::select(&["", LEAD, "date 2025-12-01\n"][..]), text(), text()).prop_map(|(head, a, b)| {
        // a body paragraph of eight words ending a sentence in the middle, to be sure some of
        // the random text is kept as body
        format!("{head}{a}\nOne two three four five six seven eight {b}.\n{b}{a}")
    })
}

/// News-like token soup: mostly the pieces that drive names, numbers and resolution.
fn soup() -> impl Strategy<Value = String> {
    const WORDS: &str = "Prime|Minister|Deputy|General|Secretary|Party|NA|Chairman|PM|Lao|Vietnamese|Ambassador|to|of|\
                         the|and|for|said|met|in|Phạm|Minh|Chính|Pham|Chinh|Nguyễn|Văn|Trần|Mạnh|Hùng|Sonexay|Siphandone|\
                         Việt|Nam|Vietnam|Viet|Laos|PDR|People's|Democratic|Republic|Government|Communist|(CPV)|CPV|VFF|\
                         (XY)|XY|Committee|Ministry|Foreign|Affairs|Vietnam-Laos|Laos-Vietnam|–|-|'s|’s|,|.|(|)|US$2.2|\
                         $1.1|billion|million|USD|VND|10|1.1-1.2|50.4%|33.9|per|cent|10-15%|December|3|3,|2025|2021-2025|\
                         No.|Port|province|Congratulating|\n";
    prop::collection::vec(prop::sample::select(WORDS.split('|').collect::<Vec<_>>()), 0..120)
        .prop_map(|w| format!("{LEAD}{}.\n", w.join(" ")))
}

fn config() -> ProptestConfig {
    ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_text_never_panics_and_mentions_are_well_formed(s in article()) {
        let d = Document::from_text("p.txt", &s);
        let docs = [d];
        let x = extract_checked(&docs).map_err(TestCaseError::fail)?;
        // deterministic
        let y = extract_corpus(&docs);
        prop_assert_eq!(&x.mentions, &y.mentions);
    }

    #[test]
    fn arbitrary_unicode_strings(s in prop_oneof![
        any::<String>(),
        prop::collection::vec(any::<char>(), 0..200).prop_map(|v| v.into_iter().collect::<String>()),
    ]) {
        let docs = [Document::from_text("u.txt", &s), Document::from_text("v.txt", &format!("{LEAD}{s}"))];
        extract_checked(&docs).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn news_like_soup_across_two_documents(a in soup(), b in soup()) {
        let docs = [Document::from_text("a.txt", &a), Document::from_text("b.txt", &b)];
        let x = extract_checked(&docs).map_err(TestCaseError::fail)?;
        // one corpus-wide entity per id: the same text in both documents gives the same ids
        let same = [Document::from_text("a.txt", &a), Document::from_text("c.txt", &a)];
        let y = extract_checked(&same).map_err(TestCaseError::fail)?;
        let ids = |x: &Extraction, d: usize| -> Vec<String> {
            x.mentions[d].iter().map(|m| x.entities[m.entity].id.clone()).collect()
        };
        prop_assert_eq!(ids(&y, 0), ids(&y, 1));
        prop_assert_eq!(x.mentions.len(), 2);
    }
}

/// A decimal as a news text writes it: "1,300", "7", "33.9", "0.25".
fn decimal() -> impl Strategy<Value = (String, f64)> {
    (0u32..2_000_000, prop::option::of(1u32..100), any::<bool>()).prop_map(|(int, frac, commas)| {
        let mut digits = int.to_string();
        if commas && int >= 1000 {
            let mut out = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    out.push(',');
                }
                out.push(c);
            }
            digits = out;
        }
        let text = match frac {
            Some(f) => format!("{digits}.{f:02}"),
            None => digits,
        };
        let value: f64 = text.replace(',', "").parse().unwrap();
        (text, value)
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn money_and_percent_values_round_trip(
        (n, v) in decimal(),
        (m, w) in decimal(),
        scale in prop::sample::select(&[("", 1.0), (" million", 1e6), (" billion", 1e9)][..]),
    ) {
        let text = format!("{LEAD}Exports rose {n}% to US${m}{} in the year, officials said.\n", scale.0);
        let docs = [Document::from_text("n.txt", &text)];
        let x = extract_checked(&docs).map_err(TestCaseError::fail)?;
        let pct: Vec<_> = x.entities.iter().filter(|e| e.ty == newslens::extract::EType::Percent).collect();
        prop_assert_eq!(pct.len(), 1, "{:?}", x.entities);
        prop_assert_eq!(pct[0].value, Some(v));
        prop_assert_eq!(&pct[0].aliases, &vec![format!("{n}%")]);
        let money: Vec<_> = x.entities.iter().filter(|e| e.ty == newslens::extract::EType::Money).collect();
        prop_assert_eq!(money.len(), 1, "{:?}", x.entities);
        let want = w * scale.1;
        let got = money[0].value.unwrap_or(f64::NAN);
        prop_assert!((got - want).abs() <= want.abs() * 1e-12 + 1e-3, "{got} vs {want}");
        prop_assert_eq!(money[0].currency.as_deref(), Some("USD"));
        prop_assert_eq!(&money[0].aliases, &vec![format!("US${m}{}", scale.0)]);
    }
}

// ---------------------------------------------------------------- stress helpers

/// Timing tests run one at a time (the machine may have only two cores).
static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

/// Extracts `text` (after [`LEAD`]) on a worker thread with a 256 MiB stack; checks the
/// invariants; returns the extraction time, or an error if it took longer than `limit`.
fn run(text: &str, limit: Duration) -> Result<(Duration, usize), String> {
    let raw = format!("{LEAD}{text}\n");
    let (tx, rx) = mpsc::channel();
    let h = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let d = Document::from_text("stress.txt", &raw);
            let body: usize = d.paragraphs.iter().map(|p| p.end - p.start).sum();
            let docs = [d];
            let t = Instant::now();
            let x = extract_corpus(&docs);
            let took = t.elapsed();
            let r = check(&docs, &x).map(|_| (took, body, x.mentions[0].len()));
            let _ = tx.send(r);
        })
        .expect("spawn");
    match rx.recv_timeout(limit) {
        Ok(Ok((took, body, n))) => {
            let _ = h.join();
            if body < text.len() / 2 {
                return Err(format!("the stress text was not kept as body ({body} of {} bytes)", text.len()));
            }
            Ok((took, n))
        }
        Ok(Err(e)) => Err(e),
        Err(mpsc::RecvTimeoutError::Disconnected) => match h.join() {
            Err(p) => std::panic::resume_unwind(p),
            Ok(()) => Err("worker ended without a result".into()),
        },
        // the worker is left running; the test fails now
        Err(mpsc::RecvTimeoutError::Timeout) => Err(format!("did not finish within {limit:?}")),
    }
}

fn must_finish(text: &str, limit: Duration) -> Duration {
    let (took, n) = run(text, limit).unwrap_or_else(|e| panic!("{} bytes: {e}", text.len()));
    eprintln!("  {} bytes: {took:?}, {n} mentions", text.len());
    took
}

/// Times `gen(small)` and `gen(4 × small)` bytes; the larger must take less than 12× as long.
/// Other processes may share the machine, so a pair is timed up to three times and each size
/// keeps its best time; the large run has a deadline of 12× the small time plus a second, so a
/// super-linear case fails instead of hanging.
fn roughly_linear(what: &str, gen: fn(usize) -> String, small: usize, small_limit: Duration) {
    let _g = serial();
    let _ = run("Warm-up of the tables in Vientiane.", Duration::from_secs(60));
    let a = gen(small);
    let b = gen(small * 4);
    let (mut t1, mut t2) = (Duration::MAX, Duration::MAX);
    let mut last = String::new();
    for _ in 0..3 {
        let (t, _) = run(&a, small_limit).unwrap_or_else(|e| panic!("{what}, {} bytes: {e}", a.len()));
        t1 = t1.min(t);
        let limit = t1 * 12 + Duration::from_secs(1);
        match run(&b, limit) {
            Ok((t, _)) => t2 = t2.min(t),
            Err(e) => last = format!("{} bytes {e} (12× {t1:?} + 1 s)", b.len()),
        }
        let ratio = t2.as_secs_f64() / t1.as_secs_f64().max(1e-3);
        if ratio < 12.0 {
            eprintln!("  {what}: {} bytes {t1:?}, {} bytes {t2:?}, ratio {ratio:.1}", a.len(), b.len());
            return;
        }
        if t2 != Duration::MAX {
            last = format!("4× the input took {ratio:.1}× the time ({t1:?} → {t2:?})");
        }
    }
    panic!("{what}: {last}");
}

/// Deterministic pseudo-random words (xorshift) from a `|`-separated vocabulary, so every run
/// sees the same text.
fn words_from(vocab: &str, bytes: usize, seed: u64) -> String {
    let vocab: Vec<&str> = vocab.split('|').collect();
    let mut s = String::with_capacity(bytes + 64);
    let mut x = seed | 1;
    while s.len() < bytes {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        s.push_str(vocab[(x % vocab.len() as u64) as usize]);
        s.push(' ');
    }
    s
}

/// Mostly lower-case prose with numbers, money, percentages, dates and punctuation, and a few
/// well-known places.
fn plain_words(bytes: usize) -> String {
    const V: &str = "the|of|and|to|in|a|said|that|for|on|with|trade|two|countries|was|by|at|as|cooperation|\
                     from|have|will|be|their|also|2025|12%|3.5|-|,|(|)|'s|$|%|officials|agreed|plans|under|new|.|\
                     US$2.2|billion|1.1-1.2|per|cent|December|3|Laos|Vietnam|Hà Nội|10-15%|2021-2025|VND 5|“|”|—";
    words_from(V, bytes, 0x9e37_79b9_7f4a_7c15)
}

/// News prose dense in names: titles, people (full and short), places, organizations, acronyms.
fn news_words(bytes: usize) -> String {
    const V: &str = "the|of|and|said|met|in|on|with|trade|Prime Minister Phạm Minh Chính|Chinh|\
                     Lao Prime Minister Sonexay Siphandone|Sonexay|Siphandone|Việt Nam|Laos|Vientiane|\
                     Ministry of Foreign Affairs|(MOFA)|the Lao Government|Government of Laos|Committee|ASEAN|\
                     the CPV|Nguyễn Văn Hùng|Trần Mạnh Hùng|Hùng|US$2.2 billion|33.9 per cent|December 3,|\
                     2021-2025|Vietnam-Laos Intergovernmental Committee|Vietnamese|people's|.|,";
    words_from(V, bytes, 0x2545_f491_4f6c_dd1d)
}

fn capitalised_words(bytes: usize) -> String {
    words_from("Abc|Def|Ghi|Jkl|Mno|Pqr|Stu|Vwx|Yza|Bcd", bytes, 7)
}

fn open_parens(bytes: usize) -> String {
    "(".repeat(bytes)
}

/// "US$1.1-1.2-1.3-…".
fn usd_run(bytes: usize) -> String {
    let mut s = String::from("US$");
    let mut i = 1;
    while s.len() < bytes {
        s.push_str(&format!("{}.{}-", 1 + i / 10 % 9, i % 10));
        i += 1;
    }
    s.push_str("2 billion USD");
    s
}

/// Letters (some capitalised, some Vietnamese) each carrying a stack of combining marks, in
/// words; then one letter carrying a very deep stack.
fn mark_stacks(bytes: usize) -> String {
    let marks = ['\u{301}', '\u{300}', '\u{323}', '\u{302}', '\u{303}', '\u{309}', '\u{306}', '\u{31B}'];
    let mut s = String::with_capacity(bytes + 64);
    let mut i = 0usize;
    while s.len() < bytes / 2 {
        s.push(['P', 'h', 'a', 'm', 'Đ', 'ư', 'ơ', 'N'][i % 8]);
        for k in 0..(i % 40) {
            s.push(marks[(i + k) % marks.len()]);
        }
        if i % 5 == 4 {
            s.push(' ');
        }
        i += 1;
    }
    s.push_str(" A");
    while s.len() < bytes {
        s.push('\u{301}');
    }
    s
}

/// Shouted prose: every word in capitals ("THE MINISTRY (ABC) SAID …").
fn all_caps_words(bytes: usize) -> String {
    words_from("THE|MINISTRY|SAID|(ABC|TRADE|GREW|LAOS|VIETNAM|ON|MONDAY|OF|AND|12%", bytes, 17)
}

/// "Abc and Def and Ghi and …": one chunk joined by connectors.
fn and_chain(bytes: usize) -> String {
    words_from("Abc and|Def and|Ghi and|Jkl and", bytes, 11) + "Mno"
}

/// "Minister of Abc and Def and …": a title, "of", then "and"s that stay inside the chunk.
fn titled_and_chain(bytes: usize) -> String {
    "Minister of ".to_string() + &and_chain(bytes)
}

/// "Ministry of Abc and Def and …": an organization head-word, "of", then "and"s.
fn org_and_chain(bytes: usize) -> String {
    "Ministry of ".to_string() + &and_chain(bytes)
}

/// "Abc Def (XY) Ghi Jkl (ZW) …": one chunk with many parenthesised acronyms.
fn acronym_chain(bytes: usize) -> String {
    words_from("Abc Def (XY)|Ghi Jkl (ZW)|Mno (PQR)", bytes, 13)
}

/// Names each introduced with the acronym of their initials: thousands of definitions, and
/// the names between them.
fn defined_acronyms(bytes: usize) -> String {
    "Abc Bcd Cde (ABC) Def Efg (DE) ".repeat(bytes / 31)
}

/// Names each followed by a short name made of their syllables ("… (Vinacomin)"), the same
/// letters everywhere: the most ways to spell it.
fn defined_syllable_names(bytes: usize) -> String {
    "Abc Abd Abe Abf Abg Abh Abi Abj Abk Abl Abm (Ababababababab) ".repeat(bytes / 61)
}

/// "Abc Def, Ghi Jkl, Mno Pqr, Stu Vwx and Yza Bcd, …": one paragraph of many lists of names.
fn name_lists(bytes: usize) -> String {
    "Abc Def, Ghi Jkl, Mno Pqr, Stu Vwx and Yza Bcd, while ".repeat(bytes / 52)
}

/// "Abc Def, Ghi Jkl and Mno Pqr streets, …": one paragraph of many lists before a place noun.
fn street_lists(bytes: usize) -> String {
    "Abc Def, Ghi Jkl and Mno Pqr streets, near ".repeat(bytes / 42)
}

const MB: usize = 1 << 20;

// ---------------------------------------------------------------- stress tests

#[test]
fn ten_megabyte_line_of_plain_words() {
    let _g = serial();
    let t = plain_words(10 * MB);
    assert!(!t.contains('\n'));
    must_finish(&t, Duration::from_secs(50));
}

#[test]
fn twenty_thousand_capitalised_words() {
    let _g = serial();
    let t: Vec<&str> = (0..20_000).map(|i| ["Abc", "Def", "Ghi", "Jkl", "Mno"][i % 5]).collect();
    must_finish(&t.join(" "), Duration::from_secs(30));
    drop(_g);
    roughly_linear("capitalised words", capitalised_words, MB / 4, Duration::from_secs(30));
}

#[test]
fn hundred_thousand_open_parens() {
    let _g = serial();
    must_finish(&open_parens(100_000), Duration::from_secs(30));
    must_finish(&"Abc (".repeat(20_000), Duration::from_secs(30));
    must_finish(&"(()".repeat(30_000), Duration::from_secs(30));
    // one-letter syllables between hyphens ("Chan-o-cha"), a hundred thousand of them
    must_finish(&format!("Prime Minister Ab{}", "-c".repeat(100_000)), Duration::from_secs(30));
    drop(_g);
    // (from 1 MB: one token per byte takes ~110 bytes of memory per byte of input, and at
    // 256 KB the allocator still reuses the warm-up's memory while 1 MB maps fresh pages; the
    // ratio 256 KB → 1 MB was 7–14× in half the runs, 1 → 4 MB is ~4×)
    roughly_linear("open parentheses", open_parens, MB, Duration::from_secs(30));
}

#[test]
fn long_us_dollar_range_run() {
    let _g = serial();
    must_finish(&usd_run(200_000), Duration::from_secs(30));
    drop(_g);
    roughly_linear("US$ ranges", usd_run, MB / 4, Duration::from_secs(30));
}

#[test]
fn deep_combining_mark_stacks() {
    let _g = serial();
    must_finish(&format!("A{}", "\u{301}".repeat(100_000)), Duration::from_secs(30));
    must_finish(&mark_stacks(200_000), Duration::from_secs(30));
    drop(_g);
    roughly_linear("combining marks", mark_stacks, MB / 4, Duration::from_secs(30));
}

#[test]
fn plain_words_scale_linearly() {
    roughly_linear("plain words", plain_words, MB / 4, Duration::from_secs(30));
}

// Inputs beyond the brief's list (each a former super-linear case) use 128 KiB vs 512 KiB to
// keep the file's debug run under a minute.

#[test]
fn news_words_scale_linearly() {
    roughly_linear("news words", news_words, MB / 8, Duration::from_secs(60));
}

#[test]
fn all_caps_words_scale_linearly() {
    roughly_linear("all-caps words", all_caps_words, MB / 8, Duration::from_secs(60));
}

#[test]
fn acronym_chains_scale_linearly() {
    roughly_linear("acronym chain", acronym_chain, MB / 8, Duration::from_secs(60));
}

#[test]
fn acronym_definitions_scale_linearly() {
    roughly_linear("defined acronyms", defined_acronyms, MB / 4, Duration::from_secs(60));
    roughly_linear("defined syllable names", defined_syllable_names, MB / 4, Duration::from_secs(60));
}

#[test]
fn lists_of_names_scale_linearly() {
    roughly_linear("lists of names", name_lists, MB / 4, Duration::from_secs(60));
    roughly_linear("lists of streets", street_lists, MB / 4, Duration::from_secs(60));
}

#[test]
fn and_chains_scale_linearly() {
    roughly_linear("and chain", and_chain, MB / 8, Duration::from_secs(60));
}

#[test]
fn and_chains_after_a_title_or_an_organization_scale_linearly() {
    roughly_linear("and chain after a title", titled_and_chain, MB / 8, Duration::from_secs(60));
    roughly_linear("and chain after an organization", org_and_chain, MB / 8, Duration::from_secs(60));
}

// ---------------------------------------------------------------- in a child process
//
// A stack overflow aborts the whole process, so that case runs in a child (this test binary,
// filtered to `stress_child`); so does the slow 10 MB run, so that a run past its deadline
// leaves no worker thread spinning beside other tests.

/// Runs `stress_child` for `case` in a child process; fails with the child's last words.
fn in_child(case: &str) {
    let exe = std::env::current_exe().expect("test executable");
    let out = std::process::Command::new(exe)
        .args(["--exact", "stress_child", "--ignored", "--nocapture", "--test-threads=1"])
        .env("NEWSLENS_STRESS_CHILD", case)
        .output()
        .expect("run child");
    let err = String::from_utf8_lossy(&out.stderr);
    let said: Vec<&str> = err.lines().filter(|l| l.starts_with("  ") && l.contains("bytes")).collect();
    eprintln!("{}", said.join("\n"));
    let last = err.lines().rfind(|l| !l.trim().is_empty() && !l.starts_with("note:")).unwrap_or("");
    assert!(out.status.success(), "{case}: child failed ({:?}): {last}", out.status);
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 passed"), "{case}: child did not run");
}

#[test]
#[ignore = "helper: run in a child process by the tests below"]
fn stress_child() {
    let Ok(case) = std::env::var("NEWSLENS_STRESS_CHILD") else { return };
    match case.as_str() {
        "ten_megabytes_of_news_words" => {
            must_finish(&news_words(10 * MB), Duration::from_secs(120));
        }
        "one_mib_stack" => {
            // the browser's WASM stack is 1 MiB by default
            let raw = format!("{LEAD}{}\n", and_chain(100_000));
            std::thread::Builder::new()
                .stack_size(1 << 20)
                .spawn(move || {
                    let docs = [Document::from_text("deep.txt", &raw)];
                    check(&docs, &extract_corpus(&docs)).expect("invariants");
                })
                .expect("spawn")
                .join()
                .expect("no panic");
        }
        other => panic!("unknown case {other}"),
    }
}

/// Name-dense prose extracts at about 4 s per MB in a debug build: too slow for the default
/// run. `cargo test --release --test extract_props -- --ignored` runs it.
#[test]
#[ignore = "slow in debug builds (about 40 s); run with --release -- --ignored"]
fn ten_megabyte_line_of_news_words() {
    in_child("ten_megabytes_of_news_words");
}

/// Recursion with the input's length would overflow the browser's 1 MiB stack.
#[test]
fn a_long_and_chain_fits_a_one_mib_stack() {
    in_child("one_mib_stack");
}
