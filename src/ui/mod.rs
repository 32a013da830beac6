//! Yew views (WASM only). Thin: they render what `query`/`index` return and turn user actions
//! into a new [`Filter`], which [`nav`] writes to the URL. The URL is the only view state.

mod nav;
mod views;

use crate::corpus::{self, Document};
use crate::query::{Filter, Notice};
use nav::Navigator;
use std::rc::Rc;
use yew::prelude::*;

/// Everything computed once at start-up from the bundled corpus.
pub struct Model {
    pub docs: Vec<Document>,
    /// Document indices, newest first (unknown dates last, then by id).
    pub by_date: Vec<usize>,
}

impl Model {
    pub fn load() -> Model {
        let docs = corpus::bundled();
        let mut by_date: Vec<usize> = (0..docs.len()).collect();
        by_date.sort_by(|&a, &b| {
            let (da, db) = (&docs[a].date, &docs[b].date);
            db.is_some().cmp(&da.is_some()).then(db.cmp(da)).then(docs[a].id.cmp(&docs[b].id))
        });
        Model { docs, by_date }
    }

    pub fn doc(&self, id: &str) -> Option<&Document> {
        self.docs.iter().find(|d| d.id == id)
    }
}

impl PartialEq for Model {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let model = use_memo((), |_| Model::load());
    let route = use_state(nav::read_location);
    let dismissed = use_state(|| false);

    // Back/forward: re-read the URL.
    {
        let route = route.clone();
        let dismissed = dismissed.clone();
        use_effect_with((), move |_| {
            let listener = nav::on_popstate(move || {
                dismissed.set(false);
                route.set(nav::read_location());
            });
            move || drop(listener)
        });
    }

    let navigator = {
        let route = route.clone();
        Navigator::new(Callback::from(move |f: Filter| route.set((f, Vec::new()))))
    };

    let (filter, link_notices) = &*route;
    let mut notices: Vec<Notice> = link_notices.clone();
    if let Some(id) = &filter.doc {
        if model.doc(id).is_none() {
            notices
                .push(Notice(format!("There is no article “{id}” in this collection; showing all articles instead.")));
        }
    }

    // The page is ready once the corpus is processed and this view is in the DOM.
    use_effect(nav::mark_ready);

    let on_dismiss = {
        let dismissed = dismissed.clone();
        Callback::from(move |_| dismissed.set(true))
    };
    let open_doc = filter.doc.as_deref().and_then(|id| model.doc(id));

    html! {
        <ContextProvider<Navigator> context={navigator}>
            <header class="topbar">
                <nav::Link to={Filter::default()} class="brand">{"NewsLens"}</nav::Link>
                <span class="tagline">{format!("{} articles · Vietnam–Laos relations", model.docs.len())}</span>
            </header>
            if !notices.is_empty() && !*dismissed {
                <views::Notices notices={notices} on_dismiss={on_dismiss} />
            }
            <main id="main">
                if let Some(doc) = open_doc {
                    <views::Reader model={Rc::clone(&model)} doc_id={doc.id.clone()} filter={filter.clone()} />
                } else {
                    <views::Home model={Rc::clone(&model)} filter={filter.clone()} />
                }
            </main>
            <footer class="footer">
                {"Runs entirely in your browser: nothing you open or type leaves this page."}
            </footer>
        </ContextProvider<Navigator>>
    }
}

/// Mounts the app on `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
