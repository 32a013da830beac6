//! The pages: notices, the article list (home) and the reader.

use super::nav::Link;
use super::Model;
use crate::corpus::{human_date, Document};
use crate::query::{Filter, Notice};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub on_dismiss: Callback<()>,
}

/// Ignored link parameters and load problems: visible, dismissible, never blocking.
#[function_component(Notices)]
pub fn notices(p: &NoticesProps) -> Html {
    let onclick = p.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notice" role="status" data-notice="true">
            <ul>{ for p.notices.iter().map(|n| html!{ <li>{ &n.0 }</li> }) }</ul>
            <button class="notice-close" aria-label="Dismiss notice" {onclick}>{"×"}</button>
        </div>
    }
}

fn meta_line(d: &Document) -> Html {
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
pub struct PageProps {
    pub model: Rc<Model>,
    pub filter: Filter,
}

#[function_component(Home)]
pub fn home(p: &PageProps) -> Html {
    let m = &p.model;
    let rows = m.by_date.iter().map(|&i| {
        let d = &m.docs[i];
        let to = Filter { doc: Some(d.id.clone()), ..p.filter.clone() };
        html! {
            <li class="result" data-doc-id={d.id.clone()}>
                <h2 class="result-title"><Link to={to}>{ &d.title }</Link></h2>
                { meta_line(d) }
                <p class="lead">{ d.lead(220) }</p>
            </li>
        }
    });
    html! {
        <section class="home" aria-label="Articles">
            <p class="count" data-result-count={m.docs.len().to_string()}>
                { format!("{} articles, newest first", m.docs.len()) }
            </p>
            <ol class="results">{ for rows }</ol>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub model: Rc<Model>,
    pub doc_id: String,
    pub filter: Filter,
}

#[function_component(Reader)]
pub fn reader(p: &ReaderProps) -> Html {
    let Some(d) = p.model.doc(&p.doc_id) else {
        return html! {};
    };
    let back = Filter { doc: None, ..p.filter.clone() };
    let paras = d.paragraphs.iter().map(|para| {
        let text = d.para_text(para).to_string();
        if para.caption {
            html! { <p class="caption">{ text }</p> }
        } else {
            html! { <p>{ text }</p> }
        }
    });
    html! {
        <article class="reader" data-open-doc={d.id.clone()}>
            <Link to={back} class="back">{"← All articles"}</Link>
            <h1>{ &d.title }</h1>
            if d.title_derived {
                <p class="hint">{"This text has no headline; the title above is taken from its first sentence."}</p>
            }
            { meta_line(d) }
            if !d.curated.is_empty() {
                <p class="hint">{ for d.curated.iter().map(|c| html!{ <span class="curated">{ format!("Curated {c}") }</span> }) }</p>
            }
            <div class="body">{ for paras }</div>
            <p class="file">{ format!("File: {}", d.file) }</p>
        </article>
    }
}
