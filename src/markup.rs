//! Markup of the parts of the views that are re-rendered on every filter change — result rows
//! and facet entries — built as strings from the index and the view.
//!
//! Why strings: a page of 25 rows is about 750 elements, text nodes and attributes. Built by
//! the virtual DOM, each is a separate call from WASM into the browser; as markup, the browser
//! parses the whole page in one call (typing a search that fills an empty list went from
//! ~35–45 ms to ~20 ms in `tests/wasm_views.rs`).
//!
//! Safety: every piece of text and every attribute value goes through [`push_html_escaped`],
//! so no article text, entity name, id or URL can open a tag or leave an attribute (tests
//! below feed hostile text); the page's Content-Security-Policy forbids inline scripts besides.
//! Links are plain `<a href data-nav>`: the app's page-wide click handler navigates in place.
//! Pure functions of their inputs: compiled and tested natively like the rest of the pipeline.

use crate::corpus::{human_date, Document};
use crate::extract::EType;
use crate::index::Index;
use crate::query::Filter;
use crate::text::push_html_escaped;

/// The link target of a view (in the app: the URL query, or the page itself for the default view).
pub type Href<'a> = &'a dyn Fn(&Filter) -> String;

/// The entity types' words, as the views write them.
pub fn type_word(t: EType) -> &'static str {
    match t {
        EType::Person => "person",
        EType::Org => "organization",
        EType::Place => "place",
        EType::Money => "money",
        EType::Percent => "percentage",
        EType::Date => "date",
    }
}

/// One result row, appended to `o`: title (a link to the reader), date and source, a snippet
/// with the search hits marked, and the entities that matched or are most mentioned.
pub fn result_row(o: &mut String, ix: &Index, doc: usize, filter: &Filter, href: Href) {
    let d = &ix.docs[doc];
    o.push_str("<li class=\"result\" data-doc-id=\"");
    push_html_escaped(o, &d.id);
    o.push_str("\"><h2 class=\"result-title\"><a href=\"");
    push_html_escaped(o, &href(&Filter { doc: Some(d.id.clone()), ..filter.clone() }));
    o.push_str("\" data-nav=\"\">");
    push_html_escaped(o, &d.title);
    o.push_str("</a></h2>");
    meta_line(o, d);
    // snippet: the sentence of the first search hit, else the lead
    o.push_str("<p class=\"snippet\">");
    let hits = if filter.q.trim().is_empty() { Vec::new() } else { ix.first_text_hits(doc, &filter.q) };
    match hits.first() {
        Some(&(s, _)) => {
            let sent = ix.sentences[doc].iter().find(|(a, b)| *a <= s && s < *b).copied().unwrap_or((s, s));
            let (a, b) = clip_sentence(&d.raw, sent, s, 260);
            o.push_str(if a > sent.0 { "…" } else { "" });
            text_with_hits(o, &d.raw, a, b, &hits);
            o.push_str(if b < sent.1 { "…" } else { "" });
        }
        None => push_html_escaped(o, &d.lead(240)),
    }
    o.push_str("</p>");
    // the entities that matched, then the article's most mentioned ones
    let mut ents: Vec<usize> = filter.e.iter().filter_map(|id| ix.entity(id)).collect();
    for &(e, _) in &ix.doc_entities[doc] {
        if ents.len() >= 6 {
            break;
        }
        let ty = ix.x.entities[e].ty;
        if !ents.contains(&e)
            && matches!(ty, EType::Person | EType::Org | EType::Place)
            && filter.shows_type(ty.as_str())
        {
            ents.push(e);
        }
    }
    o.push_str("<ul class=\"ent-chips\" aria-label=\"Entities in this article\">");
    for e in ents {
        let ent = &ix.x.entities[e];
        o.push_str("<li><a href=\"");
        push_html_escaped(o, &href(&Filter { ent: Some(ent.id.clone()), ..filter.clone() }));
        o.push_str("\" class=\"ent-chip c-");
        o.push_str(ent.ty.as_str());
        o.push_str(if filter.e.contains(&ent.id) { " matched\" title=\"" } else { "\" title=\"" });
        push_html_escaped(o, &ent.name);
        o.push_str(" (");
        o.push_str(type_word(ent.ty));
        o.push_str("): open its panel\" data-nav=\"\" data-entity-id=\"");
        push_html_escaped(o, &ent.id);
        o.push_str("\">");
        push_html_escaped(o, &ent.name);
        o.push_str("</a></li>");
    }
    o.push_str("</ul></li>");
}

/// Date and source of an article ("Date unknown", "Source unknown" when missing).
pub fn meta_line(o: &mut String, d: &Document) {
    o.push_str("<div class=\"meta\"><time");
    match &d.date {
        Some(iso) => {
            o.push_str(" datetime=\"");
            push_html_escaped(o, iso);
            o.push_str("\">");
            push_html_escaped(o, &human_date(iso));
        }
        None => o.push_str(" class=\"unknown\">Date unknown"),
    }
    o.push_str("</time><span class=\"sep\" aria-hidden=\"true\">·</span>");
    match &d.source {
        Some(s) => {
            o.push_str("<span class=\"source\">");
            push_html_escaped(o, s);
        }
        None => o.push_str("<span class=\"source unknown\">Source unknown"),
    }
    o.push_str("</span></div>");
}

/// A facet's entries (entity, number of articles): a link that adds the entity to the filter
/// (or removes it when selected), and a "›" link to its panel.
pub fn facet_items<'a>(
    ix: &Index,
    filter: &Filter,
    items: impl IntoIterator<Item = &'a (usize, usize)>,
    href: Href,
) -> String {
    let mut o = String::new();
    for &(e, n) in items {
        let ent = &ix.x.entities[e];
        let selected = filter.e.contains(&ent.id);
        let mut f = Filter { doc: None, ..filter.clone() };
        if selected {
            f.e.retain(|x| *x != ent.id)
        } else {
            f.e.push(ent.id.clone())
        }
        f.normalize();
        o.push_str(if selected { "<li class=\"selected\"><a href=\"" } else { "<li><a href=\"" });
        push_html_escaped(&mut o, &href(&f));
        o.push_str("\" class=\"facet-item\" title=\"");
        o.push_str(if selected { "Remove the filter “" } else { "Only articles mentioning " });
        push_html_escaped(&mut o, &ent.name);
        o.push_str(if selected { "”" } else { "" });
        o.push_str("\" data-nav=\"\"><span class=\"facet-name\" data-entity-id=\"");
        push_html_escaped(&mut o, &ent.id);
        o.push_str("\">");
        push_html_escaped(&mut o, &ent.name);
        let n = n.to_string();
        o.push_str("</span><span class=\"facet-count\" aria-label=\"");
        o.push_str(&n);
        o.push_str(" articles\">");
        o.push_str(&n);
        o.push_str("</span></a><a href=\"");
        push_html_escaped(&mut o, &href(&Filter { ent: Some(ent.id.clone()), ..filter.clone() }));
        o.push_str("\" class=\"facet-open\" title=\"About ");
        push_html_escaped(&mut o, &ent.name);
        o.push_str("\" aria-label=\"About ");
        push_html_escaped(&mut o, &ent.name);
        o.push_str("\" data-nav=\"\">›</a></li>");
    }
    o
}

/// `raw[start..end]` with its outermost mentions of shown types as
/// `<mark class="m m-TYPE" data-entity-id id="at-START" title>` (with class `match` when the
/// view selects that entity) and `hits` (search matches) marked inside and between them. With
/// `link`, each mark's text is a link to the entity's panel.
#[allow(clippy::too_many_arguments)]
pub fn marked_text(
    o: &mut String,
    ix: &Index,
    raw: &str,
    (start, end): (usize, usize),
    mentions: &[crate::extract::Mention],
    hits: &[(usize, usize)],
    filter: &Filter,
    link: Option<Href>,
) {
    let mut pos = start;
    let mut last_end = 0;
    for m in mentions.iter().filter(|m| m.start >= start && m.end <= end) {
        let e = &ix.x.entities[m.entity];
        if !filter.shows_type(e.ty.as_str()) || m.start < last_end {
            continue; // a hidden type, or nested inside the previous mark
        }
        last_end = m.end;
        text_with_hits(o, raw, pos, m.start, hits);
        let matched = filter.e.contains(&e.id) || filter.ent.as_deref() == Some(e.id.as_str());
        o.push_str("<mark class=\"m m-");
        o.push_str(e.ty.as_str());
        o.push_str(if matched { " match\" data-entity-id=\"" } else { "\" data-entity-id=\"" });
        push_html_escaped(o, &e.id);
        o.push_str("\" id=\"at-");
        o.push_str(&m.start.to_string());
        o.push_str("\" title=\"");
        push_html_escaped(o, &e.name);
        o.push_str(" — ");
        o.push_str(type_word(e.ty));
        o.push_str("\">");
        if let Some(href) = link {
            o.push_str("<a href=\"");
            push_html_escaped(o, &href(&Filter { ent: Some(e.id.clone()), ..filter.clone() }));
            o.push_str("\" title=\"");
            push_html_escaped(o, &e.name);
            o.push_str(" — ");
            o.push_str(type_word(e.ty));
            o.push_str("\" data-nav=\"\">");
            text_with_hits(o, raw, m.start, m.end, hits);
            o.push_str("</a>");
        } else {
            text_with_hits(o, raw, m.start, m.end, hits);
        }
        o.push_str("</mark>");
        pos = m.end;
    }
    text_with_hits(o, raw, pos, end, hits);
}

/// `raw[start..end]`, escaped, with `hits` (search matches) as `<span class="hit">`.
pub fn text_with_hits(o: &mut String, raw: &str, start: usize, end: usize, hits: &[(usize, usize)]) {
    let mut pos = start;
    for &(s, e) in hits.iter().filter(|(s, e)| *e > start && *s < end) {
        let (s, e) = (s.max(pos), e.min(end));
        if s < pos || s >= e {
            continue;
        }
        push_html_escaped(o, &raw[pos..s]);
        o.push_str("<span class=\"hit\">");
        push_html_escaped(o, &raw[s..e]);
        o.push_str("</span>");
        pos = e;
    }
    push_html_escaped(o, &raw[pos..end.max(pos)]);
}

/// Cuts a long sentence to about `max` bytes around `at`, on word boundaries.
pub fn clip_sentence(raw: &str, (a, b): (usize, usize), at: usize, max: usize) -> (usize, usize) {
    if b - a <= max {
        return (a, b);
    }
    let mut s = at.saturating_sub(max / 3).max(a);
    while s > a && !raw.is_char_boundary(s) {
        s -= 1;
    }
    if s > a {
        s = raw[s..b].find(' ').map_or(s, |i| s + i + 1);
    }
    let mut e = (s + max).min(b);
    while e < b && !raw.is_char_boundary(e) {
        e += 1;
    }
    if e < b {
        e = raw[s..e].rfind(' ').map_or(e, |i| s + i);
    }
    (s, e.max(s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract_corpus;

    fn index(texts: &[(&str, &str)], source: Option<&str>) -> Index {
        let mut docs: Vec<Document> = texts.iter().map(|(f, t)| Document::from_text(f, t)).collect();
        for d in &mut docs {
            d.source = source.map(str::to_string);
        }
        let x = extract_corpus(&docs);
        Index::build(docs, x)
    }

    fn href(f: &Filter) -> String {
        f.to_query()
    }

    /// The tags of `markup`, in order: what a parser would build (text cannot add any).
    fn tags(markup: &str) -> Vec<String> {
        markup.split('<').skip(1).map(|t| t.split([' ', '>']).next().unwrap_or("").to_string()).collect()
    }

    const HOSTILE: &str = "<script>alert(1)</script> & \"Hà Nội\" <img src=x onerror=alert(2)>\n\n\
        Prime Minister Phạm Minh Chính met <i>Lao</i> officials in Vientiane on December 3. \
        He said \"<script>x</script>\" & 'quotes' were data. Chinh visited Hà Nội.";

    #[test]
    fn hostile_text_stays_text() {
        let ix = index(&[("hostile.txt", HOSTILE)], Some("<b>Evil</b> \"News\""));
        let f = Filter { q: "script chinh".into(), ..Filter::default() };
        let mut row = String::new();
        result_row(&mut row, &ix, 0, &f, &href);
        let facets = ix.evaluate(&f).facets;
        let items = facet_items(&ix, &f, facets.iter().flat_map(|(_, v)| v.iter()), &href);
        // the only tags are the row's own: none from the title, source or text
        let row_tags = tags(&row);
        for t in &row_tags {
            assert!(
                matches!(
                    t.as_str(),
                    "li" | "/li"
                        | "h2"
                        | "/h2"
                        | "a"
                        | "/a"
                        | "div"
                        | "/div"
                        | "time"
                        | "/time"
                        | "span"
                        | "/span"
                        | "p"
                        | "/p"
                        | "ul"
                        | "/ul"
                ),
                "unexpected tag {t} in {row}"
            );
        }
        for t in tags(&items) {
            assert!(
                matches!(t.as_str(), "li" | "/li" | "a" | "/a" | "span" | "/span"),
                "unexpected tag {t} in {items}"
            );
        }
        assert!(row.contains(">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Hà Nội&quot; &lt;img"), "{row}");
        assert!(row.contains("&lt;b&gt;Evil&lt;/b&gt; &quot;News&quot;"), "{row}");
        // every attribute value is closed where it should be: quotes balance inside each tag
        for t in row.split('<').chain(items.split('<')) {
            let tag = t.split('>').next().unwrap_or("");
            assert_eq!(tag.matches('"').count() % 2, 0, "unbalanced quotes in <{tag}>");
        }
        // the search hit is marked, and the link keeps the view
        assert!(row.contains("<span class=\"hit\">"), "{row}");
        assert!(row.contains("data-doc-id=\"hostile\""), "{row}");
        assert!(row.contains("q=script"), "{row}");
    }

    #[test]
    fn row_lists_matched_entities_first_and_facets_toggle() {
        let ix =
            index(&[("a.txt", "A\n\nPrime Minister Phạm Minh Chính met officials in Vientiane. Chinh spoke.")], None);
        let chinh = ix.entity("person:pham-minh-chinh").expect("Chính");
        let f = Filter { e: vec!["place:vientiane".into()], ..Filter::default() };
        let mut row = String::new();
        result_row(&mut row, &ix, 0, &f, &href);
        let first = row.find("data-entity-id=\"place:vientiane\"").expect("matched entity");
        let second = row.find("data-entity-id=\"person:pham-minh-chinh\"").expect("other entity");
        assert!(first < second && row.contains("ent-chip c-place matched"), "{row}");
        // a selected facet entry removes the entity; an unselected one adds it
        let vientiane = ix.entity("place:vientiane").expect("Vientiane");
        let items = facet_items(&ix, &f, [&(vientiane, 1), &(chinh, 1)], &href);
        assert!(items.starts_with("<li class=\"selected\"><a href=\"\""), "{items}");
        assert!(items.contains("Remove the filter “Vientiane”"), "{items}");
        assert!(items.contains("e=person%3Apham-minh-chinh") || items.contains("e=person:pham-minh-chinh"), "{items}");
    }

    #[test]
    fn marked_text_marks_outermost_shown_mentions_with_hits_inside() {
        let ix = index(
            &[("a.txt", "A\n\nPrime Minister Phạm Minh Chính met <b>officials</b> in Vientiane. Chinh spoke.")],
            None,
        );
        let d = &ix.docs[0];
        let para = d.paragraphs.iter().find(|p| !p.caption).expect("a paragraph");
        let f = Filter { q: "vientiane".into(), ..Filter::default() };
        let hits = ix.text_hits(0, &f.q);
        let mut o = String::new();
        marked_text(&mut o, &ix, &d.raw, (para.start, para.end), &ix.x.mentions[0], &hits, &f, Some(&href));
        assert!(o.contains("<mark class=\"m m-person\" data-entity-id=\"person:pham-minh-chinh\""), "{o}");
        assert!(o.contains("data-entity-id=\"place:vientiane\""), "{o}");
        assert!(o.contains("<span class=\"hit\">Vientiane</span></a></mark>"), "{o}");
        assert!(o.contains("&lt;b&gt;officials&lt;/b&gt;"), "{o}");
        assert_eq!(o.matches("<mark").count(), o.matches("</mark>").count());
        // a hidden type is not marked; without links the text is not wrapped in <a>
        let people_only = Filter { t: vec!["person".into()], ..Filter::default() };
        let mut o = String::new();
        marked_text(&mut o, &ix, &d.raw, (para.start, para.end), &ix.x.mentions[0], &[], &people_only, None);
        assert!(!o.contains("place:vientiane") && !o.contains("<a "), "{o}");
        assert_eq!(o.matches("<mark").count(), 2, "{o}");
    }

    #[test]
    fn clipping_keeps_the_hit_and_whole_words() {
        let raw = "word ".repeat(200);
        let (a, b) = clip_sentence(&raw, (0, raw.len()), 500, 100);
        assert!(a <= 500 && 500 < b && b - a <= 100, "{a}..{b}");
        assert!(raw[..a].ends_with(' ') && raw[b..].starts_with(' '));
    }
}
