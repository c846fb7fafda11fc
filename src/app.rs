//! The page frame: header with navigation and the theme toggle, the routed view, the footer.

use crate::components::Notices;
use crate::data::dataset;
use crate::pages::{
    map_page, ActorPage, ActorsPage, ClaimsPage, EventPage, NetworkPage, NotFoundPage, SourcePage,
    StoryPage, TimelinePage,
};
use crate::router::{use_current, Router};
use crate::theme::{self, Theme};
use parley_core::link::{Lens, Link};
use parley_core::query::Filter;
use yew::prelude::*;

fn switch(link: &Link) -> Html {
    match link.clone() {
        Link::Timeline {
            filter,
            picks,
            embed,
        } => html! { <TimelinePage {filter} {picks} {embed} /> },
        Link::Story { story, step, embed } => html! { <StoryPage {story} {step} {embed} /> },
        Link::Event { id } => html! { <EventPage {id} /> },
        Link::Actors { sort, text } => html! { <ActorsPage {sort} {text} /> },
        Link::Actor { id } => html! { <ActorPage {id} /> },
        Link::Source { id, at } => html! { <SourcePage {id} {at} /> },
        Link::Map { filter } => map_page(&filter),
        Link::Network { filter } => html! { <NetworkPage {filter} /> },
        Link::Claims => html! { <ClaimsPage /> },
        Link::NotFound => html! { <NotFoundPage /> },
    }
}

#[component]
pub fn App() -> Html {
    html! {
        <Router>
            <Frame />
        </Router>
    }
}

/// Marks the document as embedded: every link then opens the full app in a new tab (the
/// `<base target>`), and the stylesheet drops the page's chrome.
fn set_embedded(embedded: bool) {
    let document = gloo::utils::document();
    let existing = document.get_element_by_id("embed-base");
    match (embedded, existing) {
        (true, None) => {
            if let (Ok(base), Some(head)) = (document.create_element("base"), document.head()) {
                base.set_id("embed-base");
                let _ = base.set_attribute("target", "_blank");
                let _ = head.append_child(&base);
            }
        }
        (false, Some(base)) => base.remove(),
        _ => {}
    }
    if let Some(root) = document.document_element() {
        let _ = match embedded {
            true => root.class_list().add_1("embedded"),
            false => root.class_list().remove_1("embedded"),
        };
    }
}

/// Everything inside the router: the frame around the routed view, or the bare view when
/// embedded.
#[component]
fn Frame() -> Html {
    let current = use_current();
    let embedded = current.link.embedded();
    use_effect_with(embedded, |embedded| set_embedded(*embedded));
    let theme = use_state(theme::current);
    {
        let theme = *theme;
        use_effect_with(theme, move |theme| theme::apply(*theme, false));
    }
    let toggle_theme = {
        let theme = theme.clone();
        Callback::from(move |_| {
            let next = theme.other();
            theme::apply(next, true);
            theme.set(next);
        })
    };
    // On a phone the navigation folds into a menu, closed again by any change of view.
    let menu = use_state(|| false);
    {
        let menu = menu.clone();
        use_effect_with(current.link.clone(), move |_| menu.set(false));
    }
    let toggle_menu = {
        let menu = menu.clone();
        Callback::from(move |_: MouseEvent| menu.set(!*menu))
    };
    let data = dataset();
    if embedded {
        return html! {
            <main id="main" tabindex="-1" class="embedded-view">
                <Notices notices={current.notices.clone()} />
                { switch(&current.link) }
                <p class="embed-credit">
                    <a href={Link::default().href()}>{ "Parley" }</a>
                    { format!(": {} events from {} articles, each citing its sentence.", data.events.len(), data.documents.len()) }
                </p>
            </main>
        };
    }
    html! {
        <>
            <a class="skip-link" href="#main" onclick={skip_to_main()}>{ "Skip to content" }</a>
            <header class="site-header">
                <a href={Link::default().href()} class="brand">{ "Parley" }</a>
                <button type="button" class="menu-toggle" aria-controls="site-nav" aria-expanded={if *menu { "true" } else { "false" }}
                    onclick={toggle_menu}>{ "Menu" }</button>
                <nav id="site-nav" aria-label="Main" class={classes!((*menu).then_some("open"))}>
                    <ul>
                        <li><a href={Link::default().href()}>{ "Timeline" }</a></li>
                        <li><a href={Link::actors().href()}>{ "Actors" }</a></li>
                        <li><a href={Lens::Map.link(Filter::default()).href()}>{ "Map" }</a></li>
                        <li><a href={Lens::Network.link(Filter::default()).href()}>{ "Who met whom" }</a></li>
                        <li><a href={Link::Claims.href()}>{ "Accounts that differ" }</a></li>
                    </ul>
                </nav>
                <button type="button" class="theme-toggle" onclick={toggle_theme}
                    aria-pressed={if *theme == Theme::Dark { "true" } else { "false" }}>
                    { if *theme == Theme::Dark { "Light mode" } else { "Dark mode" } }
                </button>
            </header>
            <main id="main" tabindex="-1">
                <Notices notices={current.notices.clone()} />
                { switch(&current.link) }
            </main>
            <footer class="site-footer">
                <p>
                    { format!("{} events from {} articles. Every fact cites the sentence that states it. Dataset ", data.events.len(), data.documents.len()) }
                    <code>{ &data.version }</code>{ "." }
                </p>
            </footer>
        </>
    }
}

/// The skip link moves focus without touching the hash, which holds the route.
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|event: MouseEvent| {
        event.prevent_default();
        if let Some(main) = gloo::utils::document().get_element_by_id("main") {
            use wasm_bindgen::JsCast;
            if let Some(main) = main.dyn_ref::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    })
}
