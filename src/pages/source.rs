//! `#/sources/<id>?at=START-END`: the article as captured, story and furniture set apart,
//! every cited excerpt highlighted and linked to its events, every actor mention linked to the
//! actor. `at` marks a passage and scrolls to it. Seed text is only ever rendered as text.

use super::NotFoundPage;
use crate::components::Notices;
use crate::data::dataset;
use crate::route::{href, Route};
use parley_core::{Document, TextRange};
use std::collections::BTreeSet;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourcePageProps {
    pub id: String,
}

/// `START-END` from the query's `at`, if it names a passage of `text`: in order, inside it,
/// and on character boundaries (a crafted range must not split a character).
fn target_range(query: &str, text: &str) -> Option<TextRange> {
    let value = form_value(query, "at")?;
    let (start, end) = value.split_once('-')?;
    let (start, end): (usize, usize) = (start.parse().ok()?, end.parse().ok()?);
    let valid = start < end
        && end <= text.len()
        && text.is_char_boundary(start)
        && text.is_char_boundary(end);
    valid.then(|| TextRange::new(start, end))
}

fn form_value(query: &str, key: &str) -> Option<String> {
    query.trim_start_matches('?').split('&').find_map(|pair| {
        pair.strip_prefix(key)?
            .strip_prefix('=')
            .map(str::to_string)
    })
}

/// The events that cite each highlighted range of this document, one entry per range.
fn cited_ranges(doc: &Document) -> Vec<(TextRange, Vec<usize>)> {
    let mut ranges: Vec<(TextRange, Vec<usize>)> = Vec::new();
    for (i, event) in dataset().events.iter().enumerate() {
        for source in event.sources.iter().filter(|s| s.document == doc.id) {
            match ranges.iter_mut().find(|(r, _)| *r == source.range) {
                Some((_, events)) => events.push(i),
                None => ranges.push((source.range, vec![i])),
            }
        }
    }
    ranges.sort_by_key(|(r, _)| *r);
    ranges
}

#[component]
pub fn SourcePage(props: &SourcePageProps) -> Html {
    let location = use_location();
    let data = dataset();
    let doc = data.document(&props.id);
    let query = location.as_ref().map_or("", |l| l.query_str()).to_string();
    let target = doc.and_then(|d| target_range(&query, &d.text));
    let notices: Vec<String> = match form_value(&query, "at") {
        Some(at) if target.is_none() => vec![format!(
            "Ignored at '{}': it is not a passage of this article (START-END, in bytes). The whole article is shown.",
            at.chars().filter(|c| !c.is_control()).take(40).collect::<String>()
        )],
        _ => Vec::new(),
    };
    use_effect_with(target, |target| {
        if target.is_some() {
            if let Some(element) = gloo::utils::document().get_element_by_id("target") {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Center);
                element.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
    });
    let Some(doc) = doc else {
        return html! { <NotFoundPage what={format!("There is no source '{}'.", props.id)} /> };
    };
    let cited = cited_ranges(doc);
    let mentions: Vec<_> = data
        .mentions
        .iter()
        .filter(|m| m.document == doc.id)
        .collect();

    // Lines in order, runs of furniture grouped so they can be folded away together.
    let mut blocks: Vec<(bool, Vec<TextRange>)> = Vec::new();
    let mut offset = 0;
    for line in doc.text.split('\n') {
        let range = TextRange::new(offset, offset + line.len());
        offset += line.len() + 1;
        if line.trim().is_empty() {
            continue;
        }
        let story = doc.is_story(range);
        match blocks.last_mut() {
            Some((is_story, lines)) if *is_story == story => lines.push(range),
            _ => blocks.push((story, vec![range])),
        }
    }
    let mut target_marked = false;
    let mut paragraph = |range: TextRange| -> Html {
        let mut cuts: BTreeSet<u32> = [range.start, range.end].into();
        for (r, _) in &cited {
            cuts.extend(
                [r.start, r.end]
                    .into_iter()
                    .filter(|c| (range.start..=range.end).contains(c)),
            );
        }
        for m in &mentions {
            cuts.extend(
                [m.range.start, m.range.end]
                    .into_iter()
                    .filter(|c| (range.start..=range.end).contains(c)),
            );
        }
        if let Some(t) = target {
            cuts.extend(
                [t.start, t.end]
                    .into_iter()
                    .filter(|c| (range.start..=range.end).contains(c)),
            );
        }
        let cuts: Vec<u32> = cuts.into_iter().collect();
        let pieces = cuts.windows(2).map(|w| {
            let piece = TextRange { start: w[0], end: w[1] };
            let text = piece.slice(&doc.text).to_string();
            let covering: Vec<&(TextRange, Vec<usize>)> = cited.iter().filter(|(r, _)| r.contains(piece)).collect();
            let starts: Vec<&(TextRange, Vec<usize>)> = cited.iter().filter(|(r, _)| r.start == piece.start).collect();
            let ends: Vec<&(TextRange, Vec<usize>)> = cited.iter().filter(|(r, _)| r.end == piece.end).collect();
            let mention = mentions.iter().find(|m| m.range.contains(piece));
            let is_target = target.is_some_and(|t| t.contains(piece));
            let id = (is_target && !target_marked).then(|| {
                target_marked = true;
                "target".to_string()
            });
            let inner = match mention {
                Some(m) => html! { <a href={href(&Route::Actor { id: m.actor.clone() })} class="mention">{ text }</a> },
                None => html! { { text } },
            };
            let inner = if covering.is_empty() {
                inner
            } else {
                html! { <mark class={classes!("excerpt", is_target.then_some("target"))}>{ inner }</mark> }
            };
            html! {
                <>
                    { for starts.iter().map(|(r, _)| html! { <span class="excerpt-anchor" id={format!("x-{}-{}", r.start, r.end)}></span> }) }
                    <span id={id} class={classes!(is_target.then_some("target"))}>{ inner }</span>
                    { for ends.iter().map(|(_, events)| html! {
                        <span class="cites">
                            { for events.iter().map(|&i| {
                                let event = &data.events[i];
                                html! { <a href={href(&Route::Event { id: event.id.clone() })} class="cite">{ format!("↗ {}", event.title) }</a> }
                            }) }
                        </span>
                    }) }
                </>
            }
        });
        html! { <p>{ for pieces }</p> }
    };
    html! {
        <article class="source-page" data-document-id={doc.id.clone()}>
            <header>
                <p class="breadcrumb"><a href={href(&Route::Timeline)}>{ "← Timeline" }</a></p>
                <h1>{ &doc.headline }</h1>
                <p class="meta">
                    <cite>{ &doc.outlet }</cite>{ ", " }
                    <time datetime={doc.published.to_string()}>{ doc.published.short() }</time>
                    if let Some(author) = &doc.author { { format!(" · {author}") } }
                    { " · " }<code>{ &doc.path }</code>
                </p>
                <Notices {notices} />
                <p class="legend"><mark class="excerpt">{ "Highlighted" }</mark>{ " text is cited by an event; names link to actors. Page furniture is folded away." }</p>
            </header>
            { for blocks.into_iter().map(|(story, lines)| if story {
                html! { <div class="story">{ for lines.into_iter().map(&mut paragraph) }</div> }
            } else {
                html! {
                    <aside class="furniture">
                        <details>
                            <summary>{ "Page furniture: not part of the story" }</summary>
                            { for lines.into_iter().map(|r| html! { <p>{ r.slice(&doc.text) }</p> }) }
                        </details>
                    </aside>
                }
            }) }
        </article>
    }
}
