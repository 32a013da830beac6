//! Tokens with byte offsets into the original text. One linear pass per paragraph.
//!
//! Words keep inner apostrophes ("O'Brien") but a possessive `'s`/`’s` is its own token, so
//! "Việt Nam’s Ministry" can be split and "People's" rejoined by the chunker. A digit-led run
//! with letters ("48th", "14TH") is a word, not a number.

use crate::text::is_mark as is_combining_mark;
use crate::text::{fold_key_into, is_alpha, is_sentence_end};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Num,
    /// A possessive `'s` / `’s`.
    Poss,
    Punct(char),
}

/// A token. Its `key` lives in the [`Tokenized`] arena of its text: no allocation per token.
#[derive(Debug, Clone, Copy)]
pub struct Tok<'k> {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Folded form, alphanumerics only (for words and numbers; empty otherwise).
    pub key: &'k str,
    /// First letter upper-case.
    pub cap: bool,
    /// Two or more letters, all upper-case.
    pub upper: bool,
    /// First word of a sentence (or of a paragraph).
    pub sent_start: bool,
    /// Whitespace precedes this token.
    pub space_before: bool,
    /// One of the words that open a paragraph as its dateline ("VANG TAO" in "VANG TAO (KPL) –").
    pub dateline: bool,
}

/// A token as the tokenizer records it: its key is a range of the arena.
#[derive(Debug, Clone, Copy)]
struct RawTok {
    start: usize,
    end: usize,
    kind: Kind,
    key: (u32, u32),
    cap: bool,
    upper: bool,
    sent_start: bool,
    space_before: bool,
    dateline: bool,
}

/// The tokens of one text (paragraph by paragraph) and the arena of their folded keys.
#[derive(Debug, Default)]
pub struct Tokenized {
    raw: Vec<RawTok>,
    keys: String,
}

impl Tokenized {
    /// Room for the tokens of about `bytes` of text.
    pub fn with_capacity(bytes: usize) -> Tokenized {
        Tokenized { raw: Vec::with_capacity(bytes / 5), keys: String::with_capacity(bytes) }
    }

    /// Tokenizes `text[start..end]` (one paragraph) and appends its tokens.
    pub fn add(&mut self, text: &str, start: usize, end: usize) {
        tokenize(text, start, end, &mut self.raw, &mut self.keys);
    }
    pub fn len(&self) -> usize {
        self.raw.len()
    }
    pub fn is_empty(&self) -> bool {
        self.raw.is_empty()
    }
    /// The tokens, their keys borrowed from the arena.
    pub fn toks(&self) -> Vec<Tok<'_>> {
        self.raw
            .iter()
            .map(|r| Tok {
                start: r.start,
                end: r.end,
                kind: r.kind,
                key: &self.keys[r.key.0 as usize..r.key.1 as usize],
                cap: r.cap,
                upper: r.upper,
                sent_start: r.sent_start,
                dateline: r.dateline,
                space_before: r.space_before,
            })
            .collect()
    }
}

impl Tok<'_> {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

/// Nouns that name one of a lettered series ("Group A", "Zone B", "Terminal C"): the letter after
/// them is no middle initial.
pub(crate) fn is_lettered_label(key: &str) -> bool {
    crate::util::listed(LETTERED_LABELS, key)
}

const LETTERED_LABELS: &str = "group|class|zone|grade|phase|category|type|plan|part|block|level|section|annex|appendix|list|option|team|pool|room|gate|building|unit|site|area|tower|line|terminal|hall|route|stage|lot|row|series|model|version|vitamin|hepatitis|plaza|wing|division|league|sector|package|batch|question";

const DIGIT: u8 = 1;
const UPPER: u8 = 2;
const LOWER: u8 = 4;
/// Classes of the ASCII letters and digits (0 for every other byte).
static ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'0'..=b'9' => DIGIT,
            b'A'..=b'Z' => UPPER,
            b'a'..=b'z' => LOWER,
            _ => 0,
        };
        b += 1;
    }
    t
};

/// What follows a currency code or prefix glued to an amount: digits, maybe a scale glued after
/// them ("VND10", "VND62bn", "RM350mil").
fn glued_amount(rest: &str) -> bool {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && (digits == rest.len() || super::numbers::is_scale_suffix(&rest[digits..].to_ascii_lowercase()))
}

#[inline]
fn word_char(c: char) -> bool {
    is_alpha(c) || c.is_numeric() || is_combining_mark(c)
}

/// The character at byte `i` of `s` (a char boundary) and its length.
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        s[i..].chars().next()
    }
}

/// Tokenizes `text[start..end]`; offsets in the result index `text`; keys go to `keys`.
/// One pass over the bytes: ASCII is handled without decoding, other characters are decoded
/// where they occur.
fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<RawTok>, keys: &mut String) {
    let para = &text[start..end];
    let first = out.len();
    let bytes = para.as_bytes();
    let mut space_before = true;
    // the next word or number starts a sentence: at the paragraph's start, after a line break
    // or a sentence end (the same boundaries as `text::sentences`)
    let mut sent_start = true;
    let mut i = 0;
    while i < bytes.len() {
        // ASCII whitespace without decoding (`char::is_whitespace` on ASCII: space, \t..\r)
        if matches!(bytes[i], b' ' | b'\t'..=b'\r') {
            space_before = true;
            sent_start |= bytes[i] == b'\n';
            i += 1;
            continue;
        }
        let Some(c) = char_at(para, i) else { break };
        if c.is_whitespace() {
            space_before = true;
            i += c.len_utf8();
            continue;
        }
        let tok_start = i;
        let mut kind;
        let mut j = i + c.len_utf8();
        // letters seen, and whether all of them are upper-case (for `upper`)
        let (mut n_alpha, mut all_upper) = (0usize, true);
        // an ASCII digit after the first character (a glued amount: "VND10", "RM350mil")
        let mut digit_inside = false;
        let mut ascii = c.is_ascii();
        if word_char(c) {
            let mut has_alpha = is_alpha(c);
            if has_alpha {
                n_alpha += 1;
                all_upper &= c.is_uppercase();
            }
            while j < bytes.len() {
                // the common case first: a run of ASCII letters and digits, in a tight loop (one
                // table lookup per byte; the classes seen are or-ed, the letters counted)
                let (mut seen, mut letters) = (0u8, 0usize);
                while let Some(&class) = bytes.get(j).map(|&b| &ASCII_CLASS[b as usize]) {
                    if class == 0 {
                        break;
                    }
                    seen |= class;
                    letters += (class != DIGIT) as usize;
                    j += 1;
                }
                has_alpha |= seen & (UPPER | LOWER) != 0;
                n_alpha += letters;
                all_upper &= seen & LOWER == 0;
                digit_inside |= seen & DIGIT != 0;
                if j >= bytes.len() {
                    break;
                }
                let Some(d) = char_at(para, j) else { break };
                if d.len_utf8() > 1 && word_char(d) {
                    if is_alpha(d) {
                        has_alpha = true;
                        n_alpha += 1;
                        all_upper &= d.is_uppercase();
                    }
                    ascii = false;
                    j += d.len_utf8();
                } else if (d == '.' || d == ',') && c.is_ascii_digit() && !has_alpha {
                    // 5.63, 1,300 — a separator between digits
                    if bytes.get(j + 1).is_some_and(|b| b.is_ascii_digit()) {
                        j += 1;
                        ascii = false; // the key drops the separator
                    } else {
                        break;
                    }
                } else if d == '\'' || d == '’' {
                    let after = &para[j + d.len_utf8()..];
                    let mut ac = after.chars();
                    let (a1, a2) = (ac.next(), ac.next());
                    let possessive = matches!(a1, Some('s' | 'S')) && !a2.is_some_and(word_char);
                    if possessive || !a1.is_some_and(char::is_alphabetic) {
                        break;
                    }
                    j += d.len_utf8();
                    ascii = false; // the key drops the apostrophe
                } else {
                    break;
                }
            }
            kind = if c.is_ascii_digit() && !has_alpha { Kind::Num } else { Kind::Word };
            // glued amounts: a currency code before a number ("VND10", "VNĐ16") and a scale
            // abbreviation after one ("2.2bn") become tokens of their own
            let tok = &para[tok_start..j];
            if kind == Kind::Word && c.is_uppercase() && digit_inside {
                let code_end = tok.char_indices().nth(3).map_or(tok.len(), |(i, _)| i);
                let (code, rest) = tok.split_at(code_end);
                if glued_amount(rest)
                    && code.chars().filter(|x| x.is_uppercase()).count() == 3
                    && super::numbers::is_currency_code(&crate::text::fold_key(code))
                {
                    j = tok_start + code_end;
                    n_alpha = 3;
                    all_upper = true;
                } else if let Some(p) =
                    super::numbers::GLUED_PREFIXES.iter().find(|p| tok.strip_prefix(**p).is_some_and(glued_amount))
                {
                    // "Bt6.85 billion", "RM1.2 million", "P850 million": a currency prefix
                    j = tok_start + p.len();
                    n_alpha = p.len();
                    all_upper = p.bytes().all(|b| b.is_ascii_uppercase());
                }
            } else if kind == Kind::Word && c.is_ascii_digit() && has_alpha && tok.is_ascii() {
                let b = tok.as_bytes();
                let digits_at = b.iter().position(|x| x.is_ascii_alphabetic()).unwrap_or(b.len());
                if digits_at > 0
                    && b[..digits_at].iter().all(|x| x.is_ascii_digit() || *x == b'.' || *x == b',')
                    && b[digits_at - 1].is_ascii_digit()
                    && super::numbers::is_scale_suffix(&tok[digits_at..].to_ascii_lowercase())
                {
                    j = tok_start + digits_at;
                    kind = Kind::Num;
                    n_alpha = 0;
                }
            }
            // a middle initial keeps its dot, so that the name goes on: "George W. Bush" (one
            // capital letter, a dot, a space, a capital; after a capitalised word)
            if kind == Kind::Word
                && j == tok_start + 1
                && c.is_ascii_uppercase()
                && bytes.get(j) == Some(&b'.')
                && bytes.get(j + 1) == Some(&b' ')
                && bytes.get(j + 2).is_some_and(u8::is_ascii_uppercase)
                && space_before
                && out.len() > first
                && out.last().is_some_and(|p| {
                    p.kind == Kind::Word && p.cap && p.end - start + 1 == tok_start && p.end - p.start > 1
                        // not a label and its letter ending a sentence: "… in Group A. Vietnam …"
                        && !is_lettered_label(&keys[p.key.0 as usize..p.key.1 as usize])
                })
            {
                j += 1;
                ascii = false; // the key drops the dot
            }
        } else if (c == '\'' || c == '’') && matches!(bytes.get(j), Some(b's' | b'S')) && out.len() > first {
            j += 1;
            kind = Kind::Poss;
        } else {
            kind = Kind::Punct(c);
            sent_start |= matches!(c, '.' | '!' | '?') && is_sentence_end(para, tok_start);
            // a label opening the paragraph ("Photo: The bridge …"): the next word starts a sentence
            sent_start |= c == ':' && out.len() == first + 1;
        }
        let s = &para[tok_start..j];
        let key_start = keys.len();
        if matches!(kind, Kind::Word | Kind::Num) {
            if ascii {
                let at = keys.len();
                keys.push_str(s);
                keys[at..].make_ascii_lowercase();
            } else {
                fold_key_into(s, keys);
            }
        }
        let key = (key_start as u32, keys.len() as u32);
        let word_like = matches!(kind, Kind::Word | Kind::Num);
        out.push(RawTok {
            start: start + tok_start,
            end: start + j,
            kind,
            key,
            cap: c.is_uppercase(),
            upper: kind == Kind::Word && n_alpha >= 2 && all_upper,
            sent_start: sent_start && word_like,
            dateline: false,
            space_before,
        });
        sent_start &= !word_like;
        space_before = false;
        i = j;
    }
    dateline_start(&mut out[first..]);
}

/// "HÀ NỘI (VNA) – Leaders of …": a paragraph's dateline: its place's words are marked, and after
/// the place (a date or a country, its agency in parentheses) and a spaced dash the first word
/// starts a sentence.
fn dateline_start(p: &mut [RawTok]) {
    // (a hyphen inside a word in capitals too: "CHA-AM, Phetchaburi —")
    let mut caps = 0;
    while caps < p.len() {
        let t = &p[caps];
        let inner_hyphen = caps > 0
            && t.kind == Kind::Punct('-')
            && !t.space_before
            && p.get(caps + 1).is_some_and(|n| n.kind == Kind::Word && n.upper && !n.space_before);
        if (t.kind == Kind::Word && t.upper) || inner_hyphen {
            caps += 1;
        } else {
            break;
        }
    }
    // "Ha Noi (VNA) –": capitalised words, not capitals, before an agency in parentheses
    let agency = |i: usize| {
        p.get(i).is_some_and(|t| t.kind == Kind::Punct('('))
            && p.get(i + 1).is_some_and(|t| t.upper)
            && p.get(i + 2).is_some_and(|t| t.kind == Kind::Punct(')'))
    };
    if caps == 0 {
        let capitalised = p.iter().take_while(|t| t.kind == Kind::Word && t.cap).count();
        if (1..=3).contains(&capitalised) && agency(capitalised) {
            caps = capitalised;
        }
    }
    if caps == 0 || caps > 4 {
        return;
    }
    let mut i = caps;
    // ", Oct 9", ", Thailand": a date or a country after the place
    if p.get(i).is_some_and(|t| t.kind == Kind::Punct(',')) {
        let extra = p[i + 1..]
            .iter()
            .take(3)
            .take_while(|t| matches!(t.kind, Kind::Word | Kind::Num) && t.cap || t.kind == Kind::Num)
            .count();
        if extra == 0 {
            return;
        }
        i += 1 + extra;
    }
    if p.get(i).is_some_and(|t| t.kind == Kind::Punct('(')) {
        match p[i..].iter().take(6).position(|t| t.kind == Kind::Punct(')')) {
            Some(close) => i += close + 1,
            None => return,
        }
    }
    let dash = p.get(i).is_some_and(|t| matches!(t.kind, Kind::Punct('–' | '—' | '-')) && t.space_before);
    // "--" is two hyphens
    if dash && p.get(i + 1).is_some_and(|t| t.kind == Kind::Punct('-') && !t.space_before) {
        i += 1;
    }
    if !dash {
        return;
    }
    // and the agency: "KON TUM (NDO) –"
    let agency_at = (i >= 3 && agency(i - 3)).then(|| i - 2);
    p[..caps].iter_mut().for_each(|t| t.dateline = true);
    if let Some(a) = agency_at {
        p[a].dateline = true;
    }
    if let Some(next) = p.get_mut(i + 1).filter(|t| t.kind == Kind::Word && t.space_before) {
        next.sent_start = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_numbers_possessives() {
        let mut tz = Tokenized::default();
        let s = "Việt Nam’s trade hit US$2.25 billion, up 1,300 in the 48th year. People's O'Brien";
        tz.add(s, 0, s.len());
        let t = tz.toks();
        let texts: Vec<&str> = t.iter().map(|t| &s[t.start..t.end]).collect();
        assert_eq!(
            texts,
            [
                "Việt", "Nam", "’s", "trade", "hit", "US", "$", "2.25", "billion", ",", "up", "1,300", "in", "the",
                "48th", "year", ".", "People", "'s", "O'Brien"
            ]
        );
        assert_eq!(t[2].kind, Kind::Poss);
        assert_eq!(t[7].kind, Kind::Num);
        assert_eq!(t[14].kind, Kind::Word);
        assert_eq!(t[0].key, "viet");
        assert!(t[0].sent_start && t[17].sent_start && !t[3].sent_start);
        assert!(t[5].upper && t[5].cap);
    }
}
