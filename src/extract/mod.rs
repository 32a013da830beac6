//! Extraction: documents → entities with mention offsets into the original text.
//!
//! A pipeline of small passes over each document (see the submodules):
//! [`tokens`] (words, numbers, sentence starts) → [`numbers`] (money, percent, dates) →
//! [`names`] (capitalised chunks → person / org / place) → resolution, first within the
//! document (short forms, acronyms, reversed pairs), then across the corpus (one id per
//! real-world entity). Tables of general knowledge live in `data/` ([`knowledge`]).
//!
//! ```
//! use newslens::{corpus::Document, extract::extract_corpus};
//! let d = Document::from_text("a.txt", "Prime Minister Phạm Minh Chính met Lao Prime Minister \
//!     Sonexay Siphandone in Vientiane. Chinh said trade reached US$2.2 billion, up 33.9 per cent.");
//! let x = extract_corpus(&[d]);
//! let ids: Vec<&str> = x.entities.iter().map(|e| e.id.as_str()).collect();
//! assert!(ids.contains(&"person:pham-minh-chinh"));
//! assert!(ids.contains(&"person:sonexay-siphandone"));
//! assert!(ids.contains(&"place:vientiane"));
//! assert!(ids.contains(&"money:usd-2200000000"));
//! assert!(ids.contains(&"percent:33-9"));
//! // "Chinh" is a second mention of the same person
//! let chinh = x.entities.iter().position(|e| e.id == "person:pham-minh-chinh").unwrap();
//! assert_eq!(x.mentions[0].iter().filter(|m| m.entity == chinh).count(), 2);
//! ```

pub mod knowledge;
mod names;
mod numbers;
mod resolve;
pub mod tokens;

pub use numbers::{decimal_string, human_amount};

use crate::corpus::Document;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EType {
    Person,
    Org,
    Place,
    Money,
    Percent,
    Date,
}

impl EType {
    pub const ALL: [EType; 6] = [EType::Person, EType::Org, EType::Place, EType::Money, EType::Percent, EType::Date];
    pub fn as_str(self) -> &'static str {
        match self {
            EType::Person => "person",
            EType::Org => "org",
            EType::Place => "place",
            EType::Money => "money",
            EType::Percent => "percent",
            EType::Date => "date",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            EType::Person => "People",
            EType::Org => "Organizations",
            EType::Place => "Places",
            EType::Money => "Money",
            EType::Percent => "Percentages",
            EType::Date => "Dates",
        }
    }
    pub fn parse(s: &str) -> Option<EType> {
        EType::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// A candidate mention found by a tagger, before resolution.
#[derive(Debug, Clone)]
pub(crate) struct Cand<'a> {
    pub ty: EType,
    pub start: usize,
    pub end: usize,
    /// Token range.
    pub toks: (usize, usize),
    /// Surface text (names, borrowed from the document) or normalised display name (numbers).
    pub name: std::borrow::Cow<'a, str>,
    /// Identity key within the type (numbers: normalised value; names: set in resolution).
    pub key: String,
    pub value: Option<f64>,
    pub currency: Option<&'static str>,
    /// A short form (one word, an acronym) that must be resolved against a fuller name.
    pub short: bool,
    /// A person named right after a title ("President Souphanouvong"): kept even when the one
    /// word resolves to no fuller name.
    pub titled: bool,
}

/// One real-world entity of the corpus.
#[derive(Debug, Clone, Serialize)]
pub struct Entity {
    /// `TYPE:SLUG`, stable for links.
    pub id: String,
    #[serde(rename = "type")]
    pub ty: EType,
    /// Canonical name (with diacritics when any mention has them).
    pub name: String,
    /// Distinct mention texts across the corpus.
    pub aliases: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
}

/// A mention of an entity: byte offsets into the document's original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    /// Index into [`Extraction::entities`].
    #[serde(skip)]
    pub entity: usize,
}

/// The extraction of a whole corpus.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub entities: Vec<Entity>,
    /// Per document (same order as the input), mentions sorted by start (longer first on
    /// ties); mentions may nest but never cross.
    pub mentions: Vec<Vec<Mention>>,
}

/// Candidates of one document, before cross-document identity.
pub(crate) fn candidates<'a>(doc: &'a Document, memo: &mut resolve::Memo) -> Vec<Cand<'a>> {
    let mut tz = tokens::Tokenized::with_capacity(doc.raw.len());
    let mut para_of = Vec::new();
    for (pi, p) in doc.paragraphs.iter().enumerate() {
        let before = tz.len();
        tz.add(&doc.raw, p.start, p.end);
        para_of.extend(std::iter::repeat_n(pi, tz.len() - before));
    }
    let toks = tz.toks();
    // the article's (year, month), for dates that give only a month and day
    let year = doc.date.as_deref().and_then(crate::corpus::parse_iso_date).map(|(y, m, _)| (y, m.max(1)));
    let mut out = Vec::new();
    // numbers run per paragraph so a pattern never spans two paragraphs
    let mut i = 0;
    while i < toks.len() {
        let j = (i..toks.len()).find(|&j| para_of[j] != para_of[i]).unwrap_or(toks.len());
        let before = out.len();
        numbers::scan(&doc.raw, &toks[i..j], year, &mut out);
        for c in &mut out[before..] {
            c.toks = (c.toks.0 + i, c.toks.1 + i);
        }
        i = j;
    }
    let mut taken = vec![false; toks.len()];
    for c in &out {
        taken[c.toks.0..c.toks.1].iter_mut().for_each(|t| *t = true);
    }
    // names never span paragraphs either
    let mut n = names::Names::new(&doc.raw, &toks, &taken);
    let mut i = 0;
    while i < toks.len() {
        let j = (i..toks.len()).find(|&j| para_of[j] != para_of[i]).unwrap_or(toks.len());
        n.run(i, j, doc.paragraphs[para_of[i]].byline);
        i = j;
    }
    let acronyms = std::mem::take(&mut n.acronyms);
    let mut names = std::mem::take(&mut n.out);
    resolve::within_doc(&doc.raw, &mut names, &acronyms, memo);
    out.extend(names);
    crate::util::sort_by_offsets(&mut out, |c| (c.start, usize::MAX - c.end));
    // mentions may nest (an acronym inside the name it abbreviates) but never cross
    let mut open: Vec<usize> = Vec::new(); // ends of the enclosing mentions
                                           // sorted, equal spans are adjacent: the first one is kept (or dropped, and so are the others)
    let mut prev = None;
    out.retain(|c| {
        while open.last().is_some_and(|&e| e <= c.start) {
            open.pop();
        }
        let repeat = prev.replace((c.start, c.end)) == Some((c.start, c.end));
        let fits = open.last().is_none_or(|&e| c.end <= e) && !repeat;
        if fits {
            open.push(c.end);
        }
        fits
    });
    out
}

/// Extracts every document and gives each real-world entity one id across the corpus.
pub fn extract_corpus(docs: &[Document]) -> Extraction {
    let mut memo = resolve::Memo::default();
    let per_doc: Vec<Vec<Cand>> = docs.iter().map(|d| candidates(d, &mut memo)).collect();
    resolve::across(docs, per_doc)
}

/// The extraction JSON of DESIGN.md.
pub fn to_json(docs: &[Document], x: &Extraction) -> serde_json::Value {
    use serde_json::json;
    let docs_json: Vec<_> = docs
        .iter()
        .zip(&x.mentions)
        .map(|(d, ms)| {
            // entities in order of first mention, each with its mentions (one pass)
            let mut order: Vec<usize> = Vec::new();
            let mut by_entity: std::collections::HashMap<usize, Vec<&Mention>> = std::collections::HashMap::new();
            for m in ms {
                let v = by_entity.entry(m.entity).or_default();
                if v.is_empty() {
                    order.push(m.entity);
                }
                v.push(m);
            }
            let ents: Vec<_> = order
                .iter()
                .map(|&e| {
                    let ent = &x.entities[e];
                    let mine = &by_entity[&e];
                    let mut aliases: Vec<&str> = Vec::new();
                    let mut seen = std::collections::HashSet::new();
                    for m in mine.iter() {
                        let s = &d.raw[m.start..m.end];
                        if seen.insert(s) {
                            aliases.push(s);
                        }
                    }
                    let mut o = json!({
                        "id": ent.id, "type": ent.ty, "name": ent.name, "aliases": aliases,
                        "mentions": mine.iter().map(|m| json!({"start": m.start, "end": m.end})).collect::<Vec<_>>(),
                    });
                    if let Some(v) = ent.value {
                        o["value"] = json!(v);
                    }
                    if let Some(c) = &ent.currency {
                        o["currency"] = json!(c);
                    }
                    o
                })
                .collect();
            json!({"doc": d.file, "title": d.title, "date": d.date, "source": d.source, "entities": ents})
        })
        .collect();
    json!({"system": "newslens", "docs": docs_json})
}
