//! Moving through a story: the keys, a swipe, a press that stops autoplay, autoplay itself,
//! and the focus a step opened from the step list takes.

use crate::router;
use parley_core::link::{Link, LinkAction};
use parley_core::view::story::StoryView;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How far a finger must travel sideways to turn a step, in CSS pixels.
const SWIPE: i32 = 50;

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
pub enum Move {
    Previous,
    Next,
    First,
    Last,
}

/// Goes from the step the URL shows now to the one `by` names, if there is one. Read from the
/// URL at the moment of the key or tap, not from the rendered view: two quick presses, the
/// second before the page has re-rendered, then move two steps.
pub fn step(view: &StoryView, by: Move) {
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
    if let Some(to) = to {
        router::dispatch(LinkAction::Step(to));
    }
}

/// Listens, while the story is shown, for the keys (from anywhere on the page but a text field),
/// swipes and presses that move through it or stop `playing`, and plays it on at `pace`
/// seconds a step while `playing`.
#[hook]
pub fn use_moves(view: Rc<StoryView>, playing: UseStateHandle<bool>, pace: u32) {
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
                    Some(_) => router::dispatch(LinkAction::Step(view.step + 1)),
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
}
