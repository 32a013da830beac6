//! The entity panel (`ent=`): name, type, aliases, counts, every sentence that mentions it
//! grouped by article (each linking to that spot in the reader), the entities it appears with,
//! and "filter by this entity".

use super::marks::type_badge;
use super::nav::href;
use super::nav::Link;
use super::Model;
use crate::markup;
use crate::query::Filter;
use crate::text::push_html_escaped;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EntityProps {
    pub model: Rc<Model>,
    pub entity: usize,
    pub filter: Filter,
}

/// Articles of keyword-in-context shown at first, and added by each "Show more": about two
/// screenfuls of the panel (20 made opening a frequent entity's panel ~40 ms in
/// `tests/wasm_views.rs`).
const KWIC_PAGE: usize = 10;

#[function_component(EntityPanel)]
pub fn entity_panel(p: &EntityProps) -> Html {
    let ix = &p.model.ix;
    let shown = use_state_eq(|| KWIC_PAGE);
    {
        let shown = shown.clone();
        use_effect_with(p.entity, move |_| shown.set(KWIC_PAGE));
    }
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + KWIC_PAGE))
    };
    let e = &ix.x.entities[p.entity];
    let close = Filter { ent: None, ..p.filter.clone() };
    let n_docs = ix.entity_docs[p.entity].len();
    let n_mentions = ix.mentions[p.entity].len();
    let filtering = p.filter.e.contains(&e.id);
    let mut by = Filter { doc: None, ent: None, ..p.filter.clone() };
    if !filtering {
        by.e.push(e.id.clone());
    }
    by.normalize();
    let co = ix.cooccurring(p.entity, 12);
    let kwic = ix.kwic(p.entity);
    let mut aliases: Vec<&String> = e.aliases.iter().filter(|a| **a != e.name).collect();
    crate::util::sort_by(&mut aliases, &|a, b| a.cmp(b));
    aliases.dedup();
    let extra = match (e.value, &e.currency) {
        (Some(v), Some(c)) => Some(format!("Value: {} {c}", crate::extract::decimal_string(v, 4))),
        (Some(v), None) => Some(format!("Value: {}%", crate::extract::decimal_string(v, 4))),
        _ => None,
    };
    html! {
        <aside class="panel" data-open-entity={e.id.clone()} aria-label={format!("About {}", e.name)}>
            <div class="panel-head">
                { type_badge(e.ty) }
                <Link to={close} class="panel-close" title="Close this panel (Esc)">{"×"}</Link>
            </div>
            <h2 class="panel-name" data-entity-id={e.id.clone()}>{ &e.name }</h2>
            <p class="panel-stats">{ format!("{n_mentions} mention{} in {n_docs} article{}", if n_mentions == 1 { "" } else { "s" }, if n_docs == 1 { "" } else { "s" }) }</p>
            if let Some(x) = extra { <p class="panel-stats">{ x }</p> }
            if !aliases.is_empty() {
                <p class="aliases"><span class="label">{"Also written: "}</span>{ aliases.iter().map(|a| format!("“{a}”")).collect::<Vec<_>>().join(", ") }</p>
            }
            <Link to={by} class="filter-by">{ if filtering { "Remove this filter" } else { "Filter articles by this entity" } }</Link>
            if !co.is_empty() {
                <h3>{"Appears with"}</h3>
                <ul class="co">
                    { for co.iter().map(|&(o, docs, sents)| {
                        let oe = &ix.x.entities[o];
                        let to = Filter { ent: Some(oe.id.clone()), ..p.filter.clone() };
                        html! {
                            <li><Link to={to} class={classes!("co-item", format!("c-{}", oe.ty.as_str()))}
                                title={AttrValue::from(format!("{docs} shared article(s), {sents} shared sentence(s)"))}>
                                <span data-entity-id={oe.id.clone()}>{ &oe.name }</span>
                                <span class="co-n">{ format!("{docs} art. · {sents} sent.") }</span>
                            </Link></li>
                        }
                    }) }
                </ul>
            }
            <h3>{"Every mention, in context"}</h3>
            { Html::from_html_unchecked(AttrValue::from(kwic_markup(ix, p.entity, &kwic, *shown, &p.filter))) }
            if kwic.len() > *shown {
                <button class="more" onclick={more}>{ format!("Show more ({} more article{})", kwic.len() - *shown, if kwic.len() - *shown == 1 { "" } else { "s" }) }</button>
            }
        </aside>
    }
}

/// The keyword-in-context list as markup (crate::markup): per article its title (a link to it),
/// then each sentence with the entity marked and a "Read →" link to that spot in the reader.
fn kwic_markup(
    ix: &crate::index::Index,
    entity: usize,
    kwic: &[crate::index::KwicDoc],
    shown: usize,
    filter: &Filter,
) -> String {
    let e = &ix.x.entities[entity];
    let marked = Filter { t: vec![], e: vec![e.id.clone()], ..Filter::default() };
    // one root element: one node for Yew to insert or remove
    let mut o = String::from("<div class=\"kwic-list\">");
    for (d, sents) in kwic.iter().take(shown) {
        let doc = &ix.docs[*d];
        let open = href(&Filter { doc: Some(doc.id.clone()), ..filter.clone() });
        o.push_str("<section class=\"kwic-doc\"><h4><a href=\"");
        push_html_escaped(&mut o, &open);
        o.push_str("\" data-nav=\"\">");
        push_html_escaped(&mut o, &doc.title);
        o.push_str("</a></h4><ul class=\"kwic\">");
        for (s, ranges) in sents {
            let sentence = ix.sentences[*d][*s];
            o.push_str("<li><span class=\"kwic-text\">");
            markup::marked_text(&mut o, ix, &doc.raw, sentence, &ix.x.mentions[*d], &[], &marked, None);
            o.push_str("</span><a href=\"");
            push_html_escaped(&mut o, &open);
            o.push_str(&format!("#at-{}", ranges[0].0));
            o.push_str(
                "\" class=\"kwic-go\" title=\"Open the article at this sentence\" data-nav=\"\">Read →</a></li>",
            );
        }
        o.push_str("</ul></section>");
    }
    o.push_str("</div>");
    o
}
