//! `story/?…`: a story told one event a step (see `parley_core::view::story`). Previous and
//! next, the arrow keys, Home and End, a swipe, the step list and the URL's `step=` move
//! through it; autoplay steps on at a chosen pace and stops when the reader does anything.
//! Screen readers hear the new step's title and date, not the whole slide. "Embed" gives an
//! iframe snippet; printing gives a handout, one step a page.

use crate::components::{Citation, ClaimView, DateView, MapFigure};
use crate::data::{atlas, dataset, search_index};
use crate::router::{self, use_lang};
use parley_core::html::side_tag;
use parley_core::i18n::{fill, Lang};
use parley_core::link::{Lens, Link, Story, PACES};
use parley_core::svg::svg_number;
use parley_core::view::map::MapView;
use parley_core::view::story::{participants_by_side, StoryView, AXIS_WIDTH};
use parley_core::EventIx;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A handout prints at most this many steps.
const PRINTED_STEPS: usize = 100;
/// How far a finger must travel sideways to turn a step, in CSS pixels.
const SWIPE: i32 = 50;

#[derive(Properties, PartialEq)]
pub struct StoryPageProps {
    pub story: Story,
    pub step: usize,
    pub embed: bool,
}

/// One step's slide: the event with its excerpts, participants, place and the differing
/// accounts `claims` (positions in `dataset.claims`, from its `EventView`). `heading` is `h2` on
/// screen, where it has the id that focus goes to, and `h3` in the handout, which passes no
/// accounts (their ids would repeat the slide's).
fn slide(index: EventIx, claims: &[usize], heading: &'static str, lang: Lang) -> Html {
    let t = lang.t();
    let on_screen = heading == "h2";
    let data = dataset();
    let event = &data.events[index];
    let place = event.place.as_deref().and_then(|p| data.place(p));
    html! {
        <>
            <div class="meta">
                <DateView date={event.date.clone()} />
                <span class="kind">{ event.kind.label(lang) }</span>
                <span class={classes!("status", format!("status-{}", event.status.slug()))}>{ event.status.label(lang) }</span>
            </div>
            <@{heading} class="step-title" id={on_screen.then_some("step-title")} tabindex="-1">
                <a href={Link::event(&event.id).href()}>{ event.title.get(lang) }</a>
            </@>
            <ul class="citations story-excerpts">
                { for event.sources.iter().map(|s| html! { <li><Citation source={s.clone()} open=true /></li> }) }
            </ul>
            <dl class="facts">
                { for participants_by_side(data, event).into_iter().map(|(side, actors)| html! {
                    <div class={format!("side-{}", side.slug())}>
                        <dt>{ side_tag(side, lang) }</dt>
                        <dd><ul class="inline">
                            { for actors.into_iter().map(|a| {
                                let actor = &data.actors[a];
                                html! { <li><a href={Link::actor(&actor.id).href()}>{ actor.name.get(lang) }</a></li> }
                            }) }
                        </ul></dd>
                    </div>
                }) }
                if let Some(place) = place {
                    <div><dt>{ t.card_place }</dt><dd>{ format!("{}, {}", place.name.get(lang), place.country.get(lang)) }</dd></div>
                }
            </dl>
            { for claims.iter().map(|&c| html! { <ClaimView claim={data.claims[c].clone()} level={3} /> }) }
        </>
    }
}

/// Where across the screen a touch event's finger is.
fn touch_x(event: &web_sys::Event) -> Option<i32> {
    let touch = event
        .dyn_ref::<web_sys::TouchEvent>()?
        .changed_touches()
        .get(0)?;
    Some(touch.client_x())
}

/// Which way a control moves through the story.
#[derive(Clone, Copy)]
enum Move {
    Previous,
    Next,
    First,
    Last,
}

/// Goes from the step the URL shows now to the one `by` names, if there is one. Read from the
/// URL at the moment of the key or tap, not from the rendered view: two quick presses, the
/// second before the page has re-rendered, then move two steps.
fn step(view: &StoryView, by: Move) {
    let now = match router::now() {
        Link::Story { step, .. } => step.min(view.events.len()),
        _ => return,
    };
    let to = match by {
        Move::Previous => now.checked_sub(1),
        Move::Next => Some(now + 1).filter(|&n| n <= view.events.len()),
        Move::First => Some(0),
        Move::Last => Some(view.events.len()),
    };
    if let Some(to) = to.filter(|&to| to != now) {
        router::go(&view.link(to));
    }
}

#[component]
pub fn StoryPage(props: &StoryPageProps) -> Html {
    let lang = use_lang();
    let t = lang.t();
    let data = dataset();
    let index = search_index();
    let view = Rc::new(StoryView::new(
        data,
        index,
        &props.story,
        props.step,
        props.embed,
        lang,
    ));
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

    // The keyboard and swipes, from anywhere on the page but a text field.
    let touch_start = use_mut_ref(|| None::<i32>);
    {
        let (view, playing, touch_start) = (view.clone(), playing.clone(), touch_start.clone());
        use_effect_with(view.clone(), move |_| {
            let document = gloo::utils::document();
            let keys = {
                let (view, playing) = (view.clone(), playing.clone());
                gloo::events::EventListener::new(&document, "keydown", move |event| {
                    let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    let typing = gloo::utils::document().active_element().is_some_and(|a| {
                        matches!(a.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    });
                    if typing || event.ctrl_key() || event.meta_key() || event.alt_key() {
                        return;
                    }
                    let by = match event.key().as_str() {
                        "ArrowRight" => Move::Next,
                        "ArrowLeft" => Move::Previous,
                        "Home" => Move::First,
                        "End" => Move::Last,
                        _ => return,
                    };
                    playing.set(false);
                    step(&view, by);
                })
            };
            let down = {
                let touch_start = touch_start.clone();
                gloo::events::EventListener::new(&document, "touchstart", move |event| {
                    *touch_start.borrow_mut() = touch_x(event);
                })
            };
            let up = {
                let (view, playing) = (view.clone(), playing.clone());
                gloo::events::EventListener::new(&document, "touchend", move |event| {
                    let Some(dx) = touch_start
                        .borrow_mut()
                        .take()
                        .zip(touch_x(event))
                        .map(|(a, b)| b - a)
                    else {
                        return;
                    };
                    let by = match dx {
                        dx if dx <= -SWIPE => Move::Next,
                        dx if dx >= SWIPE => Move::Previous,
                        _ => return,
                    };
                    playing.set(false);
                    step(&view, by);
                })
            };
            // Any other press on the page (a link, the step list, a control) stops autoplay too.
            let press = {
                let playing = playing.clone();
                gloo::events::EventListener::new(&document, "pointerdown", move |event| {
                    let on_play = event
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .and_then(|e| e.closest("button.play, #pace").ok().flatten())
                        .is_some();
                    if !on_play {
                        playing.set(false);
                    }
                })
            };
            move || drop((keys, down, up, press))
        });
    }
    // Autoplay: the next step after the pace, until the last.
    {
        let (view, playing_now) = (view.clone(), *playing);
        let playing = playing.clone();
        use_effect_with((view.step, playing_now, pace), move |_| {
            let timer = playing_now.then(|| {
                gloo::timers::callback::Timeout::new(pace * 1000, move || match &view.next {
                    Some(next) => router::go(next),
                    None => playing.set(false),
                })
            });
            move || drop(timer)
        });
    }
    // A step opened from the step list puts the focus on its title, as a page would.
    {
        let step = view.step;
        use_effect_with(step, move |_| {
            let document = gloo::utils::document();
            let from_list = document
                .active_element()
                .is_some_and(|a| a.closest(".step-list").ok().flatten().is_some());
            if from_list {
                let target = document
                    .get_element_by_id("step-title")
                    .or_else(|| document.get_element_by_id("story-title"));
                if let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = target.focus();
                }
            }
        });
    }
    let on_title = {
        let view = view.clone();
        let story = props.story.clone();
        let embed = props.embed;
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let story = Story {
                title: input.value().trim().to_string(),
                ..story.clone()
            };
            router::replace(&Link::Story {
                story,
                step: view.step,
                embed,
            });
        })
    };
    let toggle_play = {
        let playing = playing.clone();
        Callback::from(move |_: MouseEvent| playing.set(!*playing))
    };
    // The pace is the story's, in its address: a shared story plays as its author set it.
    let on_pace = {
        let (view, story, embed) = (view.clone(), props.story.clone(), props.embed);
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .and_then(|s| s.value().parse().ok());
            if let Some(pace) = value {
                let story = Story {
                    pace,
                    ..story.clone()
                };
                router::replace(&Link::Story {
                    story,
                    step: view.step,
                    embed,
                });
            }
        })
    };
    let snippet = {
        let src = router::absolute(&view.embed_link().href_between(lang, lang));
        format!(
            "<iframe src=\"{src}\" title=\"{}\" width=\"100%\" height=\"640\" loading=\"lazy\" style=\"border:0\"></iframe>",
            view.title.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
        )
    };
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
    let current_place = view
        .current
        .as_ref()
        .and_then(|c| data.events[c.event].place.clone());
    let map = Rc::new(MapView::new(
        data,
        atlas(),
        &props.story.filter,
        &view.events,
        index.len(),
        Lens::Map,
        lang,
    ));
    let sources = view.sources.iter().map(|&d| &data.documents[d]);

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
                data-event-id={view.current.as_ref().map(|c| data.events[c.event].id.clone())}>
                { match &view.current {
                    Some(current) => slide(current.event, &current.claims, "h2", lang),
                    None => html! {
                        <>
                            <p class="cover-count">{ lang.count(last, &t.events) }</p>
                            if let Some((first, last)) = &view.span {
                                <p class="cover-span">{ fill(t.span_from_to, &[("from", first), ("to", last)]) }</p>
                            }
                            <h2>{ t.sources }</h2>
                            <ul class="cover-sources">
                                { for sources.map(|d| html! {
                                    <li><cite>{ &d.outlet }</cite>{ ", " }<time datetime={d.published.to_string()}>{ d.published.short(lang) }</time>{ ": " }<a href={Link::source(&d.id, None).href()} lang="en">{ &d.headline }</a></li>
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
                    { for view.listed.clone().map(|n| {
                        let event = &data.events[view.events[n - 1]];
                        html! {
                            <li data-event-id={event.id.clone()}><a href={view.link(n).href()} aria-current={(n == view.step).then_some("step")}>{ event.title.get(lang) }</a>{ format!(" ({})", event.date.display(lang)) }</li>
                        }
                    }) }
                </ol>
                <p><a href={view.link(0).href()}>{ t.back_to_cover }</a></p>
            </details>
            <section class="handout">
                { for view.events.iter().take(PRINTED_STEPS).enumerate().map(|(n, &i)| html! {
                    <article class="handout-step">
                        <p class="step-count">{ format!("{} · {}", view.title, fill(t.n_of, &[("n", &(n + 1).to_string()), ("of", &last.to_string())])) }</p>
                        { slide(i, &[], "h3", lang) }
                    </article>
                }) }
            </section>
        </article>
    }
}
