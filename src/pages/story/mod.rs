//! `story/?…`: a story told one event a step (see `parley_core::view::story`). Previous and
//! next, the arrow keys, Home and End, a swipe, the step list and the URL's `step=` move
//! through it; autoplay steps on at a chosen pace and stops when the reader does anything.
//! Screen readers hear the new step's title and date, not the whole slide. "Embed" gives an
//! iframe snippet; printing gives a handout, one step a page.

mod moves;
mod slide;

use crate::components::MapFigure;
use crate::router::{self, use_lang};
use moves::{step, use_moves, Move};
use parley_core::html;
use parley_core::i18n::fill;
use parley_core::link::{LinkAction, Story, PACES};
use parley_core::svg::svg_number;
use parley_core::view::map::MapView;
use parley_core::view::story::{StoryView, AXIS_WIDTH};
use slide::slide;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StoryPageProps {
    pub story: Story,
    pub step: usize,
    pub embed: bool,
    pub view: Rc<StoryView>,
    /// The map of the story's places.
    pub map: Rc<MapView>,
}

#[component]
pub fn StoryPage(props: &StoryPageProps) -> Html {
    let lang = use_lang();
    let t = lang.t();
    let (view, map) = (props.view.clone(), props.map.clone());
    let playing = use_state_eq(|| false);
    let pace = props.story.pace;
    let embed_open = use_state_eq(|| false);
    let go = |by: Move| {
        let (playing, view) = (playing.clone(), view.clone());
        Callback::from(move |_: MouseEvent| {
            playing.set(false);
            step(&view, by);
        })
    };
    let last = view.events.len();

    use_moves(view.clone(), playing.clone(), pace);
    let on_title = Callback::from(|e: Event| {
        let input = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            router::dispatch(LinkAction::StoryTitle(input.value()));
        }
    });
    let toggle_play = {
        let playing = playing.clone();
        Callback::from(move |_: MouseEvent| playing.set(!*playing))
    };
    // The pace is the story's, in its address: a shared story plays as its author set it.
    let on_pace = Callback::from(|e: Event| {
        let pace = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .and_then(|s| s.value().parse().ok());
        if let Some(pace) = pace {
            router::dispatch(LinkAction::Pace(pace));
        }
    });
    let snippet = html::embed_snippet(
        &router::absolute(&view.embed_link().href_between(lang, lang)),
        &view.title,
    );
    let copy = {
        let snippet = snippet.clone();
        Callback::from(move |_: MouseEvent| {
            let window = gloo::utils::window();
            let _ = window.navigator().clipboard().write_text(&snippet);
            if let Some(area) = gloo::utils::document()
                .get_element_by_id("embed-snippet")
                .and_then(|a| a.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            {
                area.select();
            }
        })
    };
    let toggle_embed = {
        let embed_open = embed_open.clone();
        Callback::from(move |_: MouseEvent| embed_open.set(!*embed_open))
    };
    let current_place = view.current.as_ref().and_then(|c| c.place_id.clone());

    html! {
        <article class="story-page" aria-labelledby="story-title">
            <header class="story-head">
                <h1 id="story-title" tabindex="-1">{ &view.title }</h1>
                <p class="step-count">{ match view.step { 0 => fill(t.story_cover, &[("steps", &lang.count(last, &t.steps))]), n => fill(t.n_of, &[("n", &n.to_string()), ("of", &last.to_string())]) } }</p>
            </header>
            if let Some(notice) = &view.notice {
                <p class="notice" role="status">{ notice }</p>
            }
            <p class="visually-hidden" id="story-announcement" aria-live="polite" aria-atomic="true">{ &view.announcement }</p>
            <nav class="story-controls" aria-label={t.story_controls}>
                <button type="button" onclick={go(Move::Previous)} disabled={view.previous.is_none()}>{ t.previous }</button>
                <button type="button" onclick={go(Move::Next)} disabled={view.next.is_none()}>{ t.next }</button>
                <button type="button" class="play" aria-pressed={if *playing { "true" } else { "false" }} onclick={toggle_play} disabled={view.next.is_none() && !*playing}>
                    { if *playing { t.pause } else { t.play } }
                </button>
                <label for="pace">{ t.pace }</label>
                <select id="pace" onchange={on_pace}>
                    { for PACES.iter().map(|&p| html! { <option value={p.to_string()} selected={p == pace}>{ fill(t.seconds_a_step, &[("n", &p.to_string())]) }</option> }) }
                </select>
                if !props.embed {
                    <button type="button" aria-expanded={if *embed_open { "true" } else { "false" }} onclick={toggle_embed}>{ t.embed }</button>
                }
            </nav>
            if *embed_open {
                <div class="embed-panel">
                    <label for="embed-snippet">{ t.embed_paste }</label>
                    <textarea id="embed-snippet" readonly=true rows="3" value={snippet} />
                    <button type="button" onclick={copy}>{ t.copy }</button>
                </div>
            }
            <svg class="story-axis" viewBox={format!("0 0 {} 24", svg_number(AXIS_WIDTH))} aria-hidden="true">
                <line x1="0" x2={svg_number(AXIS_WIDTH)} y1="12" y2="12" />
                { for view.marks.iter().map(|m| html! {
                    <circle class={classes!(m.current.then_some("current"))} cx={svg_number(m.x)} cy="12" r={if m.current { "8" } else { "4" }} />
                }) }
            </svg>
            <section class={classes!("story-slide", if view.current.is_some() { "step" } else { "cover" })} aria-label={if view.current.is_some() { t.step } else { t.cover }}
                data-event-id={view.current.as_ref().map(|c| c.event.id.clone())}>
                { match &view.current {
                    Some(current) => slide(current, "h2", lang),
                    None => html! {
                        <>
                            <p class="cover-count">{ lang.count(last, &t.events) }</p>
                            if let Some(span) = &view.span {
                                <p class="cover-span">{ span }</p>
                            }
                            <h2>{ t.sources }</h2>
                            <ul class="cover-sources">
                                { for view.sources.iter().map(|d| html! {
                                    <li><cite>{ &d.outlet }</cite>{ ", " }<time datetime={d.published.to_string()}>{ &d.date }</time>{ ": " }<a href={d.href.clone()} lang="en">{ &d.headline }</a></li>
                                }) }
                            </ul>
                            if !props.embed {
                                <p class="title-edit">
                                    <label for="story-title-input">{ t.story_title }</label>
                                    <input id="story-title-input" type="text" value={props.story.title.clone()} placeholder={view.title.clone()} onchange={on_title} maxlength="120" />
                                </p>
                            }
                        </>
                    },
                } }
            </section>
            <details class="story-map">
                <summary>{ t.story_map }</summary>
                <MapFigure view={map} id="story-map-svg" compact=true marked={current_place} />
            </details>
            <details class="step-list">
                <summary>{ fill(t.all_steps, &[("n", &last.to_string())]) }</summary>
                <ol start={view.listed.start.to_string()}>
                    { for view.listed.clone().zip(&view.steps).map(|(n, event)| html! {
                        <li data-event-id={event.id.clone()}><a href={view.link(n).href()} aria-current={(n == view.step).then_some("step")}>{ &event.title }</a>{ format!(" ({})", event.date) }</li>
                    }) }
                </ol>
                <p><a href={view.link(0).href()}>{ t.back_to_cover }</a></p>
            </details>
            <section class="handout">
                { for view.handout.iter().enumerate().map(|(n, step)| html! {
                    <article class="handout-step">
                        <p class="step-count">{ format!("{} · {}", view.title, fill(t.n_of, &[("n", &(n + 1).to_string()), ("of", &last.to_string())])) }</p>
                        { slide(step, "h3", lang) }
                    </article>
                }) }
            </section>
        </article>
    }
}
