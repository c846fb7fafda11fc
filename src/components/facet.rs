use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct FacetOption {
    /// The URL value.
    pub value: String,
    pub label: String,
    /// Events this choice would give under the other filters.
    pub count: usize,
    pub checked: bool,
}

#[derive(Properties, PartialEq)]
pub struct FacetGroupProps {
    /// The URL parameter, also used for element ids.
    pub name: &'static str,
    pub legend: &'static str,
    pub options: Vec<FacetOption>,
    pub on_toggle: Callback<String>,
}

/// One facet: a labelled checkbox per value, with its count, as Datasette shows them.
#[component]
pub fn FacetGroup(props: &FacetGroupProps) -> Html {
    html! {
        <fieldset class="facet" data-facet={props.name}>
            <legend>{ props.legend }</legend>
            <ul>
                { for props.options.iter().map(|option| {
                    let id = format!("f-{}-{}", props.name, option.value);
                    let onchange = {
                        let on_toggle = props.on_toggle.clone();
                        let value = option.value.clone();
                        Callback::from(move |_: Event| on_toggle.emit(value.clone()))
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
