use crate::router::use_lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<String>,
}

/// What a URL asked for that could not be applied, and what was done instead.
#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let t = use_lang().t();
    if props.notices.is_empty() {
        return html! {};
    }
    html! {
        <div class="notices" role="status">
            <p>{ t.notices_intro }</p>
            <ul>
                { for props.notices.iter().map(|n| html! { <li class="notice">{ n }</li> }) }
            </ul>
        </div>
    }
}
