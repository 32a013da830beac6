//! NewsLens: a client-side explorer for collections of news articles.
//!
//! The data flows one way: [`corpus`] (texts → documents) → [`extract`] (documents → entities)
//! → [`index`] (postings, facets, co-occurrence, keyword-in-context) → [`query`] (the view state
//! ⇄ URL, evaluated against the index) → `ui` (Yew views, WASM only). Everything but `ui` is
//! plain Rust with no browser dependency and is tested natively.

pub mod corpus;
pub mod extract;
pub mod index;
pub mod markup;
pub mod query;
pub mod synth;
pub mod text;
pub mod util;

#[cfg(target_arch = "wasm32")]
pub mod ui;
