//! The extractor against the hand-made gold of ../shared/eval, scored by its own scorer.
//! The bar (issue: extraction engine): micro-F1 person+org+place ≥ 0.97, money and percent
//! F1 = 1.00, no splits, no merges. A regression fails CI.
use std::path::Path;
use std::process::Command;

/// The `.txt` files of a directory.
fn txt_files(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.display().to_string())
        .collect();
    v.sort();
    v
}

/// Runs `newslens extract` on `files` and the shared scorer against `gold`; prints the table,
/// returns the scorer's JSON.
fn extract_and_score(files: &[String], gold: &Path, name: &str) -> serde_json::Value {
    let scorer = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/score.py");
    assert!(scorer.exists(), "{} is missing: the evaluation scorer must be beside the clone", scorer.display());
    let out = Command::new(env!("CARGO_BIN_EXE_newslens")).arg("extract").args(files).output().expect("run newslens");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let pred = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-extraction.json"));
    std::fs::write(&pred, &out.stdout).unwrap();
    let run = |json: bool| {
        let mut c = Command::new("python3");
        c.arg(&scorer).arg(gold).arg(&pred);
        if json {
            c.arg("--json");
        }
        c.output().expect("python3 is needed to run the scorer")
    };
    println!("{}", String::from_utf8_lossy(&run(false).stdout));
    let score = run(true);
    assert!(score.status.success(), "{}", String::from_utf8_lossy(&score.stderr));
    serde_json::from_slice(&score.stdout).expect("scorer JSON")
}

#[test]
fn seeds_meet_the_bar() {
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/gold/seeds.json");
    assert!(gold.exists(), "{} is missing: the evaluation gold must be beside the clone", gold.display());
    let r = extract_and_score(&txt_files(Path::new("seeds")), &gold, "seeds");
    let f1 = |t: &str| r["per_type"][t]["f1"].as_f64().unwrap();
    let micro = r["micro_f1_ner"].as_f64().expect("micro_f1_ner");
    assert!(micro >= 0.97, "micro-F1 {micro} < 0.97");
    assert_eq!(f1("money"), 1.0, "money F1");
    assert_eq!(f1("percent"), 1.0, "percent F1");
    for t in ["person", "org", "place"] {
        assert_eq!(r["per_type"][t]["splits"], 0, "{t} splits");
        assert_eq!(r["per_type"][t]["merges"], 0, "{t} merges");
    }
}

/// Six articles NOT in the corpus (tests/fixtures/generalization), written and annotated
/// independently of the extractor's rules. Since then some general rules and tables were added
/// after looking at its misses (numbered roads, multi-word place cues, "TITLE NAME of PLACE",
/// Thai and Cambodian provinces, Việt Nam–Laos border gates), so it is no longer a fully
/// independent check. A floor against regressions, below the measured 0.967 micro-F1; money and
/// percent must stay exact.
#[test]
fn generalisation_articles_stay_above_the_floor() {
    floor("generalization", 6, 0.94);
}

/// Four more articles NOT in the corpus (tests/fixtures/holdout: Laos–Thailand power trade,
/// an ASEAN summit in Jakarta, a Việt Nam–Cambodia border province, the Lao economy), written
/// and annotated by a helper that never saw the extractor. Measured 0.885 micro-F1 on first
/// contact; a few general fixes followed from its errors (dollar prefixes such as "S$", a glued
/// "VNĐ", "NAME said", "the US dollar", news agencies, an "and" inside one organization's name
/// then between two, a Vietnamese name right after an organization, convention centres as
/// places, "Cambodia's Hun Manet", numbered facilities such as "Nam Theun 2 Hydropower Plant"),
/// giving 0.930. A floor against regressions; money and percent must stay exact.
#[test]
fn holdout_articles_stay_above_the_floor() {
    floor("holdout", 4, 0.90);
}

/// Four more articles NOT in the corpus (tests/fixtures/holdout2: Việt Nam–Laos scholarships,
/// a Mekong River Commission summit, Laos–China railway logistics, a National Assembly session),
/// written and annotated by another helper that never saw the extractor, after every rule above
/// was in place: 0.886 micro-F1 on first contact. Four general fixes followed from its errors
/// ("US$3.8-billion", "Co., Ltd" company names and their acronyms, portfolio words joined by
/// "and" inside a name, "NAME of the ORG"), giving 0.922. A floor against regressions; money and percent must stay
/// exact.
#[test]
fn second_holdout_articles_stay_above_the_floor() {
    floor("holdout2", 4, 0.90);
}

/// Five more (tests/fixtures/holdout3: Lao–Vietnamese security talks, the CLV Development
/// Triangle, Laos–China railway tourism, a National Assembly reshuffle, a Mekong drought study),
/// by a third helper that never saw the extractor: 0.873 on first contact. General fixes
/// followed (an apposition that says what someone is, "TITLE NAME of ORG", a ministry's list of
/// portfolios, "Embassy in", laws, a currency's name before the amount, unknown words right
/// after "in"/"at" as places), giving 0.936. A floor against regressions.
#[test]
fn third_holdout_articles_stay_above_the_floor() {
    floor("holdout3", 5, 0.92);
}

/// Five more (tests/fixtures/holdout4: Việt Nam–Laos health and education aid, Lao farm
/// exports, a state visit to Hà Nội, a Lao wind farm selling power to Việt Nam, an ASEAN foreign
/// ministers' meeting), by a fourth helper that never saw the extractor, scored only after the
/// holdout3 fixes were in: **0.911 on first contact**. General fixes followed ("NAME of
/// COUNTRY", a role noun before a name, "$85m", one-word banks, "crossing"/"substation"/"dry
/// port" and "Shoal" cues, a demonym's province, a province the gazetteer tells apart from its
/// capital), giving 0.961. A floor against regressions.
#[test]
fn fourth_holdout_articles_stay_above_the_floor() {
    floor("holdout4", 5, 0.94);
}

/// Five more (tests/fixtures/holdout5: UXO clearance in Laos, a Quảng Trị–Savannakhet twinning
/// plan, the kip and Lao debt, a friendship football match and culture week, a Lao Airlines
/// route to Siem Reap), by a fifth helper, scored after the holdout4 fixes: **0.857 on first
/// contact** (sport, culture and aviation are further from the corpus's topics). General fixes
/// followed (the owner of an organization mentioned as the place; pairs of districts before a
/// plural cue; a sentence-initial role word; an apposition with an age; organizations
/// described before their name ("club …"); an analyst's employer is not a place; "/" inside
/// names; "FC", "Trust", "Air"; railway lines as places and railway and airline operators as
/// organizations; World Heritage landmarks; fields of activity joined by "and" inside a name),
/// giving 0.945. A floor against regressions.
#[test]
fn fifth_holdout_articles_stay_above_the_floor() {
    floor("holdout5", 5, 0.93);
}

/// Ten more (tests/fixtures/holdout6: a Vietnamese telecom in Laos, floods, Party diplomacy, a
/// Mekong bridge, a drug seizure; tests/fixtures/holdout7: an analysis of Lao foreign policy,
/// university cooperation, rice prices, anti-corruption, tourism), by two more helpers, scored
/// after the holdout5 fixes: **0.890 and 0.905 on first contact**. General fixes followed
/// (more fields of activity joined by "and" inside a name: "Food and Agriculture
/// Organization", "Road and Bridge Construction"; "Wat …", "Mount …", Lao river names "Nam …",
/// "Xe …"; "X Dam on the Mekong"; lower-case "reservoir", "dam", "checkpoint", "cave",
/// "hydropower plant"; "PARTY Central Committee" names the party; a two-word organization at a
/// sentence start; departments with a list of portfolios; the northern minorities' family
/// names; banks of Việt Nam and Laos; "3.93-billion-baht"), giving 0.960 and 0.960.
#[test]
fn sixth_and_seventh_holdout_articles_stay_above_the_floor() {
    // holdout6 has one amount only in a headline ("… Tops US$200 Million"); headlines are not
    // extracted (the body is), so its money F1 is 0.987, not 1
    floor_money("holdout6", 5, 0.94, 0.98);
    floor("holdout7", 5, 0.94);
}

/// Ten more (tests/fixtures/holdout8: a CLV parliamentary summit, a bauxite mine, labour
/// migration, a fuel pipeline, press awards and media freedom; tests/fixtures/holdout9: a
/// wartime-history exhibition, forest carbon payments, QR payment links, Lao New Year in Đà
/// Nẵng, Vietnamese agribusiness in Laos and Cambodia), by two more helpers, scored after the
/// holdout6/7 fixes: **0.897 and 0.919 on first contact**. General fixes followed (bylines and
/// ages before a name; "Consul General in PLACE NAME"; plural possessives inside a name;
/// "NAME, a secret airbase" as a place; border crossings and checkpoints; lower-case "street",
/// "river", "lake", …; "US cents"; Khmer honorifics; company suffixes "Pte", "PCL"; awards and
/// indexes are not organizations; NGOs, newspapers and technology companies of the region's
/// news; a head-word "of" a cue-ended name is an organization), giving 0.959 and 0.963.
#[test]
fn eighth_and_ninth_holdout_articles_stay_above_the_floor() {
    floor("holdout8", 5, 0.94);
    floor("holdout9", 5, 0.94);
}

/// Ten more (tests/fixtures/holdout10: a joint-venture hospital, special economic zones, a Lao
/// election, seaports for Lao cargo, a Lao coffee entrepreneur; tests/fixtures/holdout11: the
/// East Asia Summit, wildlife trafficking, a film co-production, Lao interest rates, urban
/// transport), by two more helpers, scored after the holdout8/9 fixes: **0.893 and 0.865 on
/// first contact**. General fixes followed (relatives and ages in appositions; "District 3";
/// "the Lao government"; "… and the BOL" as two organizations; "on" inside an organization's
/// name; "Publishing House"; a place's possessive before a cue-ended name; amounts "1.5
/// million to 2.5 million kip", "VND500,000-1 million", "a billion dollars", "U.S. dollars",
/// "8 or 9 percent"), giving 0.947 and 0.912.
#[test]
fn tenth_and_eleventh_holdout_articles_stay_above_the_floor() {
    floor("holdout10", 5, 0.93);
    floor("holdout11", 5, 0.90);
}

/// Ten more (tests/fixtures/holdout12: a garment strike, a road crash, a solar farm, a trade
/// fair, a scam ring; tests/fixtures/holdout13: a Korean irrigation loan, a Japanese-funded
/// school, a lignite power plant, a rubber concession dispute, a Chinese-built expressway), by
/// two more helpers on topics of their own choice, scored after every fix above: **0.914 and
/// 0.910 on first contact**, money and percent 1.00. Fixes that followed (hyphenated given
/// names such as "Park Jae-won"; everyday occupations as roles; a longer apposition before a
/// name; "(Cambodia) Co., Ltd"; "Watch", "Commissariat", "Holding"; two NGOs) give 0.952 and
/// 0.938.
#[test]
fn twelfth_and_thirteenth_holdout_articles_stay_above_the_floor() {
    floor("holdout12", 5, 0.93);
    floor("holdout13", 5, 0.92);
}

/// Ten more (tests/fixtures/holdout14: dengue, farm-fire haze, potash mining, swine fever,
/// soldiers' remains; tests/fixtures/holdout15: state-media reports in the seeds' style, with
/// long official titles), by two more helpers, scored after the holdout12/13 fixes: **0.948 and
/// 0.897 on first contact**. Fixes that followed ("Member of the Party Central Committee" as a
/// title; "Martyrs' Cemetery"; "Consulate General in/of …"; "the NA's Committee for …"; "PLACE
/// General Hospital"; a name right after an organization ending with a portfolio; "between
/// 500,000 and 1.5 million kip") give 0.954 and 0.958, money and percent exact.
#[test]
fn fourteenth_and_fifteenth_holdout_articles_stay_above_the_floor() {
    floor("holdout14", 5, 0.93);
    floor("holdout15", 5, 0.94);
}

/// Ten more (tests/fixtures/holdout16: a prosecutors' meeting, a dairy plant, a market fire,
/// the EU's illegal-fishing inspection, a border market; tests/fixtures/holdout17: state-media
/// reports in the seeds' style), by two more helpers, scored after every fix above: **0.924
/// and 0.929 on first contact**, money 1.00 (holdout17 had one false "2018%"). Fixes that
/// followed (a year is no end of a range; all-caps datelines as places; military rank
/// abbreviations; "in"/"at" inside a name; "Communist Party of Việt Nam Central Committee")
/// give 0.931 and 0.937 with money and percent exact.
#[test]
fn sixteenth_and_seventeenth_holdout_articles_stay_above_the_floor() {
    floor("holdout16", 5, 0.92);
    floor("holdout17", 5, 0.92);
}

/// Ten more (tests/fixtures/holdout18: a timber-smuggling verdict, labour export to Korea, a
/// heritage restoration, a trucking start-up, a visa waiver; tests/fixtures/holdout19:
/// state-media reports in the seeds' style), by two more helpers, scored after every fix
/// above: **0.933 and 0.894 on first contact**, money and percent 1.00. Fixes that followed
/// (numbered bodies "Military Region 5", "Committee 515"; "Embassy of X in Y" and "Embassy of Y
/// in X" kept apart; "Phou …" mountains; longer hyphenated surnames; "Political Commissar";
/// "Technologies") give 0.950 and 0.918.
#[test]
fn eighteenth_and_nineteenth_holdout_articles_stay_above_the_floor() {
    floor("holdout18", 5, 0.93);
    floor("holdout19", 5, 0.90);
}

/// Ten more (tests/fixtures/holdout20: state-media reports in the seeds' style;
/// tests/fixtures/holdout21: Lao state media, Vietnamese business press, a wire story, a
/// border province), by two more helpers, scored after every fix above (and a rule for
/// monuments named for someone): **0.889 and 0.905 on first contact**. Fixes that followed
/// ("Association of Vietnamese in Laos"; "PLACE Provincial General Hospital"; "Road No. 18B";
/// "PLACE on the X Corridor"; "Australian dollars"; "Budget" as a portfolio; "Congresses")
/// give 0.908 and 0.919, money and percent exact.
#[test]
fn twentieth_and_twenty_first_holdout_articles_stay_above_the_floor() {
    floor("holdout20", 5, 0.91);
    floor("holdout21", 5, 0.91);
}

/// Ten more (tests/fixtures/holdout22: state-media protocol reports; tests/fixtures/holdout23:
/// wires and regional outlets on Laos' debt, railway freight, Mekong dams, scam compounds and
/// bomb clearance), by two more helpers: **0.881 and 0.895 on first contact**, money and percent
/// exact. Fixes that followed (the word after a "PLACE (AGENCY) –" dateline starts a sentence;
/// a byline line names people; a place's name drops a lower-case generic word, "Xiengkhor
/// district" → "Xiengkhor"; a place's acronym is that place) give 0.934 and 0.933.
#[test]
fn twenty_second_and_twenty_third_holdout_articles_stay_above_the_floor() {
    floor("holdout22", 5, 0.95);
    floor("holdout23", 5, 0.94);
}

/// Ten more (tests/fixtures/holdout24: Lao state and semi-official media; tests/fixtures/holdout25:
/// Vietnamese business press on investment in Laos), by two more helpers, scored after the
/// holdout22/23 fixes: **0.889 and 0.896 on first contact**, money and percent exact (but one
/// amount in US cents). Fixes that followed ("Ban X" a Lao village; "Nam Theun 2"; "du"/"des"
/// inside names; fields joined by "and"; a mass organisation's Central Committee; stock tickers
/// "(HoSE: HAG)"; the region's stock exchanges; "Laos'" as an owner; "port", "dam", "waterfall"
/// generic) give 0.968 and 0.940.
#[test]
fn twenty_fourth_and_twenty_fifth_holdout_articles_stay_above_the_floor() {
    floor("holdout24", 5, 0.95);
    floor("holdout25", 5, 0.94);
}

/// Five more (tests/fixtures/holdout27: wires and regional outlets on the ASEAN summit, the Funan
/// Techo canal, Lao power exports, migrant workers and US–Vietnam ties), scored after the
/// holdout24/25 fixes: **0.941 on first contact**, money 0.929 (kyat unknown). Fixes that
/// followed (double family names; an age alone; "near X"; datelines with a date or a country;
/// the other ASEAN currencies) give 0.971, money exact.
#[test]
fn twenty_seventh_holdout_articles_stay_above_the_floor() {
    floor("holdout27", 5, 0.96);
}

/// Five more (tests/fixtures/holdout26: the Vietnamese government portal's and Party press's
/// style, like the seeds), scored with holdout27's fixes in: **0.940 on first contact**, money
/// and percent exact. Fixes that followed (photo credits "Photo: VGP/NAME"; a single short
/// acronym before a dash is an outlet, not a dateline place; "600-MW"; "(ASEAN) and the Greater
/// Mekong Subregion" split; a company's legal form left out of its identity; "Joint Stock" not in
/// initials; reversed place pairs "Hanoi-Vientiane" = "Vientiane–Hà Nội") give 0.966.
#[test]
fn twenty_sixth_holdout_articles_stay_above_the_floor() {
    floor("holdout26", 5, 0.95);
}

/// The last two (tests/fixtures/holdout28: Vietnamese state media; tests/fixtures/holdout29:
/// regional and international outlets), scored on the final engine of the round, after every fix
/// above: **0.884 and 0.939 on first contact**, money and percent exact. One fix followed (a
/// capitalised "Province", "District" or "Commune" after a name is the place itself, "Quang Tri
/// Province" = Quảng Trị, unless the gazetteer names the pair: "Vientiane Province"), giving
/// 0.903 and 0.939.
#[test]
fn twenty_eighth_and_twenty_ninth_holdout_articles_stay_above_the_floor() {
    floor("holdout28", 5, 0.89);
    floor("holdout29", 5, 0.93);
}

/// Unseen measurement (tests/fixtures/holdout30: state media on court, audit, customs, youth and
/// culture cooperation), written after the round's last rules but for the two below and scored
/// once: **0.858 on first contact**, money and percent exact. Two general fixes followed (a
/// mixed-case dateline before an agency, "Ha Noi (VNA) – The …"; theatres, troupes and orchestras
/// as organizations): 0.876. What remains is mostly a convention this set's annotator holds and
/// the engine does not ("Ministry of Justice of Laos", "Lao Ministry of Justice" annotated as
/// "Ministry of Justice"), and organs inside titles.
#[test]
fn thirtieth_holdout_articles_stay_above_the_floor() {
    floor("holdout30", 5, 0.87);
}

/// Unseen measurement (tests/fixtures/holdout31: regional and international outlets on migrant
/// workers, a new air route, the ASEAN power grid, cassava exports and a drug seizure), written
/// after the last fix of the round and scored once on the final engine: **0.916 on first
/// contact**, money 0.98 ("RM500 million" unknown), percent exact. No rule was written from it.
#[test]
fn thirty_first_holdout_articles_stay_above_the_floor() {
    floor("holdout31", 5, 0.91);
}

/// Unseen measurements of this round, each set written by a separate helper that saw neither
/// the engine nor any other set, scored on first contact on the engine of the moment:
/// tests/fixtures/holdout32 (state media) **0.948** and holdout33 (wires and business press)
/// **0.923**; after their general rules, holdout34 (Lao and Thai media) **0.941**, holdout35
/// (Vietnamese business press) **0.902** and holdout36 (regional politics) **0.942**; after
/// theirs, holdout37 (long-form features) **0.888**. The floors below are set after the round's
/// rules (which each set suggested in part, so they are above first contact).
#[test]
fn thirty_second_to_thirty_seventh_holdout_articles_stay_above_the_floor() {
    floor("holdout32", 5, 0.97);
    floor("holdout33", 5, 0.94);
    floor("holdout34", 5, 0.96);
    floor("holdout35", 5, 0.94);
    floor_money("holdout36", 5, 0.95, 0.97);
    floor("holdout37", 5, 0.91);
}

/// The last two sets of the round (tests/fixtures/holdout38: Chinese and Thai state media;
/// holdout39: development organisations' releases), written in parallel with the rules from
/// holdout34–37 and scored once on the engine that had them: **0.937 and 0.932 on first
/// contact**. Their errors suggested caption credits that end a paragraph or sit in parentheses,
/// "Ms." with its dot, "opposite X", "X Customs" and a Vietnamese two-syllable given name as a
/// short form: 0.961 and 0.948.
#[test]
fn thirty_eighth_and_thirty_ninth_holdout_articles_stay_above_the_floor() {
    // (one percent missed: two different things at 40 percent in one article are one entity here,
    // as amounts are identified by value)
    floor_amounts("holdout38", 5, 0.95, 1.0, 0.98);
    floor("holdout39", 5, 0.94);
}

/// Two more sets written after holdout38/39's rules, scored once on that engine:
/// tests/fixtures/holdout40 (sport, culture and entertainment; the kind of topic the tables know
/// least) **0.879 on first contact**, holdout41 (crime, courts and environment) **0.934**. Their
/// errors suggested sport and film role nouns, "VNA/VNS Photo NAME", rank abbreviations
/// ("Pol. Col."), prisons and sanctuaries, an organization owning another and border guard units:
/// 0.924 and 0.960.
#[test]
fn fortieth_and_forty_first_holdout_articles_stay_above_the_floor() {
    floor_money("holdout40", 5, 0.91, 0.98);
    floor("holdout41", 5, 0.95);
}

/// The round's last two sets, written after holdout40/41's rules: tests/fixtures/holdout42 (the
/// Vietnamese government portal and foreign ministry, the seeds' own style) **0.964 on first
/// contact** and holdout43 (economic reporting dense with figures) **0.919**, money and percent
/// exact in both. Their errors suggested employers right after a role, the rating agencies,
/// codes never places ("at Caa3"), an organization's possessive before a place, a credit with
/// the name first ("NAME/Khmer Times") and "on" after a body "of" something: 0.969 and 0.938.
#[test]
fn forty_second_and_forty_third_holdout_articles_stay_above_the_floor() {
    floor("holdout42", 5, 0.96);
    floor("holdout43", 5, 0.93);
}

/// Two last sets of the round: tests/fixtures/holdout44 (education, health and science) **0.937
/// on first contact** and holdout45 (energy and infrastructure) **0.958** (money 0.91: tariffs in
/// US cents). Their errors suggested fields of study in an institute's list, a province's own
/// generic word before its possessive, "Assoc. Prof.", amounts in US cents, and a company's
/// registered name kept apart from a longer one unless it is that name after a qualifier:
/// 0.952 and 0.961, money exact.
#[test]
fn forty_fourth_and_forty_fifth_holdout_articles_stay_above_the_floor() {
    floor("holdout44", 5, 0.94);
    floor("holdout45", 5, 0.95);
}

/// The round's last pair: tests/fixtures/holdout46 (Cambodia's relations with its neighbours)
/// **0.922 on first contact** and holdout47 (interviews and profiles, relatives named by one
/// word) **0.856**, money and percent exact. Their errors suggested relatives named right after
/// the word ("my sister Linh"), a family name in capitals in a byline, a caption before the
/// first paragraph kept as body (not taken as the headline), a list of fields after "on", and a
/// capitalised role before an apposition: 0.941 and 0.895.
#[test]
fn forty_sixth_and_forty_seventh_holdout_articles_stay_above_the_floor() {
    floor("holdout46", 5, 0.93);
    floor("holdout47", 5, 0.88);
}

/// Written last (tests/fixtures/holdout48: Laos–Vietnam people-to-people news; holdout49:
/// international wires and broadsheets): **0.940 and 0.927 on first contact**. One general fix
/// followed from holdout48 (a Lao village whose syllable looks like a title's acronym, "Ban Na
/// Sala"): 0.955; none from holdout49. (holdout49's floor is 0.92 since "Xayaburi" became a
/// spelling of the province: its gold makes a bare "Xayaburi" the dam, 0.933 → 0.930.)
#[test]
fn forty_eighth_and_forty_ninth_holdout_articles_stay_above_the_floor() {
    floor("holdout48", 5, 0.94);
    floor_money("holdout49", 5, 0.92, 0.98);
}

/// Written last (tests/fixtures/holdout50: ASEAN and mainland Southeast Asian diplomacy, with
/// Philippine and Malaysian outlets; holdout51: Vietnam–Laos history, memory and education):
/// **0.943 and 0.941 on first contact**. General fixes followed: the Philippine peso ("P850
/// million", "₱1.1 billion"), Malaysian honorifics after an office ("Foreign Minister Datuk
/// Seri NAME"), diplomats' ranks ("Counsellor NAME"): 0.949 (money exact) and 0.945.
#[test]
fn fiftieth_and_fifty_first_holdout_articles_stay_above_the_floor() {
    floor("holdout50", 5, 0.95);
    floor("holdout51", 5, 0.95);
}

/// Written last (tests/fixtures/holdout52: sport, culture and tourism; holdout53: the digital
/// economy): **0.895 and 0.901 on first contact**. General fixes followed: an acronym may take
/// the initial of "of", "and" or "for" ("Board of Investment (BOI)"), a name that starts with
/// its own acronym ("SSI Securities Corporation (SSI)"), "CF" clubs, photo libraries (Getty
/// Images), "Analyst" and "Economist" before a name: 0.898 and 0.923 (holdout49 0.927 → 0.933,
/// holdout51 0.945 → 0.949).
#[test]
fn fifty_second_and_fifty_third_holdout_articles_stay_above_the_floor() {
    floor_amounts("holdout52", 5, 0.90, 1.0, 0.97);
    floor("holdout53", 5, 0.93);
}

/// Written last (tests/fixtures/holdout54: Laos–Thailand relations and the Mekong economy;
/// holdout55: Vietnam–Laos cooperation in provinces, education, health and security):
/// **0.923 and 0.958 on first contact**. General fixes followed: an acronym of three letters or
/// more may leave out up to two capitalised words ("… Economic Development Cooperation Agency
/// (NEDA)"), a byline's outlet after a bar ("By NAME | Bangkok Post"), a portfolio has one "and"
/// ("Minister of Industry and Commerce NAME and NAME"), "Partners" as an organization
/// head-word, and two names with acronyms of their own stay two organizations ("Vinh
/// University (VU)", "Vinh Medical University (VMU)"): 0.948 and 0.962 (holdout5 0.964 →
/// 0.970, holdout39 0.954 → 0.960, holdout47 0.895 → 0.898, holdout53 0.933 → 0.939).
#[test]
fn fifty_fourth_and_fifty_fifth_holdout_articles_stay_above_the_floor() {
    floor("holdout54", 5, 0.94);
    floor("holdout55", 5, 0.95);
}

/// Written last (tests/fixtures/holdout56: Lao domestic politics and governance, people named
/// without a title; holdout57: Vietnamese companies and investment in Laos, tickers and legal
/// forms): **0.956 and 0.952 on first contact**. General fixes followed: "Mine" as a place cue;
/// "Advisors", "Consultants" and the legal forms "AB", "AG", "GmbH" as organization head-words:
/// 0.956 and 0.972; then a list inside a name that the acronym after it spells ("National
/// Commission for the Advancement of Women, Mothers and Children (NCAWMC)"), and portfolio
/// words listed before a committee ("Economic, Planning and Finance Committee"): holdout56
/// 0.976. Left: "Road 13 North" (one set's gold makes it a road of its own, another's a mention
/// of "Route 13").
#[test]
fn fifty_sixth_and_fifty_seventh_holdout_articles_stay_above_the_floor() {
    floor("holdout56", 5, 0.97);
    floor("holdout57", 5, 0.96);
}

/// Written last (tests/fixtures/holdout58: ASEAN diplomacy with Cambodian, Malaysian, Filipino
/// and Timorese names; holdout59: culture, heritage, tourism and sport between Vietnam and
/// Laos): **0.888 and 0.954 on first contact** (holdout58's money 0.92). General fixes followed:
/// an acronym the text defines wins over the table's ("Vietnam Football Federation (VFF)"), a
/// name continued by "of" and a subject is another body ("Hue University of Medicine and
/// Pharmacy"), particles inside a person's name ("Albert del Rosario"), the "mil"/"bil" scales
/// ("RM4.1mil"), four words after a role noun ("opposition leader Aung San Suu Kyi"), a hyphen
/// in a dateline's place ("CHA-AM, Phetchaburi —"), "Samdech Thipadei", a credited caption
/// before the article ("… --KPL"), and one word named by an apposition or a credit ("…, Sumadi,
/// said", "(Xinhua/Sokha)"): 0.927 and 0.962, money 1.00 (holdout47 0.898 → 0.902, holdout50
/// 0.955 → 0.962). Left: untitled lists of names after a plural role ("their foreign ministers,
/// NAME, NAME and NAME"), "Ma." before a Filipino name, hotels and resorts as places.
#[test]
fn fifty_eighth_and_fifty_ninth_holdout_articles_stay_above_the_floor() {
    floor("holdout58", 5, 0.92);
    floor("holdout59", 5, 0.96);
}

/// Written last (tests/fixtures/holdout60: China, Japan and Korea in Laos and Vietnam, names in
/// both orders; holdout61: crime, courts, police and border security): **0.936 and 0.952 on
/// first contact**. General fixes followed: a route between two places ("the Vientiane–Vũng Áng
/// railway"), junior ranks and managers as titles, a lone demonym after "on" ("Minister NAME on
/// Japanese aid"), an age ending the sentence ("NAME, 39."), a currency glued on by a hyphen
/// ("a 500,000-baht reward"), a credit's "Photo" ("-- Photo Vientiane Times"), a two-word name
/// in both orders ("Fumio Kishida", "Kishida Fumio"): 0.960 and 0.962, money 1.00 in holdout61.
/// Left: two amounts of the same value in one article are one entity here, two in the gold.
#[test]
fn sixtieth_and_sixty_first_holdout_articles_stay_above_the_floor() {
    floor_amounts("holdout60", 5, 0.95, 0.98, 0.97);
    floor("holdout61", 5, 0.96);
}

/// Written last (tests/fixtures/holdout62: Vietnam's domestic politics and economy with links to
/// Laos; holdout63: the Mekong environment, dams, researchers and NGOs): **0.915 and 0.908 on
/// first contact**. General fixes followed: "Deputy" as a title and "TITLE NAME of PLACE
/// Province" ("Deputy NAME of Bến Tre Province"), no name from a title's plural ("the two Deputy
/// PMs"), "quadrillion", the exchange's other English name ("Ho Chi Minh Stock Exchange
/// (HoSE)"), a photographer after "photo /", a dam named after a known place ("the Luang Prabang
/// dam"): 0.930 and 0.915. Left: numbered power plants ("Vinh Tan 4"), "the Ham Luong and Co Chien
/// rivers", "Hydrolancang International Energy" taken for a person.
#[test]
fn sixty_second_and_sixty_third_holdout_articles_stay_above_the_floor() {
    floor("holdout62", 5, 0.92);
    floor("holdout63", 5, 0.91);
}

/// Written last (tests/fixtures/holdout64: the Lao economy and public finance; holdout65:
/// Cambodia and its neighbours, border trade): **0.967 and 0.918 on first contact**. General
/// fixes followed: two organizations of the well-known table stay two ("Bank of the Lao PDR",
/// "Lao Development Bank"), the Cambodian honorifics "Oknha" and "Lok Chumteav", "Agro" ending
/// a company's name: 0.981 and 0.949. Left: paired border gates, which this set's gold makes
/// two places and others one ("Trapeang Kriel–Nong Nok Khiene international checkpoint").
#[test]
fn sixty_fourth_and_sixty_fifth_holdout_articles_stay_above_the_floor() {
    floor("holdout64", 5, 0.97);
    floor("holdout65", 5, 0.94);
}

/// Written last (tests/fixtures/holdout66: Thailand's politics and Thai–Lao relations;
/// holdout67: Singaporean, Malaysian, Indonesian and Thai companies in Vietnam and Laos):
/// **0.921 and 0.934 on first contact** (holdout67's money 0.96). General fixes followed: a
/// lower-case "station" after a name ("Nong Khai station"), "Retreat" as an event word, a scale
/// glued after a glued currency prefix ("RM350mil"): 0.963 and 0.934, money 0.99. Left: Thai
/// nicknames in quotes inside a name (`Pimchanok "Ploy" Saengthong`), "Tan Sri" (its "Tan" is
/// a common Vietnamese and Chinese name), one-word Indonesian names with no cue.
#[test]
fn sixty_sixth_and_sixty_seventh_holdout_articles_stay_above_the_floor() {
    floor("holdout66", 5, 0.96);
    floor_money("holdout67", 5, 0.93, 0.98);
}

/// Written last (tests/fixtures/holdout68: Vietnam–Laos defence cooperation and shared history;
/// holdout69: transport, aviation and tourism in Laos): **0.916 and 0.939 on first contact**.
/// General fixes followed: a numbered facility whose head-word is also a place cue ("Military
/// Hospital 175"), "Hotel" and "Resort" as place cues: 0.940 and 0.950. Left: numbered units
/// ("Team 584", "Unit 58"), "Route 13 North" (other golds make it "Route 13").
#[test]
fn sixty_eighth_and_sixty_ninth_holdout_articles_stay_above_the_floor() {
    floor("holdout68", 5, 0.93);
    floor("holdout69", 5, 0.94);
}

/// Written last (tests/fixtures/holdout70: agriculture and rural development in Laos and its
/// exports; holdout71: twinned Vietnamese and Lao provinces, in the seeds' state-media style):
/// **0.968 and 0.933 on first contact**. One general fix followed: "Import and Export" inside a
/// company's name: 0.980. Left: schools (this set's gold and ten others make them places, six
/// make them organizations; making "School" a place cue raised six sets and lowered four), an
/// unqualified "the provincial People's Council" that the gold gives to one province.
#[test]
fn seventieth_and_seventy_first_holdout_articles_stay_above_the_floor() {
    floor("holdout70", 5, 0.97);
    floor("holdout71", 5, 0.93);
}

/// Written last (tests/fixtures/holdout72: health and education in Laos with international and
/// Vietnamese support; holdout73: the Vietnamese government portal's style, leaders' meetings):
/// **0.921 and 0.936 on first contact**. One general fix followed: "Representative" as a title
/// and "Mother and Child" inside a name: 0.937. Left: companies named like people ("Tan Phu
/// Thinh", "Sovann Meas Rice"), "NAME on the Extensive Strategic Partnership" taken as one chunk,
/// schools, "Sofia" as a given name.
#[test]
fn seventy_second_and_seventy_third_holdout_articles_stay_above_the_floor() {
    floor("holdout72", 5, 0.93);
    floor("holdout73", 5, 0.93);
}

/// Written last (tests/fixtures/holdout74: China's relations with Laos and its neighbours,
/// Lancang-Mekong Cooperation; holdout75: Vietnam–Laos infrastructure and energy projects):
/// **0.936 and 0.967 on first contact**. One general fix followed: "Design and Consultancy"
/// inside a name: holdout75 0.975 (percent 0.96: two mentions of one value are one entity here).
#[test]
fn seventy_fourth_and_seventy_fifth_holdout_articles_stay_above_the_floor() {
    floor("holdout74", 5, 0.93);
    floor_amounts("holdout75", 5, 0.97, 1.0, 0.95);
}

/// Written last (tests/fixtures/holdout76: banking, insurance and payments, floods and relief
/// aid; holdout77: the Golden Triangle's zones, drug seizures and scam centres, Buddhism and
/// festivals): **0.936 and 0.966 on first contact**. One general fix followed: two names each
/// written with an acronym in parentheses are two organizations ("Joint Development Bank (JDB)"
/// was merged into "Joint Stock Commercial Bank for Investment and Development of Vietnam
/// (BIDV)"). Left: companies named like people ("Truong Son", "Bảo Việt Insurance"), bylines
/// in capitals, one-word brands (Aon, Nomura), "Swiss francs", "$10 million-12 million",
/// "Karen State", "Buddhism" as a place.
#[test]
fn seventy_sixth_and_seventy_seventh_holdout_articles_stay_above_the_floor() {
    floor_amounts("holdout76", 5, 0.93, 0.98, 1.0);
    floor_amounts("holdout77", 5, 0.95, 0.98, 1.0);
}

/// Written last (tests/fixtures/holdout78: labour migration, remittances and trafficking across
/// the Mekong region; holdout79: telecoms, state media and the digital economy): **0.953 and
/// 0.942 on first contact**, money and percent exact. One general fix followed: a name the
/// text introduces with its acronym is no short form of a longer name its words are not a run
/// of ("Vietnam Television (VTV)" was merged into "Vietnam News Agency Television"): holdout79
/// 0.945. Left: one-word brands (Metfone, Temasek), embassies "in" a city, a byline without
/// "By", "Park" as a Korean surname.
#[test]
fn seventy_eighth_and_seventy_ninth_holdout_articles_stay_above_the_floor() {
    floor("holdout78", 5, 0.95);
    floor("holdout79", 5, 0.94);
}

/// Written last (tests/fixtures/holdout80: women's and youth unions, mass organizations, UN
/// agencies; holdout81: mining and minerals, companies without a legal form, villages):
/// **0.958 and 0.895 on first contact** (holdout81 below the 0.90 target: mining-press company
/// names with no head-word, "MD NAME", a byline "By: NAME", "$9 500/t"). One general fix followed:
/// a lower-case "village" or "stream" after a name belongs to the place ("Nakhan village"):
/// holdout80 0.962, holdout81 0.909 (and holdout12, 13, 68, 72 up).
#[test]
fn eightieth_and_eighty_first_holdout_articles_stay_above_the_floor() {
    floor("holdout80", 5, 0.95);
    floor_money("holdout81", 5, 0.89, 0.97);
}

/// Extracts and scores `tests/fixtures/DIR` (`files` texts and their `gold.json`): micro-F1
/// person+org+place at least `min`, money and percent exact.
fn floor(name: &str, files: usize, min: f64) {
    floor_money(name, files, min, 1.0)
}

/// [`floor`] with money F1 at least `money` (percent still exact).
fn floor_money(name: &str, files: usize, min: f64, money: f64) {
    floor_amounts(name, files, min, money, 1.0)
}

/// [`floor`] with money and percent F1 at least `money` and `percent`.
fn floor_amounts(name: &str, files: usize, min: f64, money: f64, percent: f64) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    let texts = txt_files(&dir);
    assert_eq!(texts.len(), files, "{}", dir.display());
    let r = extract_and_score(&texts, &dir.join("gold.json"), name);
    let micro = r["micro_f1_ner"].as_f64().unwrap();
    println!("{} micro-F1 {micro:.3}", dir.display());
    assert!(micro >= min, "{}: micro-F1 {micro} < {min}", dir.display());
    let m = r["per_type"]["money"]["f1"].as_f64().unwrap_or(0.0);
    assert!(m >= money, "{} money F1 {m} < {money}", dir.display());
    let p = r["per_type"]["percent"]["f1"].as_f64().unwrap_or(0.0);
    assert!(p >= percent, "{} percent F1 {p} < {percent}", dir.display());
}

/// Written this round, each by a helper that saw neither the engine nor the other sets
/// (tests/fixtures/holdout82: unexploded ordnance and the legacy of war; holdout83: typhoons,
/// floods, drought and relief; holdout84: party congresses and elections; holdout85: India,
/// Australia, Korea, Singapore and the EU in Laos and Vietnam; their gold, unlike the seeds',
/// also annotates the headline, which the engine leaves out): **0.927, 0.955, 0.940 and 0.908
/// on first contact**. General rules followed (verbs of saying, "now 76", "re-elected NAME",
/// "Chief of Mission", field words joined by "and", "Village", crore and lakh, a Thai
/// "Chan-o-cha", a body introduced with its acronym before a foreign one, "Industries",
/// bylines in capitals, "Asean"): 0.943, 0.981, 0.952, 0.926. Left: headlines, "Red Cross" as
/// the national society, "8.22 million billion dong", one-word brands.
#[test]
fn eighty_second_to_eighty_fifth_holdout_articles_stay_above_the_floor() {
    floor("holdout82", 5, 0.93);
    floor("holdout83", 5, 0.97);
    floor_amounts("holdout84", 5, 0.94, 0.98, 0.98);
    floor("holdout85", 5, 0.92);
}

/// Written last (tests/fixtures/holdout86: tourism, hotels and aviation; holdout87:
/// anti-corruption trials, bonds and banks; holdout88: cross-border electricity trade and dams;
/// holdout89: education and scholarships; body only, as the seeds): **0.949, 0.897, 0.935 and
/// 0.982 on first contact** (holdout87 below the 0.90 target: court titles, company short
/// names, short names in parentheses). Rules followed (court titles, "(DongHai Bank)",
/// "600MW NAME", "the Nguyen Du school", "Ahmad Faizal" of "Ahmad Faizal Ismail", "Mega First"
/// of "Mega First Corporation Berhad"): 0.949, 0.934, 0.953, 0.989. Left: hotel and airline
/// brands (Accor, Marriott, Vinpearl), bare airport names ("Tan Son Nhat"), a name cut at a
/// comma ("Vietnam National University, Hanoi").
#[test]
fn eighty_sixth_to_eighty_ninth_holdout_articles_stay_above_the_floor() {
    floor_amounts("holdout86", 5, 0.94, 1.0, 0.98);
    floor("holdout87", 5, 0.93);
    floor("holdout88", 5, 0.94);
    floor("holdout89", 5, 0.98);
}

/// Written last (tests/fixtures/holdout90: provincial economies and foreign investment;
/// holdout91: the South China Sea and ASEAN; holdout92: rice, coffee, durian and cassava trade;
/// holdout93: public health; body only): **0.913, 0.920, 0.941 and 0.949 on first contact**.
/// Rules followed ("Seventh Fleet", "Kalayaan Island Group", "22-percent", Danish crowns, "at
/// Bạch Mai" of "Bạch Mai Hospital", "Trang Due" of "Trang Due Industrial Park", "Vietnam
/// Coffee and Cocoa Association"): 0.916, 0.941, 0.954, 0.960. Left: company brands (Lego, LG
/// Display, Goertek), Philippine provinces and islands, names cut at a comma ("Global Fund to
/// Fight AIDS, Tuberculosis and Malaria", "Gavi, the Vaccine Alliance"), "P8,000".
#[test]
fn ninetieth_to_ninety_third_holdout_articles_stay_above_the_floor() {
    floor("holdout90", 5, 0.91);
    floor_money("holdout91", 5, 0.93, 0.95);
    floor("holdout92", 5, 0.95);
    floor("holdout93", 5, 0.95);
}

/// Written last (tests/fixtures/holdout94: Myanmar's crisis and ASEAN; holdout95: transport
/// megaprojects; holdout96: cultural heritage and museums; holdout97: Cambodian politics; body
/// only): **0.921, 0.878, 0.899 and 0.887 on first contact** — three below the 0.90 target:
/// Burmese names with "U", routes named by two places and a dash ("Cat Linh - Ha Dong metro
/// line", "Le Thanh – O Yadav international border gate"), temples and caves named like people
/// ("Ta Prohm", "Son Doong"), "Prime Ministers NAME, NAME and NAME", a list of fields before a
/// head-word ("Textile, Apparel, Footwear and Travel Goods Association"). Rules followed
/// ("VND62bn", "Daw", "Citadel", a metro line named by its two ends with a spaced dash): 0.927,
/// 0.909, 0.906, 0.887.
#[test]
fn ninety_fourth_to_ninety_seventh_holdout_articles_stay_above_the_floor() {
    floor("holdout94", 5, 0.92);
    floor("holdout95", 5, 0.90);
    floor("holdout96", 5, 0.90);
    floor("holdout97", 5, 0.88);
}

/// Written this round (tests/fixtures/holdout98: Laos–Thailand rail, bridges, workers and haze;
/// holdout99: Vietnamese companies and markets in Laos; holdout100: Lao domestic politics and
/// economy; holdout101: the Mekong's environment, dams and climate; body only): **0.956, 0.944,
/// 0.958 and 0.884 on first contact**. Errors: bylines in lower case or with the date after them
/// (the latter also became the article's title), "Edited by NAME", "Bank of the Lao PDR" merged
/// into "Lao-Viet Joint Venture Bank", "Export-Import Bank of China (China Exim Bank)" split,
/// "Tonle Sap" as a person; brands without head-words, dams and channels named like people.
/// Rules followed: 0.956, 0.955, 0.964, 0.893.
#[test]
fn ninety_eighth_to_hundred_and_first_holdout_articles_stay_above_the_floor() {
    floor("holdout98", 5, 0.95);
    floor("holdout99", 5, 0.95);
    floor("holdout100", 5, 0.96);
    floor("holdout101", 5, 0.90);
}

/// Written after the rules of holdout98–101 (tests/fixtures/holdout102: Japanese and Korean aid
/// and investment; holdout103: China–Laos, the railway, debt and casinos; holdout104:
/// cross-border crime, drugs and courts; holdout105: the energy transition; body only): **0.929,
/// 0.946, 0.937 and 0.884 on first contact**. Errors: numbered plants ("the Vĩnh Tân 4 and Duyên
/// Hải 3 plants"), "Central General Hospital" lost to the title "General", "(Vinacomin)"-style
/// short names, "By NAME and NAME in Kunming", "Translated by NAME", "An Giang Province" opening a
/// sentence, "Trading and Construction Co.", "Hyundai Motor" as a person; brands without
/// head-words (Denso, HSBC, Citi), a list of Chinese names opening a sentence. Rules followed:
/// 0.938, 0.956, 0.940, 0.917.
#[test]
fn hundred_and_second_to_hundred_and_fifth_holdout_articles_stay_above_the_floor() {
    floor("holdout102", 5, 0.93);
    floor("holdout103", 5, 0.95);
    floor("holdout104", 5, 0.94);
    floor("holdout105", 5, 0.91);
}

/// Written last (tests/fixtures/holdout106: sport — football, the SEA Games, clubs and coaches;
/// holdout107: banking, credit ratings and public finance; holdout108: culture, festivals and the
/// arts; holdout109: Laos's 2024 ASEAN chairmanship; body only): **0.884, 0.958, 0.947 and 0.959
/// on first contact**. Errors: "Mỹ Đình" split from "Mỹ Đình National Stadium", "S&P Global
/// Ratings" opening a sentence, "Communist Party General Secretary NAME"; clubs named after
/// cities ("Buriram United", "Cerezo Osaka"), coaches named without a title, "percentage point"
/// (annotated as a percentage by holdout107's gold, not by the engine), competitions and
/// summits. Rules followed: 0.892, 0.970, 0.947, 0.959.
#[test]
fn hundred_and_sixth_to_hundred_and_ninth_holdout_articles_stay_above_the_floor() {
    floor("holdout106", 5, 0.89);
    floor_amounts("holdout107", 5, 0.96, 1.0, 0.92);
    floor("holdout108", 5, 0.94);
    floor("holdout109", 5, 0.95);
}

/// Written in round 13 by helpers that saw neither the engine nor the other sets
/// (tests/fixtures/holdout110: the United States with Vietnam and Laos; holdout111: Russia,
/// France and the EU; holdout112: semiconductors and technology; holdout113: stocks, property and
/// conglomerates; holdout114: state funerals and anniversaries; holdout115: the
/// Cambodia–Laos–Vietnam Development Triangle; holdout116: ports, dry ports and logistics;
/// holdout117: ethnic minorities, religion and rural life; body only): **0.866, 0.892, 0.926,
/// 0.852, 0.932, 0.945, 0.925 and 0.898 on first contact**. Errors: one-word companies (Rosatom,
/// Novaland, HSBC, Maersk), "NA Chairman"/"Politburo member" naming no body, "Prime Ministers
/// NAME, NAME and NAME", "To Lam, general secretary …" opening a sentence, double names cut
/// ("Jean-Noël", "Ramos-Horta"), US states, "White House" as a place, "Ton Duc Thang, Nguyen Hue
/// and Le Loi streets" as people, ethnic groups as places. Rules followed: 0.905, 0.926, 0.953,
/// 0.896, 0.958, 0.963, 0.937, 0.922.
#[test]
fn hundred_and_tenth_to_hundred_and_seventeenth_holdout_articles_stay_above_the_floor() {
    floor("holdout110", 5, 0.90);
    floor("holdout111", 5, 0.92);
    floor("holdout112", 5, 0.95);
    floor("holdout113", 5, 0.89);
    floor("holdout114", 5, 0.95);
    floor("holdout115", 5, 0.96);
    floor("holdout116", 5, 0.93);
    floor("holdout117", 5, 0.92);
}

/// Written next, by six more helpers, and scored on the engine with the rules of holdout110–117
/// (tests/fixtures/holdout118: the 2025 Thailand–Cambodia border conflict; holdout119: the 2025
/// Myanmar earthquake and relief; holdout120: Vietnam's 2025 merger of provinces and ministries;
/// holdout121: the Lao party congress and election of 2026; holdout122: China–Vietnam in 2025;
/// holdout123: the private sector; body only): **0.948, 0.910, 0.965, 0.895, 0.944 and 0.949 on
/// first contact** (mean 0.935). Errors: a Politburo list of plain names, "Sagaing" without
/// "Region", "(Vientiane Times/Asia News Network)" as one organization, "Ta Muen Thom temple" as a
/// person, "203 trillion Vietnamese dong", "10 million pounds", "Ninety-seven per cent"; one-word
/// companies (HSBC, BYD, Mytel), "Cambodia's Senate", a person's possessive in an organization's
/// name ("Thao's Sovico Group"). Rules followed: 0.965, 0.930, 0.972, 0.944, 0.944, 0.949.
#[test]
fn hundred_and_eighteenth_to_hundred_and_twenty_third_holdout_articles_stay_above_the_floor() {
    floor("holdout118", 5, 0.96);
    floor("holdout119", 5, 0.92);
    floor("holdout120", 5, 0.97);
    floor("holdout121", 5, 0.94);
    floor("holdout122", 5, 0.94);
    floor("holdout123", 5, 0.94);
}

/// Written by six more helpers, and scored on the engine as this round started
/// (tests/fixtures/holdout124: Lao hydropower and power exports; holdout125: Vietnam–Laos
/// education and training; holdout126: ASEAN in 2026 under the Philippines; holdout127: drug
/// trafficking in the Golden Triangle; holdout128: aviation and tourism; holdout129: Lao
/// hydropower again, by a helper that did not see holdout124; body only): **0.941, 0.962, 0.963,
/// 0.933, 0.972 and 0.941 on first contact** (mean 0.952). Errors: power companies ("China Southern
/// Power Grid" as the place China, "Keppel Electric" as a person), a country's possessive kept in
/// a company's name ("Malaysia's Tenaga Nasional Bhd"), a treaty as a place ("United Nations
/// Convention on the Law of the Sea (UNCLOS)"), "Son La's Moc Chau" as a person, a name after a
/// body with a list of portfolios ("… of Information, Culture and Tourism, NAME, said"), "NAME,
/// speaking at …", Thai border towns (Mae Sot, Chiang Khong); one-word and two-word companies
/// (CK Power, Lao Skyway, Thai AirAsia, EDF). Rules followed.
#[test]
fn hundred_and_twenty_fourth_to_hundred_and_twenty_ninth_holdout_articles_stay_above_the_floor() {
    floor("holdout124", 5, 0.96);
    floor("holdout125", 5, 0.96);
    floor("holdout126", 5, 0.96);
    floor("holdout127", 5, 0.94);
    floor("holdout128", 5, 0.97);
    floor("holdout129", 5, 0.95);
}

/// Written next, by six more helpers, and scored on the engine with the rules of holdout124–129
/// but two (a ward, the seas of Asia) (tests/fixtures/holdout130: Laos–Thailand relations; holdout131: Vietnam's
/// economy; holdout132: Lao debt and the kip; holdout133: farming and climate along the Mekong;
/// holdout134: Vietnam's 14th Party Congress; holdout135: sport; body only): **0.966, 0.909, 0.945,
/// 0.975, 0.951 and 0.890 on first contact** (mean 0.939; three helpers fixed one genuine gold gap
/// each after the run, the figures are after it). Errors: one-word companies (HSBC, MSCI, Apple,
/// Rosatom, Vinamilk, Beerlao), a group's unit cut to the group ("LG Display", "PTT Lao"), "X
/// Embassy in CITY", sports teams ("Vietnam U22") as countries, clubs named after places ("Sông Lam
/// Nghệ An"), a mausoleum named after a person. Rules followed: the companies' table.
#[test]
fn hundred_and_thirtieth_to_hundred_and_thirty_fifth_holdout_articles_stay_above_the_floor() {
    floor("holdout130", 5, 0.96);
    floor("holdout131", 5, 0.92);
    floor("holdout132", 5, 0.94);
    floor("holdout133", 5, 0.97);
    floor("holdout134", 5, 0.95);
    floor("holdout135", 5, 0.89);
}

/// Written this round (15), each by a helper that saw neither the engine nor the other sets
/// (tests/fixtures/holdout136: Vietnam's semiconductor and electronics investment; holdout137:
/// unexploded ordnance in Laos, Vietnam and Cambodia; holdout138: public health; holdout139:
/// anti-corruption trials and banking scandals; holdout140: heritage tourism along the Mekong;
/// holdout141: Vietnam's diplomacy with Japan, Korea and Australia; body only): **0.900, 0.943,
/// 0.964, 0.942, 0.958 and 0.966 on first contact** (mean 0.946). Errors: companies named in
/// lists or alone (LG, SK, BHP, Hitachi, Synopsys, Goertek, VPBank), Korean company names read as
/// people ("Hana Micron"), headline case in a `date … Title` line ("Can Vietnam's Power Grid Keep
/// Up With Its Chip Ambitions?" as one organization), "TICKER on the … Stock Exchange", "AUD 7
/// billion", tombs and festivals read as people. Rules followed (headline case, lists of companies,
/// one-word banks, indexes and strategies, tombs, hospitals, ambassadors): 0.940, 0.945, 0.982,
/// 0.961, 0.970, 0.978.
#[test]
fn hundred_and_thirty_sixth_to_hundred_and_forty_first_holdout_articles_stay_above_the_floor() {
    floor("holdout136", 5, 0.93);
    floor("holdout137", 5, 0.94);
    floor("holdout138", 5, 0.98);
    floor("holdout139", 5, 0.96);
    floor("holdout140", 5, 0.97);
    floor("holdout141", 5, 0.97);
}

/// Written this round (16), each by a helper that saw neither the engine nor the other sets
/// (tests/fixtures/holdout142: storms, floods and relief in Vietnam and Laos; holdout143: India's
/// relations with Vietnam and Laos; holdout144: defence cooperation; body only): **0.920, 0.907
/// and 0.901 on first contact** (mean 0.909; holdout142's helper then added one alias its own
/// gold had left out, 0.925). Errors: storms read as people ("Typhoon Yagi, Deputy Minister …"),
/// companies named for their industry read as people ("South Korea's Hanwha Aerospace"), "the
/// 103 Military Hospital" without its number, "X Village of Y District" as one place, "President-
/// elect NAME", a titled Vietnamese name ending in a demonym ("Le Duc Thai"), a speaker after a
/// body's acronym swallowed by the body, "a UNESCO World Heritage town" as a place. Rules
/// followed: 0.965, 0.935, 0.958.
#[test]
fn hundred_and_forty_second_to_hundred_and_forty_fourth_holdout_articles_stay_above_the_floor() {
    floor("holdout142", 5, 0.96);
    floor("holdout143", 5, 0.93);
    floor("holdout144", 5, 0.95);
}

/// The second three of round 16, scored on the engine with the rules above (tests/fixtures/
/// holdout145: aviation; holdout146: labour migration to Korea, Japan and Taiwan; holdout147:
/// mining and critical minerals; body only): **0.957, 0.928 and 0.858 on first contact** (mean
/// 0.914). Errors: a country's possessive before a prefecture or a scheme read as a person
/// ("Japan's Aichi Prefecture", "Korea's Employment Permit System"), mining companies read as
/// people or missed ("Australia's Blackstone Minerals", "Lao Kaiyuan Mining"), mines named with a
/// lower-case "mine", credits with a colon ("Edited by: NAME"), "1.6-billion yuan". Rules
/// followed: 0.961, 0.947, 0.897 (holdout147's money 0.976: "US$1 230/oz", a space as the
/// thousands separator, is read as US$1).
#[test]
fn hundred_and_forty_fifth_to_hundred_and_forty_seventh_holdout_articles_stay_above_the_floor() {
    floor("holdout145", 5, 0.96);
    floor("holdout146", 5, 0.94);
    floor_money("holdout147", 5, 0.89, 0.97);
}

/// The third three of round 16, scored on the engine with the rules above (tests/fixtures/
/// holdout148: telecoms and the internet; holdout149: railways and expressways; holdout150:
/// religion; body only): **0.870, 0.964 and 0.910 on first contact** (mean 0.915). Errors: global
/// technology companies the tables do not know ("Telegram", "Starlink", "Unitel", "Nokia"),
/// undersea cables (named facilities to the annotator, organizations or nothing to the engine),
/// a portfolio after a title read as a body ("Deputy Minister of Science and Technology NAME"),
/// "the 3,700-3,800 MHz range" as a place, churches read as people ("Evangelical Church"), "St.
/// Joseph's Cathedral" cut at its dot, "Pope Leo XIV". Rules followed (the portfolio, the
/// range): 0.879, 0.964, 0.910. "Church" as a head-word was tried (one set up, two down: a
/// wooden church is a building) and left out, as was "List" as an event word (six down).
#[test]
fn hundred_and_forty_eighth_to_hundred_and_fiftieth_holdout_articles_stay_above_the_floor() {
    floor("holdout148", 5, 0.87);
    floor("holdout149", 5, 0.96);
    floor("holdout150", 5, 0.90);
}

/// Round 17's first three, each written by a helper that saw neither the engine nor the other
/// sets (tests/fixtures/holdout151: Vietnam and Laos with the Gulf and Africa; holdout152: with
/// Cuba and Latin America; holdout153: fisheries, coast guards and illegal fishing; body only),
/// scored on the round's starting engine: **0.943, 0.935 (0.933 before the helper folded "Lao
/// People's Democratic Republic" into Laos, as the seeds' gold does) and 0.943 on first
/// contact** (mean 0.940). Errors: a caption credited after a dash ("— VNA/VNS Photo NAME")
/// taken for the headline and dropped, the Gulf's, Africa's and Latin America's currencies, a
/// four-syllable Vietnamese name after "Ambassador of Viet Nam to Egypt", "Kebbi State",
/// "Rạch Giá City" apart from "Rạch Giá", names in capitals alone under the headline (the Thai
/// press's bylines), Viettel's operators abroad ("Movitel"). Rules followed: 0.960, 0.942,
/// 0.965 (holdout151's money 0.947: a bare "riyals" after "Qatari riyals" is read as Saudi).
#[test]
fn hundred_and_fifty_first_to_hundred_and_fifty_third_holdout_articles_stay_above_the_floor() {
    floor_money("holdout151", 5, 0.95, 0.94);
    floor("holdout152", 5, 0.93);
    floor("holdout153", 5, 0.96);
}

/// The second three of round 17, scored on the engine with the first three's main rules
/// (tests/fixtures/holdout154: electric vehicles and batteries; holdout155: wildlife trafficking
/// and forests; holdout156: film, music and publishing): **0.949, 0.928 and 0.926 on first
/// contact** (mean 0.934). Errors: companies named by their industry read as people ("South
/// Korea's Daeyang Chemical") or missed ("Siam Riverside Brewery", "LG Energy Solution"),
/// brands the tables do not know ("Changan", "FPT Play", "Spotify"), offices named with a hyphen
/// ("WWF-Laos" cut to "WWF"), launch sites and cinemas as organizations. Rules followed: 0.958,
/// 0.931, 0.929. The annotators of holdout154 and holdout156 gave each quantity its own entry
/// even when two had the same value; the engine has one entity per value (percent F1 0.943 and
/// 0.982).
#[test]
fn hundred_and_fifty_fourth_to_hundred_and_fifty_sixth_holdout_articles_stay_above_the_floor() {
    floor_amounts("holdout154", 5, 0.95, 1.0, 0.94);
    floor("holdout155", 5, 0.92);
    floor_amounts("holdout156", 5, 0.92, 1.0, 0.98);
}

/// The third three of round 17, scored on the engine with the first three's rules
/// (tests/fixtures/holdout157: law-making in the two national assemblies; holdout158: science,
/// space and research; holdout159: obituaries and profiles): **0.950, 0.909 and 0.933 on first
/// contact** (mean 0.931). Errors: "Chairman of the NA Committee on Law and Justice NAME" cut at
/// "on", "Deputy NAME of the Sơn La Province delegation", launch sites as organizations ("Uchinoura
/// Space Center"), "the European Space Agency's Sentinel" as one organization, orders read as
/// people ("Hồ Chí Minh Order"), "Voroshilov General Staff Academy" split at its title word.
/// Rules followed: 0.967, 0.931, 0.946 ("Faculty" as a head-word: "Faculty of Engineering" found,
/// "Faculty of Law and Political Science of the National University of Laos" split at "and").
#[test]
fn hundred_and_fifty_seventh_to_hundred_and_fifty_ninth_holdout_articles_stay_above_the_floor() {
    floor("holdout157", 5, 0.96);
    floor("holdout158", 5, 0.92);
    floor("holdout159", 5, 0.94);
}

/// The fourth three of round 17, scored on the engine with the rules of the three batches above
/// (tests/fixtures/holdout160: climate finance and carbon credits; holdout161: retail and
/// consumer goods; holdout162: Vietnamese and Lao communities abroad): **0.967, 0.827 and 0.905
/// on first contact** (mean 0.900). Errors: retail chains and brands the tables do not know
/// ("Lotte Mart", "Aeon", "WinMart", "Bach Hoa Xanh" read as people or missed), bylines with a
/// role after a comma ("HIROSHI TANABE, Nikkei staff writer") or a family name that is a
/// province's ("Kanokporn Chaiyaphum"), Czech crowns, "Competition and Consumer Protection
/// Authority" cut at "and", "Nong Khiaw" after "in Luang Prabang and" read as a person. Rules
/// followed (the bylines, the crowns): 0.967, 0.838, 0.908. A table of the region's retailers
/// (holdout161 0.897) and rules for fields and trades joined by "and" were written, measured and
/// left out: the first load had no room for them (see docs/EVALUATION.md).
#[test]
fn hundred_and_sixtieth_to_hundred_and_sixty_second_holdout_articles_stay_above_the_floor() {
    floor("holdout160", 5, 0.96);
    floor("holdout161", 5, 0.83);
    floor("holdout162", 5, 0.90);
}
