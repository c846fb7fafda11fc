use super::EventCard;
use crate::data::dataset;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventListProps {
    /// Positions in `dataset().events`, in chronological order.
    pub events: Vec<usize>,
    /// Heading level of the month headings, so the list fits any page's outline.
    #[prop_or(2)]
    pub level: u8,
}

/// Events grouped by month, under headings that stay in view while scrolling. The timeline and
/// the actor pages both use it.
#[component]
pub fn EventList(props: &EventListProps) -> Html {
    let data = dataset();
    let mut months: Vec<(String, Vec<usize>)> = Vec::new();
    for &i in &props.events {
        let heading = data.events[i].date.sort_day().month_heading();
        match months.last_mut() {
            Some((last, events)) if *last == heading => events.push(i),
            _ => months.push((heading, vec![i])),
        }
    }
    let heading_tag = if props.level == 2 { "h2" } else { "h3" };
    html! {
        <ol class="event-list">
            { for months.into_iter().map(|(month, events)| html! {
                <li class="month">
                    <@{heading_tag} class="month-heading">{ month }</@>
                    <ol class="month-events">
                        { for events.into_iter().map(|i| html! { <li key={i}><EventCard index={i} /></li> }) }
                    </ol>
                </li>
            }) }
        </ol>
    }
}
