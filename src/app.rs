//! The page frame: header with navigation and the theme toggle, the routed view, the footer.

use crate::data::dataset;
use crate::pages::{
    ActorPage, ActorsPage, ClaimsPage, EventPage, NetworkPage, NotFoundPage, SourcePage,
    TimelinePage,
};
use crate::route::Route;
use crate::theme::{self, Theme};
use yew::prelude::*;
use yew_router::prelude::*;

fn switch(route: Route) -> Html {
    match route {
        Route::Timeline => html! { <TimelinePage /> },
        Route::Event { id } => html! { <EventPage {id} /> },
        Route::Actors => html! { <ActorsPage /> },
        Route::Actor { id } => html! { <ActorPage {id} /> },
        Route::Source { id } => html! { <SourcePage {id} /> },
        Route::Network => html! { <NetworkPage /> },
        Route::Claims => html! { <ClaimsPage /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}

#[component]
pub fn App() -> Html {
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
    let data = dataset();
    html! {
        <HashRouter>
            <a class="skip-link" href="#main" onclick={skip_to_main()}>{ "Skip to content" }</a>
            <header class="site-header">
                <Link<Route> to={Route::Timeline} classes="brand">{ "Parley" }</Link<Route>>
                <nav aria-label="Main">
                    <ul>
                        <li><Link<Route> to={Route::Timeline}>{ "Timeline" }</Link<Route>></li>
                        <li><Link<Route> to={Route::Actors}>{ "Actors" }</Link<Route>></li>
                        <li><Link<Route> to={Route::Network}>{ "Who met whom" }</Link<Route>></li>
                        <li><Link<Route> to={Route::Claims}>{ "Accounts that differ" }</Link<Route>></li>
                    </ul>
                </nav>
                <button type="button" class="theme-toggle" onclick={toggle_theme}
                    aria-pressed={if *theme == Theme::Dark { "true" } else { "false" }}>
                    { if *theme == Theme::Dark { "Light mode" } else { "Dark mode" } }
                </button>
            </header>
            <main id="main" tabindex="-1">
                <Switch<Route> render={switch} />
            </main>
            <footer class="site-footer">
                <p>
                    { format!("{} events from {} articles. Every fact cites the sentence that states it. Dataset ", data.events.len(), data.documents.len()) }
                    <code>{ &data.version }</code>{ "." }
                </p>
            </footer>
        </HashRouter>
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
