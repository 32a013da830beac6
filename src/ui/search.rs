//! The search box (free text, replaceState while typing) with entity suggestions by any
//! alias, diacritics ignored; and the "Copy link" button.

use super::marks::type_badge;
use super::nav::Navigator;
use super::Model;
use crate::query::Filter;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Focuses the search box ("/" shortcut).
pub fn focus() {
    if let Some(el) = gloo::utils::document().get_element_by_id("search") {
        if let Ok(input) = el.dyn_into::<web_sys::HtmlInputElement>() {
            let _ = input.focus();
            input.select();
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct SearchProps {
    pub model: Rc<Model>,
    pub filter: Filter,
}

#[function_component(SearchBox)]
pub fn search_box(p: &SearchProps) -> Html {
    let nav = use_context::<Navigator>().expect("Navigator");
    let open = use_state_eq(|| false);
    let active = use_state_eq(|| 0usize);
    let suggestions = if *open { p.model.ix.suggest(&p.filter.q, 8) } else { Vec::new() };

    let oninput = {
        let nav = nav.clone();
        let filter = p.filter.clone();
        let open = open.clone();
        let active = active.clone();
        Callback::from(move |e: InputEvent| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let q: String = input.value().chars().take(crate::query::MAX_Q).collect();
            open.set(!q.trim().is_empty());
            active.set(0);
            // typing refines the current list: leave the article, keep everything else
            nav.replace(Filter { q, doc: None, ..filter.clone() });
        })
    };
    let pick = {
        let nav = nav.clone();
        let filter = p.filter.clone();
        let open = open.clone();
        let model = p.model.clone();
        Callback::from(move |e: usize| {
            let mut f = Filter { q: String::new(), doc: None, ..filter.clone() };
            f.e.push(model.ix.x.entities[e].id.clone());
            f.normalize();
            open.set(false);
            nav.push(f);
        })
    };
    let onkeydown = {
        let suggestions = suggestions.clone();
        let active = active.clone();
        let pick = pick.clone();
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowDown" if !suggestions.is_empty() => {
                e.prevent_default();
                active.set((*active + 1) % suggestions.len());
            }
            "ArrowUp" if !suggestions.is_empty() => {
                e.prevent_default();
                active.set((*active + suggestions.len() - 1) % suggestions.len());
            }
            "Enter" if !suggestions.is_empty() && *open => {
                e.prevent_default();
                pick.emit(suggestions[(*active).min(suggestions.len() - 1)]);
            }
            "Escape" => open.set(false),
            _ => {}
        })
    };
    let onblur = {
        let open = open.clone();
        Callback::from(move |_: FocusEvent| {
            // let a click on a suggestion land first
            let open = open.clone();
            gloo::timers::callback::Timeout::new(150, move || open.set(false)).forget();
        })
    };
    let onfocus = {
        let open = open.clone();
        let has = !p.filter.q.trim().is_empty();
        Callback::from(move |_: FocusEvent| open.set(has))
    };
    let onsubmit = {
        let open = open.clone();
        let nav = nav.clone();
        let filter = p.filter.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            open.set(false);
            nav.push(Filter { doc: None, ..filter.clone() });
        })
    };
    let items = suggestions.iter().enumerate().map(|(i, &e)| {
        let ent = &p.model.ix.x.entities[e];
        let n = p.model.ix.entity_docs[e].len();
        let onmousedown = {
            let pick = pick.clone();
            Callback::from(move |ev: MouseEvent| {
                ev.prevent_default();
                pick.emit(e);
            })
        };
        html! {
            <li role="option" id={format!("sugg-{i}")} aria-selected={(i == *active).to_string()}
                class={classes!((i == *active).then_some("active"))} data-entity-id={ent.id.clone()} {onmousedown}>
                { type_badge(ent.ty) }
                <span class="sugg-name">{ &ent.name }</span>
                <span class="sugg-count">{ format!("{n} article{}", if n == 1 { "" } else { "s" }) }</span>
            </li>
        }
    });
    let expanded = !suggestions.is_empty();
    html! {
        <form class="search" role="search" {onsubmit}>
            <label for="search" class="visually-hidden">{"Search articles and entities"}</label>
            <input id="search" type="search" autocomplete="off" spellcheck="false"
                placeholder="Search, e.g. “chinh”" title="Search articles and entities (press / )"
                value={p.filter.q.clone()} {oninput} {onkeydown} {onblur} {onfocus}
                role="combobox" aria-autocomplete="list" aria-controls="suggestions"
                aria-expanded={expanded.to_string()}
                aria-activedescendant={expanded.then(|| format!("sugg-{}", *active))} />
            if expanded {
                <ul id="suggestions" class="suggestions" role="listbox" aria-label="Matching entities">
                    { for items }
                </ul>
            }
        </form>
    }
}

/// Copies the current address (which is the whole view) to the clipboard.
#[function_component(CopyLink)]
pub fn copy_link() -> Html {
    let copied = use_state(|| None::<bool>);
    let onclick = {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let href = gloo::utils::window().location().href().unwrap_or_default();
            let clip = gloo::utils::window().navigator().clipboard();
            let promise = clip.write_text(&href);
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                copied.set(Some(ok));
                let copied = copied.clone();
                gloo::timers::callback::Timeout::new(2500, move || copied.set(None)).forget();
            });
        })
    };
    let label = match *copied {
        Some(true) => "Link copied",
        Some(false) => "Copy failed — use the address bar",
        None => "Copy link",
    };
    html! {
        <button class="copy" type="button" {onclick} aria-live="polite" title="Copy a link to exactly this view">{ label }</button>
    }
}
