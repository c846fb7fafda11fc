//! The draft page (`draft/`, a bundle of its own, so the explorer's first load does not grow):
//! paste an article and its publication date, see it as the reader shows a source with each
//! proposed event, the words that date it and each mention marked; keep or drop each event,
//! give it a title, and download the entries as TOML for `seeds/data/`. Everything runs here:
//! no request leaves the page, and it works opened from disk.

mod result;

use crate::data::dataset;
use parley_core::draft::Draft;
use parley_core::Day;
use result::result;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the reader asked for, and what came of it.
#[derive(Clone, PartialEq)]
struct Drafted {
    text: Rc<str>,
    document: String,
    draft: Rc<Draft>,
}

/// The value of the input or text area an event came from.
fn value_of(event: &Event) -> String {
    event
        .target()
        .and_then(|t| {
            t.dyn_ref::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .or_else(|| {
                    t.dyn_ref::<web_sys::HtmlTextAreaElement>()
                        .map(|a| a.value())
                })
        })
        .unwrap_or_default()
}

/// A document id as `documents.toml` wants it: the seed file's name without `.txt`.
fn document_id(name: &str) -> Result<String, String> {
    let name = name.trim().trim_end_matches(".txt");
    let fine = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    match fine {
        true => Ok(name.to_string()),
        false => Err(String::from(
            "The file name takes letters, digits, '-' and '_' only, as in 005_new-article.",
        )),
    }
}

#[component]
pub fn DraftPage() -> Html {
    let text = use_state(String::new);
    let published = use_state(String::new);
    let name = use_state(|| String::from("005_new-article"));
    let drafted = use_state(|| None::<Drafted>);
    let problem = use_state(|| None::<String>);
    let kept = use_state(Vec::<bool>::new);
    let titles = use_state(Vec::<String>::new);

    let on_text = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| text.set(value_of(&e)))
    };
    let on_published = {
        let published = published.clone();
        Callback::from(move |e: Event| published.set(value_of(&e)))
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| name.set(value_of(&e)))
    };
    let on_draft = {
        let (text, published, name) = (text.clone(), published.clone(), name.clone());
        let (drafted, problem) = (drafted.clone(), problem.clone());
        let (kept, titles) = (kept.clone(), titles.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let outcome = Day::parse(&published)
                .map_err(|_| String::from("Give the article's publication date: it dates every weekday and \"last month\" in it."))
                .and_then(|day| document_id(&name).map(|id| (day, id)))
                .and_then(|(day, id)| {
                    Draft::new(&text, day, dataset())
                        .map(|draft| (id, draft))
                        .map_err(|e| format!("Nothing to draft: {e}."))
                });
            match outcome {
                Ok((document, draft)) => {
                    kept.set(vec![true; draft.events.len()]);
                    titles.set(vec![String::new(); draft.events.len()]);
                    drafted.set(Some(Drafted {
                        text: Rc::from(text.as_str()),
                        document,
                        draft: Rc::new(draft),
                    }));
                    problem.set(None);
                }
                // A bad input changes nothing that was drafted before.
                Err(message) => problem.set(Some(message)),
            }
        })
    };

    html! {
        <main id="main" class="draft-page">
            <h1>{ "Draft from a new article" }</h1>
            <p class="lede">{ "Paste an article and give its publication date. Parley proposes its story lines, the actors it names, each event with its sentence and date, and its quotations, checked by the rules the build checks. Keep what is right, give titles, and download the entries for seeds/data/. Nothing leaves this page." }</p>
            <form class="draft-form" onsubmit={on_draft}>
                <label for="article">{ "The article's text, as captured" }</label>
                <textarea id="article" rows="10" value={(*text).clone()} oninput={on_text} />
                <div class="draft-fields">
                    <span>
                        <label for="published">{ "Published" }</label>
                        <input id="published" type="date" value={(*published).clone()} onchange={on_published} />
                    </span>
                    <span>
                        <label for="document">{ "Saved as seeds/…txt" }</label>
                        <input id="document" type="text" value={(*name).clone()} oninput={on_name} />
                    </span>
                    <button type="submit">{ "Draft" }</button>
                </div>
            </form>
            if let Some(message) = &*problem {
                <p class="notice" role="alert">{ message }</p>
            }
            if let Some(drafted) = &*drafted {
                { result(drafted, &kept, &titles) }
            }
        </main>
    }
}
