//! `sources/<id>/?at=START-END`: the article as captured, story and furniture set apart,
//! every cited excerpt highlighted and linked to its events, every actor mention linked to the
//! actor (see `parley_core::view::reader`). `at` marks a passage and scrolls to it. Seed text is
//! only ever rendered as text.

use super::NotFoundPage;
use crate::data::dataset;
use crate::router::use_lang;
use parley_core::i18n::{fill, Lang};
use parley_core::link::Link;
use parley_core::view::reader::{Block, Piece, ReaderView};
use parley_core::{Document, TextRange};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourcePageProps {
    pub id: String,
    /// The passage to mark, as the link checked it against the text.
    pub at: Option<TextRange>,
    /// `None` for an id that is no article.
    pub view: Option<Rc<ReaderView>>,
}

fn piece(doc: &Document, piece: &Piece, lang: Lang) -> Html {
    let data = dataset();
    let text = piece.range.slice(&doc.text).to_string();
    let inner = match piece.mention {
        Some(actor) => {
            html! { <a href={Link::actor(&data.actors[actor].id).href()} class="mention">{ text }</a> }
        }
        None => html! { { text } },
    };
    let inner = match piece.cited {
        true => {
            html! { <mark class={classes!("excerpt", piece.target.then_some("target"))}>{ inner }</mark> }
        }
        false => inner,
    };
    html! {
        <>
            { for piece.starts.iter().map(|r| html! { <span class="excerpt-anchor" id={format!("x-{}-{}", r.start, r.end)}></span> }) }
            <span id={piece.first_of_target.then_some("target")} class={classes!(piece.target.then_some("target"))}>{ inner }</span>
            { for piece.ends.iter().map(|events| html! {
                <span class="cites" lang={lang.code()}>
                    { for events.iter().map(|&i| {
                        let event = &data.events[i];
                        html! { <a href={Link::event(&event.id).href()} class="cite">{ format!("↗ {}", event.title.get(lang)) }</a> }
                    }) }
                </span>
            }) }
        </>
    }
}

#[component]
pub fn SourcePage(props: &SourcePageProps) -> Html {
    let lang = use_lang();
    let t = lang.t();
    let data = dataset();
    use_effect_with(props.at, |target| {
        if target.is_some() {
            if let Some(element) = gloo::utils::document().get_element_by_id("target") {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Center);
                element.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
    });
    let Some(view) = &props.view else {
        return html! { <NotFoundPage what={fill(t.no_source, &[("id", &props.id)])} /> };
    };
    let doc = &data.documents[view.document];
    html! {
        <article class="source-page" data-document-id={doc.id.clone()}>
            <header>
                <p class="breadcrumb"><a href={Link::default().href()}>{ t.back_to_timeline }</a></p>
                <h1 lang="en">{ &doc.headline }</h1>
                <p class="byline">
                    <cite>{ &doc.outlet }</cite>{ ", " }
                    <time datetime={doc.published.to_string()}>{ doc.published.short(lang) }</time>
                    if let Some(author) = &doc.author { { format!(" · {author}") } }
                    { " · " }<code>{ &doc.path }</code>
                </p>
                <p class="legend"><mark class="excerpt">{ t.reader_highlighted }</mark>{ t.reader_legend }</p>
                if lang != Lang::En {
                    <p class="original-note">{ t.article_in_english }</p>
                }
            </header>
            { for view.blocks.iter().map(|block| match block {
                Block::Story(paragraphs) => html! {
                    <div class="story" lang="en">{ for paragraphs.iter().map(|pieces| html! {
                        <p>{ for pieces.iter().map(|p| piece(doc, p, lang)) }</p>
                    }) }</div>
                },
                Block::Furniture(lines) => html! {
                    <aside class="furniture">
                        <details>
                            <summary>{ t.furniture }</summary>
                            { for lines.iter().map(|r| html! { <p lang="en">{ r.slice(&doc.text) }</p> }) }
                        </details>
                    </aside>
                },
            }) }
        </article>
    }
}
