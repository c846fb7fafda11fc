use crate::router::use_lang;
use parley_core::link::Link;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// What was not found; by default, any page at this address.
    #[prop_or_default]
    pub what: Option<String>,
}

/// Unknown routes and unknown ids: say what was not found and where to go instead.
#[component]
pub fn NotFoundPage(props: &NotFoundProps) -> Html {
    #[cfg(feature = "test-hooks")]
    {
        // End-to-end tests prove the panic panel through this address; release builds for
        // readers are built without the feature and have no such trigger.
        let href = gloo::utils::window().location().href().unwrap_or_default();
        if href.contains("__panic") {
            panic!("test-hooks: a deliberate panic to show the error panel");
        }
    }
    let t = use_lang().t();
    html! {
        <section class="not-found">
            <h1>{ t.not_found }</h1>
            <p>{ props.what.as_deref().unwrap_or(t.no_page) }</p>
            <ul>
                <li><a href={Link::default().href()}>{ t.browse_timeline }</a></li>
                <li><a href={Link::actors().href()}>{ t.see_all_actors }</a></li>
            </ul>
        </section>
    }
}
