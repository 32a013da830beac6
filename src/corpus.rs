//! Corpus: raw article texts → [`Document`]s with metadata and a cleaned body.
//!
//! The texts arrive as copied from news sites: a `date YYYY-MM-DD` header line some tools
//! prepend, site banners, "Log in", section labels, a dateline, the article, photo captions,
//! then "Reactions:/Share:/Related news" and unrelated teaser headlines. Cleaning keeps every
//! sentence of the article (captions included) and drops the rest.
//!
//! Invariant: the body is never rewritten. It is a list of [`Paragraph`] byte ranges into the
//! original text, so every later stage (extraction, highlighting, KWIC) reports offsets that
//! index the file exactly as received.

use crate::text::{is_sentence_end, words};
use serde::Serialize;

include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

/// One kept block of the article body: `raw[start..end]`, trimmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    /// A photo caption ("… Photo: VGP", "… — VNA/VNS Photo", "… Source: VNA").
    pub caption: bool,
    /// A byline ("By Somsack Pongkhao"): part of the article, not of its lead.
    pub byline: bool,
}

/// One article: identity, metadata and the cleaned body as ranges into `raw`.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// File stem, e.g. `000_ad59f21efe7f7c72`; used in URLs (`doc=`).
    pub id: String,
    /// File name as received, e.g. `000_ad59f21efe7f7c72.txt`.
    pub file: String,
    /// The text exactly as received.
    #[serde(skip)]
    pub raw: String,
    /// Headline, or a short title derived from the lead sentence (see `title_derived`).
    pub title: String,
    pub title_derived: bool,
    /// Publication date, ISO `YYYY-MM-DD`, when the text (or curated metadata) settles it.
    pub date: Option<String>,
    /// Outlet or credit ("VTV", "VNA/VNS"), when the text (or curated metadata) names it.
    pub source: Option<String>,
    /// Where curated metadata changed a field: `field: note`.
    pub curated: Vec<String>,
    pub paragraphs: Vec<Paragraph>,
}

impl Document {
    /// The text of one paragraph.
    pub fn para_text(&self, p: &Paragraph) -> &str {
        &self.raw[p.start..p.end]
    }

    /// The cleaned body, paragraphs separated by blank lines (for display and search only;
    /// offsets always refer to `raw`).
    pub fn body(&self) -> String {
        let parts: Vec<&str> = self.paragraphs.iter().map(|p| self.para_text(p)).collect();
        parts.join("\n\n")
    }

    /// The first `max` characters of the body that follow the title, cut at a word boundary.
    pub fn lead(&self, max: usize) -> String {
        let body = self.paragraphs.iter().find(|p| !p.caption && !p.byline).map(|p| self.para_text(p)).unwrap_or("");
        truncate_words(strip_dateline(body), max)
    }
}

/// Every bundled seed, cleaned, with curated metadata applied.
pub fn bundled() -> Vec<Document> {
    let overrides = parse_metadata(SEED_METADATA);
    SEEDS
        .iter()
        .map(|(name, text)| {
            let mut d = Document::from_text(name, text);
            apply_overrides(&mut d, &overrides);
            d
        })
        .collect()
}

/// One line of the curated metadata file: `file<TAB>field<TAB>value<TAB>note`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Override {
    pub file: String,
    pub field: String,
    pub value: String,
    pub note: String,
}

/// Parses `seeds/metadata.tsv`. Lines that are blank, comments (`#`), or malformed are skipped.
pub fn parse_metadata(text: &str) -> Vec<Override> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .filter_map(|l| {
            let mut f = l.split('\t');
            let file = f.next()?.trim().to_string();
            let field = f.next()?.trim().to_ascii_lowercase();
            let value = f.next()?.trim().to_string();
            let note = f.next().unwrap_or("").trim().to_string();
            matches!(field.as_str(), "title" | "date" | "source").then_some(Override { file, field, value, note })
        })
        .collect()
}

/// Applies the overrides naming this document (by file name or stem).
pub fn apply_overrides(d: &mut Document, overrides: &[Override]) {
    for o in overrides.iter().filter(|o| o.file == d.file || o.file == d.id) {
        let value = (!o.value.is_empty()).then(|| o.value.clone());
        match o.field.as_str() {
            "title" => {
                if let Some(v) = value {
                    d.title = v;
                    d.title_derived = false;
                }
            }
            "date" => d.date = value.filter(|v| parse_iso_date(v).is_some()),
            "source" => d.source = value,
            _ => continue,
        }
        d.curated.push(format!("{}: {}", o.field, o.note));
    }
}

/// Accepts `YYYY-MM-DD`, `YYYY-MM`, `YYYY` with a plausible calendar value.
pub fn parse_iso_date(s: &str) -> Option<(u16, u8, u8)> {
    let mut it = s.split('-');
    let y: u16 = it.next().filter(|p| p.len() == 4)?.parse().ok()?;
    let m: u8 = match it.next() {
        Some(p) if p.len() == 2 => p.parse().ok().filter(|m| (1..=12).contains(m))?,
        Some(_) => return None,
        None => 0,
    };
    let d: u8 = match it.next() {
        Some(p) if p.len() == 2 && m > 0 => p.parse().ok().filter(|d| *d >= 1 && *d <= days_in_month(y, m))?,
        Some(_) => return None,
        None => 0,
    };
    if it.next().is_some() || !(1000..=2999).contains(&y) {
        return None;
    }
    Some((y, m, d))
}

pub fn days_in_month(y: u16, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        _ => 0,
    }
}

/// "2025-12-03" → "3 December 2025"; "2025-12" → "December 2025"; anything else as is.
pub fn human_date(iso: &str) -> String {
    match parse_iso_date(iso) {
        Some((y, 0, _)) => y.to_string(),
        Some((y, m, 0)) => format!("{} {y}", MONTHS[m as usize - 1]),
        Some((y, m, d)) => format!("{d} {} {y}", MONTHS[m as usize - 1]),
        None => iso.to_string(),
    }
}

/// The months' English names, as written in a date.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Month number for an English month name or its 3-letter abbreviation ("Dec", "Dec.").
pub fn month_number(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.');
    let b = w.as_bytes();
    if b.len() < 3 || b.len() > 9 {
        return None;
    }
    // the first three letters name the month; the rest must spell it out (called for every
    // capitalised word, so compared in place)
    let i = match [b[0] | 0x20, b[1] | 0x20, b[2] | 0x20] {
        [b'j', b'a', b'n'] => 0,
        [b'f', b'e', b'b'] => 1,
        [b'm', b'a', b'r'] => 2,
        [b'a', b'p', b'r'] => 3,
        [b'm', b'a', b'y'] => 4,
        [b'j', b'u', b'n'] => 5,
        [b'j', b'u', b'l'] => 6,
        [b'a', b'u', b'g'] => 7,
        [b's', b'e', b'p'] => 8,
        [b'o', b'c', b't'] => 9,
        [b'n', b'o', b'v'] => 10,
        [b'd', b'e', b'c'] => 11,
        _ => return None,
    };
    (b.len() == 3 || MONTHS[i].eq_ignore_ascii_case(w) || (i == 8 && w.eq_ignore_ascii_case("sept")))
        .then_some(i as u8 + 1)
}

/// Lines that are site furniture wherever they appear.
const CHROME_LINES: &[&str] = &[
    "log in",
    "login",
    "sign in",
    "sign up",
    "register",
    "subscribe",
    "print",
    "back to top",
    "advertisement",
    "menu",
    "search",
    "home",
];
/// Lines after which only site furniture and teasers follow.
const STOP_LINES: &[&str] = &[
    "reactions:",
    "share:",
    "share",
    "trending",
    "most viewed",
    "most read",
    "related news",
    "related articles",
    "related",
    "read more",
    "read more:",
    "tags:",
    "tags",
    "see also",
    "you may also like",
    "latest news",
    "more news",
];

struct Line<'a> {
    start: usize,
    text: &'a str,
}

fn lines(raw: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut pos = 0;
    for l in raw.split_inclusive('\n') {
        // a byte-order mark (U+FEFF) is not content: trim it like whitespace
        let is_space = |c: char| c.is_whitespace() || c == '\u{feff}';
        let trimmed_start = l.len() - l.trim_start_matches(is_space).len();
        let text = l.trim_matches(is_space);
        out.push(Line { start: pos + trimmed_start, text });
        pos += l.len();
    }
    out
}

/// Longer lines are never furniture (the longest furniture line is well under this).
const MAX_FURNITURE_LINE: usize = 48;

fn is_chrome(text: &str) -> bool {
    if text.len() > MAX_FURNITURE_LINE {
        return false;
    }
    let l = crate::text::lower(text);
    CHROME_LINES.contains(&l.as_str()) || is_comment_counter(&l)
}

/// "Comment (0)", "Comments (12)", "0 comments".
fn is_comment_counter(l: &str) -> bool {
    let core = l.trim_end_matches(')');
    if let Some(rest) = core.strip_prefix("comments (").or_else(|| core.strip_prefix("comment (")) {
        return !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit());
    }
    let mut w = l.split_whitespace();
    matches!((w.next(), w.next(), w.next()), (Some(n), Some("comment" | "comments"), None) if n.bytes().all(|b| b.is_ascii_digit()))
}

/// A line with letters but no lower-case letter ("14TH NATIONAL CONGRESS OF …").
fn is_all_caps(text: &str) -> bool {
    text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase)
}

/// Parses "June 02, 2025", "June 2, 2025 - 21:12", "02/06/2025 21:12", "Monday, June 2, 2025"
/// when it is the whole line (a dateline). Returns ISO `YYYY-MM-DD`.
pub fn parse_dateline(text: &str) -> Option<String> {
    let ws: Vec<&str> = text.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let rest_is_time = |rest: &[&str]| {
        rest.iter().all(|w| {
            *w == "|"
                || crate::util::listed("-|–|GMT+7|(GMT+7)|AM|PM|am|pm", w)
                || w.bytes().all(|b| b.is_ascii_digit() || b == b':')
        })
    };
    let ws = if ws.first().is_some_and(|w| is_weekday(w)) { &ws[1..] } else { &ws[..] };
    // Month DD YYYY
    if ws.len() >= 3 {
        if let (Some(m), Ok(d), Ok(y)) = (month_number(ws[0]), ws[1].parse::<u8>(), ws[2].parse::<u16>()) {
            if rest_is_time(&ws[3..]) {
                return iso(y, m, d);
            }
        }
        // DD Month YYYY
        if let (Ok(d), Some(m), Ok(y)) = (ws[0].parse::<u8>(), month_number(ws[1]), ws[2].parse::<u16>()) {
            if rest_is_time(&ws[3..]) {
                return iso(y, m, d);
            }
        }
    }
    // DD/MM/YYYY
    if let Some(first) = ws.first() {
        let p: Vec<&str> = first.split('/').collect();
        if p.len() == 3 && rest_is_time(&ws[1..]) {
            if let (Ok(d), Ok(m), Ok(y)) = (p[0].parse::<u8>(), p[1].parse::<u8>(), p[2].parse::<u16>()) {
                return iso(y, m, d);
            }
        }
    }
    None
}

fn is_weekday(w: &str) -> bool {
    crate::util::listed(crate::util::WEEKDAYS, &w.to_ascii_lowercase())
}

fn iso(y: u16, m: u8, d: u8) -> Option<String> {
    let s = format!("{y:04}-{m:02}-{d:02}");
    parse_iso_date(&s).map(|_| s)
}

/// Outlet names for source-URL hosts: general knowledge of news sites (data/outlets.tsv).
const OUTLETS: &str = include_str!(concat!(env!("OUT_DIR"), "/data/outlets.tsv"));

fn outlet_for_host(host: &str) -> String {
    let host = host.trim_start_matches("www.");
    for line in OUTLETS.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        if let Some((h, name)) = line.split_once('\t') {
            if host == h || host.ends_with(&format!(".{h}")) {
                return name.trim().to_string();
            }
        }
    }
    host.to_string()
}

/// "Source: https://vtv.vn/…" on a line of its own → the outlet for that host.
fn source_url_line(text: &str) -> Option<String> {
    let rest = text.strip_prefix("Source:").or_else(|| text.strip_prefix("Source :"))?.trim();
    let url = rest.strip_prefix("https://").or_else(|| rest.strip_prefix("http://"))?;
    let host = url.split(['/', '?', '#']).next()?;
    (!host.is_empty() && !host.contains(' ')).then(|| outlet_for_host(host))
}

/// A credit of agency codes at the end of a paragraph: "… nations. VNA/VNS" or "… system. — VNS".
/// Photo credits ("— VNA/VNS Photo", "Photo: VGP") are not the article's source.
fn trailing_credit(text: &str) -> Option<String> {
    let last = text.split_whitespace().last()?;
    // (the dash may be glued to the code: "… on Thursday. --KPL")
    let code = last.trim_start_matches(['-', '—', '–']);
    let is_code = |c: &str| (2..=6).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_uppercase());
    if !code.split('/').all(is_code) {
        return None;
    }
    let before = text[..text.len() - last.len()].trim_end();
    let ok = before.ends_with(['—', '–', '-', '.', '!', '?', '"', '”', ')']);
    ok.then(|| code.to_string())
}

/// "By Kenji Morimoto", "By Somsack Pongkhao and Phonsavanh Khamvongsa": a line that names the
/// author(s): "By" and at most eight capitalised words (or "and"), no sentence; maybe the outlet
/// after a bar ("By Kenji Morimoto | Bangkok Post", at most five words).
fn is_byline(text: &str) -> bool {
    let Some(rest) = ["By ", "BY ", "by "].iter().find_map(|p| text.strip_prefix(p)) else { return false };
    // (the date and time after wide spacing: "By NAME   August 14, 2024 | 03:12 pm GMT+7")
    let rest = match rest.split_once("  ") {
        Some((name, when))
            if when.trim_start().starts_with(|c: char| c.is_ascii_digit())
                || month_number(when.trim_start().split([' ', ',']).next().unwrap_or("")).is_some() =>
        {
            name
        }
        _ => rest,
    };
    // (a short description after a comma: "By NAME, Nikkei staff writer")
    let rest = match rest.split_once(", ") {
        Some((name, what)) if what.split_whitespace().count() <= 4 && !what.ends_with(['.', '!', '?']) => name,
        _ => rest,
    };
    let rest = without_where_from(rest);
    let bar = rest.bytes().position(|b| b == b'|').unwrap_or(rest.len());
    let (rest, outlet) = rest.split_at(bar);
    if outlet.split_whitespace().count() > 6 {
        return false;
    }
    let n = rest.split_whitespace().count();
    (1..=8).contains(&n)
        && !rest.ends_with(['.', '!', '?', ':'])
        && rest.split_whitespace().all(|w| w == "and" || w.starts_with(char::is_uppercase))
}

/// A byline's names without where the authors write from: "NAME and NAME in Kunming",
/// "NAME in Luang Prabang and Bokeo".
fn without_where_from(text: &str) -> &str {
    // ("HIROSHI TANABE, Nikkei staff writer": the role after a comma too)
    if let Some((names, role)) = text.split_once(", ") {
        let last = role.rsplit(' ').next().unwrap_or("");
        if role.split_whitespace().count() <= 5
            && crate::util::listed("writer|reporter|correspondent|editor|contributor", last)
        {
            return names;
        }
    }
    match text.rsplit_once(" in ") {
        Some((names, place))
            if (1..=5).contains(&place.split_whitespace().count())
                && place.split_whitespace().all(|w| w == "and" || w.starts_with(char::is_uppercase)) =>
        {
            names
        }
        _ => text,
    }
}

/// Words of a site's section labels ("World News", "Politics & Law") and of anonymous credits
/// ("Staff Reporter", "Our Correspondent"), which look like names.
#[rustfmt::skip]
const SECTION_WORDS: &[&str] = &[
    "news", "politics", "business", "economy", "world", "sport", "sports", "society", "opinion", "culture",
    "travel", "life", "lifestyle", "home", "national", "international", "asia", "region", "regional",
    "environment", "health", "education", "tech", "technology", "science", "entertainment", "features",
    "feature", "analysis", "commentary", "editorial", "latest", "top", "stories", "law", "markets", "finance",
    "property", "breaking", "update", "video", "photos", "more", "staff", "reporter", "reporters",
    "correspondent", "correspondents", "writer", "writers", "editor", "editors", "desk", "bureau",
    "contributor", "agencies", "team", "our",
];

/// A header line that is only a person's name (an author's, without "By"): two to four words
/// in title case ("Sok Chanmony"), maybe where they write from ("Huang Jiaxin in Luang
/// Prabang"), no section label's word.
/// The Thai press writes it in capitals ("WICHIT CHAIYAPORN"): two or three words, then.
fn is_name_line(text: &str) -> bool {
    let names = without_where_from(text);
    let n = names.split_whitespace().count();
    let caps = is_all_caps(names);
    (2..=4).contains(&n)
        && (!caps || n <= 3)
        && names.split_whitespace().all(|w| {
            let mut cs = w.chars();
            let inner = |c: char| (if caps { c.is_uppercase() } else { c.is_lowercase() }) || "-'’".contains(c);
            cs.next().is_some_and(char::is_uppercase)
                && cs.clone().next().is_some()
                && cs.all(inner)
                && !SECTION_WORDS.contains(&crate::text::lower(w).as_str())
                && w != "THE"
        })
}

fn is_caption(text: &str) -> bool {
    let t = text.trim_end_matches('.').trim_end();
    let last_words: Vec<&str> = t.split_whitespace().rev().take(3).collect();
    t.ends_with(" Photo")
        || last_words.get(1).is_some_and(|w| *w == "Photo:" || *w == "Source:")
        || t.ends_with("(r)")
        || t.ends_with("(l)")
        || photo_credit_tail(t)
        || (t.ends_with(')') && t.rfind("(Photo:").is_some_and(|i| !t[i..].contains(". ")))
}

/// A credit after a dash names the photo and its photographer: "… province. — VNA/VNS Photo
/// Lê Huy Hải", "… in Vientiane. --Photo KPL".
fn photo_credit_tail(t: &str) -> bool {
    // (the end of the line only: this runs for every line)
    let mut from = t.len().saturating_sub(120);
    while !t.is_char_boundary(from) {
        from += 1;
    }
    let t = &t[from..];
    if !t.contains("Photo") {
        return false;
    }
    let Some(i) = ["—", "–", "--"].iter().filter_map(|d| t.rfind(d).map(|i| i + d.len())).max() else {
        return false;
    };
    let tail = &t[i..];
    tail.split_whitespace().count() <= 8 && tail.split_whitespace().any(|w| w == "Photo" || w.ends_with("Photo"))
}

/// "VIENTIANE — …", "HÀ NỘI – …": strips an all-caps dateline prefix.
pub fn strip_dateline(text: &str) -> &str {
    for dash in [" — ", " – ", " - "] {
        if let Some(i) = text.find(dash) {
            let head = &text[..i];
            if i <= 40 && is_all_caps(head) {
                return text[i + dash.len()..].trim_start();
            }
        }
    }
    text
}

/// Cuts `text` to at most `max` characters at a word boundary, adding "…" when cut.
pub fn truncate_words(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => &cut[..],
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ', '-', '–', '—']))
}

const OPENERS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "amid",
    "following",
    "with",
    "as",
    "earlier",
    "speaking",
    "last",
    "this",
    "over",
    "since",
];

/// A short title from the lead sentence: dateline removed, leading circumstantial clauses
/// ("On the morning of December 3, in the capital Vientiane, …") dropped, cut to ~90 chars.
fn derive_title(lead: &str) -> String {
    let lead = strip_dateline(lead);
    let end = sentence_end(lead).unwrap_or(lead.len());
    let mut s = lead[..end].trim();
    let first = crate::text::lower(s.split_whitespace().next().unwrap_or(""));
    if OPENERS.contains(&first.as_str()) {
        let mut half = s.len() / 2;
        while !s.is_char_boundary(half) {
            half -= 1;
        }
        if let Some(i) = s[..half].rfind(", ") {
            s = &s[i + 2..];
        }
    }
    let mut t = truncate_words(s.trim_end_matches('.'), 90);
    // an ASCII initial only: `char::to_uppercase` would add its 12 KB table to the WASM build
    // for the rare title that starts with a lower-case accented letter (kept as written)
    if let Some(c) = t.chars().next() {
        if c.is_ascii_lowercase() {
            t = c.to_ascii_uppercase().to_string() + &t[1..];
        }
    }
    t
}

fn sentence_end(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    (0..b.len()).find(|&i| is_sentence_end(text, i)).map(|i| i + 1)
}

impl Document {
    /// Cleans one text. `file` is the file name; its stem becomes the id.
    pub fn from_text(file: &str, raw: &str) -> Document {
        let id = file.strip_suffix(".txt").unwrap_or(file).to_string();
        let mut date = None;
        let mut source = None;
        let mut ls = lines(raw);

        // A `date YYYY-MM-DD` header: take the date, keep the rest of the line as content.
        if let Some(first) = ls.iter_mut().find(|l| !l.text.is_empty()) {
            if let Some(rest) = first.text.strip_prefix("date ") {
                let d = rest.split_whitespace().next().unwrap_or("");
                if parse_iso_date(d).is_some_and(|(_, m, day)| m > 0 && day > 0) {
                    date = Some(d.to_string());
                    let skip = first.text.len() - rest.len() + d.len();
                    let remaining = first.text[skip..].trim_start();
                    first.start += first.text.len() - remaining.len();
                    first.text = remaining;
                }
            }
        }

        // Everything after a stop line ("Related news", "Reactions:") is furniture and teasers.
        if let Some(stop) = ls.iter().position(|l| {
            l.text.len() <= MAX_FURNITURE_LINE && STOP_LINES.contains(&crate::text::lower(l.text).as_str())
        }) {
            ls.truncate(stop);
        }

        // The header zone runs until the first real paragraph: a line of ≥ 8 words that ends a
        // sentence. In it live banners, section labels, the headline and the dateline.
        let is_para = |t: &str| words(t).count() >= 8 && t.ends_with(['.', '!', '?', '"', '”', ')', ':']);
        // Without such a line, the first line of ≥ 8 words starts the body; a text never
        // becomes all header.
        let body_from = ls
            .iter()
            .position(|l| is_para(l.text))
            .or_else(|| ls.iter().position(|l| words(l.text).count() >= 8))
            .or_else(|| ls.iter().position(|l| !l.text.is_empty() && !is_chrome(l.text)))
            .unwrap_or(ls.len());
        let mut headline: Option<&str> = None;
        let mut dropped = vec![false; ls.len()];
        let mut credited_caption = vec![false; ls.len()];
        let mut prev: Option<&str> = None;
        // (an author's name alone, after the headline, is a byline too)
        let mut name_line = vec![false; ls.len()];
        for (i, l) in ls.iter().enumerate().take(body_from) {
            if l.text.is_empty() || is_byline(l.text) {
                continue; // a byline is kept
            }
            if headline.is_some() && is_name_line(l.text) {
                name_line[i] = true;
                continue;
            }
            // a photo's caption before the first paragraph is kept too, and is no headline
            // ("Trucks queue at the checkpoint on Monday. Photo: Khmer Times/NAME")
            if is_caption(l.text) || l.text.contains("Photo:") || l.text.contains("Photo by ") {
                continue;
            }
            // (or credited to an agency, before the article: "… on Thursday. --KPL"; the credit
            // is the photo's, not the article's source)
            if words(l.text).count() >= 8 && trailing_credit(l.text).is_some() {
                credited_caption[i] = true;
                continue;
            }
            if is_chrome(l.text) || is_all_caps(l.text) || prev == Some(l.text) {
                dropped[i] = true;
            } else if let Some(d) = parse_dateline(l.text) {
                date.get_or_insert(d);
                dropped[i] = true;
            } else if words(l.text).count() <= 4 && l.text.chars().count() <= 30 {
                dropped[i] = true; // section label ("Vietnam", "Politics & Law")
            } else if headline.is_none_or(|h| words(l.text).count() > words(h).count()) {
                headline = Some(l.text);
                dropped[i] = true;
            }
            prev = Some(l.text);
        }

        let mut paragraphs = Vec::new();
        // (only captions kept so far: a name alone after them is a byline)
        let mut only_captions = true;
        for (i, l) in ls.iter().enumerate() {
            if dropped[i] || l.text.is_empty() || is_chrome(l.text) {
                continue;
            }
            if let Some(s) = source_url_line(l.text) {
                source.get_or_insert(s);
                continue;
            }
            let caption = is_caption(l.text) || credited_caption[i];
            paragraphs.push(Paragraph {
                start: l.start,
                end: l.start + l.text.len(),
                caption,
                // (a name alone after the photo's caption that opens the body, too)
                byline: is_byline(l.text) || name_line[i] || (only_captions && is_name_line(l.text)),
            });
            only_captions &= caption;
        }

        // A trailing agency credit names the source (search from the end; skip captions).
        if source.is_none() {
            source = paragraphs.iter().rev().filter(|p| !p.caption).find_map(|p| trailing_credit(&raw[p.start..p.end]));
        }

        let (title, title_derived) = match headline {
            Some(h) => (h.to_string(), false),
            None => {
                let lead =
                    paragraphs.iter().find(|p| !p.caption && !p.byline).map(|p| &raw[p.start..p.end]).unwrap_or("");
                let t = derive_title(lead);
                if t.is_empty() {
                    (id.clone(), true)
                } else {
                    (t, true)
                }
            }
        };

        Document {
            id,
            file: file.to_string(),
            raw: raw.to_string(),
            title,
            title_derived,
            date,
            source,
            curated: Vec::new(),
            paragraphs,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        assert_eq!(parse_dateline("June 02, 2025 - 21:12").as_deref(), Some("2025-06-02"));
        assert_eq!(parse_dateline("Monday, June 2, 2025").as_deref(), Some("2025-06-02"));
        assert_eq!(parse_dateline("02/06/2025 21:12").as_deref(), Some("2025-06-02"));
        assert_eq!(parse_dateline("3 December 2025").as_deref(), Some("2025-12-03"));
        assert_eq!(parse_dateline("February 30, 2025"), None);
        assert_eq!(parse_dateline("June 02, 2025 the talks began"), None);
    }

    #[test]
    fn human_dates() {
        assert_eq!(human_date("2025-12-03"), "3 December 2025");
        assert_eq!(human_date("2025-06"), "June 2025");
        assert_eq!(human_date("2025"), "2025");
        assert_eq!(human_date("junk"), "junk");
    }

    #[test]
    fn iso_dates() {
        assert_eq!(parse_iso_date("2024-02-29"), Some((2024, 2, 29)));
        assert_eq!(parse_iso_date("2025-02-29"), None);
        assert_eq!(parse_iso_date("2025-13"), None);
        assert_eq!(parse_iso_date("2025"), Some((2025, 0, 0)));
        assert_eq!(parse_iso_date("25-01-01"), None);
    }

    #[test]
    fn credits() {
        assert_eq!(trailing_credit("the two nations. VNA/VNS").as_deref(), Some("VNA/VNS"));
        assert_eq!(trailing_credit("socialist system. — VNS").as_deref(), Some("VNS"));
        assert_eq!(trailing_credit("met the CPV"), None);
        assert_eq!(trailing_credit("on Thursday. --KPL").as_deref(), Some("KPL"));
        assert_eq!(trailing_credit("on Thursday. --").as_deref(), None);
        assert!(is_caption("Bùi Thanh Sơn (right) holds talks on June 2. — VNA/VNS Photo"));
        assert!(is_caption("co-chaired the meeting. Photo: VGP"));
        assert!(!is_caption("The talks went well."));
        assert!(is_caption("Boats at Tắc Cậu Fishing Port. — VNA/VNS Photo Lê Huy Hải"));
        assert!(is_caption("The Nam Theun 2 dam in Khammouane province. --Photo KPL"));
        assert!(is_caption("Officials inspect a trawler in Songkhla. (Photo: Thanakorn Srisuk)"));
        assert!(!is_caption("The ministry — which ran the Photo Week — said so."));
    }

    #[test]
    fn chrome_and_teasers_removed() {
        let raw = "BANNER OF THE SITE\nLog in\nWorld\n\nLeaders agree on a new trade deal\n\nThe two leaders met in Hanoi on Monday and agreed on a new deal.\nComment (3)\nRelated news\nSome other story entirely\n";
        let d = Document::from_text("x.txt", raw);
        assert_eq!(d.title, "Leaders agree on a new trade deal");
        assert!(!d.title_derived);
        assert_eq!(d.paragraphs.len(), 1);
        assert_eq!(d.body(), "The two leaders met in Hanoi on Monday and agreed on a new deal.");
    }

    #[test]
    fn a_credited_caption_before_the_article_is_kept_and_is_no_headline() {
        let raw = "date 2016-09-09 Laos hands the chair to the Philippines\n\nBy Vilay Keo\n\n\
            The prime minister hands the gavel to the president at the closing ceremony on Thursday. --KPL\n\n\
            Laos formally handed over the chairmanship of the bloc to the Philippines yesterday.\n";
        let d = Document::from_text("x.txt", raw);
        assert_eq!(d.title, "Laos hands the chair to the Philippines");
        assert_eq!(d.paragraphs.len(), 3, "{:?}", d.paragraphs);
        assert!(d.paragraphs[1].caption);
        // the photo's credit is not the article's source
        assert_eq!(d.source, None);
        assert!(d.paragraphs[0].byline && !d.paragraphs[2].caption);
    }

    #[test]
    fn a_single_unpunctuated_line_is_body() {
        let d =
            Document::from_text("x.txt", " date 2023-01-01 Sonexay Siphandone opened a bridge in Vientiane. VNA/VNS");
        assert_eq!(d.paragraphs.len(), 1);
        assert_eq!(d.source.as_deref(), Some("VNA/VNS"));
        assert!(d.title_derived);
        let d = Document::from_text("y.txt", "Short note");
        assert_eq!(d.body(), "Short note");
    }

    #[test]
    fn derived_title_never_cuts_inside_a_character() {
        // the midpoint of this sentence falls inside "à"
        let lead = "On June 20, in Vinh, Secretary of the Gia Lai Provincial Party Committee Hoàng Hương held talks with Lao Deputy Prime Minister Malaythong Viphavanh in Hà Nội, as part of an official visit aimed at deepening the great friendship, special solidarity and cooperation.";
        for cut in 0..lead.len() {
            if lead.is_char_boundary(cut) {
                let _ = derive_title(&lead[cut..]);
                let _ = derive_title(&format!("In {}", &lead[cut..]));
            }
        }
        assert!(!derive_title(lead).is_empty());
    }

    #[test]
    fn derived_title_skips_openers() {
        let t = derive_title("On the morning of May 1, in Hanoi, the two ministers signed a memorandum on rail links between their capitals and ports.");
        assert!(t.starts_with("The two ministers signed"), "{t}");
        assert!(t.chars().count() <= 91);
    }

    #[test]
    fn empty_and_odd_input() {
        for raw in ["", "\n\n\n", "   ", "date 2025-99-99 x", "🙂", "Reactions:\nfoo"] {
            let d = Document::from_text("odd.txt", raw);
            for p in &d.paragraphs {
                assert!(raw.is_char_boundary(p.start) && raw.is_char_boundary(p.end));
            }
            assert!(!d.title.is_empty());
        }
    }

    #[test]
    fn metadata_overrides() {
        let o = parse_metadata("# c\nx.txt\tdate\t2025-12-03\tfrom URL id\nx\tsource\tVTV\t\nbad line\n");
        assert_eq!(o.len(), 2);
        let mut d = Document::from_text("x.txt", "Something happened in Hanoi today and it was big news.");
        apply_overrides(&mut d, &o);
        assert_eq!(d.date.as_deref(), Some("2025-12-03"));
        assert_eq!(d.source.as_deref(), Some("VTV"));
        assert_eq!(d.curated.len(), 2);
    }
}
