//! Component tests in headless Chromium (wasm-bindgen-test): pieces of the UI mounted on their
//! own, checked through the DOM they render.
#![cfg(target_arch = "wasm32")]

use parley::components::{DateWithBasis, DateWithBasisProps, EventCard, Notices, NoticesProps};
use parley::data::{corpus, dataset};
use parley_core::view::Corpus;
use parley_core::{EventIx, Precision};
use std::time::Duration;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount() -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
}

#[derive(Properties, PartialEq)]
struct CardProps {
    corpus: Corpus<'static>,
    index: EventIx,
}

/// A card inside the corpus it is given, as the app provides one.
#[component]
fn CardIn(props: &CardProps) -> Html {
    html! {
        <ContextProvider<Corpus<'static>> context={props.corpus}>
            <EventCard index={props.index} />
        </ContextProvider<Corpus<'static>>>
    }
}

#[wasm_bindgen_test]
async fn event_card_shows_the_corpus_it_is_given() {
    let index = dataset().event_index("2026-02-01-abu-dhabi-round").unwrap();
    let mut other = dataset().clone();
    let event = other
        .events
        .iter_mut()
        .find(|e| e.id == "2026-02-01-abu-dhabi-round");
    event.unwrap().title.en = String::from("A title only this corpus has");
    let other: &'static _ = Box::leak(Box::new(other));
    let root = mount();
    let props = CardProps {
        corpus: Corpus {
            data: other,
            ..corpus()
        },
        index,
    };
    yew::Renderer::<CardIn>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("A title only this corpus has"), "{text}");
}

#[wasm_bindgen_test]
async fn event_card_shows_date_status_participants_and_sources() {
    let data = dataset();
    let index = data
        .event_index("2026-02-01-abu-dhabi-round")
        .expect("the planned Abu Dhabi round");
    let root = mount();
    let props = CardProps {
        corpus: corpus(),
        index,
    };
    yew::Renderer::<CardIn>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let article = root
        .query_selector("article[data-event-id='2026-02-01-abu-dhabi-round']")
        .unwrap()
        .expect("an article per event");
    let time = article.query_selector(".meta .date time").unwrap().unwrap();
    assert_eq!(
        time.get_attribute("datetime").as_deref(),
        Some("2026-02-01")
    );
    let status = article
        .query_selector(".status")
        .unwrap()
        .expect("a non-held status is shown");
    assert_eq!(status.text_content().as_deref(), Some("Planned"));
    let participants = article.query_selector_all(".participants a").unwrap();
    assert_eq!(participants.length(), 2);
    let citation = article
        .query_selector(".citation blockquote")
        .unwrap()
        .unwrap();
    assert_eq!(
        citation.text_content().unwrap(),
        data.events[index].sources[0].excerpt
    );
    let link = article.query_selector("a.in-context").unwrap().unwrap();
    assert!(link
        .get_attribute("href")
        .unwrap()
        .starts_with("sources/001_50a5bdb0d08203b4/?at="));
}

#[wasm_bindgen_test]
async fn vague_dates_show_their_range_and_precision() {
    let date = dataset()
        .event("2025-12-01-witkoff-putin-moscow")
        .unwrap()
        .date
        .clone();
    assert_eq!(date.precision, Precision::Week);
    let root = mount();
    yew::Renderer::<DateWithBasis>::with_root_and_props(root.clone(), DateWithBasisProps { date })
        .render();
    settle().await;
    let time = root.query_selector("time").unwrap().unwrap();
    assert_eq!(
        time.get_attribute("datetime").as_deref(),
        Some("2025-12-01/2025-12-05")
    );
    assert_eq!(time.text_content().as_deref(), Some("Dec 1–5, 2025"));
    assert_eq!(
        root.query_selector(".precision")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some("within a week")
    );
    assert!(root
        .query_selector(".basis p")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
        .contains("earlier in the week"));
}

#[wasm_bindgen_test]
async fn notices_render_markup_as_text() {
    let root = mount();
    let notices = vec!["Ignored actor '<img src=x onerror=alert(1)>': no such actor.".to_string()];
    yew::Renderer::<Notices>::with_root_and_props(root.clone(), NoticesProps { notices }).render();
    settle().await;
    assert!(
        root.query_selector("img").unwrap().is_none(),
        "markup in a notice must stay text"
    );
    assert!(root.text_content().unwrap().contains("<img src=x"));
    assert!(root.query_selector("[role=status]").unwrap().is_some());
}
