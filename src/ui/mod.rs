//! Yew views (WASM only). Thin: they render what `index`/`query` return and turn user actions
//! into a new [`Filter`], which [`nav`] writes to the URL. The URL is the only view state.

mod entity;
mod home;
mod marks;
mod nav;
mod reader;
mod search;

/// Result rows per page of the home view.
pub use home::PAGE as RESULTS_PAGE;

use crate::corpus;
use crate::extract::extract_corpus;
use crate::index::Index;
use crate::query::{Filter, Notice};
use gloo::events::EventListener;
use nav::Navigator;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Everything computed once at start-up: the corpus, its extraction and the index.
pub struct Model {
    pub ix: Index,
    /// Milliseconds spent cleaning, extracting and indexing at start-up.
    pub startup_ms: f64,
}

impl PartialEq for Model {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// Runs `f` once the next frame has been drawn: a task queued from an animation-frame callback
/// runs after that frame's style, layout and paint.
/// (Boxed: one compiled instance for every caller.)
fn after_paint(f: Box<dyn FnOnce()>) {
    let cb = wasm_bindgen::closure::Closure::once_into_js(move || gloo::timers::callback::Timeout::new(0, f).forget());
    let _ = gloo::utils::window().request_animation_frame(cb.unchecked_ref());
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

impl Model {
    /// The bundled corpus: cleaned, extracted and indexed here, in the browser.
    pub fn load() -> Model {
        let t0 = now();
        let docs = corpus::bundled();
        let x = extract_corpus(&docs);
        let ix = Index::build(docs, x);
        nav::perf_mark("newslens-processed");
        Model { ix, startup_ms: now() - t0 }
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The model to show: the bundled corpus ([`start`]), or the view benchmark's synthetic one
    /// (tests/wasm_views.rs).
    pub model: Rc<Model>,
}

/// Problems with the current URL's references (unknown article or entity ids).
fn reference_notices(m: &Model, f: &Filter) -> Vec<Notice> {
    let mut n = Vec::new();
    if let Some(id) = &f.doc {
        if m.ix.doc(id).is_none() {
            n.push(Notice(format!("There is no article “{id}” in this collection; showing the article list instead.")));
        }
    }
    if let Some(id) = &f.ent {
        if m.ix.entity(id).is_none() {
            n.push(Notice(format!("No entity “{id}” was found in these articles.")));
        }
    }
    for id in &f.e {
        if m.ix.entity(id).is_none() {
            n.push(Notice(format!("The link asks for articles mentioning “{id}”, which no article here mentions.")));
        }
    }
    n
}

/// The view of the current URL, with older entity ids made current (the address bar is
/// rewritten to match, so that a link copied from it carries the current ids).
fn read_route(m: &Model) -> (Filter, Vec<Notice>) {
    let (mut f, notices) = nav::read_location();
    if m.ix.current_ids(&mut f) {
        nav::rewrite(&f);
    }
    (f, notices)
}

#[function_component(App)]
pub fn app(p: &AppProps) -> Html {
    let model = p.model.clone();
    let route = {
        let model = model.clone();
        use_state(move || read_route(&model))
    };
    let dismissed = use_state_eq(|| false);

    {
        let route = route.clone();
        let dismissed = dismissed.clone();
        let model = model.clone();
        use_effect_with((), move |_| {
            let listener = nav::on_popstate(move || {
                dismissed.set(false);
                route.set(read_route(&model));
            });
            move || drop(listener)
        });
    }
    let navigator = {
        let route = route.clone();
        Navigator::new(Callback::from(move |f: Filter| route.set((f, Vec::new()))))
    };
    let (filter, link_notices) = &*route;
    {
        // one click handler for every plain view link (`<a href data-nav>`, crate::markup) on the page
        let nav = navigator.clone();
        use_effect_with((), move |_| {
            let listener = nav::on_link_click(nav);
            move || drop(listener)
        });
    }

    // Keyboard: "/" focuses the search box; Esc closes the entity panel, then the article,
    // then clears the search.
    {
        let nav = navigator.clone();
        let filter = filter.clone();
        use_effect_with(filter.clone(), move |_| {
            let doc = gloo::utils::document();
            // not passive: "/" must not also be typed into the box it focuses
            let opts = gloo::events::EventListenerOptions::enable_prevent_default();
            let listener = EventListener::new_with_options(&doc, "keydown", opts, move |e| {
                let Some(e) = e.dyn_ref::<KeyboardEvent>() else { return };
                let in_field = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
                if e.key() == "/" && !in_field {
                    e.prevent_default();
                    search::focus();
                } else if (e.key() == "ArrowDown" || e.key() == "ArrowUp") && !in_field && filter.doc.is_none() {
                    // move through the result list; Enter on the focused title opens it
                    if move_result_focus(e.key() == "ArrowDown") {
                        e.prevent_default();
                    }
                } else if e.key() == "Escape" {
                    let mut f = filter.clone();
                    if f.ent.is_some() {
                        f.ent = None;
                    } else if f.doc.is_some() && !in_field {
                        f.doc = None;
                    } else if !f.q.is_empty() {
                        f.q.clear();
                    } else {
                        return;
                    }
                    nav.push(f);
                }
            });
            move || drop(listener)
        });
    }

    let mut notices: Vec<Notice> = link_notices.clone();
    notices.extend(reference_notices(&model, filter));
    use_effect(nav::mark_ready);

    let on_dismiss = {
        let dismissed = dismissed.clone();
        Callback::from(move |_| dismissed.set(true))
    };
    let open_doc = filter.doc.as_deref().and_then(|id| model.ix.doc(id));
    let open_ent = filter.ent.as_deref().and_then(|id| model.ix.entity(id));

    html! {
        <ContextProvider<Navigator> context={navigator}>
            <header class="topbar">
                <nav::Link to={Filter::default()} class="brand" title="NewsLens — all articles">{"NewsLens"}</nav::Link>
                <search::SearchBox model={Rc::clone(&model)} filter={filter.clone()} />
                <search::CopyLink />
            </header>
            if !notices.is_empty() && !*dismissed {
                { notices_box(&notices, &on_dismiss) }
            }
            <div class={classes!("layout", open_ent.is_some().then_some("with-panel"))}>
                <main id="main">
                    if let Some(d) = open_doc {
                        <reader::Reader model={Rc::clone(&model)} doc={d} filter={filter.clone()} />
                    } else {
                        <home::Home model={Rc::clone(&model)} filter={filter.clone()} />
                    }
                </main>
                if let Some(e) = open_ent {
                    <entity::EntityPanel model={Rc::clone(&model)} entity={e} filter={filter.clone()} />
                }
            </div>
            <footer class="footer">
                { format!("{} articles · {} entities · processed in your browser in {} ms. Nothing you open or type leaves this page.",
                    model.ix.docs.len(), model.ix.x.entities.len(), model.startup_ms.round() as u64) }
            </footer>
        </ContextProvider<Navigator>>
    }
}

/// Focuses the next (or previous) result title link; true when the focus moved.
fn move_result_focus(down: bool) -> bool {
    let doc = gloo::utils::document();
    let Ok(links) = doc.query_selector_all(".results .result-title a") else { return false };
    let n = links.length();
    if n == 0 {
        return false;
    }
    let active = doc.active_element();
    let current =
        (0..n).find(|&i| links.item(i).and_then(|l| l.dyn_into::<web_sys::Element>().ok()).as_ref() == active.as_ref());
    let next = match (current, down) {
        (None, true) => 0,
        (None, false) => n - 1,
        (Some(i), true) => (i + 1).min(n - 1),
        (Some(i), false) => i.saturating_sub(1),
    };
    match links.item(next).and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(el) => el.focus().is_ok(),
        None => false,
    }
}

/// Ignored link parameters and unknown references: visible, dismissible, never blocking.
/// (A plain function: a component type of its own would cost the WASM its compiled lifecycle.)
fn notices_box(notices: &[Notice], on_dismiss: &Callback<()>) -> Html {
    let onclick = on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notice" role="status" data-notice="true">
            <ul>{ for notices.iter().map(|n| html!{ <li>{ &n.0 }</li> }) }</ul>
            <button class="notice-close" aria-label="Dismiss this notice" {onclick}>{"×"}</button>
        </div>
    }
}

/// Processes the bundled corpus, then mounts the app on `<body>`.
///
/// The corpus is processed before Yew's scheduler starts, not in the first render: the
/// scheduler yields to the browser once a run of work passes 16 ms, and with the processing
/// inside the first render it did, so the first view's effects (`data-ready`) waited for a
/// frame and a timer (~100–180 ms in the start-up test).
pub fn start() {
    nav::perf_mark("newslens-start");
    let model = Rc::new(Model::load());
    yew::Renderer::<App>::with_props(AppProps { model }).render();
    // (after Yew's renderer, which installs its own hook: it only logs to the console)
    std::panic::set_hook(Box::new(|info| show_fatal(&info.to_string())));
}

/// A panic is a bug; should one happen, the page says so instead of freezing unexplained (the
/// WASM stops after the hook: panic = "abort"). The address bar still holds the view.
fn show_fatal(what: &str) {
    web_sys::console::error_1(&format!("NewsLens stopped: {what}").into());
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let (Ok(el), Some(body)) = (doc.create_element("div"), doc.body()) else { return };
    el.set_class_name("notice");
    let _ = el.set_attribute("role", "alert");
    let _ = el.set_attribute("data-fatal", "true");
    el.set_text_content(Some(
        "NewsLens hit an internal error and stopped. Reload the page to start again: the link in the \
         address bar keeps your view. (The details are in the browser's console.)",
    ));
    let _ = body.prepend_with_node_1(&el);
}
