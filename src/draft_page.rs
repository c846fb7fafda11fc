//! The draft page (`draft/`, a bundle of its own, so the explorer's first load does not grow):
//! paste an article and its publication date, see it as the reader shows a source with each
//! proposed event, the words that date it and each mention marked; keep or drop each event,
//! give it a title, and download the entries as TOML for `seeds/data/`. Everything runs here:
//! no request leaves the page, and it works opened from disk.

use crate::data::dataset;
use parley_core::draft::reading::{reading, Piece};
use parley_core::draft::{toml, Draft, DraftEvent};
use parley_core::i18n::Lang;
use parley_core::Day;
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

fn result(
    drafted: &Drafted,
    kept: &UseStateHandle<Vec<bool>>,
    titles: &UseStateHandle<Vec<String>>,
) -> Html {
    let draft = &drafted.draft;
    let lines = reading(&drafted.text, draft);
    let download = {
        let (drafted, kept, titles) = (drafted.clone(), kept.clone(), titles.clone());
        Callback::from(move |_: MouseEvent| {
            let mut chosen = drafted.draft.keeping(&kept);
            // Titles follow the kept events: match them by id.
            for event in &mut chosen.events {
                let n = drafted.draft.events.iter().position(|e| e.id == event.id);
                event.title = n.and_then(|n| titles.get(n)).cloned();
            }
            let written = toml::write(&chosen, &drafted.text, &drafted.document, dataset());
            let file = format!("{}.toml", drafted.document);
            if let Err(e) = crate::download::text(&written, &file, "application/toml") {
                web_sys::console::error_2(&"Parley: the download failed".into(), &e);
            }
        })
    };
    let kept_count = kept.iter().filter(|k| **k).count();
    html! {
        <>
            <section class="draft-result" aria-labelledby="events-h">
                <h2 id="events-h">{ format!("Proposed events ({} of {} kept)", kept_count, draft.events.len()) }</h2>
                <ol class="draft-events">
                    { for draft.events.iter().enumerate().map(|(n, event)| event_card(n, event, &drafted.text, kept, titles)) }
                </ol>
                <p><button type="button" class="download-toml" onclick={download}>{ "Download TOML" }</button></p>
                if !draft.actors.is_empty() {
                    <h2>{ "People the dataset does not know yet" }</h2>
                    <ul class="draft-actors">
                        { for draft.actors.iter().map(|a| html! {
                            <li><strong>{ &a.name }</strong>{ format!(" ({}), id {}", a.role, a.id) }</li>
                        }) }
                    </ul>
                }
                if !draft.quotes.is_empty() {
                    <h2>{ "Quotations" }</h2>
                    <ul class="draft-quotes">
                        { for draft.quotes.iter().map(|q| html! {
                            <li>
                                <q>{ q.text.slice(&drafted.text) }</q>
                                { format!(" — {}{}", q.speaker.as_deref().unwrap_or("speaker unknown"), q.medium.as_deref().map(|m| format!(", {m}")).unwrap_or_default()) }
                            </li>
                        }) }
                    </ul>
                }
            </section>
            <section class="draft-reading" aria-labelledby="reading-h">
                <h2 id="reading-h">{ "The article, as drafted" }</h2>
                <p class="draft-key">
                    <span class="piece marked-event">{ "a proposed event's sentence" }</span>{ " · " }
                    <span class="piece marked-date">{ "the words that date it" }</span>{ " · " }
                    <span class="piece marked-actor">{ "an actor named" }</span>{ " · " }
                    <span class="furniture-key">{ "page furniture, left out" }</span>
                </p>
                <div class="draft-text">
                    { for lines.iter().filter(|l| l.pieces.iter().any(|p| !p.text.trim().is_empty())).map(|line| html! {
                        <p class={classes!("draft-line", if line.story { "story" } else { "furniture" })} data-line={line.number.to_string()}>
                            { for line.pieces.iter().map(piece) }
                        </p>
                    }) }
                </div>
            </section>
        </>
    }
}

fn piece(piece: &Piece) -> Html {
    if piece.event.is_none() && piece.actor.is_none() && !piece.date {
        return html! { { piece.text.clone() } };
    }
    let class = classes!(
        "piece",
        piece.event.map(|_| "marked-event"),
        piece.date.then_some("marked-date"),
        piece.actor.as_ref().map(|_| "marked-actor"),
    );
    let title = piece.actor.clone();
    match piece.event {
        Some(n) => {
            html! { <a href={format!("#event-{n}")} {class} {title}>{ piece.text.clone() }</a> }
        }
        None => html! { <span {class} {title}>{ piece.text.clone() }</span> },
    }
}

fn event_card(
    n: usize,
    event: &DraftEvent,
    text: &str,
    kept: &UseStateHandle<Vec<bool>>,
    titles: &UseStateHandle<Vec<String>>,
) -> Html {
    let lang = Lang::En;
    let on_keep = {
        let kept = kept.clone();
        Callback::from(move |_: Event| {
            let mut next = (*kept).clone();
            if let Some(k) = next.get_mut(n) {
                *k = !*k;
            }
            kept.set(next);
        })
    };
    let on_title = {
        let titles = titles.clone();
        Callback::from(move |e: InputEvent| {
            let mut next = (*titles).clone();
            if let Some(t) = next.get_mut(n) {
                *t = value_of(&e);
            }
            titles.set(next);
        })
    };
    let keep = kept.get(n).copied().unwrap_or(true);
    let title = titles.get(n).cloned().unwrap_or_default();
    html! {
        <li id={format!("event-{n}")} class={classes!("draft-event", (!keep).then_some("dropped"))}>
            <article aria-labelledby={format!("event-{n}-h")}>
                <h3 id={format!("event-{n}-h")}>{ &event.id }</h3>
                <p class="draft-controls">
                    <label><input type="checkbox" checked={keep} onchange={on_keep} />{ " Keep this event" }</label>
                </p>
                <p>
                    <label for={format!("event-{n}-title")}>{ "Title, in our words" }</label>
                    <input id={format!("event-{n}-title")} type="text" value={title} oninput={on_title}
                        placeholder="Left for you to write in the TOML" />
                </p>
                <dl class="draft-facts">
                    <dt>{ "Date" }</dt>
                    <dd>
                        <time datetime={event.date.start.or(event.date.end).map(|d| d.to_string())}>{ event.date.display(lang) }</time>
                        { format!(" — {}", event.date.basis_text(lang)) }
                    </dd>
                    <dt>{ "Kind and status" }</dt>
                    <dd>{ format!("{} · {}", event.kind.label(lang), event.status.label(lang)) }</dd>
                    <dt>{ "Participants" }</dt>
                    <dd>{ event.actors.join(", ") }</dd>
                    <dt>{ "Place" }</dt>
                    <dd>{ event.place.clone().unwrap_or_else(|| String::from("none named")) }</dd>
                    if let Some(existing) = &event.matches {
                        <dt>{ "Reported already" }</dt>
                        <dd>{ format!("as {existing}: the TOML adds this source to it") }</dd>
                    }
                </dl>
                { for event.excerpts.iter().map(|r| html! { <blockquote>{ r.slice(text) }</blockquote> }) }
            </article>
        </li>
    }
}
