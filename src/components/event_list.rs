use super::{use_corpus, EventCard};
use crate::router::use_lang;
use parley_core::i18n::{fill, Lang, Text};
use parley_core::view::long_list::{block_count, block_events, BlockHeights};
use parley_core::view::timeline::{by_month, Month};
use parley_core::{Dataset, EventIx};
use std::ops::Range;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventListProps {
    /// Positions in the corpus's events, in chronological order. Shared, not copied: the timeline
    /// hands the same 100,000 positions to the list, the axis and the exports.
    pub events: Rc<[EventIx]>,
    /// Heading level of the month headings, so the list fits any page's outline.
    #[prop_or(2)]
    pub level: u8,
    /// The ids picked for a story: each card then has a pick button, pressed if picked. The
    /// page handles the clicks (`button.pick`, its `data-pick`).
    #[prop_or_default]
    pub picks: Option<Rc<[String]>>,
}

/// Lists up to this long render whole, so find-in-page, printing and screen readers see every
/// event. Longer ones render only the blocks near the viewport (see [`VirtualList`]).
const RENDER_WHOLE: usize = 300;
/// How far beyond the viewport, in pixels, blocks are already rendered, so that scrolling and
/// `j`/`k` find the next events in place.
const MARGIN: f64 = 250.0;

/// Events grouped by month, under headings that stay in view while scrolling. The timeline and
/// the actor pages both use it.
#[component]
pub fn EventList(props: &EventListProps) -> Html {
    let lang = use_lang();
    let data = use_corpus().data;
    if props.events.len() <= RENDER_WHOLE {
        let items = month_items(
            data,
            &props.events,
            props.level,
            props.picks.as_deref(),
            None,
            lang,
        );
        html! { <ol class={classes!("event-list", picking(&props.picks))}>{ for items }</ol> }
    } else {
        html! { <VirtualList events={props.events.clone()} level={props.level} picks={props.picks.clone()} /> }
    }
}

/// The `<li class="month">` items for consecutive events, each month under its heading, keyed
/// so that moving the window keeps the items (and the keyboard focus) that stay in it. `block`
/// tags them with the block they belong to, for measuring.
fn month_items(
    data: &Dataset,
    events: &[EventIx],
    level: u8,
    picks: Option<&[String]>,
    block: Option<usize>,
    lang: Lang,
) -> Vec<Html> {
    let heading_tag = if level == 2 { "h2" } else { "h3" };
    by_month(data, events, lang).into_iter().map(|Month { heading: month, events }| html! {
            <li class="month" key={format!("{}-{}", events[0].get(), block.unwrap_or(0))}
                data-block={block.map(|b| b.to_string())}>
                <@{heading_tag} class="month-heading">{ month }</@>
                <ol class="month-events">
                    { for events.into_iter().map(|i| html! {
                        <li key={i.get()}><EventCard index={i} />{ picks.map(|picks| pick_button(&data.events[i].id, &data.events[i].title, picks, lang)) }</li>
                    }) }
                </ol>
            </li>
        })
        .collect()
}

/// Marks a list whose cards have pick buttons. The cards make room for the button by this
/// mark on the list, which the browser has before any card, and not by the button itself: on
/// a slow phone a card is painted before the button after it has arrived, and would move.
fn picking(picks: &Option<Rc<[String]>>) -> Option<&'static str> {
    picks.is_some().then_some("picking")
}

/// Picks an event for a story, or unpicks it.
fn pick_button(id: &str, title: &Text, picks: &[String], lang: Lang) -> Html {
    let t = lang.t();
    let picked = picks.iter().any(|pick| pick == id);
    html! {
        <button type="button" class="pick" data-pick={id.to_string()} aria-pressed={if picked { "true" } else { "false" }}
            aria-label={fill(t.pick_for_story, &[("title", title.get(lang))])}>
            { t.pick }
        </button>
    }
}

/// What the scroll listener and the renders share: the listener is registered once, so it
/// must read the current window and heights, not those of the render that registered it.
#[derive(Default)]
struct Windowing {
    /// The list's padding above and below the rendered blocks, in pixels, once set.
    padding: Option<(f64, f64)>,
    /// The blocks rendered.
    rendered: Range<usize>,
    heights: BlockHeights,
}

/// A long list rendered a few blocks at a time: the blocks near the viewport, with the list's
/// padding above and below as tall as the blocks it stands for. Scrolling moves the window;
/// each rendered block is measured, so the padding converges on the real heights and the scroll
/// bar stays true.
#[component]
fn VirtualList(props: &EventListProps) -> Html {
    let lang = use_lang();
    let data = use_corpus().data;
    let list = use_node_ref();
    let windowing = use_mut_ref(|| Windowing {
        rendered: 0..1,
        ..Windowing::default()
    });
    let rerender = use_force_update();
    // A new list starts measuring afresh, and pads itself now, in the same task as the render:
    // left to the effect, which may run a frame later, the padding would change in a second
    // frame and the update would take two. The window stays where it was (within the new
    // list) until the effect has measured: reading the layout here would force one mid-render.
    {
        let (list, windowing) = (list.clone(), windowing.clone());
        use_memo(props.events.clone(), move |events| {
            let mut windowing = windowing.borrow_mut();
            windowing.heights.reset(block_count(events.len()));
            windowing.rendered = windowing.heights.clamp(&windowing.rendered);
            if let Some(element) = list.cast::<web_sys::Element>() {
                pad(&element, &mut windowing);
            }
        });
    }
    let update = {
        let (list, windowing) = (list.clone(), windowing.clone());
        move || {
            let Some(element) = list.cast::<web_sys::Element>() else {
                return;
            };
            let mut windowing = windowing.borrow_mut();
            let padding_bottom = windowing.padding.map_or(0.0, |(_, bottom)| bottom);
            measure(&element, padding_bottom, &mut windowing.heights);
            if place(&element, &mut windowing) {
                // The render borrows the windowing too.
                drop(windowing);
                rerender.force_update();
            }
        }
    };
    {
        let update = update.clone();
        use_effect_with((), move |_| {
            let update = Rc::new(update);
            let listen = |target: &web_sys::EventTarget, name: &'static str| {
                let update = update.clone();
                gloo::events::EventListener::new(target, name, move |_| update())
            };
            let window = gloo::utils::window();
            let target: &web_sys::EventTarget = window.unchecked_ref();
            let listeners = [listen(target, "scroll"), listen(target, "resize")];
            move || drop(listeners)
        });
    }
    // After every render: measure what was drawn, and move the window if that changed it.
    use_effect(update);

    // Within the list: the memo above clamps it to a new list.
    let rendered = windowing.borrow().rendered.clone();
    html! {
        <ol class={classes!("event-list", "virtual", picking(&props.picks))} ref={list}>
            { for rendered.flat_map(|b| {
                let events = &props.events[block_events(props.events.len(), b)];
                month_items(data, events, props.level, props.picks.as_deref(), Some(b), lang)
            }) }
        </ol>
    }
}

/// Moves the window to the blocks near the viewport and pads the list for the rest; says
/// whether the window moved (and so needs a render). The padding changes with the window, before
/// any layout can see one without the other: scroll anchoring would otherwise chase the
/// difference, and the window with it.
fn place(list: &web_sys::Element, windowing: &mut Windowing) -> bool {
    let top = -list.get_bounding_client_rect().top();
    let viewport = gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(900.0);
    let wanted = windowing
        .heights
        .overlapping(top - MARGIN, top + viewport + MARGIN);
    let moved = wanted != windowing.rendered;
    windowing.rendered = wanted;
    pad(list, windowing);
    moved
}

/// Sets the list's padding to stand in for the blocks not rendered, so the scroll bar spans the
/// whole list. Through the CSSOM: the Content-Security-Policy blocks `style` attributes.
fn pad(list: &web_sys::Element, windowing: &mut Windowing) {
    let padding = windowing.heights.padding(&windowing.rendered);
    // Unchanged, it is left alone: a write would still be a mutation, and cost a style pass.
    if windowing.padding == Some(padding) {
        return;
    }
    if let Some(list) = list.dyn_ref::<web_sys::HtmlElement>() {
        for (side, height) in [("padding-top", padding.0), ("padding-bottom", padding.1)] {
            // Whole pixels (rounded above), printed as an integer (see `svg_number`).
            let _ = list
                .style()
                .set_property(side, &format!("{}px", height as i64));
        }
    }
    windowing.padding = Some(padding);
}

/// Records the height of every rendered block: from its first item's top to the next block's
/// (or, for the last, to where the list's padding begins).
fn measure(list: &web_sys::Element, padding_bottom: f64, heights: &mut BlockHeights) {
    let Ok(items) = list.query_selector_all(":scope > li[data-block]") else {
        return;
    };
    let mut tops: Vec<(usize, f64)> = Vec::new();
    for n in 0..items.length() {
        let Some(item) = items
            .item(n)
            .and_then(|i| i.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let Some(block) = item
            .get_attribute("data-block")
            .and_then(|b| b.parse::<usize>().ok())
        else {
            continue;
        };
        if tops.last().is_none_or(|&(last, _)| last != block) {
            tops.push((block, item.get_bounding_client_rect().top()));
        }
    }
    let end = list.get_bounding_client_rect().bottom() - padding_bottom;
    heights.record(&tops, end);
}
