//! Home: facets (per type, with counts that follow the filter), chips, date and source filters,
//! and the ranked result list with snippets; an empty state that says why and how to relax.

use super::marks::type_badge;
use super::nav::{href, Link, Navigator};
use super::Model;
use crate::extract::EType;
use crate::index::Results;
use crate::markup;
use crate::query::Filter;
use crate::text::fold;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HomeProps {
    pub model: Rc<Model>,
    pub filter: Filter,
}

/// Results shown per page (the list is paginated with "Show more"): about two screenfuls on a
/// desktop. Every filter change re-renders the page of rows, so its size is most of a step's
/// cost: 15 rows instead of 25 cut the main thread's time per facet toggle by ~10% (Chrome
/// traces on 10,000 articles).
pub const PAGE: usize = 15;

/// Rows drawn in the frame of a filter change: about a screenful on a desktop. The rest of the
/// page of rows, and the facets, follow in the next frame (see `Home`).
pub const FIRST_ROWS: usize = 5;

#[function_component(Home)]
pub fn home(p: &HomeProps) -> Html {
    let ix = &p.model.ix;
    let nav = use_context::<Navigator>().expect("Navigator");
    let r: Results = ix.evaluate(&p.filter);
    // A filter change is drawn in two frames, what is in view first: the count, the chips and
    // the first rows in the frame of the click or keystroke; the other rows and the facets
    // (beside or below them) in the next one. Until then the facets are held as they were
    // drawn (`FacetProps::hold`), and `data-pending` on the page makes them ignore clicks
    // (style.css). `settled`: the filter the whole page last caught up with (its query
    // string, canonical: equal filters, equal strings).
    let query = p.filter.to_query();
    let settled = use_state(|| query.clone());
    let pending = *settled != query;
    // `_eq`: resetting to the first page when the filter changes re-renders only if it was not there
    let shown = use_state_eq(|| PAGE);
    {
        let (shown, settled) = (shown.clone(), settled.clone());
        // (`query` is this render's: the effect runs after the render that changed the filter)
        use_effect_with(p.filter.clone(), move |_| {
            shown.set(PAGE);
            if *settled != query {
                super::after_paint(Box::new(move || settled.set(query)));
            }
        });
    }
    let total = ix.docs.len();
    let n = r.docs.len();
    let count = if p.filter.is_filtering() {
        format!("{n} of {total} articles match")
    } else {
        format!("{total} articles, newest first")
    };
    // the page of rows as one piece of markup with one root element: one parse, and one node
    // for Yew to insert or remove, per change
    let mut rows = String::from("<ol class=\"results\">");
    for &(d, _) in r.docs.iter().take(if pending { FIRST_ROWS } else { *shown }) {
        markup::result_row(&mut rows, ix, d, &p.filter, &href);
    }
    rows.push_str("</ol>");
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    html! {
        <div class="home" data-pending={pending.then_some("")}>
            <aside class="sidebar" aria-label="Filters">
                { type_toggles(&p.filter) }
                { date_source(&p.model, &p.filter, &nav) }
                // keyed and kept mounted while empty (hidden): each facet keeps its own state, and
                // leaving an empty result does not rebuild the sidebar
                // while the entity panel is open it takes the sidebar's place (style.css hides the
                // sidebar): the facets keep their state but list nothing, and cost nothing to render
                { for r.facets.iter().filter(|(ty, _)| p.filter.shows_type(ty.as_str())).map(|(ty, items)| html! {
                    <Facet key={ty.as_str()} model={p.model.clone()} filter={p.filter.clone()} ty={*ty} hold={pending}
                        items={if p.filter.ent.is_some() { Vec::new() } else { items.clone() }} />
                }) }
            </aside>
            <section class="results-col" aria-label="Articles">
                { chips(&p.model, &p.filter) }
                <p class="count" data-result-count={n.to_string()} aria-live="polite">{ count }</p>
                if let Some(w) = &r.unfinished {
                    <p class="hint" data-unfinished={w.clone()}>{ format!("“{w}” is not searched yet: type at least three letters, or a whole word.") }</p>
                }
                if n == 0 {
                    { empty(&p.model, &p.filter, &r) }
                } else {
                    { Html::from_html_unchecked(AttrValue::from(rows)) }
                    if n > *shown && !pending {
                        <button class="more" onclick={more}>{ format!("Show more ({} left)", n - *shown) }</button>
                    }
                }
            </section>
        </div>
    }
}

/// Date and source of an article.
pub fn meta_line(d: &crate::corpus::Document) -> Html {
    let mut o = String::new();
    markup::meta_line(&mut o, d);
    Html::from_html_unchecked(AttrValue::from(o))
}

/// Which entity types are shown (facets and highlights): `t=` in the URL.
/// (Plain functions, not components, for the parts of the home view without state of their own:
/// each component type costs the WASM its own compiled lifecycle.)
fn type_toggles(filter: &Filter) -> Html {
    html! {
        <fieldset class="types">
            <legend>{"Show"}</legend>
            { for EType::ALL.iter().map(|&ty| {
                let on = filter.shows_type(ty.as_str());
                let f = filter.toggle_type(ty.as_str());
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

/// Date range and source filters.
fn date_source(model: &Model, filter: &Filter, nav: &Navigator) -> Html {
    let on_date = |which: &'static str| {
        let nav = nav.clone();
        let filter = filter.clone();
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
        let filter = filter.clone();
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
                value={filter.from.clone().unwrap_or_default()} onchange={on_date("from")} /></label>
            <label>{"to "}<input type="text" inputmode="numeric" placeholder="YYYY-MM-DD" size="10" aria-label="Published to (YYYY, YYYY-MM or YYYY-MM-DD)"
                value={filter.to.clone().unwrap_or_default()} onchange={on_date("to")} /></label>
            <label class="src">{"Source "}
                <select aria-label="Source" onchange={on_src}>
                    <option value="" selected={filter.src.is_none()}>{"All sources"}</option>
                    { for model.ix.sources.iter().map(|(s, n)| html! {
                        <option value={s.clone()} selected={filter.src.as_deref() == Some(s.as_str())}>{ format!("{s} ({n})") }</option>
                    }) }
                </select>
            </label>
        </fieldset>
    }
}

#[derive(Properties)]
struct FacetProps {
    model: Rc<Model>,
    filter: Filter,
    ty: EType,
    items: Vec<(usize, usize)>,
    /// Keep the facet as it was drawn (see `Home`).
    hold: bool,
}

/// Yew compares a component's last props with the new ones (`old == new`) and skips it when
/// they are equal, keeping the last ones: new props that `hold` compare equal to any.
impl PartialEq for FacetProps {
    fn eq(&self, new: &Self) -> bool {
        new.hold
            || (self.model == new.model && self.filter == new.filter && self.ty == new.ty && self.items == new.items)
    }
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
        <section class={classes!("facet", format!("f-{}", p.ty.as_str()))} aria-label={label} hidden={p.items.is_empty()}>
            <h3>{ type_badge(p.ty) }<span class="facet-title">{ label }</span><span class="facet-n">{ p.items.len() }</span></h3>
            if p.items.len() > FACET_SHOWN {
                <input class="facet-filter" type="search" placeholder={format!("Filter {}", label.to_ascii_lowercase())}
                    aria-label={format!("Filter {}", label.to_ascii_lowercase())} value={(*within).clone()} {oninput} />
            }
            { Html::from_html_unchecked(AttrValue::from(format!("<ul>{}</ul>", markup::facet_items(ix, &p.filter, items.iter().take(limit).copied(), &href)))) }
            if items.len() > FACET_SHOWN {
                <button class="facet-more" onclick={toggle} aria-expanded={(*expanded).to_string()}>
                    { if *expanded { "Show fewer".to_string() } else { format!("Show all {}", items.len()) } }
                </button>
            }
        </section>
    }
}

/// The selected entities as removable chips, and "Clear all".
fn chips(model: &Model, filter: &Filter) -> Html {
    let ix = &model.ix;
    if !filter.is_filtering() {
        return html! {};
    }
    let clear = Filter { t: filter.t.clone(), view: filter.view, ..Filter::default() };
    html! {
        <div class="chips" aria-label="Active filters">
            { for filter.e.iter().map(|id| {
                let name = ix.entity(id).map(|e| ix.x.entities[e].name.clone()).unwrap_or_else(|| id.clone());
                let ty = id.split(':').next().unwrap_or("");
                let mut f = filter.clone();
                f.e.retain(|x| x != id);
                html! {
                    <Link to={f} class={classes!("chip", format!("c-{ty}"))} title={AttrValue::from(format!("Remove “{name}”"))}>
                        <span data-entity-id={id.clone()}>{ name }</span><span aria-hidden="true" class="x">{"×"}</span>
                    </Link>
                }
            }) }
            if !filter.q.trim().is_empty() {
                <Link to={Filter { q: String::new(), ..filter.clone() }} class="chip c-text" title="Remove the search text">
                    { format!("“{}”", filter.q.trim()) }<span aria-hidden="true" class="x">{"×"}</span>
                </Link>
            }
            if filter.from.is_some() || filter.to.is_some() {
                <Link to={Filter { from: None, to: None, ..filter.clone() }} class="chip c-text" title="Remove the date range">
                    { format!("{} – {}", filter.from.clone().unwrap_or_else(|| "…".into()), filter.to.clone().unwrap_or_else(|| "…".into())) }
                    <span aria-hidden="true" class="x">{"×"}</span>
                </Link>
            }
            if let Some(s) = &filter.src {
                <Link to={Filter { src: None, ..filter.clone() }} class="chip c-text" title="Remove the source filter">
                    { format!("Source: {s}") }<span aria-hidden="true" class="x">{"×"}</span>
                </Link>
            }
            <Link to={clear} class="clear-all">{"Clear all"}</Link>
        </div>
    }
}

/// Nothing matched: say why, and offer each way to relax the filter.
fn empty(model: &Model, f: &Filter, results: &Results) -> Html {
    let ix = &model.ix;
    let mut reasons: Vec<String> = Vec::new();
    if !results.missing_terms.is_empty() {
        reasons.push(format!("No article contains “{}”.", results.missing_terms.join("”, “")));
    } else if !f.q.trim().is_empty() {
        reasons.push(format!("Articles contain “{}”, but not together with the other filters.", f.q.trim()));
    }
    if f.e.len() > 1 {
        reasons.push("No single article mentions all of the selected entities.".into());
    }
    if !results.unknown_entities.is_empty() {
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
