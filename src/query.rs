//! Query: the whole view state as one [`Filter`] value ⇄ the URL query string.
//!
//! Contract (DESIGN.md): `?q=&e=&t=&from=&to=&src=&doc=&ent=&view=`. Serialisation is canonical
//! (fixed parameter order, entity ids sorted and deduplicated, defaults omitted), so equal views
//! give equal URLs. Parsing never fails: unknown or malformed parts are dropped and reported as
//! [`Notice`]s that the page shows.

use crate::corpus::parse_iso_date;
use std::fmt::Write;

/// Entity types, in their canonical order.
pub const TYPES: [&str; 6] = ["person", "org", "place", "money", "percent", "date"];

/// Longest free-text query kept (characters); longer ones are cut with a notice.
pub const MAX_Q: usize = 200;
/// Most entity ids kept in `e=`.
pub const MAX_E: usize = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    List,
    Timeline,
    Graph,
    Figures,
}

impl View {
    pub fn as_str(self) -> &'static str {
        match self {
            View::List => "list",
            View::Timeline => "timeline",
            View::Graph => "graph",
            View::Figures => "figures",
        }
    }
    pub fn parse(s: &str) -> Option<View> {
        Some(match s {
            "list" => View::List,
            "timeline" => View::Timeline,
            "graph" => View::Graph,
            "figures" => View::Figures,
            _ => return None,
        })
    }
}

/// The whole view state. `Default` is the home page with nothing selected.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    /// Free text (diacritic- and case-insensitive search).
    pub q: String,
    /// Required entity ids (AND), sorted, no duplicates.
    pub e: Vec<String>,
    /// Entity types shown; empty = all (the default).
    pub t: Vec<String>,
    /// Date range bounds: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub from: Option<String>,
    pub to: Option<String>,
    /// Source (outlet) filter.
    pub src: Option<String>,
    /// The open article (document id).
    pub doc: Option<String>,
    /// The open entity panel.
    pub ent: Option<String>,
    pub view: View,
}

/// Something in a link that was ignored, with a message for the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice(pub String);

impl Filter {
    /// Sorts and deduplicates the set-valued fields; drops types that are all types.
    pub fn normalize(&mut self) {
        crate::util::sort_by(&mut self.e, &|a, b| a.cmp(b));
        self.e.dedup();
        self.t.retain(|t| TYPES.contains(&t.as_str()));
        crate::util::sort_by(&mut self.t, &|a, b| {
            TYPES.iter().position(|x| x == a).cmp(&TYPES.iter().position(|x| x == b))
        });
        self.t.dedup();
        if self.t.len() == TYPES.len() {
            self.t.clear();
        }
        for s in [&mut self.src, &mut self.doc, &mut self.ent] {
            if s.as_deref().is_some_and(str::is_empty) {
                *s = None;
            }
        }
    }

    /// The filter with type `ty` shown if hidden, hidden if shown. Hiding the last shown type
    /// changes nothing (an empty `t` means "all types").
    pub fn toggle_type(&self, ty: &str) -> Filter {
        let mut f = self.clone();
        let mut t: Vec<String> =
            if f.t.is_empty() { TYPES.iter().map(|x| x.to_string()).collect() } else { f.t.clone() };
        if self.shows_type(ty) {
            t.retain(|x| x != ty);
            if t.is_empty() {
                return f;
            }
        } else {
            t.push(ty.to_string());
        }
        f.t = t;
        f.normalize();
        f
    }

    /// Whether type `ty` is shown (facets, highlights).
    pub fn shows_type(&self, ty: &str) -> bool {
        self.t.is_empty() || self.t.iter().any(|t| t == ty)
    }

    /// Whether any filter that narrows the result list is set.
    pub fn is_filtering(&self) -> bool {
        !self.q.trim().is_empty()
            || !self.e.is_empty()
            || self.from.is_some()
            || self.to.is_some()
            || self.src.is_some()
    }

    /// Canonical query string, with a leading `?` (or empty for the default view).
    pub fn to_query(&self) -> String {
        let mut f = self.clone();
        f.normalize();
        let mut out = String::new();
        let mut put = |k: &str, v: &str| {
            out.push(if out.is_empty() { '?' } else { '&' });
            out.push_str(k);
            out.push('=');
            encode_into(v, &mut out);
        };
        if !f.q.trim().is_empty() {
            put("q", f.q.trim());
        }
        if !f.e.is_empty() {
            put("e", &f.e.join(","));
        }
        if !f.t.is_empty() {
            put("t", &f.t.join(","));
        }
        if let Some(v) = &f.from {
            put("from", v);
        }
        if let Some(v) = &f.to {
            put("to", v);
        }
        if let Some(v) = &f.src {
            put("src", v);
        }
        if let Some(v) = &f.doc {
            put("doc", v);
        }
        if let Some(v) = &f.ent {
            put("ent", v);
        }
        if f.view != View::List {
            put("view", f.view.as_str());
        }
        out
    }

    /// Parses a query string (with or without the leading `?`). Never fails.
    pub fn from_query(query: &str) -> (Filter, Vec<Notice>) {
        let mut f = Filter::default();
        let mut notices = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        for part in query.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            let (key, key_ok) = decode(k);
            let (value, value_ok) = decode(v);
            let shown_key = clip(&key, 40);
            if !key_ok || !value_ok {
                notices
                    .push(Notice(format!("Part of the “{shown_key}” parameter was not valid text and was repaired.")));
            }
            if seen.contains(&key) {
                notices.push(Notice(format!("The “{shown_key}” parameter appeared twice; the first one is used.")));
                continue;
            }
            seen.push(key.clone());
            let bad = |what: &str| Notice(format!("Ignored {what} “{}” in the link.", clip(&value, 60)));
            match key.as_str() {
                "q" => {
                    let v = value.trim();
                    if v.chars().count() > MAX_Q {
                        notices.push(Notice(format!(
                            "The search text was longer than {MAX_Q} characters and was shortened."
                        )));
                        f.q = v.chars().take(MAX_Q).collect::<String>().trim().to_string();
                    } else {
                        f.q = v.to_string();
                    }
                }
                "e" => {
                    for id in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                        if f.e.len() >= MAX_E {
                            notices.push(Notice(format!("Only the first {MAX_E} entities of the link are used.")));
                            break;
                        }
                        if is_entity_id(id) {
                            f.e.push(id.to_string());
                        } else {
                            notices.push(bad_id(id));
                        }
                    }
                }
                "t" => {
                    for t in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                        if TYPES.contains(&t) {
                            f.t.push(t.to_string());
                        } else {
                            notices.push(Notice(format!("Ignored unknown entity type “{}”.", clip(t, 40))));
                        }
                    }
                }
                "from" | "to" => match parse_iso_date(value.trim()) {
                    Some(_) => {
                        let v = Some(value.trim().to_string());
                        if key == "from" {
                            f.from = v;
                        } else {
                            f.to = v;
                        }
                    }
                    None => notices.push(bad(if key == "from" { "start date" } else { "end date" })),
                },
                "src" => {
                    if !value.trim().is_empty() && value.chars().count() <= 80 {
                        f.src = Some(value.trim().to_string());
                    } else {
                        notices.push(bad("source"));
                    }
                }
                "doc" => {
                    if is_doc_id(&value) {
                        f.doc = Some(value.clone());
                    } else {
                        notices.push(bad("article id"));
                    }
                }
                "ent" => {
                    if is_entity_id(&value) {
                        f.ent = Some(value.clone());
                    } else {
                        notices.push(bad_id(&value));
                    }
                }
                "view" => match View::parse(&value) {
                    Some(v) => f.view = v,
                    None => notices.push(bad("view")),
                },
                _ => notices.push(Notice(format!("Ignored unknown link parameter “{shown_key}”."))),
            }
        }
        if let (Some(a), Some(b)) = (&f.from, &f.to) {
            if date_lower(a) > date_upper(b) {
                notices.push(Notice(format!("The date range {a} – {b} was reversed; it is read as {b} – {a}.")));
                std::mem::swap(&mut f.from, &mut f.to);
            }
        }
        f.normalize();
        (f, notices)
    }
}

fn bad_id(id: &str) -> Notice {
    Notice(format!("Ignored malformed entity id “{}”.", clip(id, 60)))
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() > n {
        format!("{}…", s.chars().take(n).collect::<String>())
    } else {
        s.to_string()
    }
}

/// `TYPE:SLUG` with a known type and a slug of `[a-z0-9-]`, at most 200 bytes.
pub fn is_entity_id(s: &str) -> bool {
    let Some((ty, slug)) = s.split_once(':') else {
        return false;
    };
    TYPES.contains(&ty)
        && !slug.is_empty()
        && s.len() <= 200
        // ASCII for Latin names; names in other scripts keep their (case-less) letters
        && slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.' || (!c.is_ascii() && c.is_alphanumeric() && !c.is_uppercase()))
}

/// A document id: a file stem of letters, digits, `_`, `-`, `.`; at most 120 bytes.
pub fn is_doc_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 120 && s.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
}

/// The first day a date bound can mean (`2025` → `2025-01-01`), as a comparable string.
pub fn date_lower(d: &str) -> String {
    match d.len() {
        4 => format!("{d}-01-01"),
        7 => format!("{d}-01"),
        _ => d.to_string(),
    }
}

/// The last day a date bound can mean (`2025-02` → `2025-02-31`; only used for comparison).
pub fn date_upper(d: &str) -> String {
    match d.len() {
        4 => format!("{d}-12-31"),
        7 => format!("{d}-31"),
        _ => d.to_string(),
    }
}

/// Percent-encodes a value for the query string: unreserved characters and `,` `:` as is,
/// space as `+`, everything else `%XX` (UTF-8).
pub fn encode_into(s: &str, out: &mut String) {
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' | b':' => out.push(b as char),
            b' ' => out.push('+'),
            _ => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
}

pub fn encode(s: &str) -> String {
    let mut out = String::new();
    encode_into(s, &mut out);
    out
}

/// Decodes `+` and `%XX`. Returns the text and whether it was valid (bad escapes are kept
/// literally; invalid UTF-8 is replaced with U+FFFD).
pub fn decode(s: &str) -> (String, bool) {
    let b = s.as_bytes();
    let mut bytes = Vec::with_capacity(b.len());
    let mut ok = true;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => bytes.push(b' '),
            b'%' => {
                let hex = |c: u8| (c as char).to_digit(16);
                match (b.get(i + 1).and_then(|c| hex(*c)), b.get(i + 2).and_then(|c| hex(*c))) {
                    (Some(h), Some(l)) => {
                        bytes.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => {
                        ok = false;
                        bytes.push(b'%');
                    }
                }
            }
            c => bytes.push(c),
        }
        i += 1;
    }
    match String::from_utf8(bytes) {
        Ok(s) => (s, ok),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_is_empty() {
        assert_eq!(Filter::default().to_query(), "");
        assert_eq!(Filter::from_query(""), (Filter::default(), vec![]));
        assert_eq!(Filter::from_query("?").0, Filter::default());
    }

    #[test]
    fn canonical_order_and_sets() {
        let (f, n) = Filter::from_query(
            "view=graph&doc=abc&e=place:laos,person:to-lam,place:laos&q=ch%C3%ADnh+visit&t=org,person",
        );
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(f.to_query(), "?q=ch%C3%ADnh+visit&e=person:to-lam,place:laos&t=person,org&doc=abc&view=graph");
    }

    #[test]
    fn all_types_is_default() {
        let (f, _) = Filter::from_query("t=date,percent,money,place,org,person");
        assert_eq!(f.to_query(), "");
    }

    #[test]
    fn hostile_input_gives_notices() {
        let (f, n) = Filter::from_query(
            "q=%3Cscript%3Ealert(1)%3C/script%3E&e=bogus&from=2025-13-01&doc=../../etc&zzz=1&view=x&ent=person:%E0",
        );
        assert_eq!(f.q, "<script>alert(1)</script>");
        assert!(f.e.is_empty() && f.from.is_none() && f.doc.is_none() && f.ent.is_none());
        assert_eq!(f.view, View::List);
        assert!(n.len() >= 6, "{n:?}");
        let long = "q=".to_string() + &"a".repeat(10_000);
        let (f, n) = Filter::from_query(&long);
        assert_eq!(f.q.len(), MAX_Q);
        assert_eq!(n.len(), 1);
    }

    #[test]
    fn toggling_types() {
        let f = Filter::default().toggle_type("date");
        assert_eq!(f.to_query(), "?t=person,org,place,money,percent");
        assert_eq!(f.toggle_type("date").to_query(), "");
        let only = Filter { t: vec!["org".into()], ..Filter::default() };
        assert_eq!(only.toggle_type("org"), only, "the last shown type stays shown");
    }

    #[test]
    fn reversed_range_is_swapped() {
        let (f, n) = Filter::from_query("from=2025&to=2024-06");
        assert_eq!((f.from.as_deref(), f.to.as_deref()), (Some("2024-06"), Some("2025")));
        assert_eq!(n.len(), 1);
    }

    #[test]
    fn decode_repairs() {
        assert_eq!(decode("a%2"), ("a%2".to_string(), false));
        assert!(!decode("%FF").1);
        assert_eq!(decode("H%C3%A0+N%E1%BB%99i"), ("Hà Nội".to_string(), true));
    }
}
