//! Renders a stretch of document text with entity marks and search hits — as text nodes only,
//! never as markup (document text is data).

use super::nav::Link;
use crate::extract::{EType, Mention};
use crate::index::Index;
use crate::query::Filter;
use yew::prelude::*;

/// `raw[start..end]` with the outermost visible mentions as `<mark data-entity-id>` links to the
/// entity panel and `hits` (search matches) as `<span class="hit">`. `first_hit` gets an id so
/// the reader can scroll to it; every mention gets `id="at-START"` as a link target.
pub fn render(
    ix: &Index,
    raw: &str,
    (start, end): (usize, usize),
    mentions: &[Mention],
    hits: &[(usize, usize)],
    filter: &Filter,
    link: bool,
) -> Html {
    // outermost mentions inside [start, end) of shown types
    let mut marks: Vec<&Mention> = Vec::new();
    for m in mentions.iter().filter(|m| m.start >= start && m.end <= end) {
        let ty = ix.x.entities[m.entity].ty;
        if !filter.shows_type(ty.as_str()) {
            continue;
        }
        if marks.last().is_some_and(|l| m.start < l.end) {
            continue; // nested inside the previous mark
        }
        marks.push(m);
    }
    let mut out: Vec<Html> = Vec::new();
    let mut pos = start;
    for m in marks {
        if m.start > pos {
            out.push(text_with_hits(raw, pos, m.start, hits));
        }
        let e = &ix.x.entities[m.entity];
        let inner = text_with_hits(raw, m.start, m.end, hits);
        let matched = filter.e.contains(&e.id) || filter.ent.as_deref() == Some(e.id.as_str());
        let class = classes!("m", format!("m-{}", e.ty.as_str()), matched.then_some("match"));
        let title = format!("{} — {}", e.name, type_word(e.ty));
        let body = if link {
            let to = Filter { ent: Some(e.id.clone()), ..filter.clone() };
            html! { <Link to={to} title={AttrValue::from(title.clone())}>{ inner }</Link> }
        } else {
            inner
        };
        out.push(html! {
            <mark class={class} data-entity-id={e.id.clone()} id={format!("at-{}", m.start)} title={title}>{ body }</mark>
        });
        pos = m.end;
    }
    if pos < end {
        out.push(text_with_hits(raw, pos, end, hits));
    }
    html! { <>{ for out }</> }
}

/// Text with search hits wrapped in `<span class="hit">`.
pub fn text_with_hits(raw: &str, start: usize, end: usize, hits: &[(usize, usize)]) -> Html {
    let mut out: Vec<Html> = Vec::new();
    let mut pos = start;
    for &(s, e) in hits.iter().filter(|(s, e)| *e > start && *s < end) {
        let (s, e) = (s.max(pos), e.min(end));
        if s < pos || s >= e {
            continue;
        }
        if s > pos {
            out.push(html! { { raw[pos..s].to_string() } });
        }
        out.push(html! { <span class="hit">{ raw[s..e].to_string() }</span> });
        pos = e;
    }
    if pos < end {
        out.push(html! { { raw[pos..end].to_string() } });
    }
    html! { <>{ for out }</> }
}

pub use crate::markup::type_word;

/// The colour-coded type label used in facets, chips and panels (colour is never the only cue:
/// the label is text).
pub fn type_badge(t: EType) -> Html {
    html! { <span class={classes!("badge", format!("b-{}", t.as_str()))}>{ type_word(t) }</span> }
}
