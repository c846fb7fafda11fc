//! The page frame: header with navigation, the language picker and the theme toggle, the
//! routed view, the footer.

use crate::components::{use_corpus, CiteThis, Notices};
use crate::data::corpus;
use crate::language;
use crate::pages::{
    map_page, ActorPage, ActorsPage, ClaimsPage, EventPage, NetworkPage, NotFoundPage, SourcePage,
    StoryPage, TimelinePage,
};
use crate::router::{self, use_current, Router};
use crate::theme::{self, Theme};
use parley_core::i18n::{fill, Lang};
use parley_core::link::{Lens, Link};
use parley_core::query::Filter;
use parley_core::view::{Corpus, View};
use yew::prelude::*;

/// The page for `link`, showing `view`, which [`View::for_link`] computed for it.
fn switch(link: &Link, view: &View, lang: Lang) -> Html {
    match (link.clone(), view.clone()) {
        (
            Link::Timeline {
                filter,
                picks,
                embed,
                axis,
            },
            View::Timeline { list, map },
        ) => html! { <TimelinePage {filter} {picks} {embed} {axis} {list} {map} /> },
        (Link::Story { story, step, embed }, View::Story { story: view, map }) => {
            html! { <StoryPage {story} {step} {embed} {view} {map} /> }
        }
        (Link::Event { id }, View::Event(view)) => html! { <EventPage {id} {view} /> },
        (Link::Actors { sort, text }, View::Actors(view)) => {
            html! { <ActorsPage {sort} {text} {view} /> }
        }
        (Link::Actor { id }, View::Actor(view)) => html! { <ActorPage {id} {view} /> },
        (Link::Source { id, at }, View::Source(view)) => html! { <SourcePage {id} {at} {view} /> },
        (Link::Map { filter, zoom }, View::Map { filters, map }) => {
            map_page(&filter, zoom, &filters, map, lang)
        }
        (Link::Network { filter }, View::Network { filters, network }) => {
            html! { <NetworkPage {filter} {filters} view={network} /> }
        }
        (Link::Claims, View::Claims(claims)) => html! { <ClaimsPage {claims} /> },
        _ => html! { <NotFoundPage /> },
    }
}

#[component]
pub fn App() -> Html {
    html! {
        <ContextProvider<Corpus<'static>> context={corpus()}>
            <Router>
                <Frame />
            </Router>
        </ContextProvider<Corpus<'static>>>
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
    let corpus = use_corpus();
    let data = corpus.data;
    let lang = current.lang;
    let t = lang.t();
    use_effect_with((current.link.clone(), lang), move |(link, lang)| {
        language::apply(corpus, link, *lang)
    });
    // Computed when what the view shows changes: not on every render of the frame, nor on a
    // pan of the axis or a zoom of the map, which only the drawing follows.
    let view = use_memo(
        (current.link.without_viewport(), lang),
        move |(link, lang)| View::for_link(corpus, link, *lang),
    );
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
    let counts = [
        ("events", lang.count(data.events.len(), &t.events)),
        ("articles", lang.count(data.documents.len(), &t.articles)),
    ];
    let counts: Vec<(&str, &str)> = counts.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let on_language = {
        let link = current.link.clone();
        Callback::from(move |e: Event| {
            use wasm_bindgen::JsCast;
            let picked = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .and_then(|select| Lang::from_code(&select.value()));
            if let Some(picked) = picked {
                router::switch_language(&link, picked);
            }
        })
    };
    if embedded {
        return html! {
            <main id="main" tabindex="-1" class="embedded-view">
                <Notices notices={current.notices.clone()} />
                { switch(&current.link, &view, lang) }
                <p class="embed-credit">
                    <a href={Link::default().href()}>{ "Parley" }</a>
                    { fill(t.embed_credit, &counts) }
                </p>
            </main>
        };
    }
    html! {
        <>
            <a class="skip-link" href={skip_href(&current.link)} onclick={skip_to_main()}>{ t.skip_to_content }</a>
            <header class="site-header">
                <a href={Link::default().href()} class="brand">{ "Parley" }</a>
                <button type="button" class="menu-toggle" aria-controls="site-nav" aria-expanded={if *menu { "true" } else { "false" }}
                    onclick={toggle_menu}>{ t.menu }</button>
                <nav id="site-nav" aria-label={t.main_navigation} class={classes!((*menu).then_some("open"))}>
                    <ul>
                        <li><a href={Link::default().href()}>{ t.nav_timeline }</a></li>
                        <li><a href={Link::actors().href()}>{ t.nav_actors }</a></li>
                        <li><a href={Lens::Map.link(Filter::default()).href()}>{ t.lens_map }</a></li>
                        <li><a href={Lens::Network.link(Filter::default()).href()}>{ t.lens_network }</a></li>
                        <li><a href={Link::Claims.href()}>{ t.nav_claims }</a></li>
                    </ul>
                </nav>
                <span class="language-picker">
                    <label for="language" class="visually-hidden">{ t.language }</label>
                    <select id="language" onchange={on_language}>
                        { for Lang::ALL.iter().map(|&l| html! {
                            <option value={l.code()} lang={l.code()} selected={l == lang}>{ l.name() }</option>
                        }) }
                    </select>
                </span>
                <button type="button" class="theme-toggle" onclick={toggle_theme}
                    aria-pressed={if *theme == Theme::Dark { "true" } else { "false" }}>
                    { if *theme == Theme::Dark { t.light_mode } else { t.dark_mode } }
                </button>
            </header>
            <main id="main" tabindex="-1">
                <Notices notices={current.notices.clone()} />
                { switch(&current.link, &view, lang) }
            </main>
            <footer class="site-footer">
                <p>
                    { fill(t.footer, &counts) }
                    <code>{ &data.version }</code>{ "." }
                </p>
                <CiteThis link={current.link.clone()} />
            </footer>
        </>
    }
}

/// The skip link's address: this page's `#main`. A hosted page's links resolve against its
/// language root, so a bare `#main` would name another page when no script runs.
fn skip_href(link: &Link) -> String {
    match parley_core::link::routing() {
        parley_core::link::Routing::Path => format!("{}#main", link.href()),
        parley_core::link::Routing::Hash => String::from("#main"),
    }
}

/// The skip link moves focus without touching the address, which holds the route.
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
