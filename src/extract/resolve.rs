//! Resolution: which mentions are the same real-world entity.
//!
//! Within a document:
//! - people: "Phạm Minh Chính" = "Pham Minh Chinh" (folding); a lone word is a short form of
//!   the one full name it ends (Vietnamese names are referred to by their last syllable) or, for
//!   other names, contains; if two people could be meant, it stays unresolved and is dropped;
//! - organizations: a signature of the places it names (demonyms → countries, so "Lao
//!   Government" = "Government of Laos") and its content words; "Vietnam-Laos" = "Laos-Vietnam";
//!   a name whose signature is contained in exactly one fuller name with the same head-word is
//!   that name ("Intergovernmental Committee", "Lao Party", "Communist Party"); acronyms by
//!   definition "(CPV)", by the table of well-known organizations, or by initials;
//! - places: the gazetteer's canonical name ("Viet Nam" = "Việt Nam" = "Vietnam", "Lao PDR" =
//!   "Laos"), a generic "province" dropped.
//!
//! Across the corpus, entities with the same type and key are one; the canonical name is the
//! most frequent full form, with diacritics when any mention has them.

use super::knowledge::knowledge;
use super::names::place_key;
use super::{Cand, EType, Entity, Extraction, Mention};
use crate::corpus::Document;
use crate::text::{fold, fold_key, slug};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeSet;
use std::rc::Rc;

const ORG_STOP: &[&str] = &["of", "the", "for", "on", "and", "s", "de"];

/// Organization signature: the countries/places it names and its other words.
#[derive(Debug, Clone, PartialEq, Eq)]
struct OrgSig {
    places: BTreeSet<String>,
    words: BTreeSet<String>,
    head: String,
    /// `places|words`, each list `+`-joined: the identity of the signature.
    key: String,
    /// Named with an owner's possessive ("Thailand's Ministry of Public Health").
    owned: bool,
    /// For a name with a registered legal form ("… Energy Group JSC"; empty otherwise): its words
    /// in order, without the legal form. Such a name is a short form only of the same words after
    /// a qualifier ("Việt-Lào Port JSC" of "Vũng Áng Việt-Lào Port JSC"; "Truong Son Energy
    /// Group JSC" is not "Truong Son Wind Energy JSC").
    seq: Vec<String>,
    /// Its words in order (folded, without an acronym in parentheses or a legal form).
    all: Vec<String>,
    /// An organization of the well-known table (`data/orgs.tsv`).
    tabled: bool,
    /// Places named between the words of its name ("Truong Son Lao Assurance"): a company's
    /// branch in that country, not the company of the name without it.
    inner_places: BTreeSet<String>,
}

impl OrgSig {
    fn new(places: BTreeSet<String>, words: BTreeSet<String>, head: String) -> OrgSig {
        let mut key = String::new();
        for (i, p) in places.iter().enumerate() {
            key.push_str(if i == 0 { "" } else { "+" });
            key.push_str(p);
        }
        key.push('|');
        for (i, w) in words.iter().enumerate() {
            key.push_str(if i == 0 { "" } else { "+" });
            key.push_str(w);
        }
        OrgSig {
            places,
            words,
            head,
            key,
            owned: false,
            seq: Vec::new(),
            all: Vec::new(),
            tabled: false,
            inner_places: BTreeSet::new(),
        }
    }
    fn within(&self, other: &OrgSig) -> bool {
        // "the Ministry of Health" in a Lao article is not Thailand's Ministry of Public Health;
        // without only the owner it may be ("… Thailand's Ministry of Energy … the Ministry of
        // Energy")
        if other.owned && !self.owned && self.words != other.words {
            return false;
        }
        // a name continued by "of" and what it is about is another body: "Hue University" and
        // "Hue University of Medicine and Pharmacy" (not "National University of Laos")
        let n = self.all.len();
        let narrowed = n > 0
            && other.all.len() > n + 1
            && other.all[..n] == self.all[..]
            && other.all[n] == "of"
            // ("… Committee of the Development Triangle Area": its owner, the same body)
            && other.all[n + 1] != "the"
            && other.all[n + 1..].iter().any(|w| other.words.contains(w));
        !narrowed
            && other.inner_places.is_subset(&self.places)
            && self.head == other.head
            && self.places.is_subset(&other.places)
            && self.words.is_subset(&other.words)
            && self != other
    }
}

/// What resolution learns about a name, whatever document it is in: each distinct name is
/// analysed once per corpus (documents repeat their organizations, places and people).
#[derive(Default)]
pub(crate) struct Memo {
    /// place name → (key, gazetteer canonical name)
    places: HashMap<String, (String, Option<&'static str>)>,
    /// full organization name → its signature (None: no content words)
    orgs: HashMap<String, Option<Rc<OrgSig>>>,
    /// name → `org_sig(name)`
    /// (an `Option`, always `Some`: the same map type as `orgs`, one compiled copy of its code)
    sigs: HashMap<String, Option<Rc<OrgSig>>>,
    /// person name → its folded words
    words: HashMap<String, Rc<PersonWords>>,
    /// organization name → its initials
    initials: HashMap<String, String>,
}

/// A person's name as folded words, and those words space-joined (its key).
struct PersonWords {
    words: Vec<String>,
    key: String,
}

impl Memo {
    fn initials(&mut self, name: &str) -> String {
        cached(&mut self.initials, name, initials)
    }
    fn sig(&mut self, name: &str) -> Rc<OrgSig> {
        cached(&mut self.sigs, name, |n| Some(shared_sig(n))).unwrap_or_else(|| shared_sig(name))
    }
    fn words(&mut self, name: &str) -> Rc<PersonWords> {
        cached(&mut self.words, name, |n| {
            let words: Vec<String> = n.split_whitespace().map(fold_key).collect();
            Rc::new(PersonWords { key: words.join(" "), words })
        })
    }
}

fn shared_sig(name: &str) -> Rc<OrgSig> {
    Rc::new(org_sig(name))
}

/// `map[name]`, computed by `f` and remembered on first use.
fn cached<V: Clone>(map: &mut HashMap<String, V>, name: &str, f: impl FnOnce(&str) -> V) -> V {
    if let Some(v) = map.get(name) {
        return v.clone();
    }
    let v = f(name);
    map.insert(name.to_string(), v.clone());
    v
}

fn org_sig(name: &str) -> OrgSig {
    let k = knowledge();
    let mut places = BTreeSet::new();
    let mut words = BTreeSet::new();
    let mut head = String::new();
    // words of the name, without a parenthesised acronym
    let mut ws: Vec<String> = Vec::new();
    let mut in_paren = false;
    for w in name.split(|c: char| !(c.is_alphanumeric() || c == '(' || c == ')' || crate::text::is_mark(c))) {
        if w.starts_with('(') {
            in_paren = !w.ends_with(')');
            continue;
        }
        if in_paren {
            in_paren = !w.ends_with(')');
            continue;
        }
        let f = fold_key(w);
        if !f.is_empty() {
            ws.push(f);
        }
    }
    // a company's legal form says nothing of which company it is: "Hoang Anh Gia Lai Joint Stock
    // Company" is "Hoàng Anh Gia Lai" ("Viettel Group" is "Viettel")
    // (a registered form, not a generic word like "Group", marks a company's whole name)
    let mut legal = false;
    while ws.len() > 1 {
        let n = ws.len();
        let last = ws[n - 1].as_str();
        if matches!(last, "company" | "corporation" | "corp" | "group") || super::names::is_legal_form(last) {
            legal |= super::names::is_legal_form(last);
            ws.pop();
        } else if n > 2
            && matches!((ws[n - 2].as_str(), ws[n - 1].as_str()), ("joint", "stock") | ("state", "enterprise"))
        {
            // "… Joint Stock Company", "Lao Airlines State Enterprise"
            legal = true;
            ws.truncate(n - 2);
        } else {
            break;
        }
    }
    // the head: after the last possessive ("X Central Committee's Commission for …"; not the
    // lexicalised "People's", "Women's"), the last word before the first "of"/"on"/"for"/"in"
    // ("Vietnamese Embassy in Vientiane": an embassy, so "the Vietnamese Embassy" is its short form)
    let from = (1..ws.len())
        .rev()
        .find(|&i| {
            ws[i] == "s"
                && !matches!(ws[i - 1].as_str(), "people" | "peoples" | "women" | "workers" | "children" | "veterans")
        })
        .map_or(0, |i| i + 1);
    let cut = (from..ws.len()).find(|&i| matches!(ws[i].as_str(), "of" | "on" | "for" | "in")).unwrap_or(ws.len());
    if let Some(h) = ws[from..cut].iter().rev().find(|w| w.as_str() != "s") {
        head = h.clone();
    }
    let mut i = 0;
    let mut key = String::new();
    let mut owned = false;
    // places between words of the name before its "of" (not next to another place: "Việt
    // Nam–Laos Intergovernmental Committee", "Nguyễn Du Lao-Vietnamese Bilingual School"; not
    // after "of": "Division of the Royal Thai Police"): (start, end, place)
    let mut inside: Vec<(usize, usize, String)> = Vec::new();
    // every place's words (the type of `inside`, its string unused: one compiled copy of the
    // vector's code)
    let mut spans: Vec<(usize, usize, String)> = Vec::new();
    let inner = |i: usize, l: usize| i > 0 && i + l < cut && !ORG_STOP.contains(&ws[i - 1].as_str());
    while i < ws.len() {
        // longest place (up to 4 words) at i
        let mut matched = 0;
        for l in (1..=4.min(ws.len() - i)).rev() {
            key.clear();
            ws[i..i + l].iter().for_each(|w| key.push_str(w));
            if let Some(p) = k.places.get(&key) {
                // "Embassy of Việt Nam in Laos" is not "Embassy of Laos in Việt Nam": a place
                // after "in" says where the body is, not whose it is
                let located = i > 0 && ws[i - 1] == "in";
                places.insert(if located { format!("in:{}", fold_key(&p.canonical)) } else { fold_key(&p.canonical) });
                spans.push((i, i + l, String::new()));
                if inner(i, l) {
                    inside.push((i, i + l, fold_key(&p.canonical)));
                }
                matched = l;
                break;
            }
            if l == 1 {
                // (an ethnic group's name maps to no country)
                if let Some(c) = k.demonyms.get(&key).filter(|c| !c.is_empty()) {
                    places.insert(fold_key(c));
                    spans.push((i, i + 1, String::new()));
                    if inner(i, 1) {
                        inside.push((i, i + 1, fold_key(c)));
                    }
                    matched = 1;
                }
            }
        }
        if matched > 0 {
            // a leading place with a possessive owns the organization
            let plural_owner = name.split_whitespace().next().is_some_and(|w| w.ends_with(['\'', '’']));
            owned |= i == 0 && (ws.get(matched).is_some_and(|w| w == "s") || (matched == 1 && plural_owner));
            i += matched;
            continue;
        }
        let w = &ws[i];
        if !ORG_STOP.contains(&w.as_str()) {
            words.insert(w.clone());
        }
        i += 1;
    }
    let seq = if legal { ws.clone() } else { Vec::new() };
    let tabled = k.orgs.contains_key(&fold_key(&strip_paren(name)));
    let mut inner_places = BTreeSet::new();
    for (a, b, p) in inside {
        if !spans.iter().any(|s| s.1 == a || s.0 == b) {
            inner_places.insert(p);
        }
    }
    OrgSig { owned, seq, all: ws, tabled, inner_places, ..OrgSig::new(places, words, head) }
}

/// Sets `key` (identity within the document) of every name candidate, resolves short forms,
/// and drops what cannot be resolved.
pub(crate) fn within_doc<'a>(text: &'a str, names: &mut Vec<Cand<'a>>, acronyms: &[(String, String)], memo: &mut Memo) {
    let k = knowledge();
    // ---- places
    for c in names.iter_mut().filter(|c| c.ty == EType::Place) {
        let (key, canonical) = cached(&mut memo.places, &c.name, place_key);
        c.key = key;
        if let Some(cn) = canonical {
            c.value = None;
            c.currency = None;
            c.name = std::borrow::Cow::Borrowed(cn);
        }
    }
    // ---- organizations: a short name the text gives in parentheses ("… Bank of India (EXIM
    // Bank)") is a short form, like an acronym
    // (a set of them: many organizations and many definitions stay linear)
    let given_short: HashSet<&str> = acronyms.iter().map(|(a, _)| a.as_str()).filter(|a| a.contains(' ')).collect();
    // each short form's first definition, looked up per name (a scan per name was quadratic
    // on text that defines thousands)
    // (values in an `Option`: the map type of `target_of` below, one compiled copy of its code)
    let mut defined: HashMap<&str, Option<&str>> = HashMap::default();
    for (a, long) in acronyms {
        defined.entry(a.as_str()).or_insert(Some(long.as_str()));
    }
    for c in names.iter_mut().filter(|c| c.ty == EType::Org && !c.short) {
        c.short = given_short.contains(&*c.name);
    }
    // ---- organizations: signatures of full forms (table canonical names first), shared
    let mut sigs: Vec<Option<Rc<OrgSig>>> = vec![None; names.len()];
    for (i, c) in names.iter().enumerate().filter(|(_, c)| c.ty == EType::Org && !c.short) {
        // an acronym the text defines names what the text says, whatever the table knows by it
        // ("Vietnam Football Federation (VFF)" … "VFF General Secretary")
        let name = defined.get(&*c.name).copied().flatten().unwrap_or(&*c.name);
        sigs[i] = cached(&mut memo.orgs, name, |name| {
            let canonical = k.orgs.get(&fold_key(&strip_paren(name))).map(|o| o.canonical.as_str());
            cached(&mut memo.sigs, canonical.unwrap_or(name), |n| Some(shared_sig(n)))
                .filter(|sig| !sig.words.is_empty())
        });
    }
    // full forms by their initials ("NA" = "National Assembly"), each signature once
    // (needed only for acronyms)
    let mut by_initials: HashMap<String, Vec<Rc<OrgSig>>> = HashMap::default();
    let any_short = names.iter().any(|c| c.ty == EType::Org && c.short);
    for (sig, c) in sigs.iter().zip(names.iter()).filter(|_| any_short) {
        if let Some(sig) = sig {
            let v = by_initials.entry(memo.initials(&c.name)).or_default();
            if !v.contains(sig) {
                v.push(Rc::clone(sig));
            }
        }
    }
    // short orgs (acronyms): definition in the text, well-known table, or initials; each
    // distinct acronym once
    let mut short_sig: HashMap<&str, Option<Rc<OrgSig>>> = HashMap::default();
    for i in 0..names.len() {
        if names[i].ty != EType::Org || !names[i].short {
            continue;
        }
        let acr = &text[names[i].start..names[i].end];
        if let Some(sig) = short_sig.get(acr) {
            sigs[i] = sig.clone();
            continue;
        }
        let acr_key = fold_key(acr);
        let expansion = defined.get(acr).copied().flatten().map(str::to_string).or_else(|| {
            k.orgs.get(&acr_key).filter(|o| fold_key(&o.canonical) != acr_key).map(|o| o.canonical.clone())
        });
        let sig = match expansion {
            Some(long) => Some(memo.sig(k.orgs.get(&fold_key(&long)).map_or(long.as_str(), |o| o.canonical.as_str()))),
            None if k.orgs.contains_key(&acr_key) => {
                Some(Rc::new(OrgSig::new(BTreeSet::new(), [acr_key].into(), String::new())))
            }
            // initials of exactly one full org of the document
            None => match by_initials.get(&acr_key).map(Vec::as_slice) {
                Some([one]) => Some(Rc::clone(one)),
                _ => None,
            },
        };
        short_sig.insert(acr, sig.clone());
        sigs[i] = sig;
    }
    // merge contained signatures into the unique fuller one (targets: full forms only). The
    // comparison is between distinct signatures; past MAX_MERGE of them (only adversarial
    // text has that many organizations) only identical signatures are merged.
    const MAX_MERGE: usize = 1500;
    // distinct full signatures, in first-seen order
    let mut uniq: Vec<&OrgSig> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::default();
    for (sig, c) in sigs.iter().zip(names.iter()) {
        if let (Some(sig), false) = (sig.as_deref(), c.short) {
            if seen.insert(&sig.key) {
                uniq.push(sig);
            }
        }
    }
    // two names that each have an acronym (given in the text, or well known) are two
    // organizations even when one's words are within the other's ("Vinh University (VU)",
    // "Vinh Medical University (VMU)"); an acronym names one signature
    // A name the text introduces with its acronym in parentheses is a full name too, not a
    // short form of a longer name its words are not a run of ("Vietnam Television (VTV)" of
    // "Vietnam News Agency Television"; "Joint Development Bank (JDB)" of "Joint Stock
    // Commercial Bank for Investment and Development of Vietnam"). ("Ministry of Foreign Affairs
    // (MOFA)" stays a short form of "Lao Ministry of Foreign Affairs".)
    let written_with_acronym: HashSet<&str> = names
        .iter()
        .zip(&sigs)
        .filter(|(c, _)| !c.short && c.name.ends_with(')') && c.name.contains(" ("))
        .filter_map(|(_, s)| s.as_deref().map(|s| s.key.as_str()))
        .collect();
    let has_acronym = |s: &OrgSig| short_sig.values().any(|v| v.as_ref().is_some_and(|v| v.key == s.key));
    // where each signature is first named
    let mut first_at: HashMap<&str, usize> = HashMap::default();
    for (c, sig) in names.iter().zip(&sigs) {
        if let (Some(sig), false) = (sig.as_deref(), c.short) {
            first_at.entry(&sig.key).or_insert(c.start);
        }
    }
    let before = |s: &OrgSig, t: &OrgSig| first_at.get(s.key.as_str()) < first_at.get(t.key.as_str());
    // ("the National Assembly (NA)" of a Lao article, and later the "Vietnamese National
    // Assembly": a name introduced with its acronym before a longer one that adds a country is
    // the article's own)
    let introduced_apart = |s: &OrgSig, t: &OrgSig| {
        written_with_acronym.contains(s.key.as_str())
            && !s.all.is_empty()
            && (!t.all.windows(s.all.len()).any(|w| w == &s.all[..])
                || (s.places.is_empty() && !t.places.is_empty() && before(s, t)))
    };
    // key → the key it resolves to (None: ambiguous, left unresolved)
    let mut target_of: HashMap<&str, Option<&str>> = HashMap::default();
    if uniq.len() <= MAX_MERGE {
        let maximal: Vec<&OrgSig> = uniq.iter().copied().filter(|s| !uniq.iter().any(|o| s.within(o))).collect();
        for sig in uniq.iter().copied().chain(sigs.iter().filter_map(|s| s.as_deref())) {
            if target_of.contains_key(sig.key.as_str()) {
                continue;
            }
            // a company's registered name is a short form only of the same name with its place
            // ("Việt-Lào Port JSC" of "Vũng Áng Việt-Lào Port JSC")
            let mut targets =
                maximal.iter().filter(|m| sig.within(m) && (sig.seq.is_empty() || m.seq.ends_with(&sig.seq)));
            let target = match (targets.next(), targets.next()) {
                (None, _) => Some(sig.key.as_str()),
                (Some(t), None) if has_acronym(sig) && has_acronym(t) || introduced_apart(sig, t) => {
                    Some(sig.key.as_str())
                }
                // two of the well-known table are two ("Bank of the Lao PDR", "Lao Development
                // Bank")
                (Some(t), None) if sig.tabled && t.tabled => Some(sig.key.as_str()),
                // a well-known one is a short form only of a name that has its words in their
                // order ("Lao-Viet Bank" of "Lao-Viet Joint Venture Bank", not "Bank of the Lao
                // PDR")
                (Some(t), None) if sig.tabled && !t.tabled && !in_order(&sig.all, &t.all) => Some(sig.key.as_str()),
                (Some(t), None) => Some(t.key.as_str()),
                _ => None, // ambiguous short form: left unresolved
            };
            target_of.insert(&sig.key, target);
        }
    }
    for (c, sig) in names.iter_mut().zip(&sigs) {
        if let Some(sig) = sig {
            match target_of.get(sig.key.as_str()) {
                Some(Some(t)) => c.key = t.to_string(),
                Some(None) => {}
                None => c.key = sig.key.clone(),
            }
        }
    }
    // organizations named by one to three words besides their legal form ("Sengdao Group",
    // "Mega First Corporation Berhad"): those words alone are the organization ("Sengdao said",
    // "Mega First said"); two such with the same words: neither
    let mut orgs_by_core: HashMap<String, Option<&str>> = HashMap::default();
    for (c, sig) in names.iter().zip(&sigs) {
        if let Some(sig) = sig.as_deref().filter(|s| c.ty == EType::Org && !c.short && s.places.is_empty()) {
            let core = match sig.words.len() {
                1 => sig.words.first().cloned(),
                2 | 3 if sig.all.len() == sig.words.len() => Some(sig.all.join(" ")),
                _ => None,
            };
            if let Some(w) = core {
                let k = orgs_by_core.entry(w).or_insert(Some(&c.key));
                if *k != Some(c.key.as_str()) {
                    *k = None;
                }
            }
        }
    }
    let orgs_by_core: HashMap<String, String> =
        orgs_by_core.into_iter().filter_map(|(w, k)| Some((w, k?.to_string()))).collect();
    // ---- people: full names, indexed by last word (Vietnamese) and by every word (others)
    let mut full: HashSet<String> = HashSet::default();
    let mut by_last: HashMap<String, Vec<String>> = HashMap::default();
    let mut by_word: HashMap<String, Vec<String>> = HashMap::default();
    let mut seen_names: HashSet<&str> = HashSet::default();
    // a two-word name written in both orders is one person ("Fumio Kishida", "Kishida Fumio"):
    // both keys become the first one's
    let mut reversed: HashMap<String, String> = HashMap::default();
    {
        let mut two: HashSet<String> = HashSet::default();
        for c in names.iter().filter(|c| c.ty == EType::Person && !c.short) {
            let pw = memo.words(&c.name);
            if let [a, b] = pw.words.as_slice() {
                let back = format!("{b} {a}");
                if a != b && two.contains(&back) && !reversed.contains_key(&back) {
                    reversed.insert(pw.key.clone(), back);
                }
                two.insert(pw.key.clone());
            }
        }
    }
    for c in names.iter().filter(|c| c.ty == EType::Person && !c.short) {
        if !seen_names.insert(&*c.name) {
            continue; // the same spelling again
        }
        let pw = memo.words(&c.name);
        if reversed.contains_key(&pw.key) {
            continue; // indexed under the other order
        }
        let (toks, key) = (&pw.words, pw.key.clone());
        if !full.insert(key.clone()) {
            continue;
        }
        // (a hyphenated given name is Korean, family name first: "Kim Jae-won" is "Kim")
        let vn = toks.first().is_some_and(|t| k.surnames.contains(t)) && !c.name.contains('-');
        if vn {
            by_last.entry(toks.last().cloned().unwrap_or_default()).or_default().push(key);
        } else {
            let mut seen = HashSet::default();
            for t in toks.iter().filter(|t| seen.insert(t.as_str())) {
                by_word.entry(t.clone()).or_default().push(key.clone());
            }
        }
    }
    // a one-word "place" that is the last syllable of a person named here is that person ("Hue")
    for c in names.iter_mut().filter(|c| c.ty == EType::Place) {
        if by_last.is_empty() || text[c.start..c.end].contains(' ') {
            continue;
        }
        if by_last.contains_key(&fold_key(&text[c.start..c.end])) {
            c.ty = EType::Person;
            c.short = true;
            c.name = std::borrow::Cow::Borrowed(&text[c.start..c.end]);
        }
    }
    let place_names: HashSet<&str> = names.iter().filter(|c| c.ty == EType::Place).map(|c| &*c.name).collect();
    let place_keys: HashSet<String> = place_names.into_iter().map(fold_key).collect();
    for c in names.iter_mut().filter(|c| c.ty == EType::Person) {
        let pw = memo.words(&c.name);
        let (toks, key) = (&pw.words, &pw.key);
        // "Mai Anh" after "Le Thi Mai Anh": a Vietnamese given name of two syllables is a short form
        let given = toks.len() == 2
            && by_last.get(&toks[1]).is_some_and(|fs| {
                fs.iter()
                    .filter(|f| {
                        f.len() > key.len() + 1
                            && f.ends_with(key.as_str())
                            && f.as_bytes()[f.len() - key.len() - 1] == b' '
                    })
                    .count()
                    == 1
            });
        if given {
            if let Some(f) = by_last[&toks[1]].iter().find(|f| f.len() > key.len() + 1 && f.ends_with(key.as_str())) {
                c.key.clone_from(f);
                continue;
            }
        }
        if let Some(first) = reversed.get(key).filter(|_| !c.short) {
            c.key.clone_from(first);
            continue;
        }
        // "Mega First said" after "Mega First Corporation Berhad": an organization's name without
        // its legal form
        if toks.len() >= 2 {
            if let Some(org) = orgs_by_core.get(key) {
                c.ty = EType::Org;
                c.key.clone_from(org);
                continue;
            }
        }
        // "Ahmad Faizal" after "Ahmad Faizal Ismail": the first words of exactly one longer full
        // name (not a Vietnamese one, which is referred to by its last syllable; a few
        // candidates at most, so that a text of thousands of names stays linear)
        if !c.short && toks.len() >= 2 {
            let starts =
                |f: &&String| f.len() > key.len() + 1 && f.starts_with(key.as_str()) && f.as_bytes()[key.len()] == b' ';
            if let Some(fs) = by_word.get(&toks[0]).filter(|fs| fs.len() <= 8) {
                if let [one] = fs.iter().filter(starts).collect::<Vec<_>>().as_slice() {
                    c.key.clone_from(one);
                    continue;
                }
            }
        }
        if !c.short || (toks.len() > 1 && full.contains(key)) {
            c.key.clone_from(key);
            continue;
        }
        // a short form: the one full name it ends (Vietnamese) or contains (others)
        let mut hits: Vec<&String> = Vec::new();
        if let Some(last) = toks.last() {
            let ends = |f: &&String| {
                f.len() > key.len() && f.ends_with(key.as_str()) && f.as_bytes()[f.len() - key.len() - 1] == b' '
            };
            hits.extend(by_last.get(last).into_iter().flatten().filter(ends));
            hits.extend(
                by_word.get(last).into_iter().flatten().filter(|f| toks.iter().all(|t| f.split(' ').any(|w| w == t))),
            );
        }
        crate::util::sort_by(&mut hits, &|a, b| a.cmp(b));
        hits.dedup();
        if let (true, [word]) = (hits.is_empty(), toks.as_slice()) {
            if let Some(org) = orgs_by_core.get(word) {
                c.ty = EType::Org;
                c.key.clone_from(org);
                continue;
            }
        }
        c.key = match hits.as_slice() {
            [one] => (*one).clone(),
            [] if place_keys.contains(&toks.concat()) => String::new(),
            [] => format!("?{key}"), // unresolved here; maybe across the corpus
            _ => String::new(),      // ambiguous: left unresolved
        };
    }
    names.retain(|c| !c.key.is_empty());
}

/// "Association of Southeast Asian Nations (ASEAN)" → "Association of Southeast Asian Nations".
/// Whether the words of `short` (but "of", "the" …) appear in `long` in the same order.
fn in_order(short: &[String], long: &[String]) -> bool {
    let mut rest = long.iter();
    short.iter().filter(|w| !ORG_STOP.contains(&w.as_str())).all(|w| rest.any(|l| l == w))
}

fn strip_paren(name: &str) -> String {
    if !name.contains('(') {
        return name.to_string();
    }
    match (name.find(" ("), name.rfind(')')) {
        (Some(a), Some(b)) if b > a => format!("{}{}", &name[..a], &name[b + 1..]).trim().to_string(),
        _ => name.to_string(),
    }
}

fn initials(name: &str) -> String {
    let mut out = String::new();
    for w in name.split(|c: char| !c.is_alphanumeric()) {
        let Some(c) = w.chars().next().filter(|c| c.is_uppercase()) else { continue };
        if w.len() <= 7 && super::names::is_company_suffix(&w.to_ascii_lowercase()) {
            continue;
        }
        // the folded first letter ("Đ" → "d", "Æ" → "a")
        let before = out.len();
        crate::text::fold_key_into(c.encode_utf8(&mut [0; 4]), &mut out);
        let first = out[before..].chars().next().map_or(0, char::len_utf8);
        out.truncate(before + first);
    }
    out
}

/// Distinct strings in first-seen order, each with a count: a list while short (most
/// entities have one to three forms), indexed by a map once long.
#[derive(Default)]
struct Tally {
    items: Vec<(String, u32)>,
    index: Option<HashMap<String, usize>>,
}

impl Tally {
    const LINEAR: usize = 16;
    /// Counts `s`; true when it is new.
    fn add(&mut self, s: &str) -> bool {
        let at = match &self.index {
            Some(ix) => ix.get(s).copied(),
            None => self.items.iter().position(|(x, _)| x == s),
        };
        if let Some(i) = at {
            self.items[i].1 += 1;
            return false;
        }
        self.items.push((s.to_string(), 1));
        if let Some(ix) = &mut self.index {
            ix.insert(s.to_string(), self.items.len() - 1);
        } else if self.items.len() > Tally::LINEAR {
            self.index = Some(self.items.iter().enumerate().map(|(i, (x, _))| (x.clone(), i)).collect());
        }
        true
    }
}

/// Where a person's mention `text[start..end]` would start if it took back the words of its full
/// name `key` (folded, words spaced) that stand right before it, one space apart: "Xi" before
/// "Jinping" of "xi jinping". None when the text has no such words there.
fn full_name_before(text: &str, start: usize, end: usize, key: &str) -> Option<usize> {
    let before = text[..start].strip_suffix(' ')?;
    // (most mentions follow no capitalised word: asked first, before any folding)
    if !before.rsplit(char::is_whitespace).next()?.starts_with(char::is_uppercase) {
        return None;
    }
    let surface = fold(&text[start..end]);
    let prefix = key.strip_suffix(surface.as_str())?.strip_suffix(' ')?;
    let n = prefix.split(' ').count();
    let words: Vec<&str> = before.rsplitn(n + 1, char::is_whitespace).take(n).collect();
    let len = words.iter().map(|w| w.len()).sum::<usize>() + n.saturating_sub(1);
    let s = before.len().checked_sub(len)?;
    let written = &before[s..];
    (words.len() == n && written.starts_with(char::is_uppercase) && fold(written) == prefix).then_some(s)
}

/// Gives each (type, key) one corpus-wide entity; resolves the remaining short person forms
/// against the corpus' full names.
pub(crate) fn across(docs: &[Document], per_doc: Vec<Vec<Cand<'_>>>) -> Extraction {
    // full person names of the corpus, by last word, for short forms unresolved in their document
    // (each distinct name once: a corpus has many mentions of the same names, and many names
    // can share a last word: None for two or more)
    let mut persons: HashMap<&str, Option<&str>> = HashMap::default();
    let mut seen: HashSet<&str> = HashSet::default();
    for c in per_doc.iter().flatten().filter(|c| c.ty == EType::Person && !c.key.starts_with('?')) {
        if let (true, Some(last)) = (seen.insert(&c.key), c.key.split(' ').next_back()) {
            persons.entry(last).and_modify(|one| *one = None).or_insert(Some(&c.key));
        }
    }
    drop(seen);
    // a short form's resolution (None: dropped): the one full name of the corpus ending in it
    let resolved: Vec<Vec<Option<Option<String>>>> = per_doc
        .iter()
        .map(|cands| {
            cands
                .iter()
                .map(|c| {
                    let short = c.key.strip_prefix('?')?;
                    let last = short.split(' ').next_back().unwrap_or("");
                    Some(match persons.get(last) {
                        Some(Some(one)) if !short.contains(' ') => Some(one.to_string()),
                        // a lone word with nothing to resolve to: keep only if a title named it
                        _ if c.titled => Some(short.to_string()),
                        _ => None,
                    })
                })
                .collect()
        })
        .collect();
    drop(persons);
    // per type: key → entity
    let mut index: Vec<HashMap<String, usize>> = vec![HashMap::default(); EType::ALL.len()];
    let mut forms: Vec<Tally> = Vec::new();
    let mut aliases: Vec<Tally> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    let mut entities: Vec<Entity> = Vec::new();
    let mut mentions = Vec::with_capacity(per_doc.len());
    for (d, (cands, resolved)) in per_doc.into_iter().zip(resolved).enumerate() {
        let mut ms = Vec::with_capacity(cands.len());
        let mut reach = 0; // the end of the mentions so far
        for (mut c, r) in cands.into_iter().zip(resolved) {
            match r {
                Some(Some(key)) => c.key = key,
                Some(None) => continue,
                None => {}
            }
            // "Xi Jinping's visit …" opening a sentence was read "Jinping": a person's mention
            // takes back the first words of its full name that the text has right before it
            if c.ty == EType::Person && reach <= c.start {
                if let Some(s) = full_name_before(&docs[d].raw, c.start, c.end, &c.key).filter(|&s| s >= reach) {
                    c.start = s;
                }
            }
            reach = reach.max(c.end);
            let id = match index[c.ty as usize].get(c.key.as_str()) {
                Some(&id) => id,
                None => {
                    entities.push(Entity {
                        id: String::new(),
                        ty: c.ty,
                        name: String::new(),
                        aliases: Vec::new(),
                        value: c.value,
                        currency: c.currency.map(str::to_string),
                    });
                    forms.push(Tally::default());
                    aliases.push(Tally::default());
                    // (the key names a date's id; other ids come from the name)
                    keys.push(if c.ty == EType::Date { c.key.clone() } else { String::new() });
                    index[c.ty as usize].insert(std::mem::take(&mut c.key), entities.len() - 1);
                    entities.len() - 1
                }
            };
            let surface = &docs[d].raw[c.start..c.end];
            let form = if matches!(c.ty, EType::Money | EType::Percent | EType::Date) {
                std::borrow::Cow::Borrowed(&*c.name)
            } else {
                display_form(&c, surface)
            };
            // (an organization's short form names it only when nothing else does: "EXIM Bank"
            // is "Export-Import Bank of India")
            if !(c.short && c.ty == EType::Org) {
                forms[id].add(&form);
            }
            aliases[id].add(surface);
            ms.push(Mention { start: c.start, end: c.end, entity: id });
        }
        crate::util::sort_by_offsets(&mut ms, |m| (m.start, 0));
        mentions.push(ms);
    }
    // canonical names and ids
    let mut used: HashMap<String, usize> = HashMap::default();
    for (i, e) in entities.iter_mut().enumerate() {
        e.aliases = std::mem::take(&mut aliases[i].items).into_iter().map(|(s, _)| s).collect();
        let mut f = std::mem::take(&mut forms[i].items);
        if f.is_empty() {
            f = e.aliases.iter().map(|s| (s.clone(), 1)).collect();
        }
        e.name = if f.len() == 1 {
            f.pop().map(|(s, _)| s).unwrap_or_default() // one form (most entities): that form
        } else {
            // each form scored once: more words (people), multi-word (orgs), not in capitals (a
            // dateline's "MAE SOT"), more frequent, with diacritics, longer, then alphabetically first
            let words = |s: &str| match e.ty {
                EType::Person => s.split_whitespace().count(),
                EType::Org => (s.split_whitespace().count() > 1) as usize,
                _ => 0,
            };
            let scored: Vec<FormScore> = f
                .iter()
                .map(|(s, n)| (words(s), !shouting(s), *n, has_marks(s), s.len(), std::cmp::Reverse(s.as_str())))
                .collect();
            let best = scored.iter().max().map(|x| x.5 .0).unwrap_or_default();
            // prefer the spelling with diacritics among forms that fold alike
            let folded_best = fold(best);
            let marked = f
                .iter()
                .zip(&scored)
                .filter(|(_, sc)| sc.3)
                .filter(|((s, _), _)| fold(s) == folded_best)
                .max_by_key(|((_, n), sc)| (sc.1, *n))
                .map(|((s, _), _)| s.as_str());
            marked.unwrap_or(best).to_string()
        };
        // a well-known organization written in another case keeps the table's spelling
        // ("Asean" is ASEAN); only the case differs, so the id (folded) is the same
        if e.ty == EType::Org {
            if let Some(o) =
                knowledge().orgs.get(&fold_key(&e.name)).filter(|o| o.canonical.eq_ignore_ascii_case(&e.name))
            {
                e.name.clone_from(&o.canonical);
            }
        }
        let base = format!(
            "{}:{}",
            e.ty.as_str(),
            match e.ty {
                EType::Money | EType::Percent => slug(&keyed(&e.name, e.value, e.currency.as_deref(), e.ty)),
                // ISO: date:2025-12-03, date:2025-06, date:2021-2025
                EType::Date => slug(&keys[i]),
                _ => slug(&e.name),
            }
        );
        let n = used.entry(base.clone()).or_default();
        *n += 1;
        e.id = if *n == 1 { base } else { format!("{base}-{n}") };
    }
    Extraction { entities, mentions }
}

fn keyed(name: &str, value: Option<f64>, currency: Option<&str>, ty: EType) -> String {
    match (ty, value) {
        (EType::Money, Some(v)) => {
            format!("{}-{}", currency.unwrap_or("").to_ascii_lowercase(), fmt(v))
        }
        (EType::Percent, Some(v)) => fmt(v),
        _ => name.to_string(),
    }
}

fn fmt(v: f64) -> String {
    super::numbers::decimal_string(v, 4)
}

/// How a form ranks as an entity's name (see `across`): words, not in capitals, frequency,
/// diacritics, length, then the form itself (alphabetically first wins).
type FormScore<'a> = (usize, bool, u32, bool, usize, std::cmp::Reverse<&'a str>);

/// Written in capitals (two letters or more, none lower-case): "MAE SOT", "ASEAN".
fn shouting(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !s.chars().any(char::is_lowercase)
}

fn has_marks(s: &str) -> bool {
    !s.is_ascii() && fold(s) != crate::text::lower(s)
}

/// How a mention reads as a name: without a trailing generic cue, a possessive, or an acronym
/// in parentheses.
fn display_form<'a>(c: &'a Cand, surface: &'a str) -> std::borrow::Cow<'a, str> {
    if c.ty == EType::Place && !c.name.is_empty() && c.name != surface {
        return std::borrow::Cow::Borrowed(&c.name); // gazetteer canonical
    }
    // (not a name the gazetteer knows with its word: "Vientiane Province" is not Vientiane)
    if c.ty == EType::Place && !knowledge().places.contains_key(&fold_key(surface)) {
        return std::borrow::Cow::Borrowed(super::names::without_generic_cue(surface));
    }
    // an organization's name with its owner ("Thailand's Ministry of Energy", mentioned as
    // "Ministry of Energy" after the place)
    let surface: &str = if c.ty == EType::Org && c.name != surface { &c.name } else { surface };
    // (a char search first: most names have no parenthesis, and a string pattern costs a searcher)
    if let (true, Some(a), Some(b)) = (surface.as_bytes().contains(&b'('), surface.find(" ("), surface.find(')')) {
        if b > a {
            let mut s = surface.to_string();
            s.replace_range(a..=b, "");
            return std::borrow::Cow::Owned(s);
        }
    }
    std::borrow::Cow::Borrowed(surface)
}
