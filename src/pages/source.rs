//! `sources/<id>/?at=START-END`: the article as captured, story and furniture set apart,
//! every cited excerpt highlighted and linked to its events, every actor mention linked to the
//! actor (see `parley_core::view::reader`). `at` marks a passage and scrolls to it. Seed text is
//! only ever rendered as text.

use super::NotFoundPage;
use crate::router::use_lang;
use parley_core::i18n::{fill, Lang};
use parley_core::link::Link;
use parley_core::view::reader::{Block, Piece, ReaderView};
use parley_core::TextRange;
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

fn piece(view: &ReaderView, piece: &Piece, lang: Lang) -> Html {
    let text = piece.range.slice(&view.text).to_string();
    let inner = match &piece.mention_href {
        Some(href) => html! { <a href={href.clone()} class="mention">{ text }</a> },
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
                    { for events.iter().map(|event| html! {
                        <a href={event.href.clone()} class="cite">{ format!("↗ {}", event.title) }</a>
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
    html! {
        <article class="source-page" data-document-id={view.id.clone()}>
            <header>
                <p class="breadcrumb"><a href={Link::default().href()}>{ t.back_to_timeline }</a></p>
                <h1 lang="en">{ &view.headline }</h1>
                <p class="byline">
                    <cite>{ &view.outlet }</cite>{ ", " }
                    <time datetime={view.published.to_string()}>{ &view.date }</time>
                    if let Some(author) = &view.author { { format!(" · {author}") } }
                    { " · " }<code>{ &view.path }</code>
                </p>
                <p class="legend"><mark class="excerpt">{ t.reader_highlighted }</mark>{ t.reader_legend }</p>
                if lang != Lang::En {
                    <p class="original-note">{ t.article_in_english }</p>
                }
            </header>
            { for view.blocks.iter().map(|block| match block {
                Block::Story(paragraphs) => html! {
                    <div class="story" lang="en">{ for paragraphs.iter().map(|pieces| html! {
                        <p>{ for pieces.iter().map(|p| piece(view, p, lang)) }</p>
                    }) }</div>
                },
                Block::Furniture(lines) => html! {
                    <aside class="furniture">
                        <details>
                            <summary>{ t.furniture }</summary>
                            { for lines.iter().map(|r| html! { <p lang="en">{ r.slice(&view.text) }</p> }) }
                        </details>
                    </aside>
                },
            }) }
        </article>
    }
}
