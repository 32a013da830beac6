//! Deterministic synthetic news articles, for benchmarks and scale tests.
//!
//! Each article is generated from a seed by a tiny PRNG (splitmix64-seeded xorshift64*, no
//! dependency): English wire-style copy about Việt Nam – Laos and ASEAN relations, built from
//! sentence templates and name lists — meetings and visits, trade and investment figures (money,
//! percentages), dates, provincial cooperation, quotes with short-form second mentions, photo
//! captions, agency credits, and sometimes site chrome and teasers for the cleaner to drop. Names
//! are spelt with Vietnamese diacritics or without, per article, as real outlets do.
//! Articles are 2–6 KB and differ from one another; the same seed always gives the same text.
//!
//! ```
//! let (name, text) = newslens::synth::article(7);
//! assert_eq!((name, text.clone()), newslens::synth::article(7));
//! assert!((2_000..=6_500).contains(&text.len()));
//! let c = newslens::synth::corpus_of_bytes(50_000, 1);
//! assert!(c.iter().map(|(_, t)| t.len()).sum::<usize>() >= 50_000);
//! ```

use crate::corpus::MONTHS;
use std::fmt::Write;

/// One article: `(file name, text)`. The file name is `syn_<seed as 16 hex digits>.txt`.
pub fn article(seed: u64) -> (String, String) {
    let mut g = Gen::new(seed);
    let text = g.article();
    (format!("syn_{seed:016x}.txt"), text)
}

/// The seed of the `i`-th article of `corpus(_, seed)`: distinct for distinct `i` (a bijection).
pub fn article_seed(seed: u64, i: usize) -> u64 {
    splitmix(seed ^ (i as u64).wrapping_mul(0xA24B_AED4_963E_E407))
}

/// `n` articles: `corpus(n, seed)[i] == article(article_seed(seed, i))`; file names are distinct.
pub fn corpus(n: usize, seed: u64) -> Vec<(String, String)> {
    (0..n).map(|i| article(article_seed(seed, i))).collect()
}

/// The shortest prefix of the infinite corpus for `seed` whose texts total at least `min_bytes`.
pub fn corpus_of_bytes(min_bytes: usize, seed: u64) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut total = 0;
    while total < min_bytes {
        let a = article(article_seed(seed, out.len()));
        total += a.1.len();
        out.push(a);
    }
    out
}

fn splitmix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// xorshift64* (Vigna); never zero-state since splitmix output 0 is replaced.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(splitmix(seed).max(1))
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (((self.next() >> 32) * n as u64) >> 32) as usize
    }
    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below((hi - lo + 1) as usize) as u32
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T: ?Sized>(&mut self, xs: &[&'a T]) -> &'a T {
        xs[self.below(xs.len())]
    }
}

// ---- name lists -------------------------------------------------------------------------------

const VN_SURNAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Tô",
    "Vương", "Đinh", "Trương", "Lương", "Mai", "Trịnh", "Đoàn", "Cao", "Hà",
];
const VN_MIDDLE: &[&str] = &[
    "Văn", "Thị", "Minh", "Hồng", "Đức", "Thanh", "Quốc", "Xuân", "Hải", "Ngọc", "Anh", "Thế", "Đình", "Hoài", "Kim",
    "Tuấn", "Bá", "Trọng", "Thu", "Khắc",
];
const VN_GIVEN: &[&str] = &[
    "Chính", "Sơn", "Hùng", "Dũng", "Lan", "Hương", "Thắng", "Long", "Tâm", "Nam", "Phúc", "Quang", "Trung", "Hòa",
    "Bình", "Vân", "Khánh", "Tùng", "Hiếu", "Thảo", "Linh", "Cường", "Phong", "Thành", "Đạt", "Lâm", "Huệ", "Vượng",
    "Tuệ", "Diên",
];
const LAO_GIVEN: &[&str] = &[
    "Sonexay",
    "Thongloun",
    "Saleumxay",
    "Bounleua",
    "Xaysomphone",
    "Khamphao",
    "Phankham",
    "Kikeo",
    "Sinlavong",
    "Bounthong",
    "Chansamone",
    "Viengthong",
    "Souphanh",
    "Khampheng",
    "Thongsavanh",
    "Phoxay",
    "Vilayvanh",
    "Somdy",
    "Bounchanh",
    "Sisay",
    "Keomany",
    "Phetsamone",
    "Ounkham",
    "Malaythong",
];
const LAO_FAMILY: &[&str] = &[
    "Siphandone",
    "Sisoulith",
    "Kommasith",
    "Phandanouvong",
    "Phomvihane",
    "Ernthavanh",
    "Viphavanh",
    "Khaykhamphithoune",
    "Chanthavong",
    "Keobounphanh",
    "Sayavong",
    "Vongsa",
    "Phommachanh",
    "Inthavong",
    "Souvannavong",
    "Luangrath",
    "Manivong",
    "Douangchak",
    "Rattanavong",
    "Xayavong",
    "Sengdara",
    "Bounmixay",
];
const VN_TITLES: &[&str] = &[
    "Prime Minister",
    "Deputy Prime Minister",
    "Party General Secretary",
    "State President",
    "Vice President",
    "National Assembly Chairman",
    "Minister of Industry and Trade",
    "Minister of Foreign Affairs",
    "Minister of Planning and Investment",
    "Minister of Transport",
    "Minister of Education and Training",
    "Deputy Minister of Finance",
    "Deputy Foreign Minister",
    "Ambassador",
    "Politburo member",
];
const LAO_TITLES: &[&str] = &[
    "Lao Prime Minister",
    "Lao Deputy Prime Minister",
    "Lao President",
    "Lao National Assembly Chairman",
    "Lao Minister of Energy and Mines",
    "Lao Minister of Public Works and Transport",
    "Lao Minister of Foreign Affairs",
    "Lao Minister of Industry and Commerce",
    "Lao Deputy Minister of Education and Sports",
    "Lao Ambassador",
];
const VN_PROVINCES: &[&str] = &[
    "Nghệ An",
    "Hà Tĩnh",
    "Quảng Trị",
    "Quảng Bình",
    "Thanh Hóa",
    "Điện Biên",
    "Sơn La",
    "Kon Tum",
    "Quảng Nam",
    "Gia Lai",
    "Đắk Lắk",
    "Lai Châu",
    "Hòa Bình",
    "Quảng Ngãi",
];
const LAO_PROVINCES: &[&str] = &[
    "Savannakhet",
    "Champasak",
    "Houaphanh",
    "Luang Prabang",
    "Xiengkhouang",
    "Bolikhamxay",
    "Khammouane",
    "Attapeu",
    "Sekong",
    "Salavan",
    "Oudomxay",
    "Phongsaly",
    "Luang Namtha",
    "Bokeo",
    "Xayaboury",
];
const VN_CITIES: &[&str] = &["Hà Nội", "Hồ Chí Minh City", "Đà Nẵng", "Huế", "Hải Phòng", "Cần Thơ", "Vinh"];
const LAO_CITIES: &[&str] = &["Vientiane", "Luang Prabang", "Pakse", "Savannakhet", "Thakhek", "Vang Vieng"];
const ASEAN_COUNTRIES: &[&str] =
    &["Cambodia", "Thailand", "Myanmar", "Malaysia", "Singapore", "Indonesia", "the Philippines", "Brunei"];
const PARTNERS: &[&str] =
    &["China", "Japan", "South Korea", "Australia", "India", "the United States", "New Zealand", "the European Union"];
const VN_ORGS: &[&str] = &[
    "Ministry of Industry and Trade",
    "Ministry of Planning and Investment",
    "Ministry of Foreign Affairs",
    "Ministry of Transport",
    "Ministry of Education and Training",
    "Ministry of Public Security",
    "Ministry of National Defence",
    "Ministry of Agriculture and Rural Development",
    "Vietnam Chamber of Commerce and Industry",
    "General Department of Customs",
    "Foreign Investment Agency",
    "State Bank of Vietnam",
    "Vietnam Electricity",
    "Viettel Group",
    "Vietnam Airlines",
    "Bank for Investment and Development of Vietnam",
    "Vietnam-Laos Friendship Association",
    "Hồ Chí Minh National Academy of Politics",
];
const LAO_ORGS: &[&str] = &[
    "Lao Ministry of Energy and Mines",
    "Lao Ministry of Public Works and Transport",
    "Lao Ministry of Industry and Commerce",
    "Lao Ministry of Planning and Investment",
    "Lao National Chamber of Commerce and Industry",
    "Bank of the Lao PDR",
    "Électricité du Laos",
    "Lao Airlines",
    "Lao-Viet Bank",
    "Lao Front for National Development",
    "Lao People's Revolutionary Party Central Committee",
];
const REGIONAL_ORGS: &[&str] = &[
    "ASEAN",
    "ASEAN Secretariat",
    "Asian Development Bank",
    "World Bank",
    "Mekong River Commission",
    "ASEAN Inter-Parliamentary Assembly",
    "United Nations Development Programme",
];
/// (full name, acronym) pairs, introduced as "Full Name (ACR)" and later used by acronym.
const ACRONYM_ORGS: &[(&str, &str)] = &[
    ("Communist Party of Việt Nam", "CPV"),
    ("Lao People's Revolutionary Party", "LPRP"),
    ("Vietnam Chamber of Commerce and Industry", "VCCI"),
    ("Asian Development Bank", "ADB"),
    ("Mekong River Commission", "MRC"),
    ("Vietnam Electricity", "EVN"),
    ("Ministry of Industry and Trade", "MoIT"),
    ("Lao National Chamber of Commerce and Industry", "LNCCI"),
];
const FACILITIES: &[&str] = &[
    "Vũng Áng Port",
    "Wharf No. 3 at Vũng Áng Port",
    "Cầu Treo Border Gate",
    "Lao Bảo International Border Gate",
    "Nậm Cắn Border Gate",
    "Tây Trang International Border Gate",
    "Na Mèo Border Gate",
    "Savan-Seno Special Economic Zone",
    "Vientiane Logistics Park",
    "Laos–Việt Nam Friendship Hospital",
    "Vientiane–Hà Nội Expressway",
    "Thakhek–Vũng Áng railway",
    "Nam Theun 2 hydropower plant",
    "Vientiane Capital Industrial Park",
];
const SECTORS: &[&str] = &[
    "energy",
    "transport connectivity",
    "agriculture",
    "education and training",
    "health care",
    "tourism",
    "digital transformation",
    "logistics",
    "mining",
    "hydropower",
    "banking and finance",
    "culture",
    "defence",
    "security",
    "human resources development",
    "telecommunications",
    "rubber and coffee processing",
    "customs clearance",
];
const GOODS: &[&str] = &[
    "electricity",
    "fertiliser",
    "rice",
    "cassava",
    "coffee",
    "rubber",
    "copper ore",
    "petroleum products",
    "steel",
    "machinery",
    "bananas",
    "timber products",
];
const QUOTES: &[&str] = &[
    "The special relationship between our two countries is an invaluable asset that we must preserve and develop",
    "We will create the most favourable conditions for businesses of both countries to invest and trade",
    "Connectivity in transport and energy is the key to unlocking the potential of the two economies",
    "Our cooperation must bring practical benefits to the people of both nations",
    "Laos always treasures the great support Việt Nam has given over the decades",
    "Projects that have been delayed for too long must be resolved this year",
    "Local cooperation between border provinces is a bright spot in the bilateral relationship",
    "The two sides need to turn political trust into concrete economic results",
    "ASEAN unity and centrality are more important than ever in a complex regional situation",
    "Education and training remain a strategic pillar of our cooperation",
];
const CREDITS: &[&str] = &["VNA/VNS", "— VNS", "VNA", "— VNA/VNS", "KPL/VNA"];
const PHOTO_CREDITS: &[&str] = &["Photo: VGP", "— VNA/VNS Photo", "Photo: VNA", "Source: VNA", "VNA Photo"];
const SECTIONS: &[&str] = &["Politics & Law", "World", "Economy", "Society", "Vietnam", "Business"];
const SOURCE_URLS: &[&str] = &[
    "https://vietnamnews.vn/politics-laws/",
    "https://en.vietnamplus.vn/",
    "https://vtv.vn/news/",
    "https://en.baochinhphu.vn/",
    "https://vientianetimes.org.la/",
];
/// Number of body sentence templates in [`Gen::sentence`].
const TEMPLATES: usize = 32;
/// Organizations that take no article ("ASEAN said", not "the ASEAN said").
const NO_ARTICLE: &[&str] =
    &["ASEAN", "Électricité du Laos", "Lao Airlines", "Viettel Group", "Vietnam Airlines", "Lao-Viet Bank"];
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const ORDINAL_WORDS: &[&str] = &["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const COUNT_WORDS: &[&str] = &["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"];

/// Removes Vietnamese diacritics ("Phạm Minh Chính" → "Pham Minh Chinh", "Đà" → "Da").
fn strip_marks(s: &str) -> String {
    crate::text::strip_marks(s)
}

/// "on Monday" → "On Monday".
fn cap(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// 1234567 → "1,234,567".
fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

struct Person {
    /// "Prime Minister" or "Lao Minister of Energy and Mines".
    title: String,
    name: String,
    /// Second-mention form: the Vietnamese given name, the Lao family name.
    short: String,
}

/// The article being written: its cast, places, date and spelling style.
struct Gen {
    r: Rng,
    /// Spell Vietnamese names with diacritics ("Việt Nam", "Hà Nội").
    dia: bool,
    vn: &'static str,
    year: u32,
    month: usize,
    day: u32,
    cast: Vec<Person>,
    vn_prov: &'static str,
    lao_prov: &'static str,
    /// Acronyms introduced so far (they may then be used alone).
    acronyms: Vec<&'static str>,
    /// Body templates not yet used in this round.
    deck: Vec<u8>,
}

impl Gen {
    fn new(seed: u64) -> Gen {
        let mut r = Rng::new(seed);
        let dia = r.chance(60);
        let vn = if dia { "Việt Nam" } else { r.pick(&["Vietnam", "Vietnam", "Viet Nam"]) };
        let year = r.range(2019, 2026);
        let month = r.below(12);
        let day = r.range(1, 28);
        let vn_prov = r.pick(VN_PROVINCES);
        let lao_prov = r.pick(LAO_PROVINCES);
        let mut g = Gen {
            r,
            dia,
            vn,
            year,
            month,
            day,
            cast: Vec::new(),
            vn_prov,
            lao_prov,
            acronyms: Vec::new(),
            deck: Vec::new(),
        };
        for i in 0..4 {
            let p = g.person(i % 2 == 1);
            g.cast.push(p);
        }
        g
    }

    fn v(&self, s: &str) -> String {
        if self.dia {
            s.to_string()
        } else {
            strip_marks(s)
        }
    }

    fn person(&mut self, lao: bool) -> Person {
        if lao {
            let given = self.r.pick(LAO_GIVEN);
            let family = self.r.pick(LAO_FAMILY);
            let title = match self.r.below(4) {
                0 => format!("Governor of {} province", self.lao_prov),
                _ => {
                    let t = self.r.pick(LAO_TITLES);
                    if t == "Lao Ambassador" {
                        format!("Lao Ambassador to {}", self.vn)
                    } else {
                        t.to_string()
                    }
                }
            };
            Person { title, name: format!("{given} {family}"), short: family.to_string() }
        } else {
            let s = self.r.pick(VN_SURNAMES);
            let m = self.r.pick(VN_MIDDLE);
            let g = self.r.pick(VN_GIVEN);
            let name = if self.r.chance(15) { format!("{s} {g}") } else { format!("{s} {m} {g}") };
            let title = match self.r.below(5) {
                0 => format!("Chairman of the {} Provincial People's Committee", self.v(self.vn_prov)),
                1 => format!("Secretary of the {} Provincial Party Committee", self.v(self.vn_prov)),
                _ => {
                    let t = self.r.pick(VN_TITLES);
                    if t == "Ambassador" {
                        "Vietnamese Ambassador to Laos".to_string()
                    } else {
                        t.to_string()
                    }
                }
            };
            Person { title, name: self.v(&name), short: self.v(g) }
        }
    }

    // ---- expressions --------------------------------------------------------------------------

    fn date(&mut self) -> String {
        let m = MONTHS[self.month];
        let (d, y) = (self.day, self.year);
        match self.r.below(8) {
            0 | 1 => format!("{m} {d}"),
            2 => format!("{d} {m}"),
            3 => format!("{m} {d}, {y}"),
            4 => format!("{m} {d}–{}", d + 1),
            5 => format!("{} {m} {y}", self.r.range(1, 28)),
            6 => format!("{} {}", MONTHS[self.r.below(12)], self.r.range(1, 28)),
            _ => format!("{m} {y}"),
        }
    }

    fn on_date(&mut self) -> String {
        match self.r.below(6) {
            0 => format!("on {}", self.r.pick(WEEKDAYS)),
            1 => format!("in {} {}", MONTHS[self.r.below(12)], self.year),
            _ => {
                let d = self.date();
                let month_year =
                    d.split(' ').nth(1).is_some_and(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()));
                match (d.contains('–'), month_year) {
                    (true, _) => format!("from {d}"),
                    (false, true) => format!("in {d}"),
                    _ => format!("on {d}"),
                }
            }
        }
    }

    fn period(&mut self) -> String {
        let start = *self.r.pick(&[&2016u32, &2021, &2026]);
        let sep = self.r.pick(&["–", "-", " - "]);
        format!("{start}{sep}{}", start + if self.r.chance(70) { 4 } else { 9 })
    }

    fn money(&mut self) -> String {
        let big = self.r.range(10, 999);
        let small = self.r.range(1, 99);
        match self.r.below(10) {
            0 | 1 => format!("US${}.{} billion", small / 10 + 1, small % 10),
            2 => format!("${}.{} billion", small / 20 + 1, small % 10),
            3 => format!("US${big} million"),
            4 => format!("US${}", thousands(big as u64 * 1000 + self.r.range(0, 9) as u64 * 100)),
            5 => format!("{} {big} billion", if self.dia { "VNĐ" } else { "VND" }),
            6 => format!("{big} billion đồng"),
            7 => format!("LAK{big} billion"),
            8 => format!("{big} billion kip"),
            _ => format!("{big} million USD"),
        }
    }

    /// A percentage below `max`, in one of the spellings wire copy uses.
    fn percent(&mut self, max: u32) -> String {
        let whole = self.r.range(1, max);
        let frac = self.r.range(0, 9);
        match self.r.below(4) {
            0 => format!("{whole}.{frac} per cent"),
            1 => format!("{whole} per cent"),
            2 => format!("{whole}.{frac}%"),
            _ => format!("{whole}.{frac} percent"),
        }
    }

    fn org(&mut self) -> String {
        match self.r.below(4) {
            0 => self.r.pick(LAO_ORGS).to_string(),
            1 => self.r.pick(REGIONAL_ORGS).to_string(),
            _ => {
                let o = self.r.pick(VN_ORGS);
                self.v(o)
            }
        }
    }

    /// An organization with "the" when English wants it.
    fn the_org(&mut self) -> String {
        let o = self.org();
        if NO_ARTICLE.contains(&o.as_str()) {
            o
        } else {
            format!("the {o}")
        }
    }

    /// An organization with its acronym, spelt out the first time.
    fn acronym_org(&mut self) -> String {
        let (full, acr) = ACRONYM_ORGS[self.r.below(ACRONYM_ORGS.len())];
        if self.acronyms.contains(&acr) {
            acr.to_string()
        } else {
            self.acronyms.push(acr);
            let full = if self.dia { full.to_string() } else { strip_marks(full).replace("Viet Nam", self.vn) };
            format!("{full} ({acr})")
        }
    }

    fn vn_place(&mut self) -> String {
        if self.r.chance(50) {
            let c = self.r.pick(VN_CITIES);
            if !self.dia && c == "Hà Nội" {
                return "Hanoi".to_string();
            }
            self.v(c)
        } else {
            let p = self.r.pick(VN_PROVINCES);
            format!("{} province", self.v(p))
        }
    }

    fn lao_place(&mut self) -> String {
        if self.r.chance(50) {
            self.r.pick(LAO_CITIES).to_string()
        } else {
            format!("{} province", self.r.pick(LAO_PROVINCES))
        }
    }

    fn facility(&mut self) -> String {
        let f = self.r.pick(FACILITIES);
        self.v(f)
    }

    fn sectors(&mut self, n: usize) -> String {
        let mut picked: Vec<&str> = Vec::with_capacity(n);
        while picked.len() < n {
            let s = self.r.pick(SECTORS);
            if !picked.contains(&s) {
                picked.push(s);
            }
        }
        match n {
            1 => picked[0].to_string(),
            _ => format!("{} and {}", picked[..n - 1].join(", "), picked[n - 1]),
        }
    }

    /// A cast member: full name with title the first time, then name or short form.
    fn who(&mut self, i: usize, seen: &mut [bool; 4]) -> String {
        let p = &self.cast[i];
        if !seen[i] {
            seen[i] = true;
            return format!("{} {}", p.title, p.name);
        }
        match self.r.below(4) {
            0 => p.name.clone(),
            1 => format!("{} {}", p.title, p.name),
            _ => p.short.clone(),
        }
    }

    fn capital(&self, vn: bool) -> String {
        match (vn, self.dia) {
            (true, true) => "Hà Nội".to_string(),
            (true, false) => "Hanoi".to_string(),
            (false, _) => "Vientiane".to_string(),
        }
    }

    // ---- sentences ----------------------------------------------------------------------------

    /// The lead sentence (without a dateline).
    fn lead(&mut self, out: &mut String, seen: &mut [bool; 4]) {
        let a = self.who(0, seen);
        let b = self.who(1, seen);
        let n = self.r.range(20, 52);
        let vn = self.vn;
        // A third of leads open with the circumstances, as wire copy does ("On the morning of
        // December 3, in Vientiane, …"); the date then leaves the main clause.
        let date = if self.r.chance(33) {
            let (m, d) = (MONTHS[self.month], self.day);
            let when = self.r.pick(&["On the morning of", "On the afternoon of", "On", "Earlier on"]);
            let place = if self.r.chance(50) { self.lao_place() } else { self.vn_place() };
            let _ = write!(out, "{when} {m} {d}, in {place}, ");
            String::new()
        } else {
            format!(" {}", self.on_date())
        };
        let mut clause = String::new();
        match self.r.below(7) {
            0 => {
                let in_vn = self.r.chance(50);
                let city = self.capital(in_vn);
                let _ = write!(clause, "{a} held talks with {b} in {city}{date}, as part of an official visit aimed at deepening the great friendship, special solidarity and comprehensive cooperation between {vn} and Laos.");
            }
            1 => {
                let _ = write!(clause, "{a} and {b} co-chaired the {} meeting of the {vn}–Laos Intergovernmental Committee on Bilateral Cooperation{date}, reviewing the implementation of the cooperation plan for the {} period.", ordinal(n), self.period());
            }
            2 => {
                seen[..2].fill(false); // the cast is not named here
                let money = self.money();
                let pct = self.percent(60);
                let org = self.the_org();
                let _ = write!(clause, "two-way trade between {vn} and Laos reached {money} in {}, up {pct} from a year earlier, according to {org}.", self.year - 1);
            }
            3 => {
                seen[..2].fill(false);
                let vp = self.v(self.vn_prov);
                let lp = self.lao_prov;
                let period = self.period();
                let _ = write!(clause, "authorities of {vp} province and the Lao province of {lp} signed a cooperation agreement for the {period} period{date}, covering {}.", self.sectors(3));
            }
            4 => {
                let org = self.the_org();
                let place = self.lao_place();
                let _ = write!(clause, "a delegation of {org} led by {a} paid a working visit to {place}{date}, where it met {b} and local leaders.");
            }
            5 => {
                let _ = write!(clause, "{a} received {b}{date}, on the occasion of the {} anniversary of the establishment of diplomatic relations between {vn} and Laos.", ordinal(n + 10));
            }
            _ => {
                let place = self.vn_place();
                let _ = write!(clause, "speaking at a forum on {} in {place}{date}, {a} said cooperation with Laos and other ASEAN members had reached a new stage.", self.sectors(2));
            }
        }
        // capitalised unless it follows an opening clause
        if out.ends_with(", ") {
            out.push_str(&clause);
        } else {
            out.push_str(&cap(&clause));
        }
    }

    /// The next body template: a shuffled deck, so an article rarely repeats one.
    fn next_template(&mut self) -> usize {
        if self.deck.is_empty() {
            self.deck.extend(0..TEMPLATES as u8);
            for k in (1..self.deck.len()).rev() {
                let j = self.r.below(k + 1);
                self.deck.swap(k, j);
            }
        }
        self.deck.pop().unwrap_or(0) as usize
    }

    /// One body sentence, chosen among the templates.
    fn sentence(&mut self, out: &mut String, seen: &mut [bool; 4]) {
        let vn = self.vn;
        let i = self.r.below(4);
        let j = (i + 1 + self.r.below(3)) % 4;
        match self.next_template() {
            0 => {
                let (m, y, money, pct) = (self.r.pick(COUNT_WORDS), self.year, self.money(), self.percent(60));
                let verb = self.r.pick(&["hit", "reached", "stood at", "totalled"]);
                let _ = write!(
                    out,
                    "In the first {m} months of {y}, bilateral trade {verb} {money}, a {pct} increase year-on-year."
                );
            }
            1 => {
                let (n, money, ord) = (self.r.range(200, 280), self.money(), self.r.pick(ORDINAL_WORDS));
                let _ = write!(out, "{vn} currently has {n} valid investment projects in Laos with total registered capital of {money}, ranking {ord} among foreign investors in the country.");
            }
            2 => {
                let q = self.r.pick(QUOTES);
                let w = self.who(i, seen);
                let verb = self.r.pick(&["said", "stressed", "noted", "affirmed", "told reporters"]);
                let _ = write!(out, "\"{},\" {w} {verb}.", self.v(q));
            }
            3 => {
                let a = self.who(i, seen);
                let b = self.who(j, seen);
                let _ = write!(out, "{a} thanked {b} and the delegation for the warm and respectful welcome, and congratulated the host on its recent achievements in {}.", self.sectors(2));
            }
            4 => {
                let org = self.the_org();
                let (money, fac, y) = (self.money(), self.facility(), self.year + self.r.range(1, 5));
                let _ = write!(
                    out,
                    "{} will disburse {money} for the {fac} project, which is expected to be completed by {y}.",
                    cap(&org)
                );
            }
            5 => {
                let (fac, pct, m) = (self.facility(), self.percent(80), MONTHS[self.month]);
                let t = thousands(self.r.range(5, 900) as u64 * 1000);
                let _ = write!(out, "Cargo handled through {fac} rose {pct} to {t} tonnes in {m}, the highest monthly figure since it opened.");
            }
            6 => {
                let s = self.sectors(3);
                let _ = write!(out, "Both sides agreed to enhance cooperation in {s}, and to remove obstacles facing businesses of the two countries.");
            }
            7 => {
                let w = self.who(i, seen);
                let (money, place, d) = (self.money(), self.lao_place(), self.on_date());
                let _ = write!(
                    out,
                    "{}, {w} presented gifts worth {money} to families affected by floods in {place}.",
                    cap(&d)
                );
            }
            8 => {
                let o = self.acronym_org();
                let pct = self.percent(99);
                let _ = write!(out, "According to the {o}, disbursement of public investment in the border areas reached {pct} of the annual plan.");
            }
            9 => {
                let (c, y) = (self.r.pick(ASEAN_COUNTRIES), self.year + self.r.range(0, 2));
                let _ = write!(out, "The two countries pledged to coordinate closely at ASEAN and Mekong–Lancang forums, supporting {c} in its role as ASEAN Chair in {y}.");
            }
            10 => {
                let (n, k, pct) =
                    (self.r.range(600, 1200), thousands(self.r.range(9, 16) as u64 * 1000), self.percent(30));
                let _ = write!(out, "{vn} grants {n} scholarships to Lao students each year; about {k} Lao students are studying at Vietnamese universities, {pct} of them at postgraduate level.");
            }
            11 => {
                let p = self.vn_place();
                let (n, y, pct, money) =
                    (thousands(self.r.range(20, 400) as u64 * 1000), self.year - 1, self.percent(90), self.money());
                let _ =
                    write!(out, "{p} welcomed {n} Lao visitors in {y}, up {pct}, bringing tourism revenue of {money}.");
            }
            12 => {
                let (mw, yrs, money, org) =
                    (self.r.range(100, 5000), self.r.range(10, 25), self.money(), self.the_org());
                let _ = write!(out, "Laos will export {mw} MW of electricity to {vn} under a {yrs}-year power purchase agreement worth {money}, {org} said.");
            }
            13 => {
                let lp = self.lao_prov;
                let vp = self.v(self.vn_prov);
                let d = self.on_date();
                let n = self.r.pick(COUNT_WORDS);
                let _ = write!(out, "Leaders of {lp} and {vp} provinces met {d} to review the management of their shared border and agreed to open {n} more border markets.");
            }
            14 => {
                let a = self.who(i, seen);
                let (p, q) = (self.r.pick(PARTNERS), self.r.pick(ASEAN_COUNTRIES));
                let _ = write!(out, "{a} also briefed the guests on talks with {p} and {q} on regional security and the South China Sea.");
            }
            15 => {
                let (g1, g2) = (self.r.pick(GOODS), self.r.pick(GOODS));
                let (money, pct) = (self.money(), self.percent(70));
                let _ = write!(out, "{vn}'s main exports to Laos are {g1} and machinery, while it imports {g2} and copper ore; exports alone were worth {money}, up {pct}.");
            }
            16 => {
                let o = self.acronym_org();
                let (y, money, n) = (self.year - self.r.range(2, 15), self.money(), self.r.range(3, 40));
                let _ = write!(out, "Since {y}, the {o} has financed {n} projects worth {money} in the two countries.");
            }
            17 => {
                let (d, p, period) = (self.date(), self.vn_place(), self.period());
                let _ = write!(out, "The plan for the {period} period, adopted on {d} in {p}, sets a target of doubling bilateral trade.");
            }
            18 => {
                let a = self.who(i, seen);
                let s = self.sectors(1);
                let _ = write!(out, "{a} proposed that ministries and localities of both countries speed up the {s} projects and settle delayed ones before the end of {}.", self.year);
            }
            19 => {
                let (fac, money, km) = (self.facility(), self.money(), self.r.range(20, 600));
                let _ = write!(out, "Construction of the {km}-kilometre section linking {fac} to the border is estimated to cost {money}.");
            }
            20 => {
                let pct = self.percent(9);
                let pct2 = self.percent(30);
                let _ = write!(
                    out,
                    "Laos' economy grew {pct} last year while inflation eased to {pct2}, the Bank of the Lao PDR said."
                );
            }
            21 => {
                let lao = self.r.chance(50);
                let p = self.person(lao);
                let org = self.the_org();
                let _ = write!(
                    out,
                    "{} {}, who also attended the meeting, said {org} was ready to share its experience.",
                    p.title, p.name
                );
            }
            22 => {
                let (place, d) = (self.lao_place(), self.on_date());
                let n = self.r.range(2, 30);
                let _ = write!(
                    out,
                    "{}, the two sides signed {n} cooperation documents in {place}, including memoranda on {}.",
                    cap(&d),
                    self.sectors(2)
                );
            }
            23 => {
                let w = self.who(i, seen);
                let c = self.r.pick(ASEAN_COUNTRIES);
                let _ = write!(
                    out,
                    "{w} expressed support for Timor-Leste's full membership of ASEAN and for closer links with {c}."
                );
            }
            24 => {
                let (pct, money) = (self.percent(40), self.money());
                let m = MONTHS[self.r.below(12)];
                let _ = write!(
                    out,
                    "By the end of {m}, credit extended by Vietnamese banks in Laos had grown {pct} to {money}."
                );
            }
            25 => {
                let p = self.v(self.vn_prov);
                let lp = self.lao_prov;
                let (n, y) = (self.r.range(20, 300), self.year - self.r.range(1, 20));
                let _ = write!(out, "Since {y}, {p} has trained {n} officials from {lp}, and its hospitals have treated thousands of Lao patients free of charge.");
            }
            26 => {
                let a = self.who(i, seen);
                let (fac, d) = (self.facility(), self.on_date());
                let _ = write!(
                    out,
                    "{a} inspected the {fac} {d} and asked contractors to speed up work before the rainy season."
                );
            }
            27 => {
                let vp = self.v(self.vn_prov);
                let (money, y, pct) = (self.money(), self.year, self.percent(50));
                let _ = write!(out, "Goods through the border gates of {vp} province were worth {money} in the first half of {y}, {pct} more than in the same period last year.");
            }
            28 => {
                let (money, y, c) = (self.money(), self.year - 1, self.r.pick(ASEAN_COUNTRIES));
                let _ = write!(out, "{vn}'s trade with other ASEAN members totalled {money} in {y}, with {c} its largest partner in the bloc.");
            }
            29 => {
                let a = self.who(i, seen);
                let (d, place) = (self.on_date(), self.lao_place());
                let _ = write!(
                    out,
                    "Earlier {d}, {a} laid a wreath at the Monument to Vietnamese Volunteer Soldiers in {place}."
                );
            }
            30 => {
                let lp = self.lao_prov;
                let (money, n, pct) = (self.money(), self.r.range(5, 60), self.percent(90));
                let _ = write!(out, "Vietnamese investors have committed {money} to {n} projects in {lp} province, {pct} of them in agriculture and forestry.");
            }
            _ => {
                let (p, pct, y) = (self.r.pick(PARTNERS), self.percent(40), self.year - 1);
                let _ = write!(out, "Investment and tourism receipts from {p} rose {pct} in {y}, Lao officials said.");
            }
        }
    }

    fn caption(&mut self, out: &mut String, seen: &mut [bool; 4]) {
        let a = self.who(0, seen);
        let b = self.who(1, seen);
        let credit = self.r.pick(PHOTO_CREDITS);
        match self.r.below(3) {
            0 => {
                let d = self.date();
                let _ = write!(out, "{a} (right) and {b} at the talks on {d}. {credit}");
            }
            1 => {
                let place = self.lao_place();
                let _ = write!(out, "Delegates at the signing ceremony in {place}. {credit}");
            }
            _ => {
                let _ = write!(out, "{a} shakes hands with {b}. {credit}");
            }
        }
    }

    fn headline(&mut self) -> String {
        let vn = self.vn;
        match self.r.below(5) {
            0 => format!("{vn}, Laos agree to boost cooperation in {}", self.sectors(2)),
            1 => format!("{vn}–Laos trade hits {} in {}", self.money(), self.year),
            2 => format!("{} and {} step up border cooperation", self.v(self.vn_prov), self.lao_prov),
            3 => format!("Lao leader hails special ties with {vn}"),
            _ => format!("ASEAN partners eye stronger links in {}", self.sectors(1)),
        }
    }

    fn article(&mut self) -> String {
        let target = 2_000 + self.r.below(3_600);
        let mut out = String::with_capacity(target + 1_024);
        let mut seen = [false; 4];

        // header zone: optional date header, banner/section, headline, dateline
        let header = self.r.below(4);
        if self.r.chance(40) {
            let _ = write!(out, "date {:04}-{:02}-{:02} ", self.year, self.month + 1, self.day);
        }
        if header >= 2 {
            if self.r.chance(30) {
                out.push_str("Log in\n");
            }
            let s = self.r.pick(SECTIONS);
            let h = self.headline();
            let _ = write!(out, "{s}\n\n{h}\n\n");
            if header == 3 {
                let _ = writeln!(
                    out,
                    "{} {:02}, {} - {:02}:{:02}",
                    MONTHS[self.month],
                    self.day,
                    self.year,
                    self.r.range(6, 22),
                    self.r.range(0, 59)
                );
            }
        }
        if self.r.chance(50) {
            let dl = match self.r.below(3) {
                0 => "VIENTIANE — ".to_string(),
                1 if self.dia => "HÀ NỘI — ".to_string(),
                1 => "HANOI – ".to_string(),
                _ => format!("{} — ", self.v(self.vn_prov).to_uppercase()),
            };
            out.push_str(&dl);
        }
        self.lead(&mut out, &mut seen);
        out.push_str("\n\n");

        let mut in_para = 0;
        let mut para_len = 1 + self.r.below(4);
        while out.len() < target {
            if in_para > 0 && (in_para >= para_len) {
                out.push_str(if self.r.chance(80) { "\n\n" } else { "\n" });
                in_para = 0;
                para_len = 1 + self.r.below(4);
                if self.r.chance(12) {
                    self.caption(&mut out, &mut seen);
                    out.push('\n');
                }
            }
            if in_para > 0 {
                out.push(' ');
            }
            self.sentence(&mut out, &mut seen);
            in_para += 1;
        }
        // credit, source line, teasers
        match self.r.below(4) {
            0 | 1 => {
                let c = self.r.pick(CREDITS);
                let _ = write!(out, " {c}");
            }
            2 => {
                let u = self.r.pick(SOURCE_URLS);
                let _ = write!(out, "\n\nSource: {u}{:x}.html", self.r.next() >> 20);
            }
            _ => {}
        }
        out.push('\n');
        if self.r.chance(20) {
            out.push_str("\nRelated news\n\n");
            for _ in 0..self.r.range(1, 3) {
                let h = self.headline();
                let _ = write!(out, "{h}\n\n{h}\n\n");
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Document;
    use std::collections::HashSet;

    #[test]
    fn deterministic() {
        assert_eq!(article(42), article(42));
        assert_ne!(article(42).1, article(43).1);
        let c = corpus(20, 9);
        assert_eq!(c, corpus(20, 9));
        assert_ne!(c, corpus(20, 10));
        for (i, a) in c.iter().enumerate() {
            assert_eq!(*a, article(article_seed(9, i)));
        }
        let names: HashSet<_> = corpus(1000, 3).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names.len(), 1000);
    }

    #[test]
    fn sizes() {
        let c = corpus(500, 1);
        for (n, t) in &c {
            assert!((2_000..=6_500).contains(&t.len()), "{n}: {} bytes", t.len());
        }
        let mean = c.iter().map(|(_, t)| t.len()).sum::<usize>() / c.len();
        assert!((3_000..=5_000).contains(&mean), "mean {mean}");
        let b = corpus_of_bytes(100_000, 5);
        let total: usize = b.iter().map(|(_, t)| t.len()).sum();
        assert!(total >= 100_000 && total - b.last().unwrap().1.len() < 100_000);
        assert_eq!(b[..], corpus(b.len(), 5)[..]);
    }

    #[test]
    fn varied() {
        let c = corpus(200, 11);
        // the lead sentence: first line of ≥ 12 words, up to its first full stop
        let lead = |t: &str| -> String {
            let line = t.lines().find(|l| l.split(' ').count() >= 12).unwrap_or("");
            line.split(". ").next().unwrap_or("").to_string()
        };
        let leads: HashSet<String> = c.iter().map(|(_, t)| lead(t)).collect();
        assert!(leads.len() > 180, "only {} distinct lead sentences of 200", leads.len());
        let texts: HashSet<&str> = c.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts.len(), 200);
        // every sentence template shows up
        let all: String = c.iter().map(|(_, t)| t.as_str()).collect();
        for needle in ["Intergovernmental Committee", "power purchase agreement", "scholarships", "tonnes", "(right)"] {
            assert!(all.contains(needle), "{needle}");
        }
    }

    #[test]
    fn texts_have_entities_and_clean_bodies() {
        use crate::extract::{extract_corpus, EType};
        let docs: Vec<Document> = corpus(40, 2).iter().map(|(n, t)| Document::from_text(n, t)).collect();
        for d in &docs {
            assert!(!d.paragraphs.is_empty(), "{}", d.file);
            assert!(!d.body().contains("Related news"), "{}", d.file);
        }
        let x = extract_corpus(&docs);
        for ty in [EType::Person, EType::Org, EType::Place, EType::Money, EType::Percent, EType::Date] {
            assert!(x.entities.iter().any(|e| e.ty == ty), "no {ty:?} entity in 40 synthetic articles");
        }
    }
}
