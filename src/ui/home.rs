//! Home: facets (per type, with counts that follow the filter), chips, date and source filters,
//! and the ranked result list with snippets; an empty state that says why and how to relax.

use super::marks::{text_with_hits, type_badge};
use super::nav::{icon_link, view_link, Link, Navigator};
use super::Model;
use crate::corpus::human_date;
use crate::extract::EType;
use crate::index::Results;
use crate::query::Filter;
use crate::text::fold;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HomeProps {
    pub model: Rc<Model>,
    pub filter: Filter,
}

/// Results shown per page (the list is paginated with "Show more"): a screenful and a half,
/// and a page that re-renders in well under a frame on every filter change.
const PAGE: usize = 25;

#[function_component(Home)]
pub fn home(p: &HomeProps) -> Html {
    let ix = &p.model.ix;
    let r: Results = ix.evaluate(&p.filter);
    // `_eq`: resetting to the first page when the filter changes re-renders only if it was not there
    let shown = use_state_eq(|| PAGE);
    {
        let shown = shown.clone();
        use_effect_with(p.filter.clone(), move |_| shown.set(PAGE));
    }
    let total = ix.docs.len();
    let n = r.docs.len();
    let count = if p.filter.is_filtering() {
        format!("{n} of {total} articles match")
    } else {
        format!("{total} articles, newest first")
    };
    let rows = r.docs.iter().take(*shown).map(|&(d, _)| result_row(&p.model, d, &p.filter));
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    html! {
        <div class="home">
            <aside class="sidebar" aria-label="Filters">
                <TypeToggles filter={p.filter.clone()} />
                <DateSource model={p.model.clone()} filter={p.filter.clone()} />
                { for r.facets.iter().filter(|(ty, items)| p.filter.shows_type(ty.as_str()) && !items.is_empty()).map(|(ty, items)| html! {
                    <Facet model={p.model.clone()} filter={p.filter.clone()} ty={*ty} items={items.clone()} />
                }) }
            </aside>
            <section class="results-col" aria-label="Articles">
                <Chips model={p.model.clone()} filter={p.filter.clone()} />
                <p class="count" data-result-count={n.to_string()} aria-live="polite">{ count }</p>
                if n == 0 {
                    <Empty model={p.model.clone()} filter={p.filter.clone()} results={r.clone()} />
                } else {
                    <ol class="results">{ for rows }</ol>
                    if n > *shown {
                        <button class="more" onclick={more}>{ format!("Show more ({} left)", n - *shown) }</button>
                    }
                }
            </section>
        </div>
    }
}

/// One result: title, date and source, snippet (with search hits), entities. A plain function
/// with plain links: a page of them re-renders on every filter change.
fn result_row(model: &Model, doc: usize, filter: &Filter) -> Html {
    let ix = &model.ix;
    let d = &ix.docs[doc];
    let to = Filter { doc: Some(d.id.clone()), ..filter.clone() };
    let hits = if filter.q.trim().is_empty() { Vec::new() } else { ix.first_text_hits(doc, &filter.q) };
    // snippet: the sentence of the first search hit, else the lead
    let snippet = match hits.first() {
        Some(&(s, _)) => {
            let sent = ix.sentences[doc].iter().find(|(a, b)| *a <= s && s < *b).copied().unwrap_or((s, s));
            let (a, b) = clip_sentence(&d.raw, sent, s, 260);
            html! { <>{ if a > sent.0 { "…" } else { "" } }{ text_with_hits(&d.raw, a, b, &hits) }{ if b < sent.1 { "…" } else { "" } }</> }
        }
        None => html! { { d.lead(240) } },
    };
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
    html! {
        <li class="result" data-doc-id={d.id.clone()}>
            <h2 class="result-title">{ view_link(&to, classes!(), None, html! { &d.title }) }</h2>
            { meta_line(d) }
            <p class="snippet">{ snippet }</p>
            <ul class="ent-chips" aria-label="Entities in this article">
                { for ents.iter().map(|&e| {
                    let ent = &ix.x.entities[e];
                    let matched = filter.e.contains(&ent.id);
                    let to = Filter { ent: Some(ent.id.clone()), ..filter.clone() };
                    html! {
                        <li>{ view_link(&to, classes!("ent-chip", format!("c-{}", ent.ty.as_str()), matched.then_some("matched")),
                            Some(AttrValue::from(format!("{} ({}): open its panel", ent.name, super::marks::type_word(ent.ty)))),
                            html! { <span data-entity-id={ent.id.clone()}>{ &ent.name }</span> }) }</li>
                    }
                }) }
            </ul>
        </li>
    }
}

/// Cuts a long sentence to about `max` bytes around `at`, on word boundaries.
fn clip_sentence(raw: &str, (a, b): (usize, usize), at: usize, max: usize) -> (usize, usize) {
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

pub fn meta_line(d: &crate::corpus::Document) -> Html {
    let date = d.date.as_deref().map(human_date).unwrap_or_else(|| "Date unknown".into());
    let source = d.source.clone().unwrap_or_else(|| "Source unknown".into());
    html! {
        <div class="meta">
            <time datetime={d.date.clone()} class={classes!(d.date.is_none().then_some("unknown"))}>{ date }</time>
            <span class="sep" aria-hidden="true">{"·"}</span>
            <span class={classes!("source", d.source.is_none().then_some("unknown"))}>{ source }</span>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct FilterOnly {
    filter: Filter,
}

/// Which entity types are shown (facets and highlights): `t=` in the URL.
#[function_component(TypeToggles)]
fn type_toggles(p: &FilterOnly) -> Html {
    html! {
        <fieldset class="types">
            <legend>{"Show"}</legend>
            { for EType::ALL.iter().map(|&ty| {
                let on = p.filter.shows_type(ty.as_str());
                let f = p.filter.toggle_type(ty.as_str());
                html! {
                    <Link to={f} class={classes!("type-toggle", format!("c-{}", ty.as_str()), on.then_some("on"))}
                        title={AttrValue::from(format!("{} {}", if on { "Hide" } else { "Show" }, ty.label().to_ascii_lowercase()))}>
                        <span aria-hidden="true" class="tick">{ if on { "✓" } else { "" } }</span>{ ty.label() }
                    </Link>
                }
            }) }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct ModelFilter {
    model: Rc<Model>,
    filter: Filter,
}

/// Date range and source filters.
#[function_component(DateSource)]
fn date_source(p: &ModelFilter) -> Html {
    let nav = use_context::<Navigator>().expect("Navigator");
    let on_date = |which: &'static str| {
        let nav = nav.clone();
        let filter = p.filter.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let v = input.value().trim().to_string();
            let mut f = filter.clone();
            let val = if v.is_empty() { None } else { Some(v.clone()) };
            if val.as_deref().is_some_and(|v| crate::corpus::parse_iso_date(v).is_none()) {
                input.set_custom_validity("Use YYYY, YYYY-MM or YYYY-MM-DD");
                input.report_validity();
                return;
            }
            input.set_custom_validity("");
            if which == "from" {
                f.from = val
            } else {
                f.to = val
            }
            nav.push(f);
        })
    };
    let on_src = {
        let nav = nav.clone();
        let filter = p.filter.clone();
        Callback::from(move |e: Event| {
            let Some(sel) = e.target_dyn_into::<web_sys::HtmlSelectElement>() else { return };
            let v = sel.value();
            nav.push(Filter { src: (!v.is_empty()).then_some(v), ..filter.clone() });
        })
    };
    html! {
        <fieldset class="dates">
            <legend>{"Published"}</legend>
            <label>{"from "}<input type="text" inputmode="numeric" placeholder="YYYY-MM-DD" size="10" aria-label="Published from (YYYY, YYYY-MM or YYYY-MM-DD)"
                value={p.filter.from.clone().unwrap_or_default()} onchange={on_date("from")} /></label>
            <label>{"to "}<input type="text" inputmode="numeric" placeholder="YYYY-MM-DD" size="10" aria-label="Published to (YYYY, YYYY-MM or YYYY-MM-DD)"
                value={p.filter.to.clone().unwrap_or_default()} onchange={on_date("to")} /></label>
            <label class="src">{"Source "}
                <select aria-label="Source" onchange={on_src}>
                    <option value="" selected={p.filter.src.is_none()}>{"All sources"}</option>
                    { for p.model.ix.sources.iter().map(|(s, n)| html! {
                        <option value={s.clone()} selected={p.filter.src.as_deref() == Some(s.as_str())}>{ format!("{s} ({n})") }</option>
                    }) }
                </select>
            </label>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct FacetProps {
    model: Rc<Model>,
    filter: Filter,
    ty: EType,
    items: Vec<(usize, usize)>,
}

/// Entities a facet lists before "Show all" (the sidebar stays short, and every filter change
/// re-renders fewer of them).
const FACET_SHOWN: usize = 6;

/// One type's facet: entities of the current result with document counts; a filter box and
/// "show more". Clicking an entity adds it to (or removes it from) the required entities.
#[function_component(Facet)]
fn facet(p: &FacetProps) -> Html {
    let within = use_state(String::new);
    let expanded = use_state(|| false);
    let ix = &p.model.ix;
    let needle = fold(within.trim());
    let items: Vec<&(usize, usize)> =
        p.items.iter().filter(|(e, _)| needle.is_empty() || ix.name_contains(*e, &needle)).collect();
    let limit = if *expanded { usize::MAX } else { FACET_SHOWN };
    let oninput = {
        let within = within.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                within.set(i.value());
            }
        })
    };
    let toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    let label = p.ty.label();
    html! {
        <section class={classes!("facet", format!("f-{}", p.ty.as_str()))} aria-label={label}>
            <h3>{ type_badge(p.ty) }<span class="facet-title">{ label }</span><span class="facet-n">{ p.items.len() }</span></h3>
            if p.items.len() > FACET_SHOWN {
                <input class="facet-filter" type="search" placeholder={format!("Filter {}", label.to_ascii_lowercase())}
                    aria-label={format!("Filter {}", label.to_ascii_lowercase())} value={(*within).clone()} {oninput} />
            }
            <ul>
                { for items.iter().take(limit).map(|&&(e, n)| {
                    let ent = &ix.x.entities[e];
                    let selected = p.filter.e.contains(&ent.id);
                    let mut f = Filter { doc: None, ..p.filter.clone() };
                    if selected { f.e.retain(|x| *x != ent.id) } else { f.e.push(ent.id.clone()) }
                    f.normalize();
                    let panel = Filter { ent: Some(ent.id.clone()), ..p.filter.clone() };
                    html! {
                        <li class={classes!(selected.then_some("selected"))}>
                            { view_link(&f, classes!("facet-item"), Some(AttrValue::from(if selected { format!("Remove the filter “{}”", ent.name) } else { format!("Only articles mentioning {}", ent.name) })), html! { <>
                                <span class="facet-name" data-entity-id={ent.id.clone()}>{ &ent.name }</span>
                                <span class="facet-count" aria-label={format!("{n} articles")}>{ n }</span>
                            </> }) }
                            { icon_link(&panel, classes!("facet-open"), AttrValue::from(format!("About {}", ent.name)), "›") }
                        </li>
                    }
                }) }
            </ul>
            if items.len() > FACET_SHOWN {
                <button class="facet-more" onclick={toggle} aria-expanded={(*expanded).to_string()}>
                    { if *expanded { "Show fewer".to_string() } else { format!("Show all {}", items.len()) } }
                </button>
            }
        </section>
    }
}

/// The selected entities as removable chips, and "Clear all".
#[function_component(Chips)]
fn chips(p: &ModelFilter) -> Html {
    let ix = &p.model.ix;
    if !p.filter.is_filtering() {
        return html! {};
    }
    let clear = Filter { t: p.filter.t.clone(), view: p.filter.view, ..Filter::default() };
    html! {
        <div class="chips" aria-label="Active filters">
            { for p.filter.e.iter().map(|id| {
                let name = ix.entity(id).map(|e| ix.x.entities[e].name.clone()).unwrap_or_else(|| id.clone());
                let ty = id.split(':').next().unwrap_or("");
                let mut f = p.filter.clone();
                f.e.retain(|x| x != id);
                html! {
                    <Link to={f} class={classes!("chip", format!("c-{ty}"))} title={AttrValue::from(format!("Remove “{name}”"))}>
                        <span data-entity-id={id.clone()}>{ name }</span><span aria-hidden="true" class="x">{"×"}</span>
                    </Link>
                }
            }) }
            if !p.filter.q.trim().is_empty() {
                <Link to={Filter { q: String::new(), ..p.filter.clone() }} class="chip c-text" title="Remove the search text">
                    { format!("“{}”", p.filter.q.trim()) }<span aria-hidden="true" class="x">{"×"}</span>
                </Link>
            }
            if p.filter.from.is_some() || p.filter.to.is_some() {
                <Link to={Filter { from: None, to: None, ..p.filter.clone() }} class="chip c-text" title="Remove the date range">
                    { format!("{} – {}", p.filter.from.clone().unwrap_or_else(|| "…".into()), p.filter.to.clone().unwrap_or_else(|| "…".into())) }
                    <span aria-hidden="true" class="x">{"×"}</span>
                </Link>
            }
            if let Some(s) = &p.filter.src {
                <Link to={Filter { src: None, ..p.filter.clone() }} class="chip c-text" title="Remove the source filter">
                    { format!("Source: {s}") }<span aria-hidden="true" class="x">{"×"}</span>
                </Link>
            }
            <Link to={clear} class="clear-all">{"Clear all"}</Link>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct EmptyProps {
    model: Rc<Model>,
    filter: Filter,
    results: Results,
}

/// Nothing matched: say why, and offer each way to relax the filter.
#[function_component(Empty)]
fn empty(p: &EmptyProps) -> Html {
    let ix = &p.model.ix;
    let f = &p.filter;
    let mut reasons: Vec<String> = Vec::new();
    if !p.results.missing_terms.is_empty() {
        reasons.push(format!("No article contains “{}”.", p.results.missing_terms.join("”, “")));
    } else if !f.q.trim().is_empty() {
        reasons.push(format!("Articles contain “{}”, but not together with the other filters.", f.q.trim()));
    }
    if f.e.len() > 1 {
        reasons.push("No single article mentions all of the selected entities.".into());
    }
    if !p.results.unknown_entities.is_empty() {
        reasons.push("An entity in the link is not mentioned in these articles.".into());
    }
    if f.from.is_some() || f.to.is_some() {
        reasons.push("The date range may exclude the matching articles.".into());
    }
    // relaxations: drop one filter at a time, with the number of articles it would give
    let mut options: Vec<(String, Filter)> = Vec::new();
    if !f.q.trim().is_empty() {
        options.push(("Remove the search text".into(), Filter { q: String::new(), ..f.clone() }));
    }
    for id in &f.e {
        let name = ix.entity(id).map(|e| ix.x.entities[e].name.clone()).unwrap_or_else(|| id.clone());
        let mut g = f.clone();
        g.e.retain(|x| x != id);
        options.push((format!("Remove “{name}”"), g));
    }
    if f.from.is_some() || f.to.is_some() {
        options.push(("Remove the date range".into(), Filter { from: None, to: None, ..f.clone() }));
    }
    if f.src.is_some() {
        options.push(("Remove the source filter".into(), Filter { src: None, ..f.clone() }));
    }
    html! {
        <div class="empty" role="status">
            <h2>{"No article matches this view"}</h2>
            { for reasons.iter().map(|r| html! { <p>{ r }</p> }) }
            <ul class="relax">
                { for options.into_iter().filter_map(|(label, g)| {
                    let n = ix.count(&g);
                    (n > 0).then(|| html! { <li><Link to={g}>{ format!("{label} ({n} article{})", if n == 1 { "" } else { "s" }) }</Link></li> })
                }) }
                <li><Link to={Filter::default()}>{"Clear all filters"}</Link></li>
            </ul>
        </div>
    }
}
