//! The URL is the view state: reading it, writing it (pushState / replaceState), links that
//! work with middle-click and "open in new tab", and the popstate listener for back/forward.

use crate::query::{Filter, Notice};
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn window() -> web_sys::Window {
    web_sys::window().expect("a browser window")
}

/// Parses the current `location.search`.
pub fn read_location() -> (Filter, Vec<Notice>) {
    let search = window().location().search().unwrap_or_default();
    Filter::from_query(&search)
}

/// Rewrites the address bar to `f`'s URL (replaceState, keeping the `#fragment`), without a
/// re-render: for a view read from a link whose spelling was not the canonical one.
pub fn rewrite(f: &Filter) {
    let hash = window().location().hash().unwrap_or_default();
    if let Ok(h) = window().history() {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&(href(f) + &hash)));
    }
}

/// The URL (relative to the page) of a view: the path of the current page plus the canonical
/// query. Relative, so the site works under any sub-path.
pub fn href(f: &Filter) -> String {
    let q = f.to_query();
    if q.is_empty() {
        let path = window().location().pathname().unwrap_or_default();
        let last = path.rsplit('/').next().unwrap_or("");
        if last.is_empty() {
            "./".to_string()
        } else {
            last.to_string()
        }
    } else {
        q
    }
}

/// Changes the view: writes the URL (push = a new history entry) and re-renders.
#[derive(Clone)]
pub struct Navigator {
    set: Callback<Filter>,
}

impl PartialEq for Navigator {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Navigator {
    pub fn new(set: Callback<Filter>) -> Navigator {
        Navigator { set }
    }

    /// A deliberate step (click): a new history entry.
    pub fn push(&self, f: Filter) {
        self.push_at(f, "");
    }

    /// Like `push`, with a `#fragment` naming a spot in the page (a mention in the reader).
    pub fn push_at(&self, f: Filter, anchor: &str) {
        self.write(&f, true, anchor);
        self.set.emit(f);
    }

    /// A transient change (typing): replaces the current entry.
    pub fn replace(&self, f: Filter) {
        self.write(&f, false, "");
        self.set.emit(f);
    }

    fn write(&self, f: &Filter, push: bool, anchor: &str) {
        let url = href(f) + anchor;
        if let Ok(h) = window().history() {
            let r = if push {
                h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            } else {
                h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            };
            if r.is_err() {
                web_sys::console::warn_1(&"NewsLens: could not update the address bar".into());
            }
        }
    }
}

pub fn on_popstate(f: impl Fn() + 'static) -> EventListener {
    EventListener::new(&window(), "popstate", move |_| f())
}

/// Sets `data-ready="true"` on the document element.
pub fn mark_ready() {
    if let Some(el) = window().document().and_then(|d| d.document_element()) {
        if el.get_attribute("data-ready").is_none() {
            perf_mark("newslens-ready");
        }
        let _ = el.set_attribute("data-ready", "true");
    }
}

/// A `performance.mark` (start-up phases, read by the browser suite's start-up figure).
pub fn perf_mark(name: &str) {
    if let Some(p) = window().performance() {
        let _ = p.mark(name);
    }
}

/// The page-wide handler of plain view links (`<a href data-nav>`, see [`crate::markup`]): a plain left click navigates in place (push);
/// modified clicks (new tab, new window) are left to the browser.
pub fn on_link_click(nav: Navigator) -> EventListener {
    // not passive: it must be able to cancel the browser's own navigation
    let opts = gloo::events::EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&gloo::utils::document(), "click", opts, move |e| {
        let Some(e) = e.dyn_ref::<web_sys::MouseEvent>() else { return };
        if e.default_prevented() || e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
            return;
        }
        let Some(link) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[data-nav]").ok().flatten())
        else {
            return;
        };
        let Some(url) = link.get_attribute("href") else { return };
        e.prevent_default();
        let (path, anchor) = url.split_once('#').map_or((url.as_str(), ""), |(p, a)| (p, a));
        let query = path.split_once('?').map_or("", |(_, q)| q);
        let (f, _) = Filter::from_query(query);
        let anchor = if anchor.is_empty() { String::new() } else { format!("#{anchor}") };
        nav.push_at(f, &anchor);
    })
}

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: Filter,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub children: Html,
    #[prop_or_default]
    pub title: Option<AttrValue>,
    /// A `#fragment` appended to the link (a spot in the reader).
    #[prop_or_default]
    pub anchor: Option<String>,
}

/// An `<a href>` to a view: a plain click navigates in place, modified clicks (new tab,
/// new window) are left to the browser.
#[function_component(Link)]
pub fn link(props: &LinkProps) -> Html {
    let nav = use_context::<Navigator>().expect("Navigator context");
    let to = props.to.clone();
    let anchor = props.anchor.clone().unwrap_or_default();
    let url = href(&props.to) + &anchor;
    let onclick = Callback::from(move |e: MouseEvent| {
        if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
            return;
        }
        e.prevent_default();
        nav.push_at(to.clone(), &anchor);
    });
    html! {
        <a href={url} class={props.class.clone()} title={props.title.clone()} {onclick}>
            { props.children.clone() }
        </a>
    }
}
