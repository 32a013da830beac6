//! Entity type labels. The text of articles with its marks and hits is built as markup by
//! [`crate::markup::marked_text`].

use crate::extract::EType;
use yew::prelude::*;

pub use crate::markup::type_word;

/// The colour-coded type label used in facets, chips and panels (colour is never the only cue:
/// the label is text).
pub fn type_badge(t: EType) -> Html {
    html! { <span class={classes!("badge", format!("b-{}", t.as_str()))}>{ type_word(t) }</span> }
}
