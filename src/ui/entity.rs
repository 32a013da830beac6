//! The entity panel (`ent=`): name, type, aliases, counts, every sentence that mentions it
//! grouped by article (each linking to that spot in the reader), the entities it appears with,
//! and "filter by this entity".

use super::marks::{render, type_badge};
use super::nav::Link;
use super::Model;
use crate::query::Filter;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EntityProps {
    pub model: Rc<Model>,
    pub entity: usize,
    pub filter: Filter,
}

/// Articles of keyword-in-context shown at first, and added by each "Show more".
const KWIC_PAGE: usize = 20;

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
    aliases.sort();
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
            { for kwic.iter().take(*shown).map(|(d, sents)| {
                let marked = Filter { t: vec![], e: vec![e.id.clone()], ..Filter::default() };
                let doc = &ix.docs[*d];
                let open = Filter { doc: Some(doc.id.clone()), ..p.filter.clone() };
                html! {
                    <section class="kwic-doc">
                        <h4><Link to={open}>{ &doc.title }</Link></h4>
                        <ul class="kwic">
                            { for sents.iter().map(|(s, ranges)| {
                                let (a, b) = ix.sentences[*d][*s];
                                let at = Filter { doc: Some(doc.id.clone()), ..p.filter.clone() };
                                let href_anchor = format!("#at-{}", ranges[0].0);
                                html! {
                                    <li>
                                        <span class="kwic-text">{ render(ix, &doc.raw, (a, b), &ix.x.mentions[*d], &[], &marked, false) }</span>
                                        <super::nav::Link to={at} anchor={href_anchor} class="kwic-go" title="Open the article at this sentence">{"Read →"}</super::nav::Link>
                                    </li>
                                }
                            }) }
                        </ul>
                    </section>
                }
            }) }
            if kwic.len() > *shown {
                <button class="more" onclick={more}>{ format!("Show more ({} more article{})", kwic.len() - *shown, if kwic.len() - *shown == 1 { "" } else { "s" }) }</button>
            }
        </aside>
    }
}
