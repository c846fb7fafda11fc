//! The draft page's result: the article as the reader shows a source, each proposed event with
//! its sentences, date words and mentions marked, to keep or drop and title, and the TOML of
//! those kept to download.

use super::{value_of, Drafted};
use crate::data::dataset;
use parley_core::draft::reading::{reading, Piece};
use parley_core::draft::{toml, DraftEvent};
use parley_core::i18n::Lang;
use yew::prelude::*;

pub(super) fn result(
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
