//! People, organizations and places from capitalised chunks.
//!
//! 1. **Chunk**: a maximal run of capitalised words, joined by connectors ("of", "for", "on",
//!    "and", "the"), possessives, hyphens/dashes between names, a parenthesised acronym, and
//!    "No. 3". A sentence-initial word counts only if the article also capitalises it
//!    mid-sentence or a table knows it ("Congratulating Laos" → "Laos").
//! 2. **Analyse** a chunk: titles ("Lao Prime Minister", "Deputy Prime Minister and Minister of
//!    Foreign Affairs") make the trailing name a person and their middle an affiliation;
//!    organization head-words ("Committee", "Ministry", "Party") make an org; gazetteers and
//!    cues ("… Port", "… province") make places; a Vietnamese family name starts a person;
//!    a lone word may be a short form of a person named elsewhere (resolved later).

use super::knowledge::{knowledge, Knowledge};
use super::tokens::{Kind, Tok};
use super::{Cand, EType};
use crate::corpus::month_number;
use crate::text::fold_key;
use rustc_hash::FxHashSet as HashSet;

/// Lower-case words that join the parts of a name ("Ministry of Foreign Affairs").
fn is_connector_word(k: &str) -> bool {
    matches!(
        k,
        "of" | "for"
            | "on"
            | "and"
            | "the"
            | "de"
            | "du"
            | "des"
            | "del"
            | "da"
            | "van"
            | "von"
            | "bin"
            | "binti"
            | "der"
            | "dos"
            | "das"
            | "al"
            | "pour"
            | "le"
            | "la"
    )
}

/// Lower-case particles inside a person's name: "Albert del Rosario", "Bendito dos Santos
/// Freitas", "Ursula von der Leyen", "Anwar bin Ibrahim".
fn is_name_particle(k: &str) -> bool {
    crate::util::listed(NAME_PARTICLES, k)
}

/// "Photo", "Photos": a caption's credit follows.
fn is_photo_word(k: &str) -> bool {
    matches!(k, "photo" | "photos")
}

// Word lists asked on rare branches, each one string (see `util::listed`).
const PAIR_NOUNS: &str = "ties|relations|relationship|summit|cooperation|partnership|trade|agreement|talks|dialogue|forum|friendship|fta|commemorative|joint|business|economic|strategic|comprehensive|free|foreign|ministers|leaders";
const RANK_WORDS: &str = "pol|col|lt|gen|maj|capt|sgt|brig|cpl|adm|assoc|prof";
const TO_TITLES: &str = "ambassador|envoy|consul|representative|delegate|ambassadors|monument|memorial";
const UNITS: &str = "mw|gw|kw|kv|mwh|gwh|kwh|km|ha|teu";
const SAYING: &str = "said|says|told|added|noted|stressed|emphasised|emphasized|affirmed|explained|urged|announced|stated|remarked|recalled|recalls|warned|insisted|admitted|argued|acknowledged|replied|wrote";
const ORG_APPOSITION: &str = "in|based|that|which|owned|of|with|from";
const APPOSITION_WORDS: &str = "of|at|in|with|for|from|on|to|which|that|said|is|was";
const ROAD_WORDS: &str = "route|road|highway|expressway|district|ward|region|committee";
const DOCUMENT_WORDS: &str = "law|decree|resolution|treaty|directive|ordinance|convention";
const LEXICAL_OWNERS: &str = "people|peoples|women|workers|children|veterans|farmers";
const PLACE_PREFIXES: &str = "wat|vat|mount|mt|phou|nam|xe|se";
const SETTLEMENT_WORDS: &str = "village|hamlet|commune|ward|town|district|province";
const NAME_PARTICLES: &str = "de|del|da|dos|das|van|von|der|bin|binti";
// a founder: "the company founded by NAME"
const CREDIT_VERBS: &str = "reporting|writing|editing|edited|written|reported|translated|photo|photos|founded";
const KIN_POSSESSIVES: &str = "my|his|her|their|our|your";
const ACRONYM_SKIPS: &str = "of|and|for|du|de|des";
const ADMIN_WORDS: &str = "province|district|city|commune|town|village";
const REGION_WORDS: &str = "asia|europe|africa|america|pacific";
const LEGAL_FORMS_AFTER_AMPERSAND: &str = "co|company|ltd|jsc|limited|corporation";
/// Relatives and colleagues named by one word ("his wife Thu"): `is_kin`.
const KIN: &str = "wife|husband|son|daughter|father|mother|brother|sister|uncle|aunt|cousin|nephew|niece|grandfather|grandmother|grandson|granddaughter|colleague|partner";
/// Words before "of"/"on" that open a body's or a title's name ("Ministry of …").
const OF_BODIES: &str = "ministry|ministries|minister|ministers|department|college|university|institute|centre|center|commission|committee|council";
/// Words that describe a power plant between its name and "plant".
const PLANT_WORDS: &str = "and|or|thermal|coal|fired|nuclear|gas|wind|solar|hydropower|hydroelectric|power";
/// Lower-case words glued by a hyphen that are no syllable of a name ("Vientiane-based").
const HYPHEN_TAILS: &str =
    "based|led|owned|run|born|made|built|style|like|type|class|level|wide|era|bound|free|only|rich|poor|up|out";

/// A relative, or a colleague, named by one word in the text ("his wife Thu").
fn is_kin(k: &str) -> bool {
    crate::util::listed(KIN, k)
}

/// Words that qualify a title rather than name an employer: "Former President", "Outgoing
/// Chairman".
fn is_title_modifier(k: &str) -> bool {
    crate::util::listed(TITLE_MODIFIERS, k)
}

const TITLE_MODIFIERS: &str = "former|outgoing|incoming|interim|acting|retired|late|then|new|newly|current|veteran|senior|junior|longtime|future|sitting|serving|honorary|founding|elected|appointed|incumbent|previous|next|first|second|third|last";

/// What a country's policy or scheme is called after its name ("India's Act East policy",
/// "Korea's Employment Permit System"): no person's name.
const NAMED_POLICIES: &str =
    "policy|strategy|initiative|doctrine|approach|vision|agenda|system|programme|program|scheme";

/// Words that open a storm's name ("Typhoon Yagi", "Tropical Storm Trami").
const STORMS: &str = "typhoon|storm|cyclone|hurricane";

/// Abbreviated ranks and academic titles ("Pol Maj Gen", "Assoc Prof").
fn is_rank_word(k: &str) -> bool {
    crate::util::listed(RANK_WORDS, k)
}

/// Head-words that name a body on their own, capitalised ("the Politburo", "Senate President"):
/// the country's is meant ("Congress" is not: the Party Congress is an event).
fn is_standalone_body(k: &str) -> bool {
    matches!(k, "politburo" | "senate" | "parliament" | "secretariat")
}

/// Words that, capitalised at a sentence start, are sentence case rather than a name.
fn is_function_word(k: &str) -> bool {
    matches!(
        k,
        "the"
            | "a"
            | "an"
            | "through"
            | "this"
            | "that"
            | "these"
            | "those"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "both"
            | "all"
            | "each"
            | "i"
            | "he"
            | "she"
            | "it"
            | "we"
            | "they"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "of"
            | "by"
            | "with"
            | "from"
            | "and"
            | "but"
            | "or"
            | "as"
            | "after"
            | "before"
            | "during"
            | "under"
            | "over"
            | "meanwhile"
            | "however"
            | "also"
            | "later"
            | "earlier"
            | "separately"
            | "previously"
            | "recently"
            | "currently"
            | "when"
            | "while"
            | "although"
            | "if"
            | "two"
            | "three"
            | "many"
    )
}

/// Titles that name an office at a country ("Ambassador to Việt Nam").
fn is_to_title(k: &str) -> bool {
    crate::util::listed(TO_TITLES, k)
}

/// A monument named for someone: "Monument to Heroes and Martyrs", "Mausoleum of President Hồ
/// Chí Minh" — a place, whatever its words.
fn is_monument(k: &str) -> bool {
    matches!(k, "monument" | "memorial" | "mausoleum")
}

/// Words that headline case capitalises and running text never does inside a sentence ("Keep Up
/// With Its Chip Ambitions"). Not "the", "a", "an" ("The Diplomat", "Long An").
fn is_headline_function_word(k: &str) -> bool {
    matches!(
        k,
        "with"
            | "up"
            | "its"
            | "to"
            | "and"
            | "of"
            | "for"
            | "in"
            | "on"
            | "at"
            | "from"
            | "by"
            | "as"
            | "is"
            | "are"
            | "will"
            | "over"
            | "after"
            | "into"
            | "amid"
            | "against"
            | "than"
            | "be"
            | "has"
            | "have"
    )
}

/// Per token: whether its sentence is written in headline case — two of those words capitalised
/// inside it, or one and no lower-case word of four letters or more ("Can Vietnam's Power Grid
/// Keep Up With Its Chip Ambitions?"; "Laos' Battery Ambitions Run Up Against the Mekong's
/// Limits"). There a capital says nothing: a word is a name's only when it is evident (see
/// [`Names::evident`]), as at a sentence's start. (Only words written without diacritics count:
/// "Tô" is a family name.)
fn headline_case(text: &str, t: &[Tok]) -> Vec<bool> {
    let mut flags = vec![false; t.len()];
    let mut s = 0;
    while s < t.len() {
        let e = (s + 1..t.len()).find(|&j| t[j].sent_start).unwrap_or(t.len());
        let (mut caps, mut lower) = (0, false);
        for x in t[s..e].iter().filter(|x| x.is_word()) {
            if x.cap {
                caps += (x.key.len() <= 7
                    && !x.upper
                    && !x.sent_start
                    && is_headline_function_word(x.key)
                    && text[x.start..x.end].is_ascii()) as usize;
            } else if !lower && (4..=7).contains(&x.key.len()) {
                lower = !is_headline_function_word(x.key);
            } else {
                lower |= x.key.len() > 7;
            }
        }
        if caps >= 2 || (caps == 1 && !lower) {
            flags[s..e].iter_mut().for_each(|f| *f = true);
        }
        s = e;
    }
    flags
}

/// A recognised name inside a chunk, before resolution.
pub struct Names<'a, 't> {
    text: &'a str,
    t: &'t [Tok<'t>],
    taken: &'t [bool],
    k: &'static Knowledge,
    /// Keys capitalised somewhere other than at a sentence start (or in headline case).
    midcap: HashSet<&'t str>,
    /// Per token: in a sentence written in headline case (see [`headline_case`]).
    headline: Vec<bool>,
    /// The paragraph being read is a byline.
    in_byline: bool,
    /// Text scans made by [`Names::not_alone`].
    scans: std::cell::Cell<u32>,
    pub out: Vec<Cand<'a>>,
    /// (acronym, expansion) pairs defined in the text: "Communist Party of Việt Nam (CPV)".
    pub acronyms: Vec<(String, String)>,
    /// Acronyms of places defined in the text ("(EWEC)"), with the name they stand for.
    place_acronyms: Vec<(&'a str, &'a str)>,
    /// Short names made of syllables of the name before them, defined in the text ("Vinacomin").
    portmanteaus: Vec<&'a str>,
    /// A reusable buffer for the keys of table lookups (no allocation per lookup).
    scratch: std::cell::Cell<String>,
    /// Per token, computed on first use: the gazetteer matches and titles starting there (the
    /// analysis of a chunk asks about the same tokens many times, with different ends).
    gaz: std::cell::RefCell<Vec<Option<Gaz>>>,
    titles: std::cell::RefCell<Vec<Option<u32>>>,
    /// End (token index) of the paragraph being read.
    para_end: usize,
}

/// The gazetteer matches starting at a token. Bit `L - 1` of a mask is set when a match spans
/// `L` tokens.
#[derive(Clone, Copy, Default)]
struct Gaz {
    place: u32,
    org: u32,
    demonym: bool,
}

/// The longest length (in tokens) of `mask` that is at most `limit`.
fn longest(mask: u32, limit: usize) -> usize {
    let m = if limit >= 32 { mask } else { mask & ((1u32 << limit) - 1) };
    32 - m.leading_zeros() as usize
}

#[derive(Clone, Copy, PartialEq)]
enum Seg {
    Place,
    Org,
    Demonym,
}

impl<'a, 't> Names<'a, 't> {
    pub fn new(text: &'a str, t: &'t [Tok<'t>], taken: &'t [bool]) -> Names<'a, 't> {
        let headline = headline_case(text, t);
        let mid = |(x, h): &(&Tok, &bool)| x.is_word() && x.cap && !x.sent_start && !**h;
        let mut midcap =
            HashSet::with_capacity_and_hasher(t.iter().zip(&headline).filter(mid).count(), Default::default());
        midcap.extend(t.iter().zip(&headline).filter(mid).map(|(x, _)| x.key));
        Names {
            text,
            t,
            taken,
            k: knowledge(),
            midcap,
            headline,
            in_byline: false,
            scans: Default::default(),
            out: Vec::with_capacity(t.len() / 8),
            acronyms: Vec::new(),
            place_acronyms: Vec::new(),
            portmanteaus: Vec::new(),
            scratch: Default::default(),
            gaz: std::cell::RefCell::new(vec![None; t.len()]),
            titles: std::cell::RefCell::new(vec![None; t.len()]),
            para_end: t.len(),
        }
    }

    fn s(&self, i: usize) -> &'a str {
        &self.text[self.t[i].start..self.t[i].end]
    }

    fn is_connector(&self, i: usize) -> bool {
        let t = &self.t[i];
        t.is_word() && !t.cap && is_connector_word(t.key)
    }

    /// A rank's abbreviation with its dot: "Pol. Col.", "Lt. Gen.", "Maj.".
    fn rank_abbreviation(&self, i: usize) -> bool {
        // (the dot first: this runs for every capitalised word)
        self.t.get(i + 1).is_some_and(|t| t.is_punct('.') && !t.space_before)
            && self.t[i].cap
            && is_rank_word(self.t[i].key)
    }

    /// A capitalised word that can be part of a name.
    fn name_word(&self, i: usize) -> bool {
        let t = &self.t[i];
        if !t.is_word() || self.taken[i] || !(t.cap || t.upper) || self.rank_abbreviation(i) {
            return false;
        }
        // (a byline is in title case by nature: "By NAME, Regional Correspondent In Hanoi")
        if self.headline[i] && self.headline_capital(i) {
            return false;
        }
        // (a month's three letters before a capitalised word are a given name: "Jan Erik Solberg";
        // so are they after a family name, before no number or dot: "Mr Wang Jun, 37")
        let given = |t: &Tok| {
            t.key.len() == 3
                && ((self.t.get(i + 1).is_some_and(|n| n.is_word() && n.cap && n.space_before)
                    && self.known(i + 1, i + 2).is_none())
                    || (i > 0
                        && self.t[i - 1].is_word()
                        && self.t[i - 1].cap
                        && !self.t[i - 1].sent_start
                        && t.space_before
                        && self.known(i - 1, i).is_none()
                        && self.t.get(i + 1).is_none_or(|n| n.kind != Kind::Num && !n.is_punct('.'))))
        };
        if t.key == "i" || (month_number(self.s(i)).is_some() && t.key.len() >= 3 && !t.upper && !given(t)) {
            return false;
        }
        !matches!(t.key, "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")
    }

    /// A capital in headline case that says nothing (see [`headline_case`]).
    #[cold]
    #[inline(never)]
    fn headline_capital(&self, i: usize) -> bool {
        !self.in_byline && !self.evident(i)
    }

    /// Whether a capitalised sentence-initial word is a name rather than sentence case.
    fn evident(&self, i: usize) -> bool {
        let t = &self.t[i];
        let key = t.key;
        if is_function_word(key) {
            return false;
        }
        t.upper
            // "Kasikornbank, Bangkok Bank and …": a bank's one-word name
            || (key.len() >= 6 && key.ends_with("bank"))
            || self.midcap.contains(key)
            || self.k.surnames.contains(key)
            || self.k.places.contains_key(key)
            || self.k.orgs.contains_key(key)
            || self.k.demonyms.contains_key(key)
            || self.k.title_words.contains(key)
    }

    /// A list of people's names with no title or role to say so: four or more items of two or
    /// three plain capitalised words, separated by commas, the last after "and" ("it comprises
    /// NAME, NAME, NAME, NAME and NAME"). The items become people, replacing what the chunks made
    /// of them; none is a name the tables know, and an item read as a place or an organization
    /// vetoes the list. Linear: one scan finds the lists (a scan that finds none resumes where it
    /// stopped), one pass over the paragraph's candidates (`since` on) checks and replaces.
    fn name_lists(&mut self, from: usize, to: usize, since: usize) {
        let mut lists: Vec<Vec<(usize, usize)>> = Vec::new();
        let mut items: Vec<(usize, usize)> = Vec::new();
        let mut i = from;
        while i < to {
            // (an item opens with a capitalised word: most tokens are passed at once)
            if !(self.t[i].is_word() && self.t[i].cap) {
                i += 1;
                continue;
            }
            items.clear();
            let mut j = i;
            let mut closed = false;
            loop {
                let s = j;
                while j < to && j - s < 4 && self.t[j].is_word() && self.t[j].cap && !self.t[j].upper {
                    j += 1;
                }
                if !(2..=3).contains(&(j - s)) {
                    break;
                }
                items.push((s, j));
                if closed || j >= to {
                    break;
                }
                if self.t[j].is_punct(',') {
                    j += 1;
                    if j < to && self.t[j].key == "and" && !self.t[j].cap {
                        j += 1;
                        closed = true;
                    }
                } else if self.t[j].key == "and" && !self.t[j].cap {
                    j += 1;
                    closed = true;
                } else {
                    break;
                }
            }
            let ends = items.last().is_some_and(|&(_, e)| e >= to || !(self.t[e].is_word() && self.t[e].cap));
            // (the words plain, no item a name the tables know: asked of the few lists only)
            if closed
                && ends
                && items.len() >= 4
                && items.iter().all(|&(s, e)| (s..e).all(|k| self.plain_word(k) && self.known(k, e).is_none()))
            {
                lists.push(items.clone());
            }
            i = j.max(i + 1);
        }
        if lists.is_empty() {
            return;
        }
        // the list (sorted, disjoint) a candidate overlaps
        let span = |l: &Vec<(usize, usize)>| (l[0].0, l[l.len() - 1].1);
        let list_of = |c: &Cand| {
            let k = lists.partition_point(|l| span(l).1 <= c.toks.0);
            (k < lists.len() && span(&lists[k]).0 < c.toks.1).then_some(k)
        };
        let mut vetoed = vec![false; lists.len()];
        for c in &self.out[since..] {
            if let Some(k) = list_of(c).filter(|_| c.ty != EType::Person) {
                vetoed[k] = true;
            }
        }
        let mut k = 0;
        self.out.retain(|c| {
            k += 1;
            k <= since || list_of(c).is_none_or(|l| vetoed[l])
        });
        for (l, items) in lists.iter().enumerate() {
            if !vetoed[l] {
                for &(s, e) in items {
                    self.push(EType::Person, s, e, false);
                }
            }
        }
    }

    /// Finds and analyses the chunks of tokens `[from, to)` (one paragraph).
    /// `byline`: the paragraph is a byline ("By NAME"; see [`crate::corpus::Paragraph`]).
    pub fn run(&mut self, from: usize, to: usize, byline: bool) {
        let since = self.out.len();
        let n = to;
        self.para_end = to;
        self.in_byline = byline;
        let mut i = from;
        while i < n {
            if !self.name_word(i) {
                i += 1;
                continue;
            }
            let start = i;
            let mut end = i + 1;
            loop {
                if end < n && self.name_word(end) {
                    end += 1;
                    continue;
                }
                // dotted initials: "U.S.", "U.N."
                let initial = |k: usize| k < n && self.t[k].is_word() && self.t[k].key.len() == 1 && self.t[k].cap;
                if end + 1 < n
                    && initial(end - 1)
                    && self.t[end].is_punct('.')
                    && !self.t[end].space_before
                    && initial(end + 1)
                    && !self.t[end + 1].space_before
                {
                    end += 2;
                    if end < n && self.t[end].is_punct('.') && !self.t[end].space_before {
                        end += 1;
                    }
                    continue;
                }
                // a name the tables know with its possessive: "Moody's holds …"
                if end < n
                    && self.t[end].kind == Kind::Poss
                    && self.known(start, end + 1).is_some_and(|(kind, l)| kind == Seg::Org && start + l == end + 1)
                {
                    end += 1;
                    continue;
                }
                // possessive inside a name: People's, Việt Nam’s Ministry
                if end + 1 < n && self.t[end].kind == Kind::Poss && self.name_word(end + 1) {
                    end += 2;
                    continue;
                }
                // a plural possessive inside a name: "Vietnam Journalists' Association"
                if end + 1 < n
                    && matches!(self.t[end].kind, Kind::Punct('\'' | '’'))
                    && !self.t[end].space_before
                    && self.t[end - 1].key.ends_with('s')
                    && self.name_word(end + 1)
                    && (self.has_head(end + 1, (end + 4).min(n)).is_some() || self.cue_len(end + 1, end + 1).is_some())
                {
                    end += 2;
                    continue;
                }
                // connectors: "of the", "for", "and"
                let mut c = end;
                while c < n && c - end < 2 && self.is_connector(c) {
                    c += 1;
                }
                // an ampersand between name words: "Sokhon Engineering & Construction Co., Ltd"
                // (or glued between capitals: "T&T Group")
                if end + 1 < n
                    && self.t[end].is_punct('&')
                    && self.t[end].space_before == self.t[end + 1].space_before
                    && self.name_word(end + 1)
                {
                    end += 2;
                    continue;
                }
                // (not after a legal form: "Thang Loi Coffee JSC of Buon Ma Thuot" is where it is)
                // (nor "on" after a body "of" something: "the Ministry of Public Works and
                // Transport on the Vientiane–Vung Ang railway"; "Committee on Foreign Affairs" stays)
                let where_it_is = end < n
                    && ((is_company_suffix(self.t[end - 1].key) && self.t[end].key == "of")
                        || (self.t[end].key == "on"
                            && (start..end).any(|x| self.t[x].key == "of" && !self.t[x].cap)
                            // ("Chairman of the Committee on Law": a body "on" its field)
                            && !self.is_head(end - 1))
                        // (nor "on" after an acronym or a ticker alone: "listed as NVL on the Ho
                        // Chi Minh Stock Exchange")
                        || (self.t[end].key == "on" && (start..end).all(|x| self.t[x].upper)));
                // (nor a lone demonym, an adjective: "Minister NAME on Japanese aid")
                // ("Association of Vietnamese in Laos": after "of" the demonym is a people)
                let lone_demonym = c < n
                    && self.t[end].key != "of"
                    && self.k.demonyms.contains_key(self.t[c].key)
                    && !(c + 1 < n && self.name_word(c + 1))
                    && self.known(c, c + 1).is_none_or(|(kind, _)| kind == Seg::Demonym);
                if c > end && c < n && self.name_word(c) && !where_it_is && !lone_demonym {
                    end = c + 1;
                    continue;
                }
                // an administrative unit's lower-case word inside a title, before the name:
                // "Deputy Governor of Phongsaly province Khamkhong Phanthavong"
                if end + 1 < n
                    && self.t[end].is_word()
                    && matches!(self.t[end].key, "province" | "district" | "city")
                    && !self.t[end].cap
                    && self.name_word(end + 1)
                    && self.plain_word(end + 1)
                    && (start..end).any(|x| self.t[x].key == "of" && !self.t[x].cap)
                    && self.title_at(start, end).is_some()
                {
                    end += 2;
                    continue;
                }
                // a company's "Co., Ltd" / "Co. Ltd" / "Co.,Ltd"
                if self.t[end - 1].key == "co" && self.t[end - 1].cap {
                    let mut k = end;
                    while k < n && k < end + 2 && matches!(self.t[k].kind, Kind::Punct('.' | ',')) {
                        k += 1;
                    }
                    if k > end && k < n && self.t[k].key == "ltd" && self.t[k].cap {
                        end = k + 1;
                        continue;
                    }
                }
                // a small number inside a name: "Nam Theun 2 Hydropower Plant" (kept only if the
                // whole ends with a place cue or an organization head-word, see `classify`)
                if end + 1 < n && self.small_number(end) && self.t[end + 1].space_before && self.name_word(end + 1) {
                    end += 2;
                    continue;
                }
                // "Kon Tum provincial People's Committee", "Hà Nội municipal Party Committee"
                if end + 1 < n
                    && matches!(self.t[end].key, "provincial" | "municipal")
                    && !self.t[end].cap
                    // (not after an article: "The provincial Steering Committee 515")
                    && self.t[end - 1].key != "the"
                    && self.name_word(end + 1)
                    && self.has_head(end + 1, (end + 5).min(n)).is_some()
                {
                    end += 2;
                    continue;
                }
                // "Chinese Embassy in Thailand", "Consulate General in Khon Kaen"
                if end + 1 < n
                    && self.t[end].key == "in"
                    && !self.t[end].cap
                    && (matches!(self.t[end - 1].key, "embassy" | "consulate" | "consulategeneral")
                        // "Association of Vietnamese (Businesses) in Laos"
                        || ((start..end).any(|x| matches!(self.t[x].key, "association" | "union" | "community" | "federation"))
                            && (start..end).any(|x| self.k.demonyms.contains_key(self.t[x].key) && x > start && self.t[x - 1].key == "of"))
                        // "Vietnam Business Association in Laos": a country's people's body abroad
                        || (matches!(self.t[end - 1].key, "association" | "union" | "community" | "federation")
                            && self.owned_by_country(start, end - 1)
                            && self.known(end + 1, n).is_some_and(|(kind, _)| kind == Seg::Place))
                        // "Consulate General of Vietnam in Savannakhet"
                        || ((start..end).any(|x| matches!(self.t[x].key, "embassy" | "consulate"))
                            && (start + 2..end).any(|o| {
                                self.t[o - 1].key == "of"
                                    && self.known(o, end).is_some_and(|(kind, l)| kind == Seg::Place && o + l == end)
                            }))
                        || (self.t[end - 1].key == "general"
                            && end >= 2
                            && matches!(self.t[end - 2].key, "consul" | "consulate"))
                        // "European Chamber of Commerce in Vietnam", "… Commerce and Industry in Laos",
                        // "Korea Chamber of Business in Vietnam"
                        || (matches!(self.t[end - 1].key, "commerce" | "industry" | "business")
                            && (start..end).any(|x| self.t[x].key == "chamber")
                            && self.known(end + 1, n).is_some_and(|(kind, _)| kind == Seg::Place)))
                    && self.name_word(end + 1)
                {
                    end += 2;
                    continue;
                }
                // "Ambassador to Việt Nam"
                if end + 1 < n
                    && self.t[end].key == "to"
                    && !self.t[end].cap
                    && is_to_title(self.t[end - 1].key)
                    && self.name_word(end + 1)
                {
                    end += 2;
                    continue;
                }
                // "Ambassador to the Philippines NAME": a country named with its article
                if end + 2 < n
                    && self.t[end].key == "to"
                    && !self.t[end].cap
                    && is_to_title(self.t[end - 1].key)
                    && self.t[end + 1].key == "the"
                    && !self.t[end + 1].cap
                    && self.known(end + 2, n).is_some_and(|(kind, _)| kind == Seg::Place)
                {
                    end += 3;
                    continue;
                }
                // a hyphenated given name: "Park Jae-won", "Moon Jae-in"
                if end - start >= 2 && self.hyphen_tail(end) {
                    end += 2;
                    continue;
                }
                // hyphens and dashes between names (not an em dash, not after an all-caps dateline)
                if end + 1 < n && matches!(self.t[end].kind, Kind::Punct('-' | '–')) && self.name_word(end + 1) {
                    let spaced = self.t[end].space_before;
                    let dateline = spaced && self.t[end - 1].upper && !self.t[end + 1].upper;
                    let ok = !spaced
                        || (self.is_place_key(self.t[end - 1].key) && self.is_place_key(self.t[end + 1].key))
                        || self.place_pair(start, end, end + 1)
                        || self.route_ahead(end + 1, n);
                    if ok && !dateline {
                        end += 2;
                        continue;
                    }
                }
                // "Ministry of Information, Culture and Tourism": a ministry's list of portfolios,
                // or any list that the acronym after it spells with the name
                if self.portfolio_list(start, end, n)
                    || self.field_list(start, end, n)
                    || self.spelled_list(start, end, n)
                    || self.listed_before_head(end, n)
                {
                    end += 1;
                    continue;
                }
                // a slash between two name words, unspaced: "Authority for UXO/Mine Action" (not a
                // credit's: see `credit_slash`)
                if end + 1 < n
                    && self.t[end].is_punct('/')
                    && !self.t[end].space_before
                    && !self.t[end + 1].space_before
                    && self.name_word(end + 1)
                    && !self.credit_slash(start, end, n)
                {
                    end += 2;
                    continue;
                }
                // a country in parentheses before a company suffix: "Thanh Phong Garment
                // (Cambodia) Co., Ltd"
                if end + 3 < n
                    && self.t[end].is_punct('(')
                    && self.t[end + 2].is_punct(')')
                    && self.known(end + 1, end + 2).is_some_and(|(kind, _)| kind == Seg::Place)
                    && crate::util::listed(LEGAL_FORMS_AFTER_AMPERSAND, self.t[end + 3].key)
                {
                    end += 3;
                    continue;
                }
                // an honorific written with an apostrophe: "Dato' Seri Anwar Ibrahim"
                if end + 1 < n
                    && matches!(self.t[end].kind, Kind::Punct('\'' | '’'))
                    && !self.t[end].space_before
                    && self.k.title_words.contains(self.t[end - 1].key)
                    && self.name_word(end + 1)
                {
                    end += 2;
                    continue;
                }
                // a parenthesised acronym: "(CPV)" (not a dateline's agency: "KON TUM (NDO) –")
                if end + 2 < n
                    && self.t[end].is_punct('(')
                    && self.t[end + 1].upper
                    && !self.t[end + 1].dateline
                    && self.t[end + 2].is_punct(')')
                {
                    end += 3;
                    // (not a speaker's name after it: "the Ministry of External Affairs (MEA)
                    // NAME said")
                    let k = (end..n).find(|&k| !self.name_word(k)).unwrap_or(n);
                    if self.plain_name(end, k) && self.saying(k) {
                        break;
                    }
                    continue;
                }
                // a short name of syllables of the name: "… Industries Group (Vinacomin)"
                if end + 2 < n
                    && self.t[end].is_punct('(')
                    && self.t[end + 1].cap
                    && self.t[end + 2].is_punct(')')
                    && self.portmanteau_room(self.s(end + 1))
                    && portmanteau(&self.t[start.max(end.saturating_sub(12))..end], self.t[end + 1].key).is_some()
                {
                    end += 3;
                    continue;
                }
                // "Wharf No. 3"
                let numbered = |k: usize| {
                    self.t[k].kind == Kind::Num
                        || (self.t[k].is_word() && self.t[k].key.as_bytes().first().is_some_and(u8::is_ascii_digit))
                };
                if end + 2 < n && self.t[end - 1].key == "no" && self.t[end].is_punct('.') && numbered(end + 1) {
                    end += 2;
                    break;
                }
                if end + 2 < n
                    && self.t[end].key == "no"
                    && self.t[end].cap
                    && self.t[end + 1].is_punct('.')
                    && numbered(end + 2)
                {
                    end += 3;
                    break;
                }
                break;
            }
            // "Gemadept Corporation (HoSE: GMD)": a stock ticker is another name of the company
            if end + 4 < n
                && self.t[end].is_punct('(')
                && self.t[end + 2].is_punct(':')
                && self.t[end + 3].upper
                && self.t[end + 4].is_punct(')')
                && self.has_head(start, end).is_some()
            {
                let (a, b) = self.trim(start, end);
                if a < b {
                    let long = self.text[self.t[a].start..self.t[b - 1].end].to_string();
                    self.acronyms.push((self.s(end + 3).to_string(), long));
                }
            }
            // "Export-Import Bank of India (EXIM Bank)": a short name of two or three capitalised
            // words, one an acronym or with a capital inside ("DongHai Bank"), given in
            // parentheses after an organization's name
            if let Some(q) = (end + 3..n.min(end + 5)).find(|&q| self.t[q].is_punct(')')) {
                if self.t[end].is_punct('(')
                    && (end + 1..q).all(|i| self.t[i].is_word() && self.t[i].cap)
                    && self.has_head(start, end).is_some_and(|h| {
                        (end + 1..q).any(|i| self.t[i].upper || self.s(i).chars().skip(1).any(char::is_uppercase))
                            // ("Export-Import Bank of China (China Exim Bank)": the same head-word)
                            || self.t[h].key == self.t[q - 1].key
                    })
                {
                    let (a, b) = self.trim(start, end);
                    if a < b {
                        let long = self.text[self.t[a].start..self.t[b - 1].end].to_string();
                        self.acronyms.push((self.text[self.t[end + 1].start..self.t[q - 1].end].to_string(), long));
                    }
                }
            }
            // a numbered facility: "Military Hospital 17"
            if end < n
                && self.t[end - 1].cap
                && self.cue_len(start, end - 1).is_some_and(|l| end - l > start)
                && self.t[end].kind == Kind::Num
                && self.t[end].key.len() <= 3
                && self.t[end].space_before
                && !self.taken[end]
            {
                end += 1;
            }
            // a dam numbered after its Lao river: "Nam Theun 2"
            if end - start >= 2 && end < n && matches!(self.t[start].key, "nam" | "xe" | "se") && self.small_number(end)
            {
                end += 1;
            }
            // a lower-case place cue right after: "Houaphanh province", "Cha Lo border gate"
            let lower = |k: usize, w: &str| self.lower_at(k, n, w);
            let border_word = |k: usize| lower(k, "gate") || lower(k, "crossing") || lower(k, "checkpoint");
            // a numbered plant: "the Xekaman 1 hydropower plant"
            if end + 2 < n
                && self.small_number(end)
                && (lower(end + 1, "hydropower") || lower(end + 1, "power"))
                && lower(end + 2, "plant")
            {
                end += 1;
            } else if end < n && self.small_number(end) && self.plants_ahead(end + 1, n) {
                // "the Vĩnh Tân 4 and Duyên Hải 3 plants", "Ninh Thuan 1 and Ninh Thuan 2 nuclear
                // power plants": a numbered plant, its name a place's or not
                let (mut a, b) = self.trim(start, end);
                // ("The Quang Ninh 2 plant …" opens a sentence; "the 290MW Xekaman 1 …")
                if a < b
                    && ((self.t[a].sent_start && is_function_word(self.t[a].key))
                        || self.t[a].key.starts_with(|c: char| c.is_ascii_digit()))
                {
                    a += 1;
                }
                // (capitalised words only: not "Attapeu Province and the Xekaman 3")
                // (one word: a name, not "Phase 2" or "Unit 1", nor a sentence's first word)
                let one_ok = b == a + 1 && !self.t[a].sent_start && !super::tokens::is_lettered_label(self.t[a].key);
                if b == end && (b >= a + 2 || one_ok) && (a..b).all(|k| self.t[k].is_word() && self.t[k].cap) {
                    self.push(EType::Place, a, end + 1, false);
                    i = end + 1;
                    continue;
                }
            }
            // a route between two places: "the Vientiane–Vũng Áng railway", "the Cam Lo-Lao Bao
            // expressway"
            // ("the Cat Linh - Ha Dong metro line": spaced dashes too, see `route_ahead`)
            let dashed = (start + 1..end).any(|k| {
                matches!(self.t[k].kind, Kind::Punct('-' | '–' | '—'))
                    && (!self.t[k].space_before || self.route_ahead(k + 1, n))
            });
            let route_word = |k: usize| lower(k, "railway") || lower(k, "expressway") || lower(k, "highway");
            // "… metro line", "… line": a route, though no place cue
            let line = if (lower(end, "metro") || lower(end, "railway")) && lower(end + 1, "line") {
                2
            } else {
                usize::from(lower(end, "line") || lower(end, "metro"))
            };
            if lower(end, "international") && lower(end + 1, "border") && border_word(end + 2) {
                end += 3;
            } else if dashed && lower(end, "international") && border_word(end + 1) {
                // "the Vang Tao-Chong Mek international checkpoint"
                end += 2;
            } else if dashed && (route_word(end) || line > 0) {
                // and the places it runs between are mentioned in it
                let mut from = start;
                for k in start + 1..=end {
                    let cut = k == end || matches!(self.t[k].kind, Kind::Punct('-' | '–' | '—'));
                    if cut {
                        // (the chunk may begin before the route: "Freight on the Pakse–…")
                        let place = (from..k)
                            .find(|&s| self.known(s, k).is_some_and(|(kind, l)| kind == Seg::Place && s + l == k));
                        if let Some(s) = place {
                            self.push(EType::Place, s, k, false);
                        }
                        from = k + 1;
                    }
                }
                if line > 0 {
                    // (not a sentence's capitalised "The")
                    let a = self.trim(start, end).0;
                    let a = if self.t[a].key == "the" { a + 1 } else { a };
                    self.push(EType::Place, a, end + line, false);
                    i = end + line;
                    continue;
                }
                end += 1;
            } else if (lower(end, "border") && border_word(end + 1))
                || (lower(end, "dry")
                    && lower(end + 1, "port")
                    && !self.t[start].sent_start
                    && !(end == start + 1 && self.k.demonyms.contains_key(self.t[start].key)))
                || ((lower(end, "hydropower") || lower(end, "power"))
                    && (lower(end + 1, "plant") || (lower(end, "hydropower") && lower(end + 1, "dam")))
                    && (start..end).all(|i| self.known(i, end).is_none()))
            {
                end += 2;
            } else if end < n
                && self.t[end].is_word()
                && !self.t[end].cap
                // "the Dak Ooc crossing" names a place, "the Mekong crossing" describes one
                && lower_cue(self.t[end].key)
                    .is_some_and(|facility| !facility || (start..end).all(|i| self.known(i, end).is_none()))
                // (a temple of two words or more: "the Ta Muen Thom temple", not "the Cham temple")
                && !(matches!(self.t[end].key, "temple" | "pagoda") && end - start < 2)
                // (no range of numbers: "the 3,700-3,800 MHz range")
                && !(self.t[end].key == "range" && start > 0 && self.t[start - 1].kind == Kind::Num)
                // (a mine of plain names only: not a landmine's type, "the K5 mine", nor after an
                // owner, "MMG's Sepon mine")
                && !(self.t[end].key == "mine"
                    && (start..end).any(|i| {
                        self.t[i].upper || self.t[i].kind == Kind::Poss || self.t[i].key.bytes().any(|c| c.is_ascii_digit())
                    }))
                // "the northern Lao province of Xiengkhouang": a demonym's province is no name
                && !self.k.demonyms.contains_key(self.t[end - 1].key)
            {
                end += 1;
            } else if end < n && self.road_number(end - 1, end) {
                // a numbered road: "Route 9", "National Road 78", "Highway 1A"
                end += 1;
            } else if lower(end, "school")
                && !self.t[start].sent_start
                && (start..end).all(|i| self.known(i, end).is_none())
            {
                // "the Nguyen Du school": a school named after someone, not the person
                self.push(EType::Org, start, end + 1, false);
                i = end + 1;
                continue;
            }
            // "Kham and Pek districts", "Attapeu and Sekong provinces": each name is a place
            if end < n
                && self.t[end].is_word()
                && !self.t[end].cap
                && (matches!(self.t[end].key, "provinces" | "districts" | "cities" | "communes" | "towns" | "rivers" | "villages" | "wards" | "streets" | "roads" | "avenues" | "bridges" | "temples" | "pagodas")
                    // "the Bavet and Moc Bai international border gates"
                    || (matches!(self.t[end].key, "international" | "border")
                        && (end..n.min(end + 3)).any(|k| matches!(self.t[k].key, "gates" | "crossings" | "checkpoints"))))
            {
                if let Some(k) = (start + 1..end).find(|&k| self.t[k].key == "and" && self.is_connector(k)) {
                    let plain = |x: usize, y: usize| {
                        x < y
                            && y - x <= 3
                            && (x..y).all(|i| {
                                self.plain_word(i) || self.known(i, y).is_some_and(|(kind, _)| kind == Seg::Place)
                            })
                    };
                    if plain(start, k) && plain(k + 1, end) && !self.t[start].sent_start {
                        // the items before, after commas: "Ton Duc Thang, Nguyen Hue and Le Loi
                        // streets" (what their own chunks made of them is replaced)
                        let mut items = vec![(start, k), (k + 1, end)];
                        let mut s = start;
                        while s >= 2 && self.t[s - 1].is_punct(',') {
                            let e = s - 1;
                            let mut f = e;
                            while f > 0 && e - f < 3 && self.t[f - 1].is_word() && self.t[f - 1].cap {
                                f -= 1;
                            }
                            if !plain(f, e) || self.t[f].sent_start {
                                break;
                            }
                            items.push((f, e));
                            s = f;
                        }
                        // (their candidates are the last ones: the chunks go left to right)
                        if s < start {
                            let keep = self.out.iter().rposition(|c| c.toks.1 <= s).map_or(0, |p| p + 1);
                            self.out.truncate(keep);
                        }
                        for (x, y) in items.into_iter().rev() {
                            self.push(EType::Place, x, y, false);
                        }
                        i = end + 1;
                        continue;
                    }
                }
            }
            let mut next = end;
            // "VANG TAO — …", "VANG TAO (KPL) – …", "MAE SOT, Thailand – …": an all-caps
            // dateline (see `tokens`) names a place; one short acronym is the outlet, not a place
            // ("NDO – Minister …")
            let caps = (start..end).find(|&x| !(self.t[x].dateline && self.t[x].upper)).unwrap_or(end);
            let outlet = caps == start + 1 && self.t[start].key.len() <= 4;
            // the agency in parentheses: "KON TUM (NDO) –" names the outlet
            if outlet && end == start + 1 && start > 0 && self.t[start - 1].is_punct('(') {
                self.push(EType::Org, start, end, false);
                i = end;
                continue;
            }
            if caps > start && !outlet && self.known(start, caps).is_none() {
                self.push(EType::Place, start, caps, false);
                i = caps;
                continue;
            }
            // "the Lao government", "the Japanese government": the country's government
            let dem = if self.t[start].key == "the" { start + 1 } else { start };
            if end == dem + 1
                && end < n
                && self.t[end].key == "government"
                && !self.t[end].cap
                && self.k.demonyms.contains_key(self.t[dem].key)
            {
                self.push(EType::Org, dem, end + 1, false);
                i = end + 1;
                continue;
            }
            // "… of the Lao People's Revolutionary Party (LPRP) Central Committee": the party is the
            // organization named; "Central Committee" is not a name of its own here
            if self.party_central_committee(start, end) {
                end -= 2;
                next = end + 2;
            }
            // "the Monument to Heroes and Martyrs on Bắc Sơn Street", "the Mausoleum of President
            // Hồ Chí Minh": the monument, then where it is
            if end - start >= 3
                && self.t[start].cap
                && is_monument(self.t[start].key)
                && matches!(self.t[start + 1].key, "to" | "of")
                && !self.t[start + 1].cap
            {
                let on = (start + 2..end).find(|&k| self.t[k].key == "on" && !self.t[k].cap).unwrap_or(end);
                self.push(EType::Place, start, on, false);
                if on < end {
                    self.analyse(on + 1, end);
                }
                i = end;
                continue;
            }
            let mut a = start;
            // "Ministry of Planning and Investment …" at a sentence start: a head-word, "of" or
            // "for", and a capitalised word make an organization's name
            let head_of = end - a >= 3
                && self.is_head(a)
                && matches!(self.t[a + 1].key, "of" | "for")
                && !self.t[a + 1].cap
                && self.name_word(a + 2);
            // (a name the tables know from this word on: "An Giang Province …" opens a sentence)
            let known_here = self.known(a, end).is_some_and(|(_, l)| l >= 2);
            let structured = known_here
                || !is_function_word(self.t[a].key)
                    && (head_of
                        || (end - a >= 2
                            && (self.name_word(a + 1)
                                || (self.t[a + 1].is_punct('-') && !self.t[a + 1].space_before))
                            && (self.has_head(a + 1, end).is_some() || self.cue_len(a + 1, end - 1).is_some())));
            // "To Lam said", "To Lam, general secretary of …": a Vietnamese surname that is also a
            // function word, a name after it, and a verb of saying or an apposition
            let surname_first = self.k.surnames.contains(self.t[a].key)
                && (2..=3).contains(&(end - a))
                && (a + 1..end).all(|k| self.plain_word(k))
                && (self.saying(end) || self.apposition(end));
            if self.t[a].sent_start && !self.evident(a) && !structured && !surname_first && !self.full_name(a, end) {
                a += 1;
            }
            // a caption's credit: "… VNA/VNS Photo Tường Vi" ends the paragraph with the name
            if end == n && end > start + 2 {
                let photo = (start + 1..end - 1).find(|&k| {
                    self.t[k].cap
                        && is_photo_word(self.t[k].key)
                        && end - k - 1 <= 3
                        && (k + 1..end).all(|x| self.plain_word(x))
                });
                if let Some(k) = photo {
                    self.analyse(start, k);
                    self.push(EType::Person, k + 1, end, false);
                    i = end;
                    continue;
                }
            }
            // another name of the place just named, in parentheses: "the Meridian Gate (Ngọ
            // Môn)" (a name the tables know is another place: "Vientiane (Laos)")
            if start >= 2
                && end < n
                && end - start <= 3
                && self.t[start - 1].is_punct('(')
                && self.t[end].is_punct(')')
                && (start..end).all(|k| self.t[k].is_word() && self.t[k].cap && !self.t[k].upper)
                && self.known(start, end).is_none()
            {
                let before = self.t[start - 2].end;
                // (a place the tables know is followed by something else: "Peru (Bitel)")
                let unknown = |c: &Cand| self.known(c.toks.0, c.toks.1).is_none_or(|(_, l)| c.toks.0 + l < c.toks.1);
                if let Some(long) = self
                    .out
                    .last()
                    .filter(|c| c.ty == EType::Place && c.end == before && unknown(c))
                    .map(|c| c.name.clone())
                {
                    self.push(EType::Place, start, end, false);
                    if let Some(c) = self.out.last_mut() {
                        c.name = long;
                    }
                    i = end;
                    continue;
                }
            }
            // a nationality noun before a name: "Frenchman Philippe Troussier"
            let w = self.t[start].key;
            if end >= start + 3
                && (w.ends_with("man") || w.ends_with("woman"))
                && self.k.roles.contains(w)
                && self.plain_name(start + 1, end)
            {
                self.push(EType::Person, start + 1, end, false);
                i = end;
                continue;
            }
            // a short name the text defined ("… Group (Vinacomin)"), used on its own
            if end == start + 1 && self.portmanteaus.contains(&self.s(start)) {
                self.push(EType::Org, start, end, true);
                i = end;
                continue;
            }
            // a byline without "By": the author's name alone ("Sok Chanmony"), maybe where they
            // write from ("Huang Jiaxin in Luang Prabang")
            if byline
                && start == from
                && self.t[from].key != "by"
                && (end == n || self.t[end].key == "in" || self.t[end].is_punct(','))
                // (in capitals: "WICHIT CHAIYAPORN")
                && (self.plain_name(start, end)
                    || ((2..=3).contains(&(end - start)) && (start..end).all(|k| self.t[k].upper && self.t[k].key.len() > 2)))
                // (a family name may be a place's: "Kanokporn Chaiyaphum")
                && self.known(start, end).is_none()
                && (start + 1..end).all(|k| self.known(k, end).is_none_or(|(kind, _)| kind == Seg::Place))
            {
                self.push(EType::Person, start, end, false);
                i = end;
                continue;
            }
            // ("by NAME": the lower-case word is no chunk of its own)
            let by = if start == from + 1 && self.t[from].key == "by" { from } else { start };
            if byline && by == from {
                if let Some(resume) = self.byline(by, end, n) {
                    i = resume.max(next);
                    continue;
                }
            }
            // a unit after a number is not part of a name: "600 MW Monsoon Wind Power Project"
            // ("600-MW" too)
            let after_number = a > 0
                && (self.t[a - 1].kind == Kind::Num
                    || (a > 1
                        && self.t[a - 1].is_punct('-')
                        && self.t[a - 2].kind == Kind::Num
                        && !self.t[a].space_before));
            // (glued too: "the 1,285MW Xayaburi Hydroelectric Power Plant")
            let unit = |k: &str| {
                let u = k.trim_start_matches(|c: char| c.is_ascii_digit());
                (after_number || u.len() < k.len()) && crate::util::listed(UNITS, u)
            };
            if a + 1 < end && unit(self.t[a].key) {
                a += 1;
            }
            // "the US dollar", "the Singapore dollar": a currency, not a mention of the place
            let currency = end < n
                && !self.t[end].cap
                && matches!(self.t[end].key, "dollar" | "dollars" | "cent" | "cents")
                && self.known(a, end).is_some_and(|(kind, l)| kind == Seg::Place && a + l == end);
            if !currency {
                self.analyse(a, end);
            }
            i = next;
        }
        self.name_lists(from, n, since);
    }

    /// `[start, end)` ends "Ministry (or Minister) of" and portfolio words, and a comma at
    /// `end` continues the list: portfolio words and commas up to "and" and a last portfolio
    /// word ("… of Labour, Invalids and Social Affairs").
    /// A capitalised word of a portfolio's or a body's field (the table; a field of study counts:
    /// "Institute of Malariology, Parasitology and Entomology"; "Economic", "Cultural").
    fn portfolio_word(&self, i: usize) -> bool {
        let k = self.t[i].key;
        self.t[i].is_word()
            && self.t[i].cap
            && (self.k.portfolio.contains(k)
                || (k.len() > 6
                    && (k.ends_with("ology") || k.ends_with("ics") || k.ends_with("ic") || k.ends_with("al"))))
    }

    /// The list that follows the comma at `end` (`item` words, commas, one or more "and"s, at
    /// most `limit` tokens): the first token after it, and whether an "and" was seen.
    fn list_after(&self, end: usize, n: usize, limit: usize, item: impl Fn(usize) -> bool) -> (Option<usize>, bool) {
        let mut seen_and = false;
        for i in end + 1..n.min(end + limit) {
            let x = &self.t[i];
            if !(x.is_punct(',') || item(i) || (x.key == "and" && !x.cap)) {
                return (Some(i), seen_and);
            }
            seen_and |= x.key == "and";
        }
        (None, seen_and)
    }

    fn portfolio_list(&self, start: usize, end: usize, n: usize) -> bool {
        let portfolio = |i: usize| self.portfolio_word(i);
        if end + 3 >= n || !self.t[end].is_punct(',') || !portfolio(end + 1) {
            return false;
        }
        // ("Joint Commission on Economic, Cultural, … Cooperation" too)
        let Some(of) = (start..end).rev().find(|&i| matches!(self.t[i].key, "of" | "on") && !self.t[i].cap) else {
            return false;
        };
        if of == start
            || !crate::util::listed(OF_BODIES, self.t[of - 1].key)
            || !(of + 1..end).all(|i| portfolio(i) || self.t[i].is_punct(','))
        {
            return false;
        }
        for i in end + 1..n.min(end + 12) {
            if !(portfolio(i) || self.t[i].is_punct(',')) {
                return self.t[i].key == "and" && !self.t[i].cap && i + 1 < n && portfolio(i + 1);
            }
        }
        false
    }

    /// `t[k]` (before the paragraph's end `n`) is the lower-case word `w`.
    fn lower_at(&self, k: usize, n: usize, w: &str) -> bool {
        k < n && self.t[k].is_word() && !self.t[k].cap && self.t[k].key == w
    }

    /// After a spaced dash at `k - 1`: name words (and more dashes between names), then "line"
    /// or "metro": "the Cat Linh - Ha Dong metro line", "the Bến Thành – Tham Lương line". (Not
    /// a road's or a border gate's: the seeds' gold has no "Vientiane - Hanoi expressway", and
    /// other golds name a gate by one of its sides.)
    fn route_ahead(&self, k: usize, n: usize) -> bool {
        let mut j = k;
        while j < n.min(k + 9) && (self.name_word(j) || matches!(self.t[j].kind, Kind::Punct('-' | '–'))) {
            j += 1;
        }
        j > k && (self.lower_at(j, n, "line") || self.lower_at(j, n, "metro"))
    }

    /// "National Center for Parasitology, Entomology and Malaria Control", "Ministry of Social
    /// Affairs, Veterans and Youth Rehabilitation": after a head-word and "of"/"for", fields of
    /// capitalised words none of which the tables know, one word each between the commas and
    /// one or two after the "and", are the rest of the name.
    fn field_list(&self, start: usize, end: usize, n: usize) -> bool {
        let word = |i: usize| {
            let t = &self.t[i];
            t.is_word() && t.cap && !t.upper && self.known(i, i + 1).is_none() && !self.k.title_words.contains(t.key)
        };
        if end + 3 >= n || !self.t[end].is_punct(',') || !word(end + 1) {
            return false;
        }
        let Some(of) = (start + 1..end).rev().find(|&i| matches!(self.t[i].key, "of" | "for") && !self.t[i].cap) else {
            return false;
        };
        if !self.is_head(of - 1) || of + 1 == end || !(of + 1..end).all(word) {
            return false;
        }
        // ", W" (one word) repeated, then "and" and one or two words, then no capitalised word
        let mut i = end;
        while i + 1 < n && self.t[i].is_punct(',') && word(i + 1) {
            i += 2;
        }
        let and = i < n && self.t[i].key == "and" && !self.t[i].cap;
        let tail = (i + 1..n.min(i + 3)).take_while(|&k| word(k)).count();
        and && (1..=2).contains(&tail) && self.t.get(i + 1 + tail).is_none_or(|t| !(t.is_word() && t.cap))
    }

    /// `[a, b)` ends "PARTY Central Committee" (the party by name, "… Party (ACR)", or an
    /// acronym alone) with no other head-word before it: the party is what is named. A body
    /// "of" the Central Committee ("External Relations Commission of the …") keeps it.
    fn party_central_committee(&self, a: usize, b: usize) -> bool {
        if b - a < 3 || self.t[b - 2].key != "central" || self.t[b - 1].key != "committee" {
            return false;
        }
        let party_end = if self.t[b - 3].is_punct(')') && b - a >= 6 { b - 5 } else { b - 2 };
        let last = &self.t[party_end - 1];
        // "… Party", "Communist Party of Việt Nam", or the acronym alone; no other head-word
        let heads: Vec<usize> = (a..party_end).filter(|&h| self.is_head(h)).collect();
        // (a mass organisation's too: "Hồ Chí Minh Communist Youth Union Central Committee")
        let named = !heads.is_empty() && heads.iter().all(|&h| matches!(self.t[h].key, "party" | "union" | "front"));
        named || (party_end - 1 == a && last.upper)
    }

    fn is_place_key(&self, key: &str) -> bool {
        self.k.places.contains_key(key)
    }

    /// "Việt Nam – Laos": the words before the dash (from `start`) and after form places.
    fn place_pair(&self, start: usize, dash: usize, after: usize) -> bool {
        let left =
            (start..dash).any(|s| self.known(s, dash).is_some_and(|(kind, len)| kind == Seg::Place && s + len == dash));
        let right = self.known(after, self.t.len()).is_some_and(|(kind, _)| kind == Seg::Place);
        left && right
    }

    /// Longest gazetteer match (place, org, demonym) starting at `i`, within `[i, end)`.
    fn known(&self, i: usize, end: usize) -> Option<(Seg, usize)> {
        if i >= end || !matches!(self.t[i].kind, Kind::Word | Kind::Num) {
            return None;
        }
        let st = self.gaz(i);
        let limit = end - i;
        let (p, o) = (longest(st.place, limit), longest(st.org, limit));
        if p > 0 && p >= o {
            Some((Seg::Place, p))
        } else if o > 0 {
            Some((Seg::Org, o))
        } else if st.demonym {
            Some((Seg::Demonym, 1))
        } else {
            None
        }
    }

    /// Longest title starting at `i` (within `[i, end)`), as a token count. "Minister of
    /// Foreign Affairs", "Chairman of the National Assembly": the table has them.
    fn title_at(&self, i: usize, end: usize) -> Option<usize> {
        if i >= end || !(self.t[i].is_word() && (self.t[i].cap || self.t[i].upper)) {
            return None;
        }
        let cached = self.titles.borrow()[i];
        let mask = cached.unwrap_or_else(|| {
            let m = self.titles_uncached(i);
            self.titles.borrow_mut()[i] = Some(m);
            m
        });
        Some(longest(mask, end - i)).filter(|&l| l > 0)
    }

    fn gaz(&self, i: usize) -> Gaz {
        if let Some(st) = self.gaz.borrow()[i] {
            return st;
        }
        let st = self.gaz_uncached(i);
        self.gaz.borrow_mut()[i] = Some(st);
        st
    }

    /// Every gazetteer match starting at word or number `i`, up to the tables' longest entry:
    /// words (capitalised, or connectors) and possessives; hyphens, dashes and periods are
    /// skipped but counted.
    fn gaz_uncached(&self, i: usize) -> Gaz {
        let mut st = Gaz::default();
        let mut key = self.scratch.take();
        key.clear();
        let mut words = 0;
        let mut caps = true;
        for j in i..self.t.len().min(i + self.k.max_words * 2) {
            let t = &self.t[j];
            match t.kind {
                Kind::Word | Kind::Num => {
                    if j > i && !(t.cap || t.upper || is_connector_word(t.key)) {
                        break;
                    }
                    key.push_str(t.key);
                    words += 1;
                }
                Kind::Poss => key.push('s'),
                Kind::Punct('-' | '–' | '.' | '&') => continue,
                _ => break,
            }
            if words > self.k.max_words || !self.k.is_prefix(&key) {
                break;
            }
            // (a capital initial counts: "U.S." is the caps form "US")
            caps &= !t.is_word() || t.upper || (t.cap && t.key.len() == 1);
            let hit = |m: &rustc_hash::FxHashMap<String, super::knowledge::Known>| {
                m.get(&key).filter(|k| !k.caps_only || caps).is_some()
            };
            // a match ending in dotted initials takes their last dot: "U.S."
            let dot = t.key.len() == 1
                && t.cap
                && j > i
                && self.t.get(j + 1).is_some_and(|x| x.is_punct('.') && !x.space_before);
            let bit = 1u32 << (j - i + dot as usize);
            if hit(&self.k.places) {
                st.place |= bit;
            } else if hit(&self.k.orgs) {
                st.org |= bit;
            } else if j == i && self.k.demonyms.contains_key(&key) {
                st.demonym = true;
            }
        }
        self.scratch.set(key);
        st
    }

    /// Every title starting at capitalised word `i` (words only, at most 8).
    fn titles_uncached(&self, i: usize) -> u32 {
        let mut mask = 0;
        let mut key = self.scratch.take();
        key.clear();
        for j in i..self.t.len().min(i + 8) {
            let t = &self.t[j];
            // (an apostrophe glued to a word of the title: "Dato' Seri")
            if j > i && matches!(t.kind, Kind::Punct('\'' | '’')) && !t.space_before {
                continue;
            }
            if !t.is_word() {
                break;
            }
            key.push_str(t.key);
            // a title of two words or more in the plural ends the chain: "Prime Ministers NAME,
            // NAME and NAME" (not one word: "Kings Romans", "Council of Ministers")
            if j > i && key.len() > 3 && key.ends_with('s') && self.k.titles.contains(&key[..key.len() - 1]) {
                mask |= 1 << (j - i);
                break;
            }
            if !self.k.is_prefix(&key) {
                break;
            }
            // (not a title before an organization's head-word: "Central General Hospital",
            // "Vietnam General Confederation of Labor")
            let next_names_a_body =
                self.t.get(j + 1).is_some_and(|n| n.is_word() && n.cap && self.k.org_heads.contains(n.key));
            if self.k.titles.contains(&key) && !next_names_a_body {
                mask |= 1 << (j - i);
            }
        }
        self.scratch.set(key);
        mask
    }

    /// Title chain from `i`: TITLE (["and"] TITLE)*, optionally after a demonym or "X's"
    /// ("Prime Minister Datuk Seri NAME": an office, then an honorific).
    fn titles(&self, i: usize, end: usize) -> Option<usize> {
        let mut p = i;
        let mut found = false;
        while let Some(l) = self.title_at(p, end) {
            p += l;
            found = true;
            if p + 1 < end && self.t[p].key == "and" && self.title_at(p + 1, end).is_some() {
                p += 1;
            }
        }
        found.then_some(p)
    }

    fn push(&mut self, ty: EType, a: usize, b: usize, short: bool) {
        if a >= b {
            return;
        }
        let (start, end) = (self.t[a].start, self.t[b - 1].end);
        let name = std::borrow::Cow::Borrowed(&self.text[start..end]);
        self.out.push(Cand {
            ty,
            start,
            end,
            toks: (a, b),
            key: String::new(),
            name,
            value: None,
            currency: None,
            short,
            titled: false,
        });
    }

    fn trim(&self, mut a: usize, mut b: usize) -> (usize, usize) {
        while a < b
            && (self.is_connector(a)
                || !matches!(self.t[a].kind, Kind::Word | Kind::Num)
                || (!self.t[a].cap && matches!(self.t[a].key, "the" | "to" | "in"))
                // a credit's "Photo" before the outlet: "-- Photo Vientiane Times"
                || (is_photo_word(self.t[a].key) && a + 1 < b && self.t[a + 1].cap))
        {
            a += 1;
        }
        while b > a && (self.is_connector(b - 1) || matches!(self.t[b - 1].kind, Kind::Punct(_) | Kind::Poss)) {
            // (the last dot of dotted initials stays: "U.S.")
            let initials = b >= a + 4
                && self.t[b - 1].is_punct('.')
                && !self.t[b - 1].space_before
                && self.t[b - 2].key.len() == 1
                && self.t[b - 3].is_punct('.');
            // (nor a possessive the tables have in the name: "Moody's")
            let known_poss = self.t[b - 1].kind == Kind::Poss
                && self.known(a, b).is_some_and(|(kind, l)| kind == Seg::Org && a + l == b);
            if self.t[b - 1].is_punct(')') || initials || known_poss {
                break;
            }
            b -= 1;
        }
        (a, b)
    }

    fn has_head(&self, a: usize, b: usize) -> Option<usize> {
        (a..b).rev().find(|&i| self.is_head(i))
    }

    /// `[a, b)` is two or three capitalised words that could be a person's name: no acronym,
    /// title word, organization head-word, demonym, event word or function word among them.
    fn plain_name(&self, a: usize, b: usize) -> bool {
        self.plain_name_upto(a, b, 3)
    }

    /// Like [`Self::plain_name`], of two to `max` words.
    fn plain_name_upto(&self, a: usize, b: usize, max: usize) -> bool {
        // a hyphenated given name ("Sang-hoon") or family name ("Dizon-Aquino") is one word
        let (mut i, mut words) = (a, 0);
        while i < b {
            if self.name_hyphen(i) && i + 2 <= b {
                i += 2;
                continue;
            }
            if !self.plain_word(i) {
                return false;
            }
            words += 1;
            i += 1;
        }
        (2..=max).contains(&words)
    }

    /// `[a, b)` is one to three plain capitalised words.
    fn plain_name_or_word(&self, a: usize, b: usize) -> bool {
        b > a && b - a <= 3 && (a..b).all(|i| self.plain_word(i))
    }

    /// A capitalised word (not an acronym) that is no title word, organization head-word,
    /// demonym, event word or function word.
    fn plain_word(&self, i: usize) -> bool {
        let t = &self.t[i];
        t.is_word()
            && t.cap
            && !t.upper
            && !self.k.title_words.contains(t.key)
            && !self.k.org_heads.contains(t.key)
            && !self.k.demonyms.contains_key(t.key)
            && !self.k.events.contains(t.key)
            && !is_function_word(t.key)
    }

    /// `[a, b)` is a person's full name by what follows it: two or three plain capitalised
    /// words, then a verb of saying ("Khamphet Vongsavanh said") or an apposition that says
    /// what the person is ("Brian Eyler, an energy expert at …", ", who …").
    fn full_name(&self, a: usize, b: usize) -> bool {
        self.plain_name(a, b) && (self.saying(b) || self.apposition(b) || self.credit_outlet_after(b))
    }

    /// A credit with the name first and a known outlet ending the caption: "… Heng
    /// Chivoan/Khmer Times" (`t[b]` is the slash).
    fn credit_outlet_after(&self, b: usize) -> bool {
        self.t.get(b).is_some_and(|t| t.is_punct('/') && !t.space_before)
            && b + 1 < self.para_end
            && self.known(b + 1, self.para_end).is_some_and(|(kind, l)| kind == Seg::Org && b + 1 + l == self.para_end)
    }

    /// The run of capitalised words that ends at `h` (from `start` at most) opens with a demonym
    /// or a place: "Vietnam Business Association", "Lao Students' Association".
    fn owned_by_country(&self, start: usize, h: usize) -> bool {
        let mut s = h;
        while s > start && (self.t[s - 1].kind == Kind::Poss || (self.t[s - 1].is_word() && self.t[s - 1].cap)) {
            s -= 1;
        }
        self.k.demonyms.contains_key(self.t[s].key) || self.known(s, h).is_some_and(|(kind, _)| kind == Seg::Place)
    }

    /// `[a, b)` is a country the tables know (one with a demonym), by any of its names.
    fn country(&self, a: usize, b: usize) -> bool {
        let place = self.k.places.get(&fold_key(&self.text[self.t[a].start..self.t[b - 1].end]));
        place.is_some_and(|p| self.k.is_country(&p.canonical))
    }

    /// `t[i]` is a verb of saying.
    fn saying(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.is_word() && !t.cap && crate::util::listed(SAYING, t.key))
    }

    /// The slash at `end` (after the chunk from `start`, in a paragraph ending at `n`) is a
    /// credit's, between an outlet and a name: "Photo: VGP/Thanh Dat", "Photo by VnExpress/NAME",
    /// an agency's "REUTERS/NAME" opening a caption's last sentence, or a credit ending the
    /// paragraph ("… province. Khmer Times/Pich Sokha", "(Xinhua/NAME)").
    fn credit_slash(&self, start: usize, end: usize, n: usize) -> bool {
        let key = |i: usize| self.t[i].key;
        let tail_end = if self.t[n - 1].is_punct(')') { n - 1 } else { n };
        (start > 0 && self.t[start - 1].is_punct(':'))
            // a known outlet before it: "(Vientiane Times/Asia News Network)"
            || self.known(start, end).is_some_and(|(kind, l)| kind == Seg::Org && start + l == end)
            || (start >= 2 && key(start - 1) == "by" && is_photo_word(key(start - 2)))
            || (end - start == 1 && self.t[start].upper && self.t[start].sent_start)
            || (tail_end > end + 1
                && tail_end - end - 1 <= 3
                // (one word only in a parenthesised credit: "(Xinhua/Sokha)")
                && (tail_end > end + 2 || (start > 0 && self.t[start - 1].is_punct('(') && tail_end < n))
                && (end + 1..tail_end).all(|k| self.t[k].is_word() && self.t[k].cap && !self.t[k].upper))
    }

    /// `[a, b)` is one end of "from X to Y" (each one to three capitalised words): a route's ends
    /// are places ("drive across from Chong Mek to Vang Tao").
    fn route_end(&self, a: usize, b: usize) -> bool {
        let lower = |i: usize, w: &str| self.t.get(i).is_some_and(|t| t.key == w && !t.cap);
        let caps = |x: usize, y: usize| y > x && y - x <= 3 && (x..y).all(|i| self.t[i].is_word() && self.t[i].cap);
        if a == 0 || !caps(a, b) {
            return false;
        }
        if lower(a - 1, "from") && lower(b, "to") {
            let e = (b + 1..self.t.len().min(b + 5))
                .find(|&i| !(self.t[i].is_word() && self.t[i].cap))
                .unwrap_or(self.t.len());
            return caps(b + 1, e);
        }
        lower(a - 1, "to") && (a.saturating_sub(5)..a - 1).rev().any(|f| lower(f, "from") && caps(f + 1, a - 1))
    }

    /// Whether the word at `x` stands somewhere in the text next to another capitalised word, or
    /// in parentheses as a defined acronym. A scan of the text, asked of few words: past 64 of
    /// them in a text (only a hostile one has so many), every word counts as not alone.
    fn not_alone(&self, x: usize) -> bool {
        if self.scans.get() >= 64 {
            return true;
        }
        self.scans.set(self.scans.get() + 1);
        let t = self.t;
        let capital = |y: &Tok| y.is_word() && y.cap;
        (0..t.len()).any(|i| {
            t[i].key == t[x].key
                && (t.get(i + 1).is_some_and(|n| capital(n) && n.space_before)
                    || (i > 0 && capital(&t[i - 1]) && !t[i - 1].sent_start)
                    || (i > 0 && t[i - 1].is_punct('(') && t.get(i + 1).is_some_and(|n| n.is_punct(')'))))
        })
    }

    /// A noun that says what kind of organization the names after it are, in the singular or
    /// the plural ("firms", "suppliers", "drugmaker", "chipmakers").
    fn org_noun(&self, i: usize) -> bool {
        let t = &self.t[i];
        t.is_word()
            && !t.cap
            && (self.org_noun_key(t.key) || t.key.strip_suffix('s').is_some_and(|k| self.org_noun_key(k)))
    }

    /// A noun for a kind of organization, in the singular: the table's ("lender", "carrier") or
    /// a maker ("drugmaker").
    fn org_noun_key(&self, k: &str) -> bool {
        self.k.org_nouns.contains(k) || k.ends_with("maker")
    }

    /// The item of a list that ends right before `end` (a comma, "and", "or" after it): one to
    /// four capitalised words (an ampersand inside), their start.
    fn list_item_before(&self, end: usize) -> Option<usize> {
        let mut s = end;
        while s > 0
            && end - s < 4
            && (self.name_word(s - 1) || (s >= 2 && s < end && self.t[s - 1].is_punct('&') && self.name_word(s - 2)))
        {
            s -= 1;
        }
        (s < end).then_some(s)
    }

    /// The item of a list that starts at `start`: one to four capitalised words, its end.
    fn list_item_after(&self, start: usize) -> Option<usize> {
        let mut e = start;
        while e < self.para_end && e - start < 4 && (self.name_word(e) || (e > start && self.t[e].is_punct('&'))) {
            e += 1;
        }
        (e > start && self.name_word(e - 1)).then_some(e)
    }

    /// `[a, b)`, unknown capitalised words, is one of a list of companies: "Samsung, Intel, LG and
    /// Amkor" (another item the tables know as an organization, or one whose legal form says it
    /// is a company: "Amkor and Hana Micron JSC"), "chip design firms including
    /// Synopsys, Cadence and Qualcomm" (a noun for organizations before the list). No item is a
    /// place the tables know.
    fn company_list_item(&self, a: usize, b: usize) -> bool {
        let sep = |i: usize| {
            let t = &self.t[i];
            t.is_punct(',') || (t.is_word() && !t.cap && matches!(t.key, "and" | "or"))
        };
        // (next to a separator: most chunks are no list's)
        if !((a >= 2 && sep(a - 1)) || (b + 1 < self.para_end && sep(b))) {
            return false;
        }
        // (not a possessive, a people, or a word that is part of a longer name elsewhere —
        // "Lâm" of "Tô Lâm", "Wattay" of "Wattay International Airport" — nor an acronym the
        // text defines: "… Corporation (EVNNPT)")
        let people = |x: usize| {
            let k = self.t[x].key;
            self.k.demonyms.contains_key(k) || k.strip_suffix('s').is_some_and(|k| self.k.demonyms.contains_key(k))
        };
        if self.t.get(b).is_some_and(|t| t.kind == Kind::Poss) || (a..b).any(people) {
            return false;
        }
        // (asked last, of a list of companies only: a scan of the text, see `not_alone`)
        let alone = || !(a..b).any(|x| self.not_alone(x));
        // the items: left of `a`, then right of `b`; an "and" or "or" among the separators
        let mut items: Vec<(usize, usize)> = Vec::new();
        let mut coordinated = false;
        let mut first = a;
        let mut k = a;
        while items.len() < 6 && k >= 2 && sep(k - 1) {
            coordinated |= self.t[k - 1].is_word();
            let end = if k >= 3 && self.t[k - 1].key == "and" && self.t[k - 2].is_punct(',') { k - 2 } else { k - 1 };
            let Some(s) = self.list_item_before(end) else {
                if self.t[k - 1].is_word() {
                    return false; // "… people and State"
                }
                break;
            };
            items.push((s, end));
            first = s;
            k = s;
        }
        let mut k = b;
        while items.len() < 12 && k + 1 < self.para_end && sep(k) {
            let and = self.t[k].is_punct(',') && self.t[k + 1].key == "and" && !self.t[k + 1].cap;
            coordinated |= self.t[k].is_word() || and;
            let start = if and { k + 2 } else { k + 1 };
            let Some(e) = self.list_item_after(start) else {
                if self.t[k].is_word() || and {
                    return false; // "the Party, State and people"
                }
                break;
            };
            items.push((start, e));
            k = e;
        }
        if !coordinated
            || items.is_empty()
            || items.iter().any(|&(s, e)| self.known(s, e).is_some_and(|(kind, _)| kind == Seg::Place))
        {
            return false;
        }
        // "firms including", "suppliers such as", "lenders like", "drugmaker"
        let mut before = first;
        while before > 0
            && matches!(self.t[before - 1].key, "including" | "such" | "as" | "like")
            && !self.t[before - 1].cap
        {
            before -= 1;
        }
        if before > 0 && self.org_noun(before - 1) {
            return b - a <= 3 && !self.vietnamese_name(a, b) && !self.korean_name(a, b) && alone();
        }
        // one word, in a list of one-word names and companies the tables know or whose legal
        // form says so
        let company = |s: usize, e: usize| {
            self.known(s, e).is_some_and(|(kind, l)| kind == Seg::Org && s + l == e)
                || (e - s >= 2 && is_legal_form(self.t[e - 1].key))
        };
        b == a + 1
            && items.iter().any(|&(s, e)| company(s, e))
            && items.iter().all(|&(s, e)| e == s + 1 || company(s, e))
            && alone()
    }

    /// `t[b]` is a comma that opens an apposition saying what organization the name is: "Savan
    /// Agri Supply, a distributor in Savannakhet", "World Education, a charity based in Boston"
    /// (the description's noun ends its phrase: not "a company director").
    fn org_apposition(&self, b: usize) -> bool {
        if !self.t.get(b).is_some_and(|t| t.is_punct(','))
            || !self.t.get(b + 1).is_some_and(|t| matches!(t.key, "a" | "an" | "the") && !t.cap)
        {
            return false;
        }
        for k in b + 2..self.t.len().min(b + 7) {
            let t = &self.t[k];
            if !(t.is_word() || t.is_punct('-')) || (t.cap && !self.k.demonyms.contains_key(t.key)) {
                return false;
            }
            if t.is_word() && self.k.org_nouns.contains(t.key) {
                // (a person's apposition wins: "NAME, the airline's vice president")
                return self.t.get(k + 1).is_none_or(|x| {
                    (x.kind != Kind::Poss && !x.is_word()) || crate::util::listed(ORG_APPOSITION, x.key)
                }) && !self.apposition(b);
            }
        }
        false
    }

    /// `t[b]` is a comma that opens an apposition saying the name is of a place: "Long Cheng,
    /// a secret airbase", "Samakhixay, the capital of …".
    fn place_apposition(&self, b: usize) -> bool {
        if !self.t.get(b).is_some_and(|t| t.is_punct(',')) {
            return false;
        }
        let det = self.t.get(b + 1).is_some_and(|t| matches!(t.key, "a" | "an" | "the") && !t.cap);
        // "NAME, a village chief": a person's apposition wins
        det && !self.apposition(b)
            && self
                .t
                .iter()
                .skip(b + 2)
                .take(4)
                .take_while(|t| t.is_word() && (!t.cap || self.k.demonyms.contains_key(t.key)))
                // a place cue of the table ("town", "village", "airbase", …) or "the capital of"
                .any(|t| t.key == "capital" || self.k.place_cues.contains(t.key))
    }

    /// `t[b]` is a comma that opens an apposition about a person: "who", or a few words (an
    /// article, adjectives, a possessive) up to a role noun of `data/roles.txt` — "a
    /// hydrologist", "the study's lead author", "secretary-general of …".
    fn apposition(&self, b: usize) -> bool {
        if !self.t.get(b).is_some_and(|t| t.is_punct(',')) {
            return false;
        }
        // an age: "Vanhdy Phommachack, 38, a secondary school teacher", "Soulivanh Phommachak,
        // 31, left his village"
        // (or ending the sentence: "… and Sengphet Vongsa, 39.")
        // ("Souk Phetsavong, now 76, was a teenager")
        let b = if self.t.get(b + 1).is_some_and(|t| t.key == "now") { b + 1 } else { b };
        if self.t.get(b + 1).is_some_and(|t| t.kind == Kind::Num && t.key.len() <= 2)
            && self.t.get(b + 2).is_some_and(|t| t.is_punct(',') || t.is_punct('.') || t.is_punct(';'))
        {
            return true;
        }
        // "Souksavanh Keodara, an 18-year-old from …"
        let year_old = |k: usize| {
            self.t.get(k..k + 5).is_some_and(|w| {
                w[0].kind == Kind::Num
                    && w[1].is_punct('-')
                    && w[2].key == "year"
                    && w[3].is_punct('-')
                    && w[4].key == "old"
            })
        };
        // (or "the 19-year-old … striker")
        if self.t.get(b + 1).is_some_and(|t| matches!(t.key, "a" | "an" | "the") && !t.cap) && year_old(b + 2) {
            return true;
        }
        // "Guo Jiakun, speaking at a regular news briefing, said …"
        if self.t.get(b + 1).is_some_and(|t| !t.cap && matches!(t.key, "speaking" | "addressing" | "writing")) {
            return true;
        }
        for t in self.t.iter().skip(b + 1).take(9) {
            match t.kind {
                Kind::Word if t.cap && t.key == "who" => return false,
                Kind::Word if t.key == "who" => return true,
                Kind::Word if self.k.roles.contains(t.key) => return true,
                Kind::Word if !t.cap && crate::util::listed(APPOSITION_WORDS, t.key) => return false,
                Kind::Word | Kind::Num | Kind::Poss | Kind::Punct('-') => {}
                _ => return false,
            }
        }
        false
    }

    /// A role noun right before `a` ("junta leader Min Aung Hlaing"), or an apposition closed
    /// by commas after one ("the special envoy on Myanmar, Alounkeo Kittikhoun, met …").
    fn role_before(&self, a: usize, b: usize) -> bool {
        let role = |t: &Tok| t.is_word() && !t.cap && self.k.roles.contains(t.key);
        if a == 0 {
            return false;
        }
        // "Striker Khonesavanh Inthalath put the hosts ahead": a role word opening the sentence
        let p = &self.t[a - 1];
        if role(p) || (p.is_word() && p.sent_start && self.k.roles.contains(p.key)) {
            return true;
        }
        // "re-elected Bounthavy Keomanivong as President", "appointed NAME"
        if !p.cap && matches!(p.key, "elected" | "electing" | "appointed" | "appointing") {
            return true;
        }
        // "President-elect NAME"
        if a >= 3 && p.key == "elect" && self.t[a - 2].is_punct('-') && self.k.title_words.contains(self.t[a - 3].key) {
            return true;
        }
        // a byline ("Reporting by NAME", "Additional reporting by NAME"); an age
        // ("27-year-old NAME")
        let key = |i: usize| self.t[i].key;
        // a photo credit: "Photo: Thanh Dat", "Photo: VGP/Thanh Dat"
        let credit = |c: usize| c >= 1 && self.t[c].is_punct(':') && is_photo_word(key(c - 1));
        if credit(a - 1) || (a >= 3 && self.t[a - 1].is_punct('/') && self.t[a - 2].upper && credit(a - 3)) {
            return true;
        }
        // "Bangkok Post photo / NAME": the photographer after the outlet's photo and a slash
        if a >= 2 && self.t[a - 1].is_punct('/') && is_photo_word(key(a - 2)) && !self.t[a - 2].cap {
            return true;
        }
        if a >= 2 && key(a - 1) == "by" && crate::util::listed(CREDIT_VERBS, key(a - 2)) {
            return true;
        }
        // a credit with a colon, "By: NAME", "Edited by: NAME"; a wire's "With assistance from NAME"
        if (a >= 2 && self.t[a - 1].is_punct(':') && key(a - 2) == "by")
            || (a >= 3 && key(a - 1) == "from" && key(a - 2) == "assistance" && key(a - 3) == "with")
        {
            return true;
        }
        // a courtesy or rank title with its dot: "Ms. Vilayvanh Sysouphanh", "Pol. Col. NAME"
        if a >= 2
            && self.t[a - 1].is_punct('.')
            && !self.t[a - 1].space_before
            && (matches!(key(a - 2), "mr" | "ms" | "mrs" | "dr") || self.rank_abbreviation(a - 2))
        {
            return true;
        }
        // the next name of a wire's sign-off: "(Reporting by NAME in Bangkok and NAME in
        // Vientiane; Editing by NAME)"
        if a >= 3 && key(a - 1) == "and" && !self.t[a - 1].cap {
            let back = self.t[a.saturating_sub(12)..a - 1]
                .iter()
                .rev()
                .take_while(|t| !matches!(t.kind, Kind::Punct(';' | '(' | ')' | '.' | ':')))
                .collect::<Vec<_>>();
            if back.windows(2).any(|w| w[0].key == "by" && matches!(w[1].key, "reporting" | "writing" | "editing")) {
                return true;
            }
        }
        // an agency's credit glued to the name: "REUTERS/Kham Sysouvong", "AFP/NAME",
        // "(Photo: Bangkok Post/NAME)", at the end of a caption
        if a >= 2 && self.t[a - 1].is_punct('/') && !self.t[a - 1].space_before && !self.t[a].space_before {
            let closes = self.t.get(b).is_none_or(|t| matches!(t.kind, Kind::Punct(')' | '.'))) || b == self.para_end;
            // (an outlet's name when the credit ends the caption: "… Keola", "(Xinhua/NAME)")
            let ends = b == self.para_end
                || (self.t[a.saturating_sub(6)..a - 1].iter().any(|t| t.is_punct('('))
                    && self.t.get(b).is_some_and(|t| t.is_punct(')')));
            let agency = (self.t[a - 2].upper && self.t[a - 2].key.len() >= 3) || (ends && self.t[a - 2].cap);
            let photo = (a.saturating_sub(6)..a - 1).any(|c| is_photo_word(key(c)));
            if closes && (agency || photo) {
                return true;
            }
        }
        // a verb of saying before the name, closed by a comma or the sentence's end:
        // "…, said Keo Sophal, a local agent"
        if self.saying(a - 1) && self.t.get(b).is_none_or(|t| matches!(t.kind, Kind::Punct(',' | '.'))) {
            return true;
        }
        if a >= 3 && key(a - 1) == "old" && self.t[a - 2].is_punct('-') && key(a - 3) == "year" {
            return true;
        }
        // (or ending the sentence right after the role: "…, said its programme director, NAME.")
        let closed = self.t.get(b).is_some_and(|t| t.is_punct(','))
            || (a >= 2 && self.t.get(b).is_some_and(|t| t.is_punct('.')) && role(&self.t[a - 2]));
        // (a capitalised role too: "Cambodia's Consul General in HCM City, NAME, said")
        self.t[a - 1].is_punct(',') && closed && self.role_in_apposition(a, |_| true)
    }

    /// A role noun among the words (and possessives) before the comma at `a - 1`, at most 11
    /// of them back, that `ok` accepts: "Indonesia's senior official for Asean, NAME". The
    /// commas of a list of portfolios in a body's name are passed: "Director of the Department
    /// of Information, Culture and Tourism, NAME".
    fn role_in_apposition(&self, a: usize, ok: impl Fn(&Tok) -> bool) -> bool {
        let (mut j, mut words) = (a - 1, 0);
        while j > 0 && words < 11 {
            j -= 1;
            let t = &self.t[j];
            if t.is_punct(',') && j > 0 && self.t[j - 1].cap && self.portfolio_word(j + 1) {
                continue;
            }
            if !matches!(t.kind, Kind::Word | Kind::Poss) {
                return false;
            }
            if t.is_word() && self.k.roles.contains(t.key) && ok(t) {
                return true;
            }
            words += 1;
        }
        false
    }

    /// A number of one or two digits at `k`, after a space and in no amount or date: "Nam
    /// Theun 2", "Xekaman 1".
    /// "plant(s)" or "reactor(s)" within the next few words, past only what can name or describe
    /// a numbered plant ("and Duyên Hải 3 plants", "nuclear power plants", "coal-fired plant").
    fn plants_ahead(&self, from: usize, n: usize) -> bool {
        for k in from..n.min(from + 8) {
            let t = &self.t[k];
            if t.is_word() && !t.cap && matches!(t.key, "plant" | "plants" | "reactor" | "reactors") {
                return true;
            }
            let describes = t.is_word() && (t.cap || crate::util::listed(PLANT_WORDS, t.key));
            if !(describes || self.small_number(k) || t.is_punct(',') || (t.is_punct('-') && !t.space_before)) {
                return false;
            }
        }
        false
    }

    /// Whether `short` may be defined as a short name of syllables: already is, or one of the
    /// first few of the document (an article defines a handful; a bound keeps adversarial text
    /// linear).
    fn portmanteau_room(&self, short: &str) -> bool {
        self.portmanteaus.len() < 32 || self.portmanteaus.contains(&short)
    }

    fn small_number(&self, k: usize) -> bool {
        let t = &self.t[k];
        // (or one with a capital letter after it: "Yen Phong 2C Industrial Park", "Zone 18B")
        let lettered = || {
            let b = self.s(k).as_bytes();
            t.kind == Kind::Word
                && (2..=3).contains(&b.len())
                && b[..b.len() - 1].iter().all(u8::is_ascii_digit)
                && b[b.len() - 1].is_ascii_uppercase()
        };
        (t.kind == Kind::Num && t.key.len() <= 2 || lettered()) && t.space_before && !self.taken[k]
    }

    /// The name at `a` is an item of a list of names after a plural role noun: "their foreign
    /// ministers, NAME, NAME and NAME", "leaders NAME and NAME".
    fn role_list(&self, a: usize) -> bool {
        // (or a title in the plural: "Prime Ministers NAME, NAME and NAME")
        let plural_role = |t: &Tok| {
            t.is_word()
                && t.key.len() > 3
                && t.key.ends_with('s')
                && if t.cap {
                    self.k.titles.contains(&t.key[..t.key.len() - 1])
                } else {
                    self.k.roles.contains(&t.key[..t.key.len() - 1])
                }
        };
        let stop = a.saturating_sub(24);
        let mut k = a;
        while k > stop + 1 {
            let p = &self.t[k - 1];
            if plural_role(p) {
                return true;
            }
            if !(p.is_punct(',') || (p.key == "and" && !p.cap)) {
                return false;
            }
            k -= 1;
            if plural_role(&self.t[k - 1]) {
                return true;
            }
            // the item before: one to four capitalised words
            let end = k;
            while k > stop && self.t[k - 1].is_word() && self.t[k - 1].cap && !plural_role(&self.t[k - 1]) {
                k -= 1;
            }
            if k == end || end - k > 4 {
                return false;
            }
        }
        false
    }

    /// One word `[a, b)` named by what surrounds it as a person: an apposition closed by commas
    /// after a role noun ("Indonesia's senior official for Asean, Sumadi, said"), or a
    /// photographer glued to an agency's credit in parentheses ("(Xinhua/Sokha)").
    fn lone_role(&self, a: usize, b: usize) -> bool {
        if a < 2 || b != a + 1 {
            return false;
        }
        let next = |c: char| self.t.get(b).is_some_and(|t| t.is_punct(c));
        let apposition = self.t[a - 1].is_punct(',') && next(',') && self.role_in_apposition(a, |t| !t.cap);
        let credit = self.t[a - 1].is_punct('/')
            && !self.t[a - 1].space_before
            && !self.t[a].space_before
            && self.t[a - 2].cap
            && next(')')
            && self.t[a.saturating_sub(4)..a - 1].iter().any(|t| t.is_punct('('));
        apposition || credit
    }

    /// A byline paragraph's first chunk, "By NAME" or "By NAME and NAME" (optionally ", AGENCY"
    /// after), names people: a name there is a person even when a word of it is also a place ("By Phonsavanh
    /// Khamvongsa"), unless the whole is a known organization or place ("By Vientiane Times").
    /// The outlet may follow: "By NAME, The Nation", "By NAME / Khmer Times". Returns where the
    /// paragraph's reading resumes (None: not a byline).
    fn byline(&mut self, start: usize, end: usize, n: usize) -> Option<usize> {
        let t = &self.t;
        if t[start].key != "by" || end - start < 3 {
            return None;
        }
        let mut names = Vec::new();
        let mut a = start + 1;
        for j in start + 1..=end {
            if j == end || (t[j].key == "and" && !t[j].cap) {
                // (a family name may be in capitals, "By CHEA Vannak", and the whole name too,
                // "By HIROSHI KAWAMURA", when no word of it is a function word or a head-word:
                // not "By THE IRRAWADDY")
                // ("By KIM JI-HOON": a hyphen inside a given name)
                let plain = (a..j).all(|i| (t[i].is_word() && t[i].cap) || (i > a && self.glued_dash(i)))
                    && ((a..j).any(|i| !t[i].upper)
                        || (a..j).all(|i| !is_function_word(t[i].key) && !self.k.org_heads.contains(t[i].key)));
                if !(2..=4).contains(&(j - a)) || !plain || self.known(a, j).is_some_and(|(_, l)| a + l == j) {
                    return None;
                }
                names.push((a, j));
                a = j + 1;
            }
        }
        // the outlet: the rest of the line, a few capitalised words after a comma, a slash or a bar
        let outlet = (end + 1 < n
            && matches!(t[end].kind, Kind::Punct(',' | '/' | '|'))
            && n - end <= 5
            && (end + 1..n).all(|i| t[i].is_word() && (t[i].cap || t[i].upper))
            && !self.known(end + 1, n).is_some_and(|(kind, l)| kind == Seg::Place && end + 1 + l == n))
        .then_some((end + 1, n));
        // (a second writer's Vietnamese name after a comma, no outlet the tables know: "By Viet
        // Tuan, Hoang Phuong")
        let writer = outlet.filter(|&(a, b)| t[end].is_punct(',') && self.vietnamese_name(a, b));
        names.extend(writer);
        for (a, b) in names {
            self.push(EType::Person, a, b, false);
        }
        match outlet {
            Some((a, b)) => {
                if writer.is_none() {
                    self.push(EType::Org, a, b, false);
                }
                Some(b)
            }
            None => Some(end),
        }
    }

    /// "Her mother, Bounmy, runs …": a relative named in an apposition closed by commas.
    fn kin_before(&self, a: usize, b: usize) -> bool {
        a >= 2
            && self.t[a - 1].is_punct(',')
            && self.t.get(b).is_some_and(|t| t.is_punct(','))
            && is_kin(self.t[a - 2].key)
    }

    /// "my sister Linh", "Her husband Daniel", "My younger brother Somphone": a relative (or a
    /// colleague) named right after the word, which follows a possessive.
    fn kin_direct(&self, a: usize) -> bool {
        a >= 2
            && self.t[a - 1].is_word()
            && !self.t[a - 1].cap
            && is_kin(self.t[a - 1].key)
            && self.t[a.saturating_sub(4)..a - 1]
                .iter()
                .any(|t| t.kind == Kind::Poss || crate::util::listed(KIN_POSSESSIVES, t.key))
    }

    /// `t[i]` is a hyphen glued between a capitalised word of at most `left` letters and a
    /// lower-case word ("Jae-won").
    /// A hyphen at `i` glued to a token on each side.
    fn glued_dash(&self, i: usize) -> bool {
        i > 0
            && i + 1 < self.t.len()
            && self.t[i].is_punct('-')
            && !self.t[i].space_before
            && !self.t[i + 1].space_before
    }
    fn glued_hyphen(&self, i: usize, left: usize) -> bool {
        self.glued_dash(i)
            && self.t[i - 1].is_word()
            && self.t[i - 1].cap
            && self.t[i - 1].key.len() <= left
            && self.t[i + 1].is_word()
            && !self.t[i + 1].cap
    }

    /// `t[i]` is a hyphen that glues a short lower-case syllable to a short capitalised one, as
    /// in Korean given names ("Jae-won", "Min-jung") — not an adjective ("Vientiane-based").
    /// "in" completes a name only after two short capitalised words ("Moon Jae-in").
    /// A hyphen inside one word of a name: a given name's ("Jae-won", see [`Self::hyphen_tail`])
    /// or a double family name's ("Dizon-Aquino": two unknown plain words glued by it).
    fn name_hyphen(&self, i: usize) -> bool {
        self.hyphen_tail(i)
            || (self.glued_dash(i)
                && self.plain_word(i - 1)
                && self.plain_word(i + 1)
                && self.known(i - 1, i).is_none()
                && self.known(i + 1, i + 2).is_none())
    }
    fn hyphen_tail(&self, i: usize) -> bool {
        // the second hyphen of "Chan-o-cha" (checked directly, not by recursion: "Ab-c-d-e-…"
        // must not nest a call per hyphen)
        if i >= 3
            && self.t[i - 1].key.len() == 1
            && !self.t[i - 1].cap
            && self.glued_hyphen(i - 2, 7)
            && self.glued_dash(i)
            && self.t[i + 1].is_word()
            && !self.t[i + 1].cap
        {
            return true;
        }
        if !self.glued_hyphen(i, 7) {
            return false;
        }
        let tail = self.t[i + 1].key;
        // a Thai family name of three parts: "Chan-o-cha"
        if tail.len() == 1 {
            return self.glued_dash(i + 2) && self.t[i + 3].is_word() && !self.t[i + 3].cap;
        }
        if tail == "in" {
            return self.glued_hyphen(i, 4)
                && i >= 2
                && self.t[i - 2].is_word()
                && self.t[i - 2].cap
                && self.t[i - 2].key.len() <= 4;
        }
        (2..=5).contains(&tail.len()) && !crate::util::listed(HYPHEN_TAILS, tail)
    }

    /// `[a, b)` is a Vietnamese full name: a family name and one to three short syllables,
    /// all capitalised words, not a known place or organization.
    fn vietnamese_name(&self, a: usize, b: usize) -> bool {
        a < b
            && (2..=4).contains(&(b - a))
            && self.t[a..b].iter().all(|t| t.is_word() && t.key.len() <= 7 && !t.upper)
            && self.k.surnames.contains(self.t[a].key)
            && self.known(a, b).is_none()
    }

    /// A Korean name: a family name of the table, a syllable and a hyphenated one ("Park
    /// Hang-seo", "Kim Jong-un").
    fn korean_name(&self, a: usize, b: usize) -> bool {
        b == a + 4
            && self.k.kr_surnames.contains(self.t[a].key)
            && !self.t[a].upper
            && self.t[a + 1].cap
            && !self.t[a + 1].upper
            && self.hyphen_tail(a + 2)
            && self.known(a, b).is_none()
    }

    /// `t[road]` is a capitalised road word and `t[num]` right after it a road number ("9",
    /// "78", "18B", "1A").
    fn road_number(&self, road: usize, num: usize) -> bool {
        let (r, x) = (&self.t[road], &self.t[num]);
        r.is_word()
            && r.cap
            && x.space_before
            && x.key.len() <= 4
            && x.key.as_bytes().first().is_some_and(u8::is_ascii_digit)
            && crate::util::listed(ROAD_WORDS, r.key)
            && matches!(x.kind, Kind::Num | Kind::Word)
            && !x.key.contains(|c: char| !c.is_ascii_alphanumeric())
    }

    /// The number of tokens of the longest place cue ending at word `i`, within `[a, i]`: one
    /// word ("Port") or a phrase of the table ("Power Plant", "Border Crossing").
    fn cue_len(&self, a: usize, i: usize) -> Option<usize> {
        // (a cue is a word, not an acronym: "SEA" is Southeast Asia, not a sea)
        if !self.t[i].is_word() || (self.t[i].upper && self.t[i].key.len() <= 3) {
            return None;
        }
        // "the Vietnamese State" is the state, not a place
        if self.t[i].key == "state" && i > 0 && self.k.demonyms.contains_key(self.t[i - 1].key) {
            return None;
        }
        let mut key = self.scratch.take();
        key.clear();
        let mut best = None;
        for s in (a.max(i.saturating_sub(2))..=i).rev() {
            if !self.t[s].is_word() {
                break;
            }
            key.insert_str(0, self.t[s].key);
            if self.k.place_cues.contains(key.as_str()) {
                best = Some(i + 1 - s);
            }
        }
        self.scratch.set(key);
        best
    }

    /// The acronym at `i` of the place `long`: a mention of that place.
    fn push_place_acronym(&mut self, i: usize, long: &'a str) {
        self.push(EType::Place, i, i + 1, false);
        if let Some(c) = self.out.last_mut() {
            c.name = std::borrow::Cow::Borrowed(long);
        }
    }

    /// A name at `a` right after a lower-case place word and "of" ("the port of Vung Ang"), or
    /// after the first of such names and "and" or a comma ("the districts of Sepon and Nong").
    fn place_word_of(&self, a: usize) -> bool {
        let word_of = |o: usize, plural: bool| {
            o >= 1 && self.t[o].key == "of" && !self.t[o].cap && {
                let w = &self.t[o - 1];
                w.is_word()
                    && !w.cap
                    && match w.key {
                        "port" | "province" | "district" | "town" | "village" | "commune" | "island" | "city"
                        | "outskirts" | "suburbs" => !plural,
                        "ports" | "provinces" | "districts" | "towns" | "villages" | "communes" | "islands" => true,
                        _ => false,
                    }
            }
        };
        if a >= 2 && word_of(a - 1, false) {
            return true;
        }
        // back over "NAME[, NAME] and" to the "of"
        let mut k = a;
        while k > 0 && a - k < 10 {
            let t = &self.t[k - 1];
            if t.is_punct(',') || (t.key == "and" && !t.cap) || (t.is_word() && t.cap) {
                k -= 1;
            } else {
                break;
            }
        }
        k < a && k >= 2 && word_of(k - 1, true)
    }

    /// `[a, b)` names a document: an event or document word opening it before "on" ("Law on
    /// Capital City"), or a document's word inside it before "on" ("the United Nations Convention
    /// on the Law of the Sea"; not an index's: "HNX-Index on the Hà Nội Stock Exchange").
    fn document(&self, a: usize, b: usize) -> bool {
        let on = |i: usize| self.t.get(i + 1).is_some_and(|t| t.key == "on" && !t.cap);
        (self.k.events.contains(self.t[a].key) && on(a))
            || (a + 1..b).any(|i| self.t[i].cap && on(i) && crate::util::listed(DOCUMENT_WORDS, self.t[i].key))
    }

    /// The acronym in parentheses that ends `[a, b)`, after a name of two tokens or more: "…
    /// Economic Corridor (EWEC)".
    fn acronym_at_end(&self, a: usize, b: usize) -> Option<&'a str> {
        (b >= a + 5 && self.t[b - 1].is_punct(')') && self.t[b - 3].is_punct('(') && self.t[b - 2].upper)
            .then(|| self.s(b - 2))
    }

    /// Whether the initials of `r` spell the acronym `acr` (folded), leaving out up to two
    /// capitalised words when it has three letters or more (see [`Self::spells_range`]).
    fn spells_acronym(&self, r: std::ops::Range<usize>, acr: &str) -> bool {
        self.spells_range(r, acr, if acr.len() >= 3 { 2 } else { 0 })
    }

    /// `[s, e)` names a place: a known one, or a name and a place cue ("… Economic Corridor").
    fn place_named(&self, s: usize, e: usize) -> bool {
        // (a head-word inside the cue is the cue's: "National Convention Centre (NCC)")
        let cued = e > s + 1 && self.cue_len(s, e - 1).is_some_and(|l| e - l > s && self.has_head(s, e - l).is_none());
        cued || self.known(s, e).is_some_and(|(kind, l)| kind == Seg::Place && s + l == e)
    }

    /// Whether the initials of the words in `r` spell `acr` (folded): each capitalised word's
    /// (but for at most `skips` of them after the first), and maybe those of "of", "and", "for"
    /// (and French "du", "de", "des"): "Board of Investment (BOI)", "Ministry of Foreign Affairs
    /// (MOFA)", "Electricité du Cambodge (EDC)". A company's "Joint Stock Company" and legal
    /// form have no letter in it ("… Gia Lai Joint Stock Company (HAGL)"). The run starts with a
    /// capitalised word whose initial is the acronym's first letter ("Office of …", not "of the
    /// …"); an acronym of three letters or more may leave words out: "Neighbouring Countries
    /// Economic Development Cooperation Agency (NEDA)".
    fn spells_range(&self, r: std::ops::Range<usize>, acr: &str, skips: usize) -> bool {
        let joint_stock = |i: usize| match self.t[i].key {
            "joint" => self.t.get(i + 1).is_some_and(|x| x.key == "stock"),
            "stock" => i > 0 && self.t[i - 1].key == "joint",
            "company" => i > 0 && self.t[i - 1].key == "stock",
            _ => false,
        };
        let mut letters: Vec<(char, bool)> = Vec::new();
        for i in r {
            let x = &self.t[i];
            if !x.is_word() {
                continue;
            }
            if x.cap && !x.upper && !is_company_suffix(x.key) && !joint_stock(i) {
                letters.extend(x.key.chars().next().map(|c| (c, true)));
            } else if crate::util::listed(ACRONYM_SKIPS, x.key) && !x.cap {
                letters.extend(x.key.chars().next().map(|c| (c, false)));
            }
        }
        letters.first().is_some_and(|l| l.1 && acr.as_bytes().first().map(|&b| b as char) == Some(l.0))
            && spells(&letters, acr.as_bytes(), skips)
    }

    /// "the NA's Economic, Planning and Finance Committee": portfolio words listed before a body's
    /// head-word (committee, commission, council, department) are part of its name.
    fn listed_before_head(&self, end: usize, n: usize) -> bool {
        let portfolio = |i: usize| self.portfolio_word(i) && !self.t[i].upper;
        if end == 0 || end >= n || !self.t[end].is_punct(',') || !portfolio(end - 1) {
            return false;
        }
        let is_head =
            |i: usize| matches!(self.t[i].key, "committee" | "commission" | "council" | "department") && self.t[i].cap;
        match self.list_after(end, n, 10, |i| portfolio(i) && !is_head(i)) {
            (Some(h), true) => is_head(h) && portfolio(h - 1),
            _ => false,
        }
    }

    /// "National Commission for the Advancement of Women, Mothers and Children (NCAWMC)": a list
    /// of capitalised words after the comma at `end` that the acronym after it spells with the
    /// name before it, letter for letter, is part of the name.
    fn spelled_list(&self, start: usize, end: usize, n: usize) -> bool {
        if end >= n || !self.t[end].is_punct(',') {
            return false;
        }
        match self.list_after(end, n, 12, |i| self.t[i].is_word() && self.t[i].cap && !self.t[i].upper) {
            (Some(p), true) => {
                self.t[p].is_punct('(')
                    && self.t.get(p + 2).is_some_and(|c| c.is_punct(')'))
                    && self.t.get(p + 1).filter(|a| a.upper).is_some_and(|a| self.spells_range(start..p, a.key, 0))
            }
            _ => false,
        }
    }

    /// Records "(ACR)" definitions inside `[a, b)` against the words before them.
    fn acronyms_in(&mut self, a: usize, b: usize) {
        for p in a..b {
            if p + 2 < b + 1
                && self.t[p].is_punct('(')
                && p + 2 < self.t.len()
                && self.t[p + 2].is_punct(')')
                && !self.t[p + 1].upper
                && self.t[p + 1].cap
                && self.t[p + 1].is_word()
            {
                // a short name made of the first syllables of the words before it:
                // "Vietnam National Coal and Mineral Industries Group (Vinacomin)"
                let from = a.max(p.saturating_sub(12));
                let found = self
                    .portmanteau_room(self.s(p + 1))
                    .then(|| portmanteau(&self.t[from..p], self.t[p + 1].key))
                    .flatten();
                if let Some(s) = found.map(|s| from + s) {
                    // (each defined once: the first definition names it)
                    if !self.portmanteaus.contains(&self.s(p + 1)) {
                        let long = self.text[self.t[s].start..self.t[p - 1].end].to_string();
                        self.acronyms.push((self.s(p + 1).to_string(), long));
                        self.portmanteaus.push(self.s(p + 1));
                    }
                    if (s, p) != (a, b) && !(s == a && p + 3 == b) {
                        self.push(EType::Org, s, p, false);
                    }
                    self.push(EType::Org, p + 1, p + 2, true);
                }
                continue;
            }
            if p + 2 < b + 1
                && self.t[p].is_punct('(')
                && p + 2 < self.t.len()
                && self.t[p + 2].is_punct(')')
                && self.t[p + 1].upper
            {
                let acr = self.t[p + 1].key;
                // the shortest run of words around "(ACR)" whose initials spell the acronym:
                // "Communist Party of Việt Nam (CPV)", "Communist Party (CPV) of Vietnam"
                let spell = |r: std::ops::Range<usize>| self.spells_acronym(r, acr);
                let mut found = None;
                // an expansion is at most 12 tokens long: bounded work per acronym
                'outer: for s in (a.max(p.saturating_sub(12))..p).rev() {
                    for e in [p, p + 5, p + 6] {
                        let e = e.min(b);
                        if e >= p && e <= b && (e == p || e > p + 3) && spell(if e == p { s..p } else { s..e }) {
                            found = Some((s, e));
                            break 'outer;
                        }
                    }
                }
                // a name that starts with its own acronym: "SSI Securities Corporation (SSI)"
                if found.is_none() && p > a + 1 && self.t[a].upper && self.t[a].key == acr {
                    found = Some((a, p));
                }
                // a document's acronym names no organization or place ("… Convention on the Law
                // of the Sea (UNCLOS)")
                // (nor an index's, a plan's or an event's: "Corruption Perceptions Index (CPI)")
                if found.is_some_and(|(s, e)| {
                    let last = self.t[if e == p { p - 1 } else { e - 1 }].key;
                    self.document(s, e) || (self.k.events.contains(last) && !self.k.org_heads.contains(last))
                }) {
                    continue;
                }
                // a place's acronym ("East–West Economic Corridor (EWEC)") is that place
                if let Some((s, p)) = found.filter(|&(s, e)| e == p && self.place_named(s, p)) {
                    let long = &self.text[self.t[s].start..self.t[p - 1].end];
                    if (s, p) != (a, b) && !(s == a && p + 3 == b) {
                        self.push(EType::Place, s, p, false);
                    }
                    self.place_acronyms.push((self.s(p + 1), long));
                    self.push_place_acronym(p + 1, long);
                    continue;
                }
                if let Some((s, e)) = found {
                    let long: String = if e == p {
                        self.text[self.t[s].start..self.t[p - 1].end].to_string()
                    } else {
                        format!(
                            "{} {}",
                            &self.text[self.t[s].start..self.t[p - 1].end],
                            &self.text[self.t[p + 3].start..self.t[e - 1].end]
                        )
                    };
                    self.acronyms.push((self.s(p + 1).to_string(), long));
                    let whole = (s, if e == p { p } else { e });
                    // the chunk itself is "NAME (ACR)": its own mention already covers the name
                    let is_chunk = whole == (a, b) || (whole == (a, p) && p + 3 == b);
                    if !is_chunk {
                        self.push(EType::Org, whole.0, whole.1, false);
                    }
                }
                self.push(EType::Org, p + 1, p + 2, true);
            }
        }
    }

    /// Splits a chunk at each "and" that joins separate names, left to right (iteratively: a
    /// chunk of thousands of "and"s costs linear time and no stack), then analyses each part.
    fn analyse(&mut self, a: usize, b: usize) {
        let (mut a, b) = self.trim(a, b);
        // Kept up to date as the "and"s are passed, so that a chunk of thousands of them costs
        // linear time: where to look for the next "and"; whether an "of"/"for" and an
        // organization head-word lie left of it since `a`; the end of the title chain at `a`
        // (if any) and whether a head-word lies between it and the "and".
        let mut from = a + 1;
        let (mut seen_of, mut seen_head, mut scanned) = (false, false, a);
        let mut title_end = self.titles(self.lead(a, b), b);
        let mut head_after_title = false;
        // a portfolio has one "and" ("Minister of Industry and Commerce NAME and NAME"): once
        // one is taken, a later one separates names
        let mut portfolio_taken = false;
        while a < b {
            // split at "and" unless it is inside an org name ("Ministry of Education and
            // Training") or joins two titles ("Deputy Prime Minister and Minister of …")
            let Some(k) = (from..b).find(|&k| self.t[k].key == "and" && self.is_connector(k)) else { break };
            for x in scanned..k {
                seen_of |= matches!(self.t[x].key, "of" | "for" | "on");
                let head = self.is_head(x);
                seen_head |= head;
                head_after_title |= head && title_end.is_some_and(|p| x >= p);
            }
            scanned = k;
            // the first word after the "and", and where a title may start there (after a
            // place, a demonym or a possessive)
            let right = self.trim(k + 1, b).0;
            let right_lead = match self.known(right, b) {
                Some((Seg::Place, l)) => right + l,
                _ => self.lead(right, b),
            };
            let right_title = right < b && self.title_at(right_lead, b).is_some();
            // "Minister of Industry and Commerce NAME": a portfolio (no organization head-word in
            // it, and no new title after the "and")
            let portfolio = |p: usize| {
                p < k
                    && self.t[p].key == "of"
                    && !head_after_title
                    && (right >= b || self.title_at(self.lead(right, b), b).is_none())
            };
            let in_portfolio = title_end.is_some_and(|p| p <= k && !portfolio_taken && portfolio(p));
            let left_titles = title_end.is_some_and(|p| p > k) || in_portfolio;
            // a head-word after the "and", before the next "and" ("Ministry of Industry and
            // Trade and Cambodia's Ministry of Commerce": "Trade" has none, so it stays)
            let next_and = (k + 1..b).find(|&j| self.t[j].key == "and" && self.is_connector(j)).unwrap_or(b);
            let right_head = self.has_head(k + 1, next_and).is_some();
            let left_of = seen_of && seen_head;
            // "… of the X Committee NAME and Savannakhet Governor NAME": a title after the "and"
            // starts another person, not the rest of an organization's name
            // "Mekong Energy and Ecology Network", "Yunnan Construction and Investment Holding
            // Group": portfolio words joined by "and" inside an organization's name
            // ("Disaster Prevention and Control Committee", "Agriculture and Cooperatives
            // Ministry": a field's abstract noun before the "and", a word of the name after it)
            let field = |i: usize| {
                let k = self.t[i].key;
                self.portfolio_word(i)
                    || (self.t[i].cap
                        && k.len() > 6
                        && ["tion", "ment", "ure", "ance", "ence", "ity", "ing"].iter().any(|s| k.ends_with(s)))
            };
            let portfolio_pair = right_head
                && self.t[k - 1].is_word()
                && (self.k.portfolio.contains(self.t[k - 1].key)
                    || (field(k - 1) && !self.is_head(k - 1) && self.cue_len(k - 1, k - 1).is_none())
                    // ("Vietnam Coffee and Cocoa Association": after a place that opens the name)
                    || (k >= a + 2
                        && self.plain_word(k - 1)
                        && self.known(a, k - 1).is_some_and(|(kind, l)| kind != Seg::Org && a + l == k - 1)))
                && (field(k + 1) || (k + 2 < b && self.plain_word(k + 1) && self.is_head(k + 2)));
            // "the State Bank of Vietnam and the BOL": an acronym or a known organization after
            // the "and" is another organization
            // ("… (ASEAN) and the Greater Mekong Subregion": a known place of several words too)
            let right_org = right < next_and
                && (self.t[right].upper
                    || self
                        .known(right, next_and)
                        .is_some_and(|(kind, l)| kind == Seg::Org || (kind == Seg::Place && l >= 2)));
            // "Cooperative Orthotic and Prosthetic Enterprise (COPE)", "Securities and Exchange
            // Commission of Thailand (SEC)": the acronym after the name spells the initials of the
            // words on both sides (as any acronym does: words it leaves out, "of", "and")
            let spelled = (k + 1..next_and).find(|&q| self.t[q].is_punct('(')).is_some_and(|q| {
                // (words on the left: not "MRC and the International Finance Corporation (IFC)")
                (a..k).all(|i| !self.t[i].upper)
                    && q + 2 < b
                    && self.t[q + 1].upper
                    && self.t[q + 2].is_punct(')')
                    && self.spells_acronym(a..q, self.t[q + 1].key)
            });
            // a name the tables know runs across the "and": "China's Belt and Road Initiative"
            let lead = self.lead(a, b);
            let known_across = self.known(lead, b).is_some_and(|(_, l)| lead + l > k + 1);
            if left_titles
                || portfolio_pair
                || spelled
                || known_across
                || (left_of && !right_head && !right_title && !right_org)
            {
                // this "and" stays inside; a later one may still separate two names
                portfolio_taken |= in_portfolio;
                from = k + 1;
                continue;
            }
            self.analyse_part(a, k);
            a = right;
            from = a + 1;
            (seen_of, seen_head, scanned) = (false, false, a);
            title_end = self.titles(self.lead(a, b), b);
            head_after_title = false;
            portfolio_taken = false;
        }
        self.analyse_part(a, b);
    }

    /// Where a title may start: after a leading demonym ("Lao Prime Minister") or "X's".
    fn lead(&self, a: usize, b: usize) -> usize {
        match self.known(a, b) {
            Some((Seg::Demonym, 1)) => a + 1,
            Some((Seg::Place, l)) if a + l < b && self.t[a + l].kind == Kind::Poss => a + l + 1,
            _ => a,
        }
    }

    fn is_head(&self, i: usize) -> bool {
        self.t[i].is_word()
            && self.t[i].cap
            && self.k.org_heads.contains(self.t[i].key)
            // (not the end of a place's name: "Vientiane Capital")
            && !(self.t[i].key == "capital" && i > 0 && self.known(i - 1, i + 1) == Some((Seg::Place, 2)))
    }

    /// A part with no separating "and": titles, affiliations, names.
    fn analyse_part(&mut self, a: usize, b: usize) {
        let (a, b) = self.trim(a, b);
        if a >= b {
            return;
        }
        // "Nghệ An General Hospital": a place, "General" and a cue-ended name is a facility
        if let Some((Seg::Place, l)) = self.known(a, b) {
            let g = if a + l < b && self.t[a + l].key == "provincial" { a + l + 1 } else { a + l };
            if g + 1 < b && self.t[g].key == "general" && self.cue_len(g + 1, b - 1).is_some() {
                self.acronyms_in(a, b);
                return self.classify(a, b);
            }
        }
        // a title anywhere: "Lao National Assembly Chairman Xaysomphone Phomvihane"
        let lead = self.lead(a, b);
        for p in lead..b {
            // "Consulate General" is an organization's name, not a general
            if p > a && self.t[p].key == "general" && self.t[p - 1].key == "consulate" {
                continue;
            }
            // "Communist Party General Secretary NAME": the head-word ends the organization
            // before the title, not opens the title ("Party General Secretary")
            // (capitalised words: not "Houaphan provincial Party Secretary NAME")
            if p > a && self.is_head(p) && (a..p).all(|k| self.t[k].cap) && self.titles(p + 1, b).is_some() {
                continue;
            }
            if let Some(after) = self.titles(p, b) {
                if self.person_after_title(a, p, after, b) {
                    return;
                }
                break;
            }
        }
        self.acronyms_in(a, b);
        self.classify(a, b);
    }

    /// `[p, after)` is a title chain; the person's name is the trailing run of `[after, b)`.
    fn person_after_title(&mut self, a: usize, p: usize, after: usize, b: usize) -> bool {
        let name_like = |i: usize| {
            let t = &self.t[i];
            t.is_word()
                && t.cap
                && !t.upper
                && !self.is_connector(i)
                && !self.k.org_heads.contains(t.key)
                && !self.k.title_words.contains(t.key)
                && !self.k.demonyms.contains_key(t.key)
                && !self.k.portfolio.contains(t.key)
                // (a title's plural: "the two Deputy PMs")
                && !(t.key.len() > 2 && t.key.ends_with('s') && self.k.title_words.contains(&t.key[..t.key.len() - 1]))
                // "Deputy Governor of Phongsaly Province NAME"
                && !crate::util::listed(ADMIN_WORDS, t.key)
        };
        // "Sultan Hassanal Bolkiah of Brunei", "King Norodom Sihamoni of Cambodia": a name, then
        // "of" and a known place that ends the chunk (the country the title is of)
        if let Some(of) = (after + 1..b.min(after + 6)).find(|&o| self.t[o].key == "of" && !self.t[o].cap) {
            // (with its administrative word: "Governor NAME of Attapeu Province"; after an
            // article: "Deputy NAME of the Sơn La delegation")
            let at = self.trim(of + 1, b).0;
            let place = at < b
                && self.known(at, b).is_some_and(|(kind, l)| {
                    kind == Seg::Place
                        && (at + l == b
                            || (at + 1 + l == b
                            && matches!(self.t[b - 1].key, "province" | "city" | "district" | "state")
                            // (not a title's own place: "Chief Medical Officer of Chiang Rai
                            // province Dr NAME")
                            && self.title_at(b, self.para_end).is_none()))
                });
            // "Professor Kenji Morita of Kyoto University": or an organization (a known one, or
            // capitalised words with a head-word)
            let rest = self.trim(of + 1, b).0;
            let org = rest < b
                && (self.known(rest, b).is_some_and(|(kind, l)| kind == Seg::Org && rest + l == b)
                    || (self.has_head(rest, b).is_some() && self.t[rest].cap));
            if org && (after..of).all(name_like) && of - after <= 4 {
                if p > a {
                    self.classify_part(a, p);
                }
                self.push(EType::Person, after, of, of - after == 1);
                if let Some(c) = self.out.last_mut() {
                    c.titled = true;
                }
                self.analyse(rest, b);
                return true;
            }
            if place && (after..of).all(name_like) {
                if p > a {
                    self.classify_part(a, p);
                }
                self.push(EType::Person, after, of, of - after == 1);
                if let Some(c) = self.out.last_mut() {
                    c.titled = true;
                }
                self.push(EType::Place, at, b, false);
                return true;
            }
        }
        // trailing name-like words ("Park Jae-won": a hyphenated given name counts as one, and so
        // does a double name: "Jean-Noël", "Ramos-Horta")
        let mut q = b;
        while q > after {
            // ("Chan-o-cha": a one-letter syllable between two hyphens)
            let syllable = |i: usize| name_like(i) || (self.t[i].key.len() == 1 && !self.t[i].cap);
            if q >= after + 3 && self.name_hyphen(q - 2) && syllable(q - 3) && b - q < 4 {
                q -= 2;
                continue;
            }
            // a particle between name words ("Albert del Rosario"; "von der")
            if q < b && q >= after + 2 && !self.t[q - 1].cap && is_name_particle(self.t[q - 1].key) && b - q < 4 {
                let mut r = q - 1;
                while r > after + 1 && !self.t[r - 1].cap && is_name_particle(self.t[r - 1].key) && q - r < 2 {
                    r -= 1;
                }
                if name_like(r - 1) {
                    q = r;
                    continue;
                }
            }
            if !name_like(q - 1) || b - q >= 6 {
                break;
            }
            // stop at a known multi-word place or org ending here ("… to Việt Nam Khamphao")
            q -= 1;
        }
        // a Vietnamese name whose last syllable is also a demonym: "Lieutenant General Le Duc Thai"
        if q == b && self.k.demonyms.contains_key(self.t[b - 1].key) {
            if let Some(s) = (after.max(b.saturating_sub(4))..b.saturating_sub(1))
                .find(|&s| self.vietnamese_name(s, b) && (s..b - 1).all(name_like))
            {
                q = s;
            }
        }
        // do not take the end of a known place/org as a name ("Ambassador to Việt Nam")
        while q < b {
            // a known multi-word place ends here ("… to Việt Nam Khamphao"), or a one-word one
            // follows a preposition ("… to Laos Khamphao"); a one-word place that is a given
            // name stays in the name ("Phonsavanh Inthavong")
            // (or its article after one: "… to the RoK NAME")
            let prep_at = |i: usize| matches!(self.t[i].key, "to" | "of" | "in" | "for") && !self.t[i].cap;
            let prep = q > after
                && (prep_at(q - 1)
                    || (q > after + 1 && self.t[q - 1].key == "the" && !self.t[q - 1].cap && prep_at(q - 2)));
            let ends_known = (after.max(q.saturating_sub(self.k.max_words))..q + 1).any(|s| {
                self.known(s, b).is_some_and(|(_, l)| s + l > q && s + l <= b && (l >= 2 || (s == q && prep)))
            });
            if ends_known {
                q += 1;
            } else {
                break;
            }
        }
        // "General Department of Customs": the "name" completes an organization that the title
        // word only appeared to start
        if q > after
            && q < b
            && self.t[q - 1].key == "of"
            && !self.t[q - 1].cap
            && self.has_head(after, q).is_some()
            && (p == a || p == self.lead(a, b))
        {
            self.acronyms_in(a, b);
            self.push_org(a, b);
            return true;
        }
        // what precedes the title and lies between title and name: affiliations
        let has_name = q < b && !(b - q == 1 && self.known(q, b).is_some());
        let middle_has_head = self.has_head(after, q).is_some();
        // (after an owner: "Cambodia's General Department of Immigration")
        let affiliation = after < b && matches!(self.t[after].key, "of" | "for" | "to") && !self.t[after].cap;
        if !has_name && p > a && p == self.lead(a, b) && middle_has_head && !affiliation && self.is_head(after) {
            self.acronyms_in(a, b);
            self.classify(a, b);
            return true;
        }
        if !has_name && p == a {
            // "General Statistics Office": the title word starts the organization; but in "Acting
            // Head of the X Commission" the organization is what follows "of"
            let affiliation = after < b && matches!(self.t[after].key, "of" | "for" | "to") && !self.t[after].cap;
            if middle_has_head && affiliation {
                self.analyse(after, q);
            } else if middle_has_head {
                // the title word starts an organization: "General Statistics Office",
                // "Prime Minister's Office"
                self.acronyms_in(a, b);
                self.classify(a, b);
            } else if affiliation {
                // a title of a place: "the President of Indonesia", "Ambassador to Laos"
                self.analyse(after, b);
            }
            return true; // otherwise a bare title: "the Lao Prime Minister"
        }
        // "National Assembly Chairman NAME", "NA Chairman", "Politburo member", "Lao National
        // Assembly Chairman": a title that opens with a body's name names the body too
        let mut a = a;
        if let Some(h) = self.body_in_title(p, after) {
            // (with the demonym or place of its owner before it: "Lao National Assembly")
            let from = if p > a && self.lead(a, p) == p { self.trim(a, p).0 } else { p };
            // (an acronym is a short form: it names the body only if the article defines it)
            self.push(EType::Org, from, h + 1, self.acronym_in_title(p, h));
            if from < p {
                a = p;
            }
        }
        if p > a {
            let before = self.out.len();
            self.classify_part(a, p);
            // (nothing, or a lone word read as a short form of a person's name)
            let lone = self.out.len() == before + 1
                && self.out[before].ty == EType::Person
                && self.out[before].short
                && self.out[before].toks.1 - self.out[before].toks.0 == 1;
            if self.out.len() == before || lone {
                self.out.truncate(before);
                self.employer_before_title(a, p);
            }
        }
        // (a portfolio after the title names no body: "Deputy Minister of Science and Technology
        // NAME", where "Technology" also ends companies' names)
        let portfolio =
            affiliation && (after + 1..q).all(|i| self.portfolio_word(i) || (self.t[i].key == "and" && !self.t[i].cap));
        if q > after && !portfolio {
            self.analyse(after, q);
        }
        if has_name {
            self.push(EType::Person, q, b, b - q == 1);
            if let Some(c) = self.out.last_mut() {
                c.titled = true;
            }
        }
        true
    }

    /// The last token of a body's name that opens the title chain `[p, after)` and is followed by
    /// a title word: a head-word ("National Assembly", "Politburo", "Senate"; not "Party" of
    /// "Party General Secretary") or an acronym ("NA Chairman").
    fn body_in_title(&self, p: usize, after: usize) -> Option<usize> {
        let h = (p..after).rev().find(|&h| self.is_head(h) || self.acronym_in_title(p, h))?;
        let body = h + 1 < after
            && self.t[h + 1].is_word()
            && (self.k.title_words.contains(self.t[h + 1].key) || self.t[h + 1].key == "member")
            && !matches!(self.t[h].key, "party" | "government" | "office" | "front")
            && (p..=h).all(|i| self.t[i].is_word() && (self.t[i].cap || self.t[i].upper));
        body.then_some(h)
    }

    /// `t[h]` opens the title chain at `p` and is an acronym, not a title's ("NA Chairman", not
    /// "CEO Mr NAME").
    fn acronym_in_title(&self, p: usize, h: usize) -> bool {
        h == p && self.t[h].upper && self.t[h].key.len() >= 2 && !self.k.title_words.contains(self.t[h].key)
    }

    /// "Rosatom Director General NAME", "Unitel Chairman NAME": one to three capitalised words
    /// before a title that name no place, organization, demonym or person of the tables are
    /// the titled person's employer, an organization (not a modifier of the title opening the
    /// sentence: "Former President NAME", "Outgoing Chairman NAME").
    fn employer_before_title(&mut self, a: usize, p: usize) {
        let (a, p) = self.trim(a, p);
        let plain = |i: usize| {
            let t = &self.t[i];
            t.is_word()
                && (t.cap || t.upper)
                && !self.is_connector(i)
                && !self.k.title_words.contains(t.key)
                && !self.k.demonyms.contains_key(t.key)
                && !self.k.events.contains(t.key)
                && !is_function_word(t.key)
                && !is_title_modifier(t.key)
                // a portfolio or a rank: "Tourism Minister NAME", "Pol Gen NAME"
                && !self.k.portfolio.contains(t.key)
                && !self.k.place_cues.contains(t.key)
                && (!self.k.org_heads.contains(t.key) || (p == a + 1 && is_standalone_body(t.key)))
                && !is_rank_word(t.key)
                && t.key != "best"
                // (a short word is more often a word than a name: "the Red Prince")
                && (t.upper || t.key.len() > 3)
        };
        if a < p && p - a <= 3 && (a..p).all(plain) && (a..p).all(|i| self.known(i, p).is_none()) {
            self.push(EType::Org, a, p, false);
        }
    }

    fn classify_part(&mut self, a: usize, b: usize) {
        let (a, b) = self.trim(a, b);
        if a < b {
            self.classify(a, b);
        }
    }

    /// An organization's name `[a, b)`. A leading place or acronym with a possessive owns it:
    /// part of its name and identity ("Thailand's Ministry of Energy" is not Laos's; "the NA's
    /// Committee for External Affairs"), but the mention is of the owner, then of the
    /// organization (the owner is highlighted as what it is). A demonym stays inside ("Lao
    /// National Assembly").
    fn push_org(&mut self, a: usize, b: usize) {
        // ("Laos' Ministry of …": a plural possessive too)
        let poss = |i: usize| {
            self.t[i].kind == Kind::Poss
                || (matches!(self.t[i].kind, Kind::Punct('\'' | '’'))
                    && !self.t[i].space_before
                    && self.t[i - 1].key.ends_with('s'))
        };
        let owner = match self.known(a, b) {
            Some((Seg::Place, l)) if a + l + 2 < b && poss(a + l) => Some((EType::Place, l)),
            _ if a + 2 < b && self.t[a].upper && self.t[a + 1].kind == Kind::Poss => Some((EType::Org, 1)),
            // an organization owning another: "the Ministry of Public Security's Environmental
            // Police Department" (the owner a whole name, "Ministry of …" or "… Agency"; not a
            // central committee's commissions, which are named with it, nor "… Lao People's …")
            _ => (a + 2..b.saturating_sub(1))
                .find(|&p| {
                    let whole = (self.is_head(p - 1) && self.t[p - 1].key != "committee")
                        || (self.is_head(a) && self.t[a + 1].key == "of" && !self.t[a + 1].cap);
                    self.t[p].kind == Kind::Poss
                        && whole
                        && !crate::util::listed(LEXICAL_OWNERS, self.t[p - 1].key)
                        && self.has_head(p + 1, b).is_some()
                })
                .map(|p| (EType::Org, p - a)),
        };
        // an organization's possessive before a place: "the World Bank's Vientiane office"
        if let Some(p) = (a + 1..b.saturating_sub(1)).find(|&p| self.t[p].kind == Kind::Poss) {
            if owner.is_none() && self.known(p + 1, b).is_some_and(|(kind, l)| kind == Seg::Place && p + 1 + l == b) {
                self.push(EType::Org, a, p, false);
                return self.push(EType::Place, p + 1, b, false);
            }
            // "the World Bank's Carolyn Turk", "the European Space Agency's Sentinel": what an
            // organization (named by its head-word) has, with no head-word of its own, is no
            // part of its name
            if owner.is_none()
                && self.is_head(p - 1)
                && self.has_head(p + 1, b).is_none()
                && self.known(p + 1, b).is_none()
            {
                self.push(EType::Org, a, p, false);
                return self.classify(p + 1, b);
            }
        }
        let Some((ty, l)) = owner else { return self.push(EType::Org, a, b, false) };
        self.push(ty, a, a + l, ty == EType::Org && l == 1);
        self.push(EType::Org, a + l + 1, b, false);
        // a company is its own name whoever owns it ("Malaysia's Tenaga Nasional Bhd"): its last
        // word before an acronym in parentheses ("… Public Company (EGCO)") is a company's
        let end = if b >= a + 4 && self.t[b - 1].is_punct(')') && self.t[b - 3].is_punct('(') { b - 3 } else { b };
        let last = (a..end).rev().find(|&i| self.t[i].is_word()).map_or("", |i| self.t[i].key);
        let company =
            is_company_suffix(last) || is_legal_form(last) || matches!(last, "company" | "corporation" | "group");
        if let Some(c) = self.out.last_mut().filter(|_| !company) {
            c.name = std::borrow::Cow::Borrowed(&self.text[self.t[a].start..self.t[b - 1].end]);
        }
    }

    /// A chunk without a title.
    fn classify(&mut self, a: usize, b: usize) {
        let (mut a, b) = self.trim(a, b);
        if a >= b {
            return;
        }
        // "Operator Nghệ Tĩnh Port JSC said …": a description capitalised as a sentence's first
        // word; "The Japanese Covered Bridge": an article (unless the name has it: "The Nation")
        if b > a + 1
            && self.t[a].sent_start
            && !self.t[a].upper
            && (self.k.org_nouns.contains(self.t[a].key) || (self.t[a].key == "the" && self.known(a, b).is_none()))
        {
            a += 1;
        }
        // a company named for its region: "Impact Energy Asia", "ICE Futures Europe" (not "Southeast
        // Asia": the gazetteer has it whole)
        if b >= a + 2
            && self.t[b - 1].key.len() <= 7
            && crate::util::listed(REGION_WORDS, self.t[b - 1].key)
            && (a..b - 1)
                .all(|i| self.t[i].is_word() && (self.t[i].cap || self.t[i].upper) && self.known(i, b).is_none())
            && (self.has_head(a, b - 1).is_some()
                || (a..b - 1).any(|i| self.t[i].upper || self.k.portfolio.contains(self.t[i].key)))
        {
            return self.push(EType::Org, a, b, false);
        }
        // "the Politburo", "Senate President …": a body named by its head-word alone
        if b == a + 1 && self.t[a].cap && is_standalone_body(self.t[a].key) {
            return self.push(EType::Org, a, b, false);
        }
        // a country's currency is no mention of the country: "invoiced in U.S. dollars"
        let after = if self.t.get(b).is_some_and(|t| t.is_punct('.')) { b + 1 } else { b };
        if self.t.get(after).is_some_and(|t| matches!(t.key, "dollar" | "dollars") && !t.cap)
            && self.known(a, b).is_some_and(|(kind, l)| kind == Seg::Place && a + l == b)
        {
            return;
        }
        // head-words only, the last in the plural: "the Party Committees of 13 provinces" are
        // many bodies, none named
        let plural_head = |i: usize| {
            let k = self.t[i].key;
            self.t[i].cap
                && k.len() > 3
                && (k.strip_suffix("ies").is_some_and(|s| self.k.org_heads.contains(format!("{s}y").as_str()))
                    || k.strip_suffix('s').is_some_and(|s| self.k.org_heads.contains(s)))
        };
        if b - a >= 2 && plural_head(b - 1) && (a..b - 1).all(|i| self.is_head(i)) {
            return;
        }
        // a place's acronym defined earlier: "the EWEC"
        if b == a + 1 && self.t[a].upper {
            if let Some(&(_, long)) = self.place_acronyms.iter().find(|(acr, _)| *acr == self.s(a)) {
                return self.push_place_acronym(a, long);
            }
        }
        // "… Economic Corridor (EWEC)": the place (its acronym is recorded by `acronyms_in`)
        if self.acronym_at_end(a, b).is_some_and(|acr| self.place_acronyms.iter().any(|(x, _)| *x == acr)) {
            return self.classify(a, b - 3);
        }
        // "Vientiane's Hadxaifong district": the place, then the rest (an org keeps its owner:
        // "Việt Nam’s Ministry of Foreign Affairs")
        if let Some((Seg::Place, l)) = self.known(a, b) {
            if a + l + 1 < b && self.t[a + l].kind == Kind::Poss && self.has_head(a + l + 1, b).is_none() {
                self.push(EType::Place, a, a + l, false);
                // "Cambodia's Hun Manet": two or three plain capitalised words after a place's
                // possessive, none of them known, are a person's full name
                let rest = a + l + 1;
                // (not a policy named: "India's Act East policy")
                if self.plain_name(rest, b)
                    && (rest..b).all(|i| self.known(i, b).is_none())
                    && self.cue_len(rest, b - 1).is_none()
                    && ![b - 1, b]
                        .iter()
                        .any(|&i| self.t.get(i).is_some_and(|t| crate::util::listed(NAMED_POLICIES, t.key)))
                {
                    // (a country's: a province's or a city's is one of its places, "Son La's Moc
                    // Chau")
                    let ty = if self.country(a, a + l) { EType::Person } else { EType::Place };
                    self.push(ty, rest, b, false);
                    return;
                }
                return self.classify(rest, b);
            }
        }
        // exact gazetteer match of the whole chunk
        if let Some((kind, l)) = self.known(a, b) {
            if a + l == b {
                match kind {
                    Seg::Place => self.push(EType::Place, a, b, false),
                    Seg::Org => self.push(EType::Org, a, b, false),
                    Seg::Demonym => {}
                }
                return;
            }
        }
        // a national age-group team: "Thailand U22", "Laos U23"
        if let Some((Seg::Place, l)) = self.known(a, b) {
            let age = |k: &str| k.len() == 3 && k.starts_with('u') && k[1..].bytes().all(|c| c.is_ascii_digit());
            if a + l + 1 == b && self.t[b - 1].is_word() && self.t[b - 1].cap && age(self.t[b - 1].key) {
                return self.push(EType::Org, a, b, false);
            }
        }
        // "Wat Xieng Thong", "Mount Phousi": a temple or a mountain named after its cue; "Nam
        // Kading", "Xe Bang Fai": a Lao river ("nam", "xe" and "se" are Lao for river), and the
        // dam numbered after one ("Nam Theun 2"); "Ban Nalao": a Lao village ("ban", unaccented:
        // the Vietnamese family name Bàn is written with its accent)
        let numbered = b - a >= 3 && self.t[b - 1].kind == Kind::Num && matches!(self.t[a].key, "nam" | "xe" | "se");
        let last = if numbered { b - 1 } else { b };
        if (2..=4).contains(&(b - a))
            && self.t[a].cap
            && self.t[a].key.len() <= 5
            && (crate::util::listed(PLACE_PREFIXES, self.t[a].key)
                || (self.s(a) == "Ban" && !matches!(self.t[a + 1].key, "van" | "thi")))
            // (a syllable that is a title's acronym only in capitals: "Ban Na Sala", not "NA")
            && (a + 1..last).all(|i| {
                self.plain_word(i) || (self.t[i].key.len() == 2 && self.t[i].cap && !self.t[i].upper && !matches!(self.t[i].key, "dr" | "mr" | "ms" | "st"))
            })
            && self.known(a, b).is_none()
        {
            self.push(EType::Place, a, b, false);
            return;
        }
        // "the Xayaburi Dam on the Mekong": a named place, then where it is
        if let Some(on) = (a + 1..b.saturating_sub(1)).find(|&i| self.t[i].key == "on" && !self.t[i].cap) {
            if self.cue_len(a, on - 1).is_some_and(|l| on - a > l)
                || self.known(a, on).is_some_and(|(kind, l)| kind == Seg::Place && a + l == on)
            {
                self.push(EType::Place, a, on, false);
                return self.classify_part(on + 1, b);
            }
        }
        // a numbered body: "Military Region 5", "National Steering Committee 515"
        if b - a >= 3
            && self.t[b - 1].kind == Kind::Num
            // (a head-word that is also a place cue names a facility: "Military Hospital 17")
            && ((self.t[b - 2].key == "region" && self.t[b - 3].key == "military")
                || (self.is_head(b - 2) && self.cue_len(b - 2, b - 2).is_none()))
        {
            return self.push_org(a, b);
        }
        // a numbered facility: "Military Hospital 17"
        if b - a >= 3 && self.t[b - 1].kind == Kind::Num && self.cue_len(a, b - 2).is_some_and(|l| b - 1 - l > a) {
            self.push(EType::Place, a, b, false);
            return;
        }
        // a numbered road: "Route 9", "National Road 78"
        if b - a >= 2 && self.road_number(b - 2, b - 1) && !matches!(self.t[b - 2].key, "region" | "committee") {
            self.push(EType::Place, a, b, false);
            return;
        }
        let last_word = (a..b).rev().find(|&i| self.t[i].is_word()).unwrap_or(a);
        // events are not organizations: "National Party Congress"; "Meeting of the X Committee" → X
        // (but a body "of" one is: "National Institute of International Strategy")
        // (an acronym is none: "People's Liberation Army Navy (PLAN)")
        let event = |i: usize| self.t[i].cap && !self.t[i].upper && self.k.events.contains(self.t[i].key);
        let body_of = |e: usize| (a + 1..e).any(|o| self.t[o].key == "of" && !self.t[o].cap && self.is_head(o - 1));
        if event(last_word) && !body_of(last_word) {
            return;
        }
        // "a UNESCO World Heritage town": a designation, no place; the body that gives it is one
        if let Some(w) = (a..b.saturating_sub(1)).find(|&w| {
            self.t[w].key == "world"
                && self.t[w + 1].key == "heritage"
                && (w + 2 == b || (w + 3 == b && !self.t[w + 2].cap))
        }) {
            if w > a {
                self.classify_part(a, w);
            }
            return;
        }
        // a storm is no entity: "Typhoon Yagi", "Tropical Storm Trami"
        if (a..b.min(a + 2))
            .any(|i| self.t[i].cap && self.t[i].key.len() >= 5 && crate::util::listed(STORMS, self.t[i].key))
        {
            return;
        }
        // a document is not an organization or a place: "Law on Capital City", "the United Nations
        // Convention on the Law of the Sea"
        if self.document(a, b) {
            return;
        }
        if let Some(ev) = (a..b).find(|&i| event(i)).filter(|&ev| !body_of(ev)) {
            if let Some(of) = (ev + 1..b).find(|&i| self.t[i].key == "of" && !self.t[i].cap).filter(|&of| of == ev + 1)
            {
                return self.classify_part(of + 1, b);
            }
        }
        // places by cue: "Vũng Áng Port", "Friendship Hospital", "Wharf No. 3", "Houaphanh province"
        // (not "Joint Coordination Committee of the … Triangle Area": a head-word, then "of")
        // ("Kim Đồng Publishing House" is a publisher: an organization)
        if last_word > a && self.t[last_word - 1].key == "publishing" && self.t[last_word].key == "house" {
            self.push(EType::Org, a, b, false);
            return;
        }
        // a hospital "of"/"for" something is the facility, a place, like any other hospital: "the
        // Hospital for Tropical Diseases" (no other head-word before it; museums are left as
        // they were: annotators differ)
        if let Some(h) = (a..b).find(|&h| self.is_head(h)) {
            if self.t[h].key == "hospital"
                && self.t.get(h + 1).is_some_and(|t| matches!(t.key, "of" | "for") && !t.cap)
                && h + 2 < b
            {
                return self.push(EType::Place, a, b, false);
            }
        }
        let head_of =
            (a..b).any(|h| self.is_head(h) && (h + 1..b.min(h + 5)).any(|o| self.t[o].key == "of" && !self.t[o].cap));
        if (self.cue_len(a, last_word).is_some_and(|l| b - a > l) && !head_of)
            || (self.cue_len(a, a).is_some() && self.t.get(a + 1).is_some_and(|x| x.key == "no"))
        {
            // a border guard's station or post is a unit, not a place: "Cầu Treo Border Guard Station"
            if (a + 1..last_word).any(|i| self.t[i].key == "guard" && self.t[i - 1].key == "border") {
                return self.push_org(a, b);
            }
            // a facility named by its number: "the 103 Military Hospital", "Vientiane's 108 Hospital"
            let a = if a >= 2
                && self.t[a - 1].kind == Kind::Num
                && self.t[a - 1].key.len() <= 3
                && (self.t[a - 2].kind == Kind::Poss || (self.t[a - 2].key == "the" && !self.t[a - 2].cap))
            {
                a - 1
            } else {
                a
            };
            // a lower-case generic cue is not part of the name's identity, but is of the mention
            // (an owner's possessive first is a place of its own: "Viet Nam's Cho Ray Hospital")
            // ("Sóc Trăng Province's Trần Đề District": with the owner's own generic word)
            if let Some((Seg::Place, l)) = self.known(a, b) {
                let l = if matches!(self.t[a + l].key, "province" | "district" | "city") && self.t[a + l].cap {
                    l + 1
                } else {
                    l
                };
                if a + l + 2 < b && self.t[a + l].kind == Kind::Poss {
                    self.push(EType::Place, a, a + l, false);
                    self.push(EType::Place, a + l + 1, b, false);
                    return;
                }
            }
            // "Lang Nu Village of Bao Yen District": a place in another, each with its own
            // administrative word
            let admin = |i: usize| self.t[i].cap && crate::util::listed(SETTLEMENT_WORDS, self.t[i].key);
            if let Some(o) =
                (a + 2..b.saturating_sub(2)).find(|&o| self.t[o].key == "of" && !self.t[o].cap && admin(o - 1))
            {
                if admin(b - 1) {
                    self.push(EType::Place, a, o, false);
                    self.push(EType::Place, o + 1, b, false);
                    return;
                }
            }
            self.push(EType::Place, a, b, false);
            return;
        }
        // "Wang Yi of China", "Antony Blinken of the United States": a plain name, "of", and a
        // known place that ends the chunk
        let of_place = (2..=3).find(|&l| {
            a + l + 1 < b
                && self.t[a + l].key == "of"
                && !self.t[a + l].cap
                && self.plain_name(a, a + l)
                && (a..a + l).all(|i| self.known(i, a + l).is_none() && self.cue_len(a, i).is_none())
        });
        if let Some(l) = of_place {
            let rest = self.trim(a + l + 1, b).0;
            if self.known(rest, b).is_some_and(|(kind, len)| kind == Seg::Place && rest + len == b) {
                self.push(EType::Person, a, a + l, false);
                self.push(EType::Place, rest, b, false);
                return;
            }
        }
        // organizations by head-word
        if let Some(h) = self.has_head(a, b) {
            // "Wang Jianhua of the X Cooperation Centre": a plain name, "of", then the
            // organization it belongs to
            let named = (2..=4).find(|&l| {
                a + l + 1 < h
                    && self.t[a + l].key == "of"
                    && !self.t[a + l].cap
                    && (self.plain_name(a, a + l) || self.vietnamese_name(a, a + l))
                    && (a..a + l).all(|i| self.known(i, a + l).is_none())
            });
            if let Some(l) = named {
                self.push(EType::Person, a, a + l, false);
                return self.classify_part(a + l + 1, b);
            }
            // "People's Committee Dương Văn Thắng": a Vietnamese full name right after the
            // head-word is a person, not the rest of the organization's name
            let b = if self.vietnamese_name(h + 1, b) {
                self.push(EType::Person, h + 1, b, false);
                h + 1
            } else if let Some(p) = (2..=3).map(|l| b.saturating_sub(l)).find(|&p| {
                // "Commission for Propaganda and Training Kikeo Khaykhamphithoune": a portfolio
                // ends the organization's name, and a plain two- or three-word name follows
                p > h + 1
                    && self.t[p - 1].is_word()
                    && self.k.portfolio.contains(self.t[p - 1].key)
                    && self.plain_name(p, b)
                    && self.cue_len(p, b - 1).is_none()
                    && (p..b).all(|i| !self.k.portfolio.contains(self.t[i].key) && self.known(i, b).is_none())
            }) {
                self.push(EType::Person, p, b, false);
                p
            } else {
                b
            };
            let b = if self.party_central_committee(a, b) { b - 2 } else { b };
            if b == a + 1 && self.t[a].upper {
                // "the CPV Central Committee": the party's acronym
                self.push(EType::Org, a, b, true);
                return;
            }
            let words = (a..b).filter(|&i| self.t[i].is_word()).count();
            if words >= 2 {
                self.push_org(a, b);
            }
            return; // a head-word alone ("the Government", "the Party") is too generic
        }
        // "Vietnamese club Hoang Anh Gia Lai", "lender Farrowbank": an organization described
        // right before its name
        if a > 0
            && self.t[a - 1].is_word()
            // (or opening the sentence: "Carmaker VinFast said")
            && (!self.t[a - 1].cap || self.t[a - 1].sent_start)
            && (self.org_noun_key(self.t[a - 1].key)
                // "Kunming-based Caiyun International Travel": a company described by its base
                || (a >= 2 && self.t[a - 1].key == "based" && self.t[a - 2].is_punct('-') && b - a >= 2))
            && (a..b).all(|i| self.plain_word(i) || self.t[i].upper || (i > a && self.is_connector(i)))
            // (a person's name after it is its member's: "the association's Vice President NAME")
            && !self.vietnamese_name(a, b)
            && !self.korean_name(a, b)
        {
            // (and the country after it: "operator Rosneft of Russia")
            if let Some(of) = (a + 1..b.saturating_sub(1)).find(|&o| {
                self.t[o].key == "of"
                    && self.known(o + 1, b).is_some_and(|(kind, l)| kind == Seg::Place && o + 1 + l == b)
            }) {
                self.push(EType::Org, a, of, false);
                return self.push(EType::Place, of + 1, b, false);
            }
            self.push(EType::Org, a, b, false);
            return;
        }
        // a number inside a chunk with no cue and no head-word: the names either side of it
        if let Some(num) = (a..b).find(|&i| self.t[i].kind == Kind::Num) {
            self.classify_part(a, num);
            return self.classify_part(num + 1, b);
        }
        // a Vietnamese name: family name + 1–3 syllables (two words right after "in", "at" or
        // "near" are a place: "a site visit near Ta Khmau")
        // (asked only of a Vietnamese-looking name: this runs for every chunk)
        let located = || {
            (a > 0 && matches!(self.t[a - 1].key, "in" | "at" | "near" | "opposite") && !self.t[a - 1].cap)
                || self.route_end(a, b)
        };
        if (self.vietnamese_name(a, b) && !(b - a == 2 && located())) || self.korean_name(a, b) {
            self.push(EType::Person, a, b, false);
            return;
        }
        // a name the text defines with its acronym and nothing else types: an organization
        // ("Electricité du Cambodge (EDC)", "Agence Française de Développement (AFD)")
        // (its definition is the last recorded: `acronyms_in` ran on this chunk)
        if self.acronym_at_end(a, b).is_some_and(|acr| {
            self.known(a, b - 3).is_none()
                && self
                    .acronyms
                    .last()
                    .is_some_and(|(x, long)| *x == acr && *long == self.text[self.t[a].start..self.t[b - 4].end])
        }) {
            return self.push(EType::Org, a, b, false);
        }
        // a company's national arm: "Samsung Vietnam", "Toyota Thailand" (not an acronym's)
        if b >= a + 2 && !self.t[a].upper && self.known(a, b) == Some((Seg::Org, 1)) && self.country(a + 1, b) {
            return self.push(EType::Org, a, b, false);
        }
        // its office in a country, glued by a hyphen: "WWF-Laos", "UNDP-Viet Nam"
        if let Some((Seg::Org, l)) = self.known(a, b) {
            // (not a pair: "ASEAN-Japan ties", "the EU-Vietnam FTA")
            let pair = self.t.get(b).is_some_and(|t| (t.is_word() && t.cap) || crate::util::listed(PAIR_NOUNS, t.key));
            if a + l + 1 < b && self.glued_dash(a + l) && self.country(a + l + 1, b) && !pair {
                return self.push(EType::Org, a, b, false);
            }
        }
        // otherwise: every known place/org inside, and lone words that may be short names
        let mut i = a;
        while i < b {
            if let Some((kind, l)) = self.known(i, b) {
                match kind {
                    Seg::Place => self.push(EType::Place, i, i + l, false),
                    Seg::Org => self.push(EType::Org, i, i + l, false),
                    Seg::Demonym => {}
                }
                i += l;
                continue;
            }
            if self.t[i].is_word() && (self.t[i].cap || self.t[i].upper) {
                // a run of unknown capitalised words: a possible (short) person name or acronym
                let mut j = i + 1;
                while j < b
                    && ((self.t[j].is_word() && self.t[j].cap && self.known(j, b).is_none()) || self.name_hyphen(j))
                {
                    j += if self.name_hyphen(j) { 2 } else { 1 };
                }
                // "fish catches in Chiang Khong", "formalities at Mohan": unknown words that are
                // the whole chunk, right after a lower-case "in" or "at", name a place
                let located = i == a
                    && j == b
                    && a > 0
                    && matches!(self.t[a - 1].key, "in" | "at" | "near" | "opposite")
                    && (!self.t[a - 1].cap || self.t[a - 1].sent_start)
                    // not inside a name: "Mutual Legal Assistance in Criminal Matters" (a word
                    // capitalised only as a sentence's first is no name: "Prices in Pak Beng")
                    && !(a >= 2 && self.t[a - 2].is_word() && self.t[a - 2].cap && !self.t[a - 2].sent_start)
                    // "a sovereign analyst at Fitch Ratings": an employer, not a place
                    && !self.t[a.saturating_sub(4)..a - 1].iter().any(|t| t.is_word() && self.k.roles.contains(t.key))
                    && !self.t[a].upper
                    && self.t.get(b).is_none_or(|t| t.kind != Kind::Poss)
                    // (not a code: "holds it at Caa3")
                    && (a..b).all(|x| self.plain_word(x) && !self.t[x].key.bytes().any(|c| c.is_ascii_digit()));
                let plain = i == a && j == b && (a..b).all(|x| self.plain_word(x));
                // "Samsung, Intel, LG and Amkor", "firms including Synopsys, Cadence and Qualcomm"
                if i == a && j == b && j - i <= 3 && self.company_list_item(a, b) {
                    self.push(EType::Org, i, j, false);
                    i = j;
                    continue;
                }
                // "Ahmedabad-based Zydus": where a company is based
                let based = plain
                    && !self.t[a].sent_start
                    && self.t.get(b).is_some_and(|t| t.is_punct('-') && !t.space_before)
                    && self.t.get(b + 1).is_some_and(|t| matches!(t.key, "based" | "headquartered"));
                let located = located
                    || based
                    || (plain && (self.place_apposition(b) || self.place_word_of(a) || self.route_end(a, b)));
                // "a portfolio manager at Dragon Capital", "Savan Agri Supply, a distributor":
                // an employer, an organization described
                let employer = i == a
                    && j == b
                    && a >= 2
                    && self.t[a - 1].key == "at"
                    && !self.t[a - 1].cap
                    && self.t[a - 2].is_word()
                    && self.k.roles.contains(self.t[a - 2].key)
                    && j - i >= 2;
                // "Kasikornbank", "Vietcombank", "VPBank": a bank's one-word name (even after
                // "in": "a stake in VPBank"; not the short form the text defines for a longer
                // name: "… Commercial Bank (LPBank)")
                let bank_word =
                    j - i == 1 && self.t[i].key.len() >= 6 && self.t[i].key.ends_with("bank") && !self.t[i].upper;
                let bank = bank_word && !self.not_alone(i);
                if bank || (!located && (employer || (plain && j - i >= 2 && self.org_apposition(b)))) {
                    self.push(EType::Org, i, j, false);
                } else if located && j - i <= 3 {
                    self.push(EType::Place, i, j, false);
                } else if bank_word && self.t[i].key.len() > 6 {
                    // (a longer one stays a bank even when the text defines it)
                    self.push(EType::Org, i, j, false);
                } else if j - i - 2 * (i..j).filter(|&x| self.name_hyphen(x)).count() <= 4 {
                    let ty = if j - i == 1 && self.t[i].upper { EType::Org } else { EType::Person };
                    // "Khamphet Vongsavanh said", "Brian Eyler, an energy expert": a full name,
                    // even with no title
                    // "Photo: VIR": a credit's acronym is the outlet
                    let credit = i >= 2
                        && self.t[i - 1].is_punct(':')
                        && matches!(self.t[i - 2].key, "photo" | "photos" | "source");
                    let full = j == b
                        && ((ty == EType::Org && credit)
                            || self.full_name(i, j)
                            // a Vietnamese name after a place ("… to Egypt Nguyen Thi Hong Nhung")
                            // (not a route's end: "the Pakse-Vang Tao road")
                            || (i > a && self.t[i - 1].is_word() && self.vietnamese_name(i, j))
                            // (four words after a role: "opposition leader Aung San Suu Kyi")
                            || (i == a && self.plain_name_upto(i, j, 4) && self.role_before(a, b))
                            || (i == a && self.plain_name(i, j) && self.role_list(a))
                            || (i == a
                                && j == a + 1
                                && self.plain_word(a)
                                && (self.kin_before(a, b) || self.kin_direct(a)))
                            || (i == a && j <= a + 3 && self.plain_name_or_word(a, b) && self.kin_direct(a)));
                    self.push(ty, i, j, !full);
                    // one word, unknown to the tables, named by its role: a short form, kept
                    // when it resolves to no fuller name ("Indonesia's senior official for
                    // Asean, Sumadi, said"; "(Xinhua/Sokha)")
                    if !full
                        && ty == EType::Person
                        && i == a
                        && j == b
                        && j == a + 1
                        && self.plain_word(a)
                        && self.known(a, b).is_none()
                        && self.lone_role(a, b)
                    {
                        if let Some(c) = self.out.last_mut() {
                            c.titled = true;
                        }
                    }
                }
                i = j;
                continue;
            }
            i += 1;
        }
    }
}

/// A lower-case word after a name that belongs to the place's mention: `Some(false)` after any
/// name, for an administrative unit or a port ("Houaphanh province") and for a dam or a station,
/// which are named after the place they are in ("the Luang Prabang dam", "Nong Khai station");
/// `Some(true)` for a facility or a feature ("Dak Ooc crossing", "Quell reservoir"), after
/// unknown words only.
fn lower_cue(key: &str) -> Option<bool> {
    match key {
        "province" | "city" | "district" | "port" | "town" | "commune" | "ward" | "village" | "dam" | "station"
        | "mountain" => Some(false),
        "crossing" | "substation" | "reservoir" | "checkpoint" | "cave" | "caves" | "street" | "river" | "stream"
        | "mountains" | "range" | "plateau" | "lake" | "canal" | "monument" | "waterfall" | "temple" | "pagoda"
        | "airport" | "mine" => Some(true),
        _ => None,
    }
}

/// A place's name without a trailing generic word: "Houaphanh province", "Xiengkhor district",
/// "Tonle Sap lake", "Sepon District" → "Houaphanh", "Xiengkhor", "Tonle Sap", "Sepon".
pub fn without_generic_cue(name: &str) -> &str {
    // "the Pak Xieng hydropower dam" is the Pak Xieng dam
    if let Some(head) = name.strip_suffix(" hydropower dam").filter(|h| !h.is_empty()) {
        return head;
    }
    // "the Luang Prabang dam" is the dam, not the city it is named after (an airport too;
    // "Suvarnabhumi airport" is "Suvarnabhumi")
    if let Some(head) = name.strip_suffix(" dam").or_else(|| name.strip_suffix(" airport")) {
        if knowledge().places.contains_key(&crate::text::fold_key(head)) {
            return name;
        }
    }
    // (capitalised too, except "City": "Ho Chi Minh City"; "Quang Tri Province" is Quảng Trị; a
    // "dry port" is a kind of port, not a port named "X dry")
    match name.rsplit_once(' ') {
        Some((head, cue))
            if !head.is_empty()
                && head != "dry"
                && !head.ends_with(" dry")
                && crate::util::listed(GENERIC_CUES, cue) =>
        {
            head
        }
        _ => name,
    }
}

/// The generic words [`without_generic_cue`] takes off a place's name.
const GENERIC_CUES: &str = "province|city|district|town|commune|ward|village|county|lake|river|Province|District|\
Commune|Village|County|prefecture|Prefecture|state|State|monument|waterfall|port|seaport|dam|airport|mountain";

/// Folded key of a place name: its gazetteer canonical form when known, without a generic
/// lower-case cue ("Houaphanh province" = "Houaphanh").
pub fn place_key(name: &str) -> (String, Option<&'static str>) {
    let k = knowledge();
    // a form the gazetteer knows with its cue: "Vientiane province" is not Vientiane (capital)
    if let Some(p) = k.places.get(&fold_key(name)) {
        return (fold_key(&p.canonical), Some(p.canonical.as_str()));
    }
    let key = fold_key(without_generic_cue(name));
    // "Rạch Giá City", "Hà Tiên Town": the city the gazetteer knows (a country's capital has its
    // own row: "Kuwait City" is not Kuwait)
    let town =
        name.strip_suffix(" City").or_else(|| name.strip_suffix(" Town")).and_then(|h| k.places.get(&fold_key(h)));
    match k.places.get(&key).or(town.filter(|p| !k.is_country(&p.canonical))) {
        Some(p) => (fold_key(&p.canonical), Some(p.canonical.as_str())),
        // "National Road 9" is "Road 9"
        // "the Nam Song River" is "the Nam Song" (unless that is another place: "Xekong River" is
        // not Sekong province), and "Vung Ang Port" is "Vung Ang" ("Da Nang Port" is not the city)
        // (a "Dry Port" is a kind of port: "Thanaleng Dry Port" = "Thanaleng dry port")
        // ("Bạch Mai Hospital" is "Bạch Mai": "spent six days at Bạch Mai"; "Mỹ Đình National
        // Stadium" is "Mỹ Đình": "the final at Mỹ Đình")
        None if let Some(head) = [
            " River",
            " Port",
            " Hospital",
            " Industrial Park",
            " Industrial Zone",
            " National Stadium",
            " Stadium",
            " City",
            " Town",
        ]
        .iter()
        .find_map(|w| {
            name.strip_suffix(w)
                .filter(|head| !head.is_empty() && !head.ends_with(" Dry") && !k.places.contains_key(&fold_key(head)))
        }) =>
        {
            (fold_key(head), None)
        }
        None if key.starts_with("nationalroad") && key.len() > 12 && key.as_bytes()[12].is_ascii_digit() => {
            (key["national".len()..].to_string(), None)
        }
        None => (pair_key(name).unwrap_or(key), None),
    }
}

/// "Hanoi-Vientiane Expressway" and "Vientiane–Hà Nội Expressway" are one road: two known places
/// joined by a hyphen or a dash, in either order, then the rest. The key orders the pair.
fn pair_key(name: &str) -> Option<String> {
    let k = knowledge();
    let (left, right) = name.split_once(['-', '–'])?;
    let canonical = |s: &str| k.places.get(&fold_key(s)).map(|p| fold_key(&p.canonical));
    let a = canonical(left.trim())?;
    // the right place: the longest run of its first words the gazetteer knows
    let words: Vec<&str> = right.trim().split(' ').collect();
    let (n, b) = (1..=words.len().min(4)).rev().find_map(|n| canonical(&words[..n].join(" ")).map(|b| (n, b)))?;
    let rest = fold_key(without_generic_cue(&words[n..].join(" ")));
    let (a, b) = if a <= b { (a, b) } else { (b, a) };
    Some(format!("{a}-{b}-{rest}"))
}

/// Whether `acr` (folded, ASCII) is spelled by `letters` in order: every required letter but
/// at most `skips` of them, and any of the optional ones. At most a dozen letters: the
/// backtracking stays small.
/// Where, in `words`, a short name made of their first syllables starts: `word` (folded, 5 to 16
/// letters) is the first two or more letters of two or more of the capitalised words, in order,
/// the first of them at the returned index (the nearest such start): "vinacomin" of "Vietnam
/// National Coal and Mineral Industries Group", "vietcombank" of "Vietnam Commercial Bank".
/// Connectors and other words may be skipped. One table for all starts: bounded work.
fn portmanteau(words: &[Tok], word: &str) -> Option<usize> {
    let w = word.as_bytes();
    let (n, m) = (words.len(), w.len());
    if !(5..=16).contains(&m) || !(2..=16).contains(&n) {
        return None;
    }
    // the first `l` (≥ 2) letters of word `i` are those of `w` at `j`
    let piece = |i: usize, j: usize, l: usize| {
        let (t, k) = (&words[i], words[i].key.as_bytes());
        t.is_word() && t.cap && l >= 2 && l <= k.len() && j + l <= m && k[..l] == w[j..j + l]
    };
    // done[i][j]: `w[j..]` is made of pieces of words `i..`
    let mut done = [[false; 17]; 17];
    done[n][m] = true;
    for i in (0..n).rev() {
        done[i][m] = true;
        for j in (1..m).rev() {
            done[i][j] = done[i + 1][j] || (2..=m - j).any(|l| piece(i, j, l) && done[i + 1][j + l]);
        }
    }
    // (the first word opens it, and at least one other follows)
    (0..n - 1).rev().find(|&s| (2..m).any(|l| piece(s, 0, l) && done[s + 1][l]))
}

fn spells(letters: &[(char, bool)], acr: &[u8], skips: usize) -> bool {
    match (letters.split_first(), acr.split_first()) {
        (None, None) => true,
        (None, Some(_)) => false,
        (Some((&(c, required), rest)), next) => {
            let here = next.is_some_and(|(&a, more)| c == a as char && spells(rest, more, skips));
            here || (!required && spells(rest, acr, skips)) || (required && skips > 0 && spells(rest, acr, skips - 1))
        }
    }
}

/// Legal-form words that acronyms leave out: "Laos-China Railway Co., Ltd (LCR)".
pub fn is_company_suffix(key: &str) -> bool {
    matches!(key, "co" | "ltd" | "limited" | "jsc" | "plc" | "inc" | "corp" | "llc" | "pte" | "bhd" | "sdn")
}

/// Registered legal forms that end a company's name ("… JSC", "… Co., Ltd", "… Berhad"; not
/// "Corp", short for the generic "Corporation").
pub fn is_legal_form(key: &str) -> bool {
    (is_company_suffix(key) && key != "corp") || matches!(key, "pcl" | "berhad")
}
