//! The reader: the cleaned article with every mention highlighted by type (legend + toggles),
//! clickable to its entity panel; search hits and the filter's entities marked, and the first
//! one (or the `#at-OFFSET` target of a keyword-in-context link) scrolled into view.

use super::home::meta_line;
use super::marks::type_badge;
use super::nav::href;
use super::nav::Link;
use super::Model;
use crate::extract::EType;
use crate::markup;
use crate::query::Filter;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub model: Rc<Model>,
    pub doc: usize,
    pub filter: Filter,
}

fn scroll_to_target() {
    let doc = gloo::utils::document();
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    let target = hash
        .strip_prefix('#')
        .filter(|h| h.starts_with("at-"))
        .and_then(|h| doc.get_element_by_id(h))
        .or_else(|| doc.query_selector(".reader .hit, .reader mark.match").ok().flatten());
    if let Some(el) = target {
        let _ = el.class_list().add_1("target");
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

#[function_component(Reader)]
pub fn reader(p: &ReaderProps) -> Html {
    let ix = &p.model.ix;
    let d = &ix.docs[p.doc];
    {
        let hash = gloo::utils::window().location().hash().unwrap_or_default();
        let key = (p.doc, p.filter.q.clone(), p.filter.e.clone(), p.filter.ent.clone(), hash);
        use_effect_with(key, move |_| scroll_to_target());
    }
    let hits = if p.filter.q.trim().is_empty() { Vec::new() } else { ix.text_hits(p.doc, &p.filter.q) };
    let mentions = &ix.x.mentions[p.doc];
    let back = Filter { doc: None, ..p.filter.clone() };
    // the body as markup (crate::markup): a long article has hundreds of marks and links
    // one root element: one node for Yew to insert or remove
    let mut body = String::from("<div class=\"body\">");
    for para in &d.paragraphs {
        body.push_str(match (para.caption, para.byline) {
            (true, _) => "<p class=\"caption\">",
            (_, true) => "<p class=\"byline\">",
            _ => "<p>",
        });
        markup::marked_text(&mut body, ix, &d.raw, (para.start, para.end), mentions, &hits, &p.filter, Some(&href));
        body.push_str("</p>");
    }
    body.push_str("</div>");
    // legend: types present in this article, each a toggle
    let present: Vec<(EType, usize)> = EType::ALL
        .iter()
        .map(|&t| (t, ix.doc_entities[p.doc].iter().filter(|(e, _)| ix.x.entities[*e].ty == t).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    let n_hits = hits.len();
    html! {
        <article class="reader" data-open-doc={d.id.clone()}>
            <Link to={back} class="back">{"← Back to the list"}</Link>
            <h1>{ &d.title }</h1>
            { meta_line(d) }
            if d.title_derived {
                <p class="hint">{"This text has no headline; the title above is taken from its first sentence."}</p>
            }
            { for d.curated.iter().map(|c| html! { <p class="hint curated">{ format!("Curated {c}") }</p> }) }
            <div class="legend" aria-label="Highlighted entity types">
                { for present.iter().map(|&(t, n)| {
                    let on = p.filter.shows_type(t.as_str());
                    let f = p.filter.toggle_type(t.as_str());
                    html! {
                        <Link to={f} class={classes!("legend-item", on.then_some("on"))}
                            title={AttrValue::from(format!("{} highlights of {}", if on { "Hide" } else { "Show" }, t.label().to_ascii_lowercase()))}>
                            { type_badge(t) }<span class="legend-n">{ n }</span>
                        </Link>
                    }
                }) }
                if n_hits > 0 {
                    <span class="legend-hits">{ format!("{n_hits} match{} for “{}”", if n_hits == 1 { "" } else { "es" }, p.filter.q.trim()) }</span>
                }
            </div>
            { Html::from_html_unchecked(AttrValue::from(body)) }
            <p class="file">{ format!("File: {}", d.file) }</p>
        </article>
    }
}
