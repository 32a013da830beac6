//! Text primitives shared by every stage: diacritic folding, words, sentences.
//!
//! Folding is what makes "chinh" find "Chính" and "ha noi" find "Hà Nội": canonical
//! decomposition, combining marks dropped, `đ`/`Đ` → `d` (it has no decomposition),
//! lower-case. The decomposition comes from a table that `build.rs` generates with the
//! `unicode-normalization` crate (precomposed character → base), so the WASM carries a few KB
//! of table instead of the crate's full normalization data. ASCII input takes a fast path.

mod table {
    include!(concat!(env!("OUT_DIR"), "/fold_table.rs"));
}

/// `char::is_alphabetic`, answered without the Unicode tables for the Latin blocks (ASCII,
/// Latin-1's letters, Latin Extended-A and -B, Latin Extended Additional: every letter of
/// Vietnamese and of the romanised names of the region). A test checks it against std.
#[inline]
pub fn is_alpha(c: char) -> bool {
    match c as u32 {
        0..=0x7f => c.is_ascii_alphabetic(),
        0xc0..=0x24f => c != '×' && c != '÷',
        0x1e00..=0x1eff => true,
        _ => c.is_alphabetic(),
    }
}

/// Whether `c` is a combining mark (Unicode general category M).
#[inline]
pub fn is_mark(c: char) -> bool {
    match c as u32 {
        0..=0x2ff => false,
        0x300..=0x36f => true,
        // Greek and Cyrillic letters, Latin Extended Additional (Vietnamese), punctuation,
        // letterlike symbols, arrows, mathematics: no marks, no table
        0x370..=0x482 | 0x1e00..=0x20cf | 0x2100..=0x2cee => false,
        cp => is_mark_above_0x300(cp),
    }
}

fn is_mark_above_0x300(cp: u32) -> bool {
    mark_ranges()
        .binary_search_by(|&(a, b)| {
            if b < cp {
                std::cmp::Ordering::Less
            } else if a > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Reads the build's compact tables: numbers written as bytes, 255 meaning "add 255, go on".
fn numbers(bytes: &'static [u8]) -> impl Iterator<Item = u32> {
    let mut it = bytes.iter();
    std::iter::from_fn(move || {
        let mut v = 0u32;
        loop {
            let b = *it.next()?;
            v += u32::from(b);
            if b < 255 {
                return Some(v);
            }
        }
    })
}

/// The combining-mark ranges (inclusive), sorted: decoded once.
fn mark_ranges() -> &'static [(u32, u32)] {
    static RANGES: std::sync::OnceLock<Vec<(u32, u32)>> = std::sync::OnceLock::new();
    RANGES.get_or_init(|| {
        let mut ns = numbers(table::MARK_RANGES);
        let (mut out, mut end) = (Vec::new(), 0);
        while let (Some(gap), Some(len)) = (ns.next(), ns.next()) {
            let a = end + gap;
            end = a + len;
            out.push((a, end));
        }
        out
    })
}

/// The (precomposed, base) pairs of the BMP, sorted: decoded once from the build's compact
/// table.
fn bmp_fold() -> &'static [(u16, u16)] {
    static PAIRS: std::sync::OnceLock<Vec<(u16, u16)>> = std::sync::OnceLock::new();
    PAIRS.get_or_init(|| {
        let mut cp = 0;
        numbers(table::FOLD_GAPS)
            .zip(table::FOLD_BASES)
            .map(|(gap, &base)| {
                cp += gap;
                (cp as u16, base)
            })
            .collect()
    })
}

/// The base character of a precomposed one ("ệ" → 'e'), or `c` itself; `fold` is
/// [`bmp_fold`], fetched once by the caller for a whole string.
fn base(fold: &[(u16, u16)], c: char) -> char {
    let cp = c as u32;
    let found = if cp <= 0xFFFF {
        let k = cp as u16;
        fold.binary_search_by_key(&k, |&(a, _)| a).ok().map(|i| u32::from(fold[i].1))
    } else {
        table::FOLD_ASTRAL.binary_search_by_key(&cp, |&(a, _)| a).ok().map(|i| table::FOLD_ASTRAL[i].1)
    };
    found.and_then(char::from_u32).unwrap_or(c)
}

/// Removes diacritics but keeps case: "Phạm Minh Chính" → "Pham Minh Chinh", "Đà" → "Da".
pub fn strip_marks(s: &str) -> String {
    let fold = bmp_fold();
    s.chars()
        .filter(|c| !is_mark(*c))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            c => base(fold, c),
        })
        .collect()
}

/// Folds `s` for comparison: no diacritics, lower-case.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Appends the folded form of `s` to `out`.
pub fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        let at = out.len();
        out.push_str(s);
        out[at..].make_ascii_lowercase();
        return;
    }
    fold_chars(s, |c| out.push(c));
}

/// Calls `f` with each character of the folded form of `s` (not all-ASCII).
#[inline]
fn fold_chars(s: &str, mut f: impl FnMut(char)) {
    let fold = bmp_fold();
    for c in s.chars() {
        if c.is_ascii() {
            f(c.to_ascii_lowercase());
            continue;
        }
        if is_mark(c) {
            continue;
        }
        match base(fold, c) {
            'đ' | 'Đ' | 'ð' | 'Ð' => f('d'),
            // Latin letters with no canonical decomposition, folded to ASCII
            'ł' | 'Ł' | 'ŀ' | 'Ŀ' => f('l'),
            'ø' | 'Ø' => f('o'),
            'ı' => f('i'),
            'ħ' | 'Ħ' => f('h'),
            'ŧ' | 'Ŧ' => f('t'),
            'æ' | 'Æ' => "ae".chars().for_each(&mut f),
            'œ' | 'Œ' => "oe".chars().for_each(&mut f),
            'ß' | 'ẞ' => "ss".chars().for_each(&mut f),
            'þ' | 'Þ' => "th".chars().for_each(&mut f),
            c if c.is_ascii() => f(c.to_ascii_lowercase()),
            c => c.to_lowercase().for_each(&mut f),
        }
    }
}

pub fn lower(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).collect()
}

/// Folds and keeps only alphanumerics (spaces, hyphens, apostrophes removed): the key under
/// which "Viet Nam", "Vietnam" and "Việt Nam" are one name.
pub fn fold_key(s: &str) -> String {
    let mut f = String::with_capacity(s.len());
    fold_key_into(s, &mut f);
    f
}

/// Appends [`fold_key`] of `s` to `out`.
pub fn fold_key_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        out.extend(s.bytes().filter(u8::is_ascii_alphanumeric).map(|b| b.to_ascii_lowercase() as char));
        return;
    }
    fold_chars(s, |c| {
        if c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric()) {
            out.push(c)
        }
    });
}

/// Appends `s` to `out` escaped for HTML text and quoted attribute values: `&`, `<`, `>`, `"`
/// and `'` become character references, so no text can open a tag or leave an attribute.
pub fn push_html_escaped(out: &mut String, s: &str) {
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&s[from..i]);
        out.push_str(rep);
        from = i + 1;
    }
    out.push_str(&s[from..]);
}

/// Identity slug of DESIGN.md: folded, non-alphanumeric runs → `-`, trimmed.
pub fn slug(s: &str) -> String {
    let f = fold(s);
    let mut out = String::with_capacity(f.len());
    for c in f.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

/// Word-like runs (letters, digits, inner apostrophes) of `s`.
pub fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).filter(|w| w.chars().any(char::is_alphanumeric))
}

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "gen", "lt", "col", "maj", "capt", "sgt", "rev", "jr", "sr",
    "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "approx", "est", "fig", "vol", "pp", "u.s", "u.n", "e.g", "i.e", "a.m", "p.m",
];

/// Whether the byte at `i` of `text` ends a sentence: `.`, `!` or `?` followed by whitespace
/// (or the end) and not closing a known abbreviation or an initial.
pub fn is_sentence_end(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    if !matches!(b.get(i), Some(b'.' | b'!' | b'?')) {
        return false;
    }
    let after = &text[i + 1..];
    let after = after.trim_start_matches(['"', '”', '’', '\'', ')']);
    if !(after.is_empty() || after.starts_with(char::is_whitespace)) {
        return false;
    }
    if b[i] != b'.' {
        return true;
    }
    let before = &text[..i];
    let word_start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map(|p| p + before[p..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return false; // an initial: "John F. Kennedy"
    }
    if ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)) {
        // "No. 3" never ends; "etc." ends when a capital follows a line break only.
        let next = after.trim_start().chars().next();
        return word.eq_ignore_ascii_case("etc") && next.is_some_and(char::is_uppercase) && after.starts_with('\n');
    }
    true
}

/// Byte ranges of the sentences of `text` (each trimmed, never empty).
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let push = |s: usize, e: usize, out: &mut Vec<(usize, usize)>| {
        let seg = &text[s..e];
        let lead = seg.len() - seg.trim_start().len();
        let t = seg.trim();
        if !t.is_empty() {
            out.push((s + lead, s + lead + t.len()));
        }
    };
    // the delimiters are ASCII, and no byte of a multi-byte UTF-8 character is: scan bytes
    for (i, &c) in text.as_bytes().iter().enumerate() {
        if c == b'\n' {
            push(start, i, &mut out);
            start = i + 1;
        } else if matches!(c, b'.' | b'!' | b'?') && is_sentence_end(text, i) {
            let mut end = i + 1;
            while let Some(q) = text[end..].chars().next().filter(|q| matches!(q, '"' | '”' | '’' | '\'' | ')')) {
                end += q.len_utf8();
            }
            if end > start {
                push(start, end, &mut out);
                start = end;
            }
        }
    }
    push(start, text.len(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_alpha_agrees_with_std_everywhere() {
        for c in (0..=0x10ffffu32).filter_map(char::from_u32) {
            assert_eq!(is_alpha(c), c.is_alphabetic(), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn html_escaping_leaves_no_markup() {
        let mut out = String::new();
        push_html_escaped(&mut out, r#"<script>alert("x")</script> & "a" 'b' Việt Nam’s"#);
        assert_eq!(out, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;a&quot; &#39;b&#39; Việt Nam’s");
        // arbitrary text: no markup character survives, and unescaping gives the text back
        for s in ["", "plain", "\"><img src=x onerror=alert(1)>", "&amp;", "a\u{0}b<"] {
            let mut e = String::new();
            push_html_escaped(&mut e, s);
            assert!(!e.contains(['<', '>', '"', '\'']), "{e}");
            let back = e
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
            assert_eq!(back, s);
        }
    }

    #[test]
    fn fold_table_agrees_with_decomposition() {
        // precomposed and decomposed (NFD) spellings fold alike
        assert_eq!(fold("Phạm Minh Chính"), fold("Pha\u{323}m Minh Chi\u{301}nh"));
        assert_eq!(fold("Ệ ờ Ữ ñ Ç Å ő ę"), "e o u n c a o e");
        assert_eq!(fold("Ελλάδα"), "ελλαδα");
        assert!(is_mark('\u{301}') && is_mark('\u{20d0}') && !is_mark('a') && !is_mark('đ'));
        // the compact tables, decoded: range edges, the astral planes, long gaps
        assert!(is_mark('\u{300}') && is_mark('\u{36f}') && !is_mark('\u{370}') && !is_mark('\u{2ff}'));
        assert!(is_mark('\u{1d167}') && is_mark('\u{e0100}') && is_mark('\u{e01ef}') && !is_mark('\u{1f600}'));
        assert_eq!(fold("ǖ ῷ Ḁ ṩ ﬀ"), "u ω a s ﬀ");
        assert_eq!(fold("\u{fb2e}"), "\u{5d0}"); // Hebrew alef with patah, near the BMP's end
    }

    #[test]
    fn folding() {
        assert_eq!(fold("Phạm Minh Chính"), "pham minh chinh");
        assert_eq!(fold("ĐÀ NẴNG"), "da nang");
        assert_eq!(fold("Hà Nội"), "ha noi");
        assert_eq!(fold_key("Việt Nam"), fold_key("Vietnam"));
        assert_eq!(fold_key("Viet Nam"), "vietnam");
        assert_eq!(slug("Communist Party of Việt Nam"), "communist-party-of-viet-nam");
        assert_eq!(slug("Lao People’s Revolutionary Party"), "lao-people-s-revolutionary-party");
    }

    #[test]
    fn sentence_splitting() {
        let t = "Mr. Lâm met Dr. Sơn at Wharf No. 3 on June 2. Trade hit US$2.2 billion. Why? Because.";
        let s: Vec<&str> = sentences(t).into_iter().map(|(a, b)| &t[a..b]).collect();
        assert_eq!(
            s,
            vec!["Mr. Lâm met Dr. Sơn at Wharf No. 3 on June 2.", "Trade hit US$2.2 billion.", "Why?", "Because."]
        );
    }

    #[test]
    fn odd_unicode_never_panics() {
        for t in ["", ".", "a.\u{301}", "🙂. 🙂", "\u{202e}abc. def", "x\n.\n."] {
            let _ = sentences(t);
            let _ = fold(t);
            let _ = slug(t);
        }
    }
}
