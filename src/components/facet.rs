use crate::router::use_lang;
use parley_core::query::FilterAction;
use parley_core::view::timeline::FacetChoices;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FacetGroupProps {
    pub choices: FacetChoices,
    /// Called with the toggle of the option the reader checked or unchecked.
    pub on_toggle: Callback<FilterAction>,
}

/// One facet: a labelled checkbox per value, with its count, as Datasette shows them.
#[component]
pub fn FacetGroup(props: &FacetGroupProps) -> Html {
    let facet = props.choices.facet;
    let name = facet.param();
    let lang = use_lang();
    html! {
        <fieldset class="facet" data-facet={name}>
            <legend>{ facet.legend(lang) }</legend>
            <ul>
                { for props.choices.options.iter().map(|option| {
                    let id = format!("f-{name}-{}", option.value);
                    let onchange = {
                        let on_toggle = props.on_toggle.clone();
                        let value = option.value.clone();
                        Callback::from(move |_: Event| on_toggle.emit(FilterAction::Toggle(facet, value.clone())))
                    };
                    let empty = option.count == 0 && !option.checked;
                    html! {
                        <li class={classes!(empty.then_some("empty"))}>
                            <input type="checkbox" id={id.clone()} checked={option.checked} {onchange}
                                data-value={option.value.clone()} />
                            <label for={id}>
                                { &option.label }
                                <span class="count" data-count={option.count.to_string()}>{ option.count }</span>
                            </label>
                        </li>
                    }
                }) }
            </ul>
        </fieldset>
    }
}
