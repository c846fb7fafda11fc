use parley_core::link::Link;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    #[prop_or_else(|| "There is no page at this address.".to_string())]
    pub what: String,
}

/// Unknown routes and unknown ids: say what was not found and where to go instead.
#[component]
pub fn NotFoundPage(props: &NotFoundProps) -> Html {
    #[cfg(feature = "test-hooks")]
    {
        // End-to-end tests prove the panic panel through this address; release builds for
        // readers are built without the feature and have no such trigger.
        let hash = gloo::utils::window().location().hash().unwrap_or_default();
        if hash == "#/__panic" {
            panic!("test-hooks: a deliberate panic to show the error panel");
        }
    }
    html! {
        <section class="not-found">
            <h1>{ "Not found" }</h1>
            <p>{ &props.what }</p>
            <ul>
                <li><a href={Link::default().href()}>{ "Browse the timeline" }</a></li>
                <li><a href={Link::actors().href()}>{ "See all actors" }</a></li>
            </ul>
        </section>
    }
}
