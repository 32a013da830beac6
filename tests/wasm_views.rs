//! View benchmark in the browser: the real app (release-profile WASM, headless Chromium) on a
//! synthetic corpus of 10,000 articles (`newslens::synth`, as `benches/index.rs`). Prints, per
//! step a reader takes, the time from the click (or keystroke) to the updated DOM — Yew's render
//! plus the DOM changes — and then to the finished layout (a forced reflow). It also prints the
//! filter evaluation alone in WASM, for the same facet toggles the native bench times.
//!
//! Each step checks that the DOM shows what the index says (result count, open panel, open
//! article), so a figure always belongs to a view that really rendered. Nothing about time is
//! asserted. Not part of scripts/test.sh (building the corpus in WASM takes a while);
//! `scripts/bench.sh` runs it:
//!
//! ```text
//! WASM_BINDGEN_TEST_TIMEOUT=900 cargo test --release --target wasm32-unknown-unknown --test wasm_views -- --nocapture
//! ```
//!
//! Compile-time environment: `NEWSLENS_BENCH_DOCS` — number of articles (default 10000).
#![cfg(target_arch = "wasm32")]

use newslens::corpus::Document;
use newslens::extract::extract_corpus;
use newslens::index::Index;
use newslens::query::Filter;
use newslens::synth;
use newslens::ui::{App, AppProps, Model, RESULTS_PAGE};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn now_ms() -> f64 {
    web_sys::window().expect("a window").performance().expect("window.performance").now()
}

fn log(s: &str) {
    web_sys::console::log_1(&s.into());
}

fn document() -> web_sys::Document {
    web_sys::window().expect("a window").document().expect("a document")
}

fn find(selector: &str) -> web_sys::HtmlElement {
    document()
        .query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .dyn_into::<web_sys::HtmlElement>()
        .expect("an HTML element")
}

fn result_count() -> usize {
    find("[data-result-count]").get_attribute("data-result-count").and_then(|v| v.parse().ok()).expect("a count")
}

/// Resolves at the start of the next frame, in its animation-frame callbacks: what runs then
/// (and in the microtasks after it) is drawn in that same frame.
async fn next_frame() {
    let p = wasm_bindgen_futures::js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().expect("a window").request_animation_frame(&resolve).expect("a frame");
    });
    wasm_bindgen_futures::JsFuture::from(p).await.expect("the frame came");
}

/// Resolves once the current frame has been rendered: a message is a task of its own, run after
/// the frame's style, layout (every pass) and paint.
async fn after_frame() {
    let p = wasm_bindgen_futures::js_sys::Promise::new(&mut |resolve, _| {
        let ch = web_sys::MessageChannel::new().expect("a channel");
        ch.port1().set_onmessage(Some(&resolve));
        ch.port2().post_message(&wasm_bindgen::JsValue::NULL).expect("posted");
    });
    wasm_bindgen_futures::JsFuture::from(p).await.expect("the message came");
}

/// Times one step, started at the beginning of a frame: `act` (a click, a keystroke) → Yew has
/// rendered → the first layout is done (forced) → the frame is rendered (the browser's own
/// style, layout and paint, including a second pass when rows with `content-visibility` become
/// visible) → the view is complete: the home view draws a filter change in two frames, the
/// first rows in the first, the other rows and the facets in the next (`data-pending` until
/// then). Returns (render ms, render + layout ms, the first frame ms, complete ms).
async fn step(act: impl FnOnce()) -> (f64, f64, f64, f64) {
    next_frame().await;
    let t0 = now_ms();
    act();
    yew::scheduler::flush().await;
    let t1 = now_ms();
    let _ = document().body().expect("a body").offset_height(); // forces style and layout
    let t2 = now_ms();
    after_frame().await;
    let t3 = now_ms();
    while document().query_selector("[data-pending]").ok().flatten().is_some() {
        next_frame().await;
        after_frame().await;
    }
    let t4 = now_ms();
    (t1 - t0, t2 - t0, t3 - t0, t4 - t0)
}

struct Figures(Vec<(String, f64, f64, f64, f64)>);

impl Figures {
    fn add(&mut self, what: &str, (render, layout, frame, complete): (f64, f64, f64, f64)) {
        log(&format!(
            "  {what:<58} render {render:6.1} ms · with layout {layout:6.1} ms · frame {frame:6.1} ms · complete {complete:6.1} ms"
        ));
        self.0.push((what.to_string(), render, layout, frame, complete));
    }
}

#[wasm_bindgen_test]
async fn view_render_times() {
    let n: usize = option_env!("NEWSLENS_BENCH_DOCS").and_then(|v| v.parse().ok()).unwrap_or(10_000);
    let t = now_ms();
    let raw = synth::corpus(n, 7);
    let docs: Vec<Document> = raw.iter().map(|(f, t)| Document::from_text(f, t)).collect();
    let x = extract_corpus(&docs);
    let t_extract = now_ms() - t;
    let t = now_ms();
    let ix = Index::build(docs, x);
    let t_build = now_ms() - t;
    let bytes: usize = raw.iter().map(|(_, t)| t.len()).sum();
    log(&format!(
        "wasm views: {n} articles, {:.1} MB, {} entities; clean + extract {:.0} ms, index build {:.0} ms",
        bytes as f64 / 1e6,
        ix.x.entities.len(),
        t_extract,
        t_build
    ));

    // filter evaluation alone, the toggles of benches/index.rs
    let all = ix.evaluate(&Filter::default());
    let mut toggles: Vec<(usize, String)> = Vec::new();
    for (_, items) in all.facets.iter().take(3) {
        toggles.extend(items.iter().take(5).map(|(e, _)| (*e, ix.x.entities[*e].id.clone())));
    }
    let mut times = Vec::new();
    for (_, id) in &toggles {
        let f = Filter { e: vec![id.clone()], ..Filter::default() };
        let mut best = f64::MAX;
        for _ in 0..5 {
            let t = now_ms();
            let r = ix.evaluate(&f);
            best = best.min(now_ms() - t);
            assert!(!r.docs.is_empty());
        }
        times.push(best);
    }
    log(&format!(
        "wasm facet toggle (one entity, results + all facets): mean {:.2} ms, worst {:.2} ms over {} toggles (target ≤ 2 ms; timer resolution 0.1 ms)",
        times.iter().sum::<f64>() / times.len() as f64,
        times.iter().cloned().fold(0.0, f64::max),
        times.len()
    ));

    // the computation behind a search keystroke, without the DOM: results and facets, the
    // suggestions, and the search hits of one page of rows
    for q in ["chi", "chin", "chinh"] {
        let f = Filter { q: q.into(), ..Filter::default() };
        let best = |run: &dyn Fn()| {
            (0..5).fold(f64::MAX, |b, _| {
                let t = now_ms();
                run();
                b.min(now_ms() - t)
            })
        };
        let r = ix.evaluate(&f);
        let t_eval = best(&|| {
            ix.evaluate(&f);
        });
        let t_suggest = best(&|| {
            ix.suggest(q, 8);
        });
        let t_hits = best(&|| {
            for &(d, _) in r.docs.iter().take(RESULTS_PAGE) {
                ix.first_text_hits(d, q);
            }
        });
        log(&format!(
            "wasm search \"{q}\" without the DOM: results + facets {t_eval:.2} ms, suggestions {t_suggest:.2} ms, hits of {RESULTS_PAGE} rows {t_hits:.2} ms ({} articles)",
            r.docs.len()
        ));
    }

    // the app reads its view from the URL: start from the plain page (a runner may reuse a tab)
    let w = web_sys::window().expect("a window");
    let path = w.location().pathname().expect("a path") + &w.location().hash().unwrap_or_default();
    w.history().expect("history").replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path)).expect("reset");
    // the app itself, with its style sheet, mounted on a fresh element
    let style = document().create_element("style").expect("a style element");
    style.set_text_content(Some(include_str!("../static/style.css")));
    document().head().expect("a head").append_child(&style).expect("appended");
    let model = Rc::new(Model { ix, startup_ms: 0.0 });
    let root = document().create_element("div").expect("a div");
    document().body().expect("a body").append_child(&root).expect("appended");
    let mut figs = Figures(Vec::new());
    let (vw, vh) = (
        w.inner_width().ok().and_then(|v| v.as_f64()).unwrap_or(0.0),
        w.inner_height().ok().and_then(|v| v.as_f64()).unwrap_or(0.0),
    );
    log(&format!(
        "wasm views: from the action to the updated DOM ({RESULTS_PAGE} results per page; viewport {vw}×{vh} px):"
    ));
    let m = model.clone();
    let mount = step(move || {
        yew::Renderer::<App>::with_root_and_props(root, AppProps { model: m }).render();
    })
    .await;
    figs.add(&format!("first render of all {n} articles (newest first)"), mount);
    assert_eq!(result_count(), n);
    assert_eq!(document().query_selector_all(".results .result").expect("rows").length() as usize, RESULTS_PAGE);

    let ix = &model.ix;
    for (i, (e, id)) in toggles.iter().enumerate() {
        let want = ix.entity_docs[*e].len();
        let sel = format!(".facet-item [data-entity-id=\"{id}\"]");
        let link = find(&sel).parent_element().expect("its link").dyn_into::<web_sys::HtmlElement>().expect("a link");
        let t = step(move || link.click()).await;
        figs.add(&format!("facet toggle {}: {} ({want} articles)", i + 1, ix.x.entities[*e].name), t);
        assert_eq!(result_count(), want, "after clicking {id}");
        let brand = find("a.brand");
        let t = step(move || brand.click()).await;
        figs.add("back to all articles (brand link)", t);
        assert_eq!(result_count(), n);
    }

    // two entities: click a second facet while the first is selected
    let (e1, id1) = &toggles[0];
    let (e2, id2) = &toggles[5];
    let first = find(&format!(".facet-item [data-entity-id=\"{id1}\"]")).parent_element().expect("link");
    step(move || first.dyn_into::<web_sys::HtmlElement>().expect("a link").click()).await;
    let second = find(&format!(".facet-item [data-entity-id=\"{id2}\"]")).parent_element().expect("link");
    let t = step(move || second.dyn_into::<web_sys::HtmlElement>().expect("a link").click()).await;
    let want = ix.entity_docs[*e1].iter().filter(|d| ix.entity_docs[*e2].binary_search(d).is_ok()).count();
    figs.add(&format!("second entity (AND): {want} articles"), t);
    assert_eq!(result_count(), want);

    // typing a search, one keystroke at a time (replaceState, suggestions open)
    let brand = find("a.brand");
    step(move || brand.click()).await;
    let input = find("#search").dyn_into::<web_sys::HtmlInputElement>().expect("the search box");
    let mut typed = String::new();
    for c in "chinh".chars() {
        typed.push(c);
        let input = input.clone();
        let value = typed.clone();
        let t = step(move || {
            input.set_value(&value);
            let init = web_sys::InputEventInit::new();
            init.set_bubbles(true);
            let ev = web_sys::InputEvent::new_with_event_init_dict("input", &init).expect("an input event");
            input.dispatch_event(&ev).expect("dispatched");
        })
        .await;
        let want = ix.evaluate(&Filter { q: typed.clone(), ..Filter::default() }).docs.len();
        figs.add(&format!("keystroke: search {typed:?} ({want} articles)"), t);
        assert_eq!(result_count(), want);
    }

    // "Show more", the entity panel of the most mentioned entity, an article
    let brand = find("a.brand");
    step(move || brand.click()).await;
    let more = find("button.more");
    let t = step(move || more.click()).await;
    figs.add(&format!("show more ({RESULTS_PAGE} → {} rows)", 2 * RESULTS_PAGE), t);
    assert_eq!(document().query_selector_all(".results .result").expect("rows").length() as usize, 2 * RESULTS_PAGE);
    let (e, id) = &toggles[0];
    let open = find(&format!(".facet-item [data-entity-id=\"{id}\"]"))
        .closest(".facet-row, li")
        .ok()
        .flatten()
        .and_then(|li| li.query_selector(".facet-open").ok().flatten())
        .expect("the panel link")
        .dyn_into::<web_sys::HtmlElement>()
        .expect("a link");
    let t = step(move || open.click()).await;
    figs.add(
        &format!(
            "entity panel: {} ({} mentions in {} articles)",
            ix.x.entities[*e].name,
            ix.mentions[*e].len(),
            ix.entity_docs[*e].len()
        ),
        t,
    );
    assert_eq!(find("[data-open-entity]").get_attribute("data-open-entity").as_deref(), Some(id.as_str()));
    let close = find(".panel-close");
    step(move || close.click()).await;
    let title = find(".results .result-title a");
    let t = step(move || title.click()).await;
    figs.add("open an article (reader with highlights)", t);
    assert!(document().query_selector("[data-open-doc], .reader").ok().flatten().is_some(), "the reader is open");

    let worst = figs.0.iter().skip(1).map(|f| f.3).fold(0.0, f64::max);
    let toggles: Vec<(f64, f64, f64)> =
        figs.0.iter().filter(|f| f.0.starts_with("facet toggle")).map(|f| (f.2, f.3, f.4)).collect();
    let mean = |v: &dyn Fn(&(f64, f64, f64)) -> f64| toggles.iter().map(v).sum::<f64>() / toggles.len() as f64;
    let max = |v: &dyn Fn(&(f64, f64, f64)) -> f64| toggles.iter().map(v).fold(0.0, f64::max);
    log(&format!(
        "wasm views: facet toggle render + layout mean {:.1} ms, worst {:.1} ms; first frame mean {:.1} ms, worst {:.1} ms (target ≤ 16 ms); complete mean {:.1} ms, worst {:.1} ms; worst step overall (first frame) {:.1} ms",
        mean(&|t| t.0),
        max(&|t| t.0),
        mean(&|t| t.1),
        max(&|t| t.1),
        mean(&|t| t.2),
        max(&|t| t.2),
        worst
    ));
}
