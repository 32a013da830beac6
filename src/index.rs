//! Index: everything the views ask for, precomputed once from the corpus and its extraction.
//!
//! - entity → documents and mentions (with the sentence of each mention, for keyword in context);
//! - term postings over folded text for BM25 ranking ("chinh" finds "Chính", "ha noi" finds
//!   "Hà Nội": terms are folded words, and a query matches a phrase of consecutive terms);
//! - facet counts for the documents of the current result; co-occurrence in the same document
//!   and the same sentence; an alias table that resolves any spelling (and old ids) to an entity.
//!
//! [`Index::evaluate`] applies a [`Filter`] and returns the ranked result and its facets.

use crate::corpus::Document;
use crate::extract::{EType, Extraction};
use crate::query::{date_lower, date_upper, Filter};
use crate::text::{fold, fold_key, sentences};
use crate::util::sort_by;
use rustc_hash::FxHashMap as HashMap;

/// One mention, located: document, byte range, sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Located {
    pub doc: usize,
    pub start: usize,
    pub end: usize,
    /// Index into `Index::sentences[doc]`.
    pub sentence: usize,
}

pub struct Index {
    pub docs: Vec<Document>,
    pub x: Extraction,
    /// Per document: sentence byte ranges (within paragraphs).
    pub sentences: Vec<Vec<(usize, usize)>>,
    /// Per entity: every mention, in document order.
    pub mentions: Vec<Vec<Located>>,
    /// Per entity: documents containing it, ascending.
    pub entity_docs: Vec<Vec<usize>>,
    /// Per document: (entity, mention count), most mentioned first.
    pub doc_entities: Vec<Vec<(usize, usize)>>,
    /// Folded term → (doc, positions of the term in the doc's term sequence).
    terms: HashMap<String, Postings>,
    /// The keys of `terms`, sorted: the words that start with a typed prefix are a range.
    term_list: Vec<String>,
    doc_len: Vec<u32>,
    /// Per document, the postings positions its headline takes before the body (0 when the
    /// title is derived from the lead): the headline is searchable, and body positions start
    /// after it (plus one, so that no phrase runs from headline into body).
    title_terms: Vec<u32>,
    avg_len: f64,
    /// Entity id (and older ids derived from aliases) → entity.
    by_id: HashMap<String, usize>,
    /// Distinct sources, most frequent first.
    pub sources: Vec<(String, usize)>,
    /// Documents newest first (unknown dates last, then by id).
    by_date: Vec<u32>,
    /// Per document, its entities (the same as `doc_entities`, flat: `doc_ent[doc_ent_at[d]..doc_ent_at[d + 1]]`),
    /// for counting facets without chasing a pointer per document.
    doc_ent_at: Vec<u32>,
    doc_ent: Vec<u32>,
    /// Per entity: its number of documents in the whole corpus (the facets of "no filter").
    all_counts: Vec<u32>,
    /// Per entity: its type as an index into `EType::ALL`.
    ent_ty: Vec<u8>,
    /// Per entity: its rank by mentions (most first, then first seen); `by_rank` is the inverse.
    ent_rank: Vec<u32>,
    by_rank: Vec<u32>,
    /// Per entity: its name and aliases folded, each with its `fold_key` (for suggestions).
    folded_forms: Vec<Vec<(String, String)>>,
    /// Sorted (key, entity): every form's `fold_key`, and every word of every folded form, so
    /// that a prefix is a range found by binary search.
    suggest_keys: Vec<(String, u32)>,
    suggest_words: Vec<(String, u32)>,
}

/// One term's postings: (document, positions of the term in it), by document.
type Postings = Vec<(usize, Vec<u32>)>;

/// A last query word at least this long (in characters) also matches longer words, so that
/// results follow the typing ("chin" finds "Chính"); shorter ones match whole words only.
pub const PREFIX_MIN: usize = 3;

/// Longest facet list per type (the most frequent entities; a facet's filter box searches them).
pub const FACET_MAX: usize = 300;

/// Keyword in context for one document: (doc, [(sentence, mention ranges in it)]).
pub type KwicDoc = (usize, Vec<(usize, Vec<(usize, usize)>)>);

/// The evaluation of a filter.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    /// Matching documents, best first: (doc, score).
    pub docs: Vec<(usize, f64)>,
    /// Per entity type (in `EType::ALL` order): (entity, number of matching docs), most first.
    pub facets: Vec<(EType, Vec<(usize, usize)>)>,
    /// Folded query terms that matched nothing (for the empty state).
    pub missing_terms: Vec<String>,
    /// The query's last word when it is being typed and cannot be searched yet: shorter than
    /// [`PREFIX_MIN`] and no whole word of the corpus ("c", "ch" on the way to "chinh"). It is
    /// left out of the search instead of emptying the result.
    pub unfinished: Option<String>,
    /// Entities of the filter not in this corpus.
    pub unknown_entities: Vec<String>,
}

/// Calls `f(term, start, end)` for each term of `text`: a word folded to its `fold_key`, with
/// its byte range in `text`. One buffer for all terms: nothing is allocated per word.
pub fn for_each_term(text: &str, mut f: impl FnMut(&str, usize, usize)) {
    let mut buf = String::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        let word = c.is_alphanumeric() || crate::text::is_mark(c);
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                buf.clear();
                crate::text::fold_into(&text[s..i], &mut buf);
                buf.retain(|c| c.is_alphanumeric());
                if !buf.is_empty() {
                    f(&buf, s, i);
                }
                start = None;
            }
            _ => {}
        }
    }
}

/// Whether the document word `t` matches the query word `q` (the last one may be a prefix).
fn term_matches(q: &str, t: &str, last: bool) -> bool {
    q == t || (is_prefix_word(q, last) && t.starts_with(q))
}

/// Whether query word `q` also matches longer words: the last word, when long enough.
fn is_prefix_word(q: &str, last: bool) -> bool {
    last && q.chars().count() >= PREFIX_MIN
}

/// Splits folded text into terms with their byte ranges in the original.
pub fn terms_of(text: &str) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    for_each_term(text, |t, s, e| out.push((t.to_string(), s, e)));
    out
}

impl Index {
    pub fn build(docs: Vec<Document>, x: Extraction) -> Index {
        let n_ent = x.entities.len();
        let mut sentences_all = Vec::with_capacity(docs.len());
        let mut mentions = vec![Vec::new(); n_ent];
        let mut entity_docs: Vec<Vec<usize>> = vec![Vec::new(); n_ent];
        let mut doc_entities = Vec::with_capacity(docs.len());
        let mut terms: HashMap<String, Vec<(usize, Vec<u32>)>> = HashMap::default();
        let mut doc_len = Vec::with_capacity(docs.len());
        let mut title_terms = Vec::with_capacity(docs.len());
        for (d, doc) in docs.iter().enumerate() {
            let mut sents = Vec::new();
            let mut pos = 0u32;
            let mut local: HashMap<String, Vec<u32>> = HashMap::default();
            // the headline first: words only in it still find the article
            if !doc.title_derived {
                for_each_term(&doc.title, |t, _, _| {
                    match local.get_mut(t) {
                        Some(ps) => ps.push(pos),
                        None => {
                            local.insert(t.to_string(), vec![pos]);
                        }
                    }
                    pos += 1;
                });
                if pos > 0 {
                    pos += 1;
                }
            }
            title_terms.push(pos);
            for p in &doc.paragraphs {
                let text = doc.para_text(p);
                for (s, e) in sentences(text) {
                    sents.push((p.start + s, p.start + e));
                }
                for_each_term(text, |t, _, _| {
                    match local.get_mut(t) {
                        Some(ps) => ps.push(pos),
                        None => {
                            local.insert(t.to_string(), vec![pos]);
                        }
                    }
                    pos += 1;
                });
            }
            for (t, ps) in local {
                terms.entry(t).or_default().push((d, ps));
            }
            doc_len.push(pos);
            for m in &x.mentions[d] {
                let sentence = sents.partition_point(|&(_, e)| e <= m.start).min(sents.len().saturating_sub(1));
                mentions[m.entity].push(Located { doc: d, start: m.start, end: m.end, sentence });
                if entity_docs[m.entity].last() != Some(&d) {
                    entity_docs[m.entity].push(d);
                }
            }
            // mentions per entity: the entities in order, counted in runs (as pairs with a 0,
            // the form `util::sort_by_offsets` already sorts: a sort of plain ids would compile
            // another copy of it, +0.4 KB gzipped as measured)
            let mut c: Vec<(usize, usize)> = runs(x.mentions[d].iter().map(|m| (m.entity, 0)).collect())
                .into_iter()
                .map(|((e, _), n)| (e, n))
                .collect();
            sort_by(&mut c, &|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            doc_entities.push(c);
            sentences_all.push(sents);
        }
        for list in terms.values_mut() {
            sort_by(list, &|a, b| a.0.cmp(&b.0));
        }
        let avg_len = doc_len.iter().map(|&l| l as f64).sum::<f64>() / docs.len().max(1) as f64;
        let mut by_id = HashMap::default();
        for (i, e) in x.entities.iter().enumerate() {
            by_id.insert(e.id.clone(), i);
        }
        // older ids stay resolvable: the slug of every alias → the entity, where unambiguous
        for (i, e) in x.entities.iter().enumerate() {
            for a in &e.aliases {
                let old = format!("{}:{}", e.ty.as_str(), crate::text::slug(a));
                by_id.entry(old).or_insert(i);
            }
        }
        let mut src: HashMap<String, usize> = HashMap::default();
        for d in &docs {
            if let Some(s) = &d.source {
                *src.entry(s.clone()).or_default() += 1;
            }
        }
        let mut order: Vec<usize> = (0..docs.len()).collect();
        sort_by(&mut order, &|&a, &b| {
            let (da, db) = (&docs[a].date, &docs[b].date);
            db.is_some().cmp(&da.is_some()).then(db.cmp(da)).then(docs[a].id.cmp(&docs[b].id))
        });
        let by_date: Vec<u32> = order.iter().map(|&d| d as u32).collect();
        let mut doc_ent_at = Vec::with_capacity(docs.len() + 1);
        let mut doc_ent = Vec::new();
        let mut all_counts = vec![0u32; n_ent];
        for list in &doc_entities {
            doc_ent_at.push(doc_ent.len() as u32);
            for &(e, _) in list {
                doc_ent.push(e as u32);
                all_counts[e] += 1;
            }
        }
        doc_ent_at.push(doc_ent.len() as u32);
        let ent_ty: Vec<u8> = x.entities.iter().map(|e| e.ty as u8).collect();
        let mut by_rank: Vec<u32> = (0..n_ent as u32).collect();
        sort_by(&mut by_rank, &|&a, &b| mentions[b as usize].len().cmp(&mentions[a as usize].len()).then(a.cmp(&b)));
        let mut ent_rank = vec![0u32; n_ent];
        for (r, &e) in by_rank.iter().enumerate() {
            ent_rank[e as usize] = r as u32;
        }
        let mut sources: Vec<(String, usize)> = src.into_iter().collect();
        sort_by(&mut sources, &|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let folded_forms: Vec<Vec<(String, String)>> = x
            .entities
            .iter()
            .map(|e| {
                let mut forms: Vec<(String, String)> = std::iter::once(&e.name)
                    .chain(&e.aliases)
                    .map(|f| {
                        let ff = fold(f);
                        let key = fold_key(&ff);
                        (ff, key)
                    })
                    .collect();
                forms.dedup();
                forms
            })
            .collect();
        let mut suggest_keys = Vec::new();
        let mut suggest_words = Vec::new();
        for (e, forms) in folded_forms.iter().enumerate() {
            for (ff, key) in forms {
                suggest_keys.push((key.clone(), e as u32));
                for w in ff.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
                    suggest_words.push((w.to_string(), e as u32));
                }
            }
        }
        for v in [&mut suggest_keys, &mut suggest_words] {
            // (one compiled sort shared with the other index-build sorts: WASM size)
            crate::util::sort_by(v, &|a, b| a.cmp(b));
            v.dedup();
        }
        let mut term_list: Vec<String> = terms.keys().cloned().collect();
        crate::util::sort_by(&mut term_list, &|a, b| a.cmp(b));
        Index {
            term_list,
            suggest_keys,
            suggest_words,
            folded_forms,
            docs,
            x,
            sentences: sentences_all,
            mentions,
            entity_docs,
            doc_entities,
            terms,
            doc_len,
            title_terms,
            avg_len,
            by_id,
            sources,
            by_date,
            doc_ent_at,
            doc_ent,
            all_counts,
            ent_ty,
            ent_rank,
            by_rank,
        }
    }

    /// The entity with this id (or an older id derived from one of its aliases).
    pub fn entity(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// Rewrites the entity ids of `f` that resolve through an older id (one derived from an
    /// alias, from before the entity's canonical name changed) to the entities' current ids, so
    /// that an old link selects and marks the same entity. Unknown ids are kept (they are
    /// reported as notices). True when anything changed.
    pub fn current_ids(&self, f: &mut Filter) -> bool {
        let mut changed = false;
        let current = |id: &mut String, changed: &mut bool| {
            if let Some(e) = self.entity(id) {
                if self.x.entities[e].id != *id {
                    id.clone_from(&self.x.entities[e].id);
                    *changed = true;
                }
            }
        };
        for id in f.e.iter_mut() {
            current(id, &mut changed);
        }
        if let Some(id) = f.ent.as_mut() {
            current(id, &mut changed);
        }
        if changed {
            f.normalize();
        }
        changed
    }

    pub fn doc(&self, id: &str) -> Option<usize> {
        self.docs.iter().position(|d| d.id == id)
    }

    /// Entities whose name or an alias starts with (or contains a word starting with) the folded
    /// `prefix`: those whose name starts with it first, then by mentions (most first).
    pub fn suggest(&self, prefix: &str, limit: usize) -> Vec<usize> {
        let p = fold(prefix.trim());
        let pk = fold_key(&p);
        if pk.is_empty() {
            return Vec::new();
        }
        fn range<'a>(v: &'a [(String, u32)], prefix: &'a str) -> impl Iterator<Item = u32> + 'a {
            let lo = v.partition_point(|(k, _)| k.as_str() < prefix);
            v[lo..].iter().take_while(move |(k, _)| k.starts_with(prefix)).map(|(_, e)| *e)
        }
        // a form that starts with the prefix (spaces and punctuation ignored)
        let mut strong: Vec<u32> = range(&self.suggest_keys, &pk).map(|e| self.ent_rank[e as usize]).collect();
        crate::util::sort_by_offsets(&mut strong, |&r| (r as usize, 0));
        strong.dedup();
        let mut out: Vec<usize> = strong.iter().take(limit).map(|&r| self.by_rank[r as usize] as usize).collect();
        if out.len() < limit {
            // a word that starts with it, or (several words) a form that contains it
            let first = p.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("");
            let several = p.contains(' ');
            let mut weak: Vec<u32> = range(&self.suggest_words, first)
                .filter(|&e| {
                    self.folded_forms[e as usize].iter().any(|(ff, _)| {
                        ff.split(|c: char| !c.is_alphanumeric()).any(|w| w.starts_with(&p))
                            || (several && ff.contains(&p))
                    })
                })
                .map(|e| self.ent_rank[e as usize])
                .filter(|r| strong.binary_search(r).is_err())
                .collect();
            crate::util::sort_by_offsets(&mut weak, |&r| (r as usize, 0));
            weak.dedup();
            out.extend(weak.iter().take(limit - out.len()).map(|&r| self.by_rank[r as usize] as usize));
        }
        out
    }

    /// Whether the name or an alias of entity `e`, folded, contains `needle` (already folded).
    pub fn name_contains(&self, e: usize, needle: &str) -> bool {
        self.folded_forms[e].iter().any(|(ff, _)| ff.contains(needle))
    }

    /// Byte ranges in document `d` where the folded query terms occur as a phrase, or, when the
    /// phrase does not occur, each term on its own.
    pub fn text_hits(&self, d: usize, q: &str) -> Vec<(usize, usize)> {
        self.hits(d, q, false)
    }

    /// The hits of [`Index::text_hits`] in the first paragraph that has any (a result's snippet):
    /// the rest of the document is not scanned.
    pub fn first_text_hits(&self, d: usize, q: &str) -> Vec<(usize, usize)> {
        self.hits(d, q, true)
    }

    fn hits(&self, d: usize, q: &str, first_only: bool) -> Vec<(usize, usize)> {
        let (qt, _) = self.query_words(q);
        if qt.is_empty() {
            return Vec::new();
        }
        let n = qt.len();
        // whether the phrase occurs in the document, from the postings (so that a scan that
        // stops early knows whether to look for the phrase or for the terms)
        let phrase = n == 1 || self.has_phrase(d, &self.forms(&qt), self.title_terms[d]);
        // the document's terms that are query terms: (position, start, end, which query terms)
        let doc = &self.docs[d];
        let mut found: Vec<(usize, usize, usize, u64)> = Vec::new();
        let mut out = Vec::new();
        // body positions start after the headline's (see `title_terms`)
        let mut pos = self.title_terms[d] as usize;
        let mut checked = 0; // found[..checked] were tried as phrase starts
        for p in &doc.paragraphs {
            for_each_term(doc.para_text(p), |t, s, e| {
                let mask = qt
                    .iter()
                    .enumerate()
                    .take(64)
                    .filter(|(k, x)| term_matches(x, t, *k + 1 == n))
                    .fold(0u64, |m, (k, _)| m | 1 << k);
                if mask != 0 {
                    found.push((pos, p.start + s, p.start + e, mask));
                }
                pos += 1;
            });
            if phrase {
                // phrase starts whose whole phrase has been seen (it may continue in the next paragraph)
                while checked < found.len() && (checked + n <= found.len() || found[checked].0 + n <= pos) {
                    let i = checked;
                    if i + n <= found.len()
                        && (0..n).all(|k| k < 64 && found[i + k].0 == found[i].0 + k && found[i + k].3 & 1 << k != 0)
                    {
                        out.push((found[i].1, found[i + n - 1].2));
                    }
                    checked += 1;
                }
            } else {
                out.extend(found.drain(..).map(|f| (f.1, f.2)));
            }
            if first_only && !out.is_empty() {
                break;
            }
        }
        out
    }

    /// Per query word, the indexed words it matches: itself, and for the last word (when long
    /// enough) every word that starts with it. An empty list: the word occurs nowhere.
    fn forms<'a>(&'a self, qt: &'a [String]) -> Vec<Vec<&'a str>> {
        qt.iter()
            .enumerate()
            .map(|(k, t)| {
                if is_prefix_word(t, k + 1 == qt.len()) {
                    let lo = self.term_list.partition_point(|x| x.as_str() < t.as_str());
                    self.term_list[lo..].iter().take_while(|x| x.starts_with(t.as_str())).map(String::as_str).collect()
                } else if self.terms.contains_key(t) {
                    vec![t.as_str()]
                } else {
                    Vec::new()
                }
            })
            .collect()
    }

    /// BM25 scores of documents for a free-text query (dense, per document); phrase matches get
    /// a bonus. Returns the matching documents (every term occurs), the scores and the query
    /// terms that occur nowhere.
    fn search(&self, qt: &[String]) -> (Vec<u32>, Vec<f64>, Vec<String>) {
        let n = self.docs.len() as f64;
        let (k1, b) = (1.2, 0.75);
        let mut dense = vec![0f64; self.docs.len()];
        let mut hits = vec![0u32; self.docs.len()];
        let mut missing = Vec::new();
        let forms = self.forms(qt);
        // per query word: its score in each document is that of its best form (a longer word
        // than the one typed counts 0.7); the documents it occurs in
        let mut term_score = vec![0f64; self.docs.len()];
        let mut docs_of_term: Vec<Vec<usize>> = Vec::with_capacity(qt.len());
        for (t, fs) in qt.iter().zip(&forms) {
            if fs.is_empty() {
                missing.push(t.clone());
                continue;
            }
            let mut touched = Vec::new();
            for f in fs {
                let post = &self.terms[*f];
                let weight = if *f == t.as_str() { 1.0 } else { 0.7 };
                let df = post.len() as f64;
                let idf = ((n - df + 0.5) / (df + 0.5) + 1.0).ln();
                for (d, ps) in post {
                    let tf = ps.len() as f64;
                    let len = self.doc_len[*d] as f64;
                    let s = weight * idf * tf * (k1 + 1.0) / (tf + k1 * (1.0 - b + b * len / self.avg_len.max(1.0)));
                    if term_score[*d] == 0.0 {
                        touched.push(*d);
                    }
                    term_score[*d] = term_score[*d].max(s);
                }
            }
            for &d in &touched {
                dense[d] += term_score[d];
                hits[d] += 1;
                term_score[d] = 0.0;
            }
            docs_of_term.push(touched);
        }
        if !missing.is_empty() || qt.is_empty() {
            return (Vec::new(), dense, missing);
        }
        // every word must occur (AND): walk the shortest list
        let n_terms = qt.len() as u32;
        let shortest = docs_of_term.iter().min_by_key(|v| v.len()).expect("at least one word");
        // in document order: a scan of the counts when the candidates are many (no sort), else
        // the candidates sorted
        let matched: Vec<u32> = if shortest.len() * 4 > hits.len() {
            (0..hits.len()).filter(|&d| hits[d] == n_terms).map(|d| d as u32).collect()
        } else {
            let mut m: Vec<u32> = shortest.iter().filter(|&&d| hits[d] == n_terms).map(|&d| d as u32).collect();
            crate::util::sort_by_offsets(&mut m, |&d| (d as usize, 0));
            m
        };
        // a phrase occurrence doubles the score
        if qt.len() > 1 {
            for &d in &matched {
                if self.has_phrase(d as usize, &forms, 0) {
                    dense[d as usize] *= 2.0;
                }
            }
        }
        (matched, dense, missing)
    }

    /// Whether the query words (each by its forms) occur consecutively in `d`, from position
    /// `from` on (0: anywhere; the headline's length: in the body).
    fn has_phrase(&self, d: usize, forms: &[Vec<&str>], from: u32) -> bool {
        // positions in `d` of each word: the union over its forms
        let mut positions: Vec<Vec<u32>> = Vec::with_capacity(forms.len());
        for fs in forms {
            let mut ps: Vec<u32> = Vec::new();
            for f in fs {
                let post = &self.terms[*f];
                if let Ok(i) = post.binary_search_by_key(&d, |(x, _)| *x) {
                    ps.extend(&post[i].1);
                }
            }
            if ps.is_empty() {
                return false;
            }
            crate::util::sort_by_offsets(&mut ps, |&p| (p as usize, 0));
            positions.push(ps);
        }
        positions[0]
            .iter()
            .filter(|&&p0| p0 >= from)
            .any(|&p0| positions[1..].iter().enumerate().all(|(k, ps)| ps.binary_search(&(p0 + k as u32 + 1)).is_ok()))
    }

    /// Applies every narrowing part of the filter (q, e, from/to, src); the result is ranked by
    /// text score when there is a query, otherwise newest first.
    pub fn evaluate(&self, f: &Filter) -> Results {
        let r = self.select(f);
        Results { facets: self.facets(&r.docs), ..r }
    }

    /// The folded words of a query, and its last word apart when it is an unfinished one
    /// ([`Results::unfinished`]).
    fn query_words(&self, q: &str) -> (Vec<String>, Option<String>) {
        let mut qt: Vec<String> = terms_of(q).into_iter().map(|t| t.0).collect();
        let unfinished = match qt.last() {
            Some(w) if w.chars().count() < PREFIX_MIN && !self.terms.contains_key(w) => qt.pop(),
            _ => None,
        };
        (qt, unfinished)
    }

    /// The number of documents the filter matches (no facets: for "relax the filter" offers).
    pub fn count(&self, f: &Filter) -> usize {
        self.select(f).docs.len()
    }

    /// The matching documents, ranked, with the query terms that occur nowhere, the unfinished
    /// last word and the entities not in the corpus (no facets yet).
    fn select(&self, f: &Filter) -> Results {
        let mut unknown_entities = Vec::new();
        let mut required = Vec::new();
        for id in &f.e {
            match self.entity(id) {
                Some(i) => required.push(i),
                None => unknown_entities.push(id.clone()),
            }
        }
        let (qt, unfinished) = self.query_words(&f.q);
        let query = !qt.is_empty();
        let (matched, scores, missing_terms) =
            if query { self.search(&qt) } else { (Vec::new(), Vec::new(), Vec::new()) };
        if !unknown_entities.is_empty() {
            return Results { docs: Vec::new(), facets: Vec::new(), missing_terms, unknown_entities, unfinished };
        }
        // candidates: the shortest of the narrowing lists, as a mask over the documents
        let n = self.docs.len();
        let mut mask = vec![false; n];
        sort_by(&mut required, &|&a, &b| self.entity_docs[a].len().cmp(&self.entity_docs[b].len()));
        match (required.first(), query) {
            (Some(&e), _) => {
                for &d in &self.entity_docs[e] {
                    mask[d] = true;
                }
                if query {
                    let mut in_text = vec![false; n];
                    for &d in &matched {
                        in_text[d as usize] = true;
                    }
                    mask.iter_mut().zip(in_text).for_each(|(m, t)| *m &= t);
                }
            }
            (None, true) => matched.iter().for_each(|&d| mask[d as usize] = true),
            (None, false) => mask.iter_mut().for_each(|m| *m = true),
        }
        let from = f.from.as_deref().map(date_lower);
        let to = f.to.as_deref().map(date_upper);
        let keep =
            |d: usize| {
                if !mask[d] {
                    return false;
                }
                if required.iter().skip(1).any(|&e| self.entity_docs[e].binary_search(&d).is_err()) {
                    return false;
                }
                let doc = &self.docs[d];
                if from.is_some() || to.is_some() {
                    let Some(date) = &doc.date else { return false };
                    if from.as_ref().is_some_and(|fr| date.as_str() < fr.as_str())
                        || to.as_ref().is_some_and(|t| date.as_str() > t.as_str())
                    {
                        return false;
                    }
                }
                if let Some(src) = &f.src {
                    if !doc.source.as_deref().is_some_and(|s| {
                        s.eq_ignore_ascii_case(src) || s.split('/').any(|p| p.eq_ignore_ascii_case(src))
                    }) {
                        return false;
                    }
                }
                true
            };
        let docs: Vec<(usize, f64)> = if query {
            let mut v: Vec<(usize, f64)> =
                matched.iter().map(|&d| d as usize).filter(|&d| keep(d)).map(|d| (d, scores[d])).collect();
            // best score first, equal scores in document order (`v` is in document order and the
            // sort is stable): a score's bits order non-negative floats, split in two halves so
            // that the key fits a 32-bit usize (WASM)
            crate::util::sort_by_offsets(&mut v, |&(_, s)| crate::util::u64_key(u64::MAX - s.max(0.0).to_bits()));
            v
        } else {
            self.by_date.iter().map(|&d| d as usize).filter(|&d| keep(d)).map(|d| (d, 0.0)).collect()
        };
        Results { docs, facets: Vec::new(), missing_terms, unknown_entities, unfinished }
    }

    /// Per type: entities of the given documents with the number of those documents, most
    /// first (then most mentioned, then first seen); at most [`FACET_MAX`] per type.
    fn facets(&self, docs: &[(usize, f64)]) -> Vec<(EType, Vec<(usize, usize)>)> {
        let ents = |d: usize| &self.doc_ent[self.doc_ent_at[d] as usize..self.doc_ent_at[d + 1] as usize];
        // dense counts, one increment per (document, entity); when the result holds most of the
        // corpus, the corpus-wide counts minus those of the documents left out
        let n = self.docs.len();
        let counts: Vec<u32> = if docs.len() * 2 > n {
            let mut counts = self.all_counts.clone();
            let mut inside = vec![false; n];
            for &(d, _) in docs {
                inside[d] = true;
            }
            for (d, _) in inside.iter().enumerate().filter(|(_, i)| !**i) {
                for &e in ents(d) {
                    counts[e as usize] -= 1;
                }
            }
            counts
        } else {
            let mut counts = vec![0u32; self.all_counts.len()];
            for &(d, _) in docs {
                for &e in ents(d) {
                    counts[e as usize] += 1;
                }
            }
            counts
        };
        // one sortable key per entity: more documents first, then its rank by mentions
        let mut by_type: Vec<Vec<u64>> = vec![Vec::new(); EType::ALL.len()];
        for (e, &c) in counts.iter().enumerate() {
            if c > 0 {
                by_type[self.ent_ty[e] as usize].push(((u32::MAX - c) as u64) << 32 | self.ent_rank[e] as u64);
            }
        }
        EType::ALL
            .iter()
            .zip(by_type)
            .map(|(&ty, mut v)| {
                if v.len() > FACET_MAX {
                    v.select_nth_unstable(FACET_MAX);
                    v.truncate(FACET_MAX);
                }
                // (two 32-bit halves: one compiled sort for the app, see `util`)
                crate::util::sort_by_offsets(&mut v, |&k| crate::util::u64_key(k));
                let items = v
                    .into_iter()
                    .map(|k| {
                        (self.by_rank[(k & 0xffff_ffff) as usize] as usize, (u32::MAX - (k >> 32) as u32) as usize)
                    })
                    .collect();
                (ty, items)
            })
            .collect()
    }

    /// Entities co-occurring with `e`: (entity, shared documents, shared sentences), strongest
    /// first. Work is bounded by the mentions in `e`'s own documents.
    pub fn cooccurring(&self, e: usize, limit: usize) -> Vec<(usize, usize, usize)> {
        // shared documents and shared sentences, by entity: counts in a table of every entity
        // (no map: one compiled copy fewer of its code), the entities met listed as they come
        let mut counts: Vec<(u32, u32)> = vec![(0, 0); self.x.entities.len()];
        let mut met: Vec<usize> = Vec::new();
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for group in self.mentions[e].chunk_by(|a, b| a.doc == b.doc) {
            let d = group[0].doc;
            for &(o, _) in &self.doc_entities[d] {
                if o != e {
                    if counts[o].0 == 0 {
                        met.push(o);
                    }
                    counts[o].0 += 1;
                }
            }
            // sentences of `e` in this document (in order), then the others mentioned in them
            let mine: Vec<usize> = group.iter().map(|m| m.sentence).collect();
            let sents = &self.sentences[d];
            pairs.clear();
            for m in &self.x.mentions[d] {
                if m.entity == e {
                    continue;
                }
                let s = sents.partition_point(|&(_, end)| end <= m.start).min(sents.len().saturating_sub(1));
                if mine.binary_search(&s).is_ok() {
                    pairs.push((m.entity, s));
                }
            }
            crate::util::sort_by_offsets(&mut pairs, |p| *p);
            pairs.dedup();
            for &(o, _) in &pairs {
                counts[o].1 += 1;
            }
        }
        let mut v: Vec<(usize, usize, usize)> =
            met.into_iter().map(|o| (o, counts[o].0 as usize, counts[o].1 as usize)).collect();
        sort_by(&mut v, &|a, b| (b.2, b.1).cmp(&(a.2, a.1)).then(a.0.cmp(&b.0)));
        v.truncate(limit);
        v
    }

    /// Keyword in context: every sentence mentioning `e`, grouped by document (document order),
    /// each with the mention ranges inside it.
    pub fn kwic(&self, e: usize) -> Vec<KwicDoc> {
        let mut out: Vec<KwicDoc> = Vec::new();
        for m in &self.mentions[e] {
            if out.last().is_none_or(|(d, _)| *d != m.doc) {
                out.push((m.doc, Vec::new()));
            }
            let group = &mut out.last_mut().expect("pushed").1;
            match group.last_mut() {
                Some((s, ranges)) if *s == m.sentence => ranges.push((m.start, m.end)),
                _ => group.push((m.sentence, vec![(m.start, m.end)])),
            }
        }
        out
    }
}

/// The distinct pairs of `v` in order, each with how many times it occurs (`v` is sorted here).
fn runs(mut v: Vec<(usize, usize)>) -> Vec<((usize, usize), usize)> {
    crate::util::sort_by_offsets(&mut v, |p| *p);
    let mut out: Vec<((usize, usize), usize)> = Vec::new();
    for p in v {
        match out.last_mut() {
            Some((q, n)) if *q == p => *n += 1,
            _ => out.push((p, 1)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract_corpus;

    fn index() -> Index {
        let docs = vec![
            Document::from_text("a.txt", " date 2025-06-01 HÀ NỘI — Prime Minister Phạm Minh Chính met Lao Prime Minister Sonexay Siphandone in Hà Nội. Trade reached US$2 billion."),
            Document::from_text("b.txt", " date 2024-03-05 Pham Minh Chinh visited Vientiane. Chinh spoke about the Mekong.\n\nThe weather was fine."),
            Document::from_text("c.txt", " date 2023-01-01 Sonexay Siphandone opened a bridge in Vientiane. VNA/VNS"),
        ];
        let x = extract_corpus(&docs);
        Index::build(docs, x)
    }

    #[test]
    fn diacritic_insensitive_search() {
        let ix = index();
        let r = ix.evaluate(&Filter { q: "chinh".into(), ..Filter::default() });
        let ids: Vec<&str> = r.docs.iter().map(|(d, _)| ix.docs[*d].id.as_str()).collect();
        assert_eq!(ids.len(), 2);
        assert!(ids.contains(&"a") && ids.contains(&"b"));
        let r = ix.evaluate(&Filter { q: "ha noi".into(), ..Filter::default() });
        assert_eq!(r.docs.len(), 1);
        assert_eq!(ix.text_hits(r.docs[0].0, "ha noi").len(), 2);
        // the last word, three letters or more, also matches longer words (results follow the typing)
        let r = ix.evaluate(&Filter { q: "chin".into(), ..Filter::default() });
        assert_eq!(r.docs.len(), 2, "chin → Chính");
        assert_eq!(ix.text_hits(r.docs[0].0, "chin").len(), ix.text_hits(r.docs[0].0, "chinh").len());
        // a last word under three letters that is no whole word is still being typed: it is set
        // apart, and the rest of the filter applies ("ch" on the way to "chinh")
        let r = ix.evaluate(&Filter { q: "ch".into(), ..Filter::default() });
        assert_eq!((r.docs.len(), r.unfinished.as_deref()), (3, Some("ch")));
        assert!(r.missing_terms.is_empty());
        let r = ix.evaluate(&Filter { q: "vientiane c".into(), ..Filter::default() });
        assert_eq!((r.docs.len(), r.unfinished.as_deref()), (2, Some("c")));
        assert_eq!(ix.text_hits(r.docs[0].0, "vientiane c"), ix.text_hits(r.docs[0].0, "vientiane"));
        // a short whole word is searched ("in"), and a short word before the last is a word
        let r = ix.evaluate(&Filter { q: "in".into(), ..Filter::default() });
        assert_eq!((r.docs.len(), r.unfinished.as_deref()), (2, None));
        let r = ix.evaluate(&Filter { q: "ch chinh".into(), ..Filter::default() });
        assert!(r.docs.is_empty() && r.unfinished.is_none());
        assert_eq!(r.missing_terms, vec!["ch".to_string()]);
        let r = ix.evaluate(&Filter { q: "chin visited".into(), ..Filter::default() });
        assert!(r.docs.is_empty(), "only the last word is a prefix");
        let r = ix.evaluate(&Filter { q: "zzzz chinh".into(), ..Filter::default() });
        assert!(r.docs.is_empty());
        assert_eq!(r.missing_terms, vec!["zzzz".to_string()]);
    }

    #[test]
    fn headline_words_are_searchable_and_hits_stay_in_place() {
        let docs = vec![
            Document::from_text(
                "h.txt",
                "date 2024-10-22 Telecom Tightens Grip On Mobile Market\n\nVIENTIANE — The operator earned more \
                 revenue this year, officials said in the capital on Monday. Market share grew again.",
            ),
            Document::from_text(
                "o.txt",
                "date 2024-10-23 VIENTIANE — Officials said the weather in the capital was fine on Monday.",
            ),
        ];
        let x = extract_corpus(&docs);
        let ix = Index::build(docs, x);
        assert!(!ix.docs[0].title_derived, "{}", ix.docs[0].title);
        // "tightens" is only in the headline
        let r = ix.evaluate(&Filter { q: "tightens grip".into(), ..Filter::default() });
        assert_eq!(r.docs.iter().map(|(d, _)| *d).collect::<Vec<_>>(), [0]);
        // body hits still land on the body's words, and phrases still match there
        let hits = ix.text_hits(0, "market share");
        assert_eq!(hits.len(), 1);
        assert_eq!(&ix.docs[0].raw[hits[0].0..hits[0].1], "Market share");
        // no phrase runs from the headline into the body ("… Market" + "VIENTIANE")
        assert!(ix.evaluate(&Filter { q: "market vientiane".into(), ..Filter::default() }).docs.iter().all(
            |(d, _)| { ix.text_hits(*d, "market vientiane").iter().all(|(a, b)| ix.docs[*d].raw[*a..*b].len() < 30) }
        ));
    }

    #[test]
    fn entity_filters_and_facets() {
        let ix = index();
        let chinh = ix.entity("person:pham-minh-chinh").expect("chinh");
        let sonexay = ix.entity("person:sonexay-siphandone").expect("sonexay");
        assert_eq!(ix.entity_docs[chinh], vec![0, 1]);
        let r = ix.evaluate(&Filter {
            e: vec!["person:pham-minh-chinh".into(), "person:sonexay-siphandone".into()],
            ..Filter::default()
        });
        assert_eq!(r.docs.len(), 1);
        let people = &r.facets[0].1;
        assert!(people.iter().any(|(e, c)| *e == sonexay && *c == 1));
        let r = ix.evaluate(&Filter { e: vec!["person:nobody".into()], ..Filter::default() });
        assert!(r.docs.is_empty());
        assert_eq!(r.unknown_entities, vec!["person:nobody".to_string()]);
    }

    #[test]
    fn older_ids_become_current() {
        let ix = index();
        // "person:chinh" is the id an alias ("Chinh") gives: an older link's spelling
        assert_eq!(ix.entity("person:chinh"), ix.entity("person:pham-minh-chinh"));
        let mut f = Filter {
            e: vec!["person:sonexay-siphandone".into(), "person:chinh".into(), "person:nobody".into()],
            ent: Some("person:chinh".into()),
            ..Filter::default()
        };
        f.normalize();
        assert!(ix.current_ids(&mut f));
        assert_eq!(f.e, ["person:nobody", "person:pham-minh-chinh", "person:sonexay-siphandone"]);
        assert_eq!(f.ent.as_deref(), Some("person:pham-minh-chinh"));
        // already current: nothing to do
        assert!(!ix.current_ids(&mut f));
        // an older id next to the current one of the same entity: one selection
        let mut g = Filter { e: vec!["person:chinh".into(), "person:pham-minh-chinh".into()], ..Filter::default() };
        assert!(ix.current_ids(&mut g));
        assert_eq!(g.e, ["person:pham-minh-chinh"]);
    }

    #[test]
    fn dates_sources_and_order() {
        let ix = index();
        let all = ix.evaluate(&Filter::default());
        let ids: Vec<&str> = all.docs.iter().map(|(d, _)| ix.docs[*d].id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "c"]);
        let r = ix.evaluate(&Filter { from: Some("2024".into()), to: Some("2024-12".into()), ..Filter::default() });
        assert_eq!(r.docs.len(), 1);
        let r = ix.evaluate(&Filter { src: Some("VNS".into()), ..Filter::default() });
        assert_eq!(r.docs.len(), 1);
    }

    #[test]
    fn kwic_and_cooccurrence() {
        let ix = index();
        let chinh = ix.entity("person:pham-minh-chinh").expect("chinh");
        let k = ix.kwic(chinh);
        assert_eq!(k.len(), 2);
        assert_eq!(k[1].1.len(), 2, "two sentences in b mention him");
        let co = ix.cooccurring(chinh, 10);
        let sonexay = ix.entity("person:sonexay-siphandone").unwrap();
        assert!(co.iter().any(|(o, d, s)| *o == sonexay && *d == 1 && *s == 1));
        assert!(ix.suggest("chin", 5).contains(&chinh));
        assert!(ix.suggest("Phạm", 5).contains(&chinh));
    }

    /// The facets and the order of the result agree with a naive recount from the public
    /// postings, on a synthetic corpus, for broad filters (counted by complement) and narrow ones.
    #[test]
    fn search_results_are_ranked_by_score_then_document() {
        let docs: Vec<Document> = crate::synth::corpus(300, 5).iter().map(|(f, t)| Document::from_text(f, t)).collect();
        let x = extract_corpus(&docs);
        let ix = Index::build(docs, x);
        for q in ["chi", "minister", "ha noi", "laos", "bank of", "trade"] {
            let r = ix.evaluate(&Filter { q: q.into(), ..Filter::default() });
            assert!(!r.docs.is_empty(), "{q}");
            let mut want = r.docs.clone();
            want.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            assert_eq!(r.docs, want, "{q}");
        }
    }

    #[test]
    fn evaluate_matches_a_naive_recount() {
        let docs: Vec<Document> = crate::synth::corpus(300, 3).iter().map(|(f, t)| Document::from_text(f, t)).collect();
        let x = extract_corpus(&docs);
        let ix = Index::build(docs, x);
        let all = ix.evaluate(&Filter::default());
        let mut filters = vec![Filter::default(), Filter { q: "minister".into(), ..Filter::default() }];
        for (_, items) in all.facets.iter().take(3) {
            for (e, _) in items.iter().take(4) {
                filters.push(Filter { e: vec![ix.x.entities[*e].id.clone()], ..Filter::default() });
            }
        }
        filters.push(Filter { e: filters[2].e.iter().chain(&filters[3].e).cloned().collect(), ..Filter::default() });
        filters.push(Filter { q: "prime minister".into(), e: filters[3].e.clone(), ..Filter::default() });
        filters.push(Filter { from: Some("2024".into()), ..Filter::default() });
        for (_, items) in all.facets.iter().take(3) {
            for &(e, _) in items.iter().take(3) {
                let mut want: Vec<(usize, usize, usize)> = Vec::new();
                let mine: std::collections::HashSet<(usize, usize)> =
                    ix.mentions[e].iter().map(|m| (m.doc, m.sentence)).collect();
                for o in (0..ix.x.entities.len()).filter(|&o| o != e) {
                    let docs = ix.entity_docs[o].iter().filter(|d| ix.entity_docs[e].contains(d)).count();
                    let sents: std::collections::HashSet<(usize, usize)> =
                        ix.mentions[o].iter().map(|m| (m.doc, m.sentence)).filter(|k| mine.contains(k)).collect();
                    if docs > 0 {
                        want.push((o, docs, sents.len()));
                    }
                }
                want.sort_by(|a, b| (b.2, b.1).cmp(&(a.2, a.1)).then(a.0.cmp(&b.0)));
                want.truncate(12);
                assert_eq!(ix.cooccurring(e, 12), want);
            }
        }
        // suggestions agree with a scan of every entity's forms
        for q in ["c", "ch", "chinh", "Phạm", "ha n", "viet", "lao p", "bank of", "asea", "zz", "minister of"] {
            let p = fold(q.trim());
            let pk = fold_key(&p);
            let mut want: Vec<(bool, usize)> = Vec::new();
            for (i, e) in ix.x.entities.iter().enumerate() {
                let mut best: Option<bool> = None;
                for f in std::iter::once(&e.name).chain(e.aliases.iter()) {
                    let ff = fold(f);
                    if fold_key(&ff).starts_with(&pk) {
                        best = Some(true);
                        break;
                    }
                    if ff.split(|c: char| !c.is_alphanumeric()).any(|w| w.starts_with(&p))
                        || (p.contains(' ') && ff.contains(&p))
                    {
                        best = Some(false);
                    }
                }
                if let Some(b) = best {
                    want.push((b, i));
                }
            }
            want.sort_by(|a, b| {
                b.0.cmp(&a.0).then(ix.mentions[b.1].len().cmp(&ix.mentions[a.1].len())).then(a.1.cmp(&b.1))
            });
            let want: Vec<usize> = want.into_iter().take(8).map(|(_, i)| i).collect();
            assert_eq!(ix.suggest(q, 8), want, "suggestions for {q:?}");
        }
        // search hits agree with a naive scan of every term
        for q in ["minister", "prime minister", "ha noi", "viet nam laos", "nothing-here", "prime min", "chin", "ha no"]
        {
            let qt: Vec<String> = terms_of(q).into_iter().map(|t| t.0).collect();
            for d in 0..ix.docs.len() {
                let doc = &ix.docs[d];
                let all: Vec<(String, usize, usize)> = doc
                    .paragraphs
                    .iter()
                    .flat_map(|p| terms_of(doc.para_text(p)).into_iter().map(|(t, s, e)| (t, p.start + s, p.start + e)))
                    .collect();
                let n = qt.len();
                let m = |k: usize, t: &str| term_matches(&qt[k], t, k + 1 == n);
                let mut want: Vec<(usize, usize)> = (0..all.len())
                    .filter(|&i| i + n <= all.len() && (0..n).all(|k| m(k, &all[i + k].0)))
                    .map(|i| (all[i].1, all[i + n - 1].2))
                    .collect();
                if want.is_empty() && n > 1 {
                    want = all.iter().filter(|t| (0..n).any(|k| m(k, &t.0))).map(|t| (t.1, t.2)).collect();
                }
                assert_eq!(ix.text_hits(d, q), want, "{q} in {}", doc.id);
                // the snippet's hits: those of the first paragraph with any
                let first: Vec<(usize, usize)> = match want.first() {
                    Some(&(s, _)) => {
                        let p = doc.paragraphs.iter().find(|p| p.start <= s && s < p.end).expect("in a paragraph");
                        want.iter().copied().filter(|&(a, _)| p.start <= a && a < p.end).collect()
                    }
                    None => Vec::new(),
                };
                assert_eq!(ix.first_text_hits(d, q), first, "first hits of {q} in {}", doc.id);
            }
        }
        for f in &filters {
            let r = ix.evaluate(f);
            // every matching document carries every required entity, newest first without a query
            for (d, _) in &r.docs {
                for id in &f.e {
                    assert!(ix.entity_docs[ix.entity(id).unwrap()].contains(d), "{f:?}");
                }
            }
            if f.q.is_empty() {
                let dates: Vec<Option<&String>> = r.docs.iter().map(|(d, _)| ix.docs[*d].date.as_ref()).collect();
                assert!(dates.windows(2).all(|w| w[0].is_some() >= w[1].is_some() && (w[1].is_none() || w[0] >= w[1])));
            }
            assert_eq!(ix.count(f), r.docs.len());
            // naive facets: count documents per entity, order by count, mentions, first seen
            let mut counts = vec![0usize; ix.x.entities.len()];
            for (d, _) in &r.docs {
                for (e, _) in &ix.doc_entities[*d] {
                    counts[*e] += 1;
                }
            }
            for (ty, items) in &r.facets {
                let mut want: Vec<(usize, usize)> = (0..counts.len())
                    .filter(|&e| counts[e] > 0 && ix.x.entities[e].ty == *ty)
                    .map(|e| (e, counts[e]))
                    .collect();
                want.sort_by(|a, b| {
                    b.1.cmp(&a.1).then(ix.mentions[b.0].len().cmp(&ix.mentions[a.0].len())).then(a.0.cmp(&b.0))
                });
                want.truncate(FACET_MAX);
                assert_eq!(items, &want, "{ty:?} facet of {f:?}");
            }
        }
    }
}
