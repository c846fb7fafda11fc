//! What a reader does to a view, as a change of its [`Link`]: the one reducer every control in
//! the app dispatches to, as [`FilterAction`] is for a filter. A change that does not apply to
//! the view (a pick on the map) leaves the link as it is.

use super::{ActorSort, AxisSpan, Link, PACES};
use crate::atlas::MapZoom;
use crate::query::FilterAction;

#[derive(Clone, Debug, PartialEq)]
pub enum LinkAction {
    /// A change of the view's filter (timeline, map, network), zoomed as it was.
    Filter(FilterAction),
    /// Picks an event for a story (the timeline), or unpicks it if picked.
    TogglePick(String),
    /// Unpicks every event.
    ClearPicks,
    /// Zooms or moves the timeline's axis.
    Axis(AxisSpan),
    /// Zooms or moves the map.
    MapZoom(Option<MapZoom>),
    /// Opens a story's step (0 is its cover).
    Step(usize),
    /// Names a story, as typed: trimmed.
    StoryTitle(String),
    /// Sets a story's autoplay pace, one of [`PACES`]; any other is ignored.
    Pace(u32),
    /// Sorts the actors' list.
    ActorSort(ActorSort),
    /// Searches the actors' list, as typed.
    ActorSearch(String),
}

impl LinkAction {
    /// Whether the change replaces the address rather than adding a history entry: typing,
    /// zooming and settings do, so that back leaves the view rather than undo a keystroke.
    pub fn replaces(&self) -> bool {
        match self {
            LinkAction::Filter(action) => matches!(action, FilterAction::SetText(_)),
            LinkAction::TogglePick(_) | LinkAction::ClearPicks | LinkAction::Step(_) => false,
            LinkAction::Axis(_)
            | LinkAction::MapZoom(_)
            | LinkAction::StoryTitle(_)
            | LinkAction::Pace(_)
            | LinkAction::ActorSort(_)
            | LinkAction::ActorSearch(_) => true,
        }
    }
}

impl Link {
    /// This link with `action` done to it.
    pub fn apply(&self, action: LinkAction) -> Link {
        let mut next = self.clone();
        match (&mut next, action) {
            (
                Link::Timeline { filter, .. } | Link::Map { filter, .. } | Link::Network { filter },
                LinkAction::Filter(action),
            ) => return self.with_filter(filter.clone().apply(action)),
            (Link::Timeline { picks, .. }, LinkAction::TogglePick(id)) => {
                match picks.iter().position(|p| *p == id) {
                    Some(n) => drop(picks.remove(n)),
                    None => picks.push(id),
                }
            }
            (Link::Timeline { picks, .. }, LinkAction::ClearPicks) => picks.clear(),
            (Link::Timeline { axis, .. }, LinkAction::Axis(span)) => *axis = span,
            (Link::Map { zoom, .. }, LinkAction::MapZoom(to)) => *zoom = to,
            (Link::Story { step, .. }, LinkAction::Step(to)) => *step = to,
            (Link::Story { story, .. }, LinkAction::StoryTitle(title)) => {
                story.title = title.trim().to_string()
            }
            (Link::Story { story, .. }, LinkAction::Pace(pace)) if PACES.contains(&pace) => {
                story.pace = pace
            }
            (Link::Actors { sort, .. }, LinkAction::ActorSort(to)) => *sort = to,
            (Link::Actors { text, .. }, LinkAction::ActorSearch(to)) => *text = to,
            _ => {}
        }
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::Story;
    use crate::query::Filter;

    fn timeline(picks: &[&str]) -> Link {
        Link::Timeline {
            filter: Filter::for_actor("putin"),
            picks: picks.iter().map(|p| p.to_string()).collect(),
            embed: true,
            axis: None,
        }
    }

    #[test]
    fn a_pick_is_added_at_the_end_and_a_second_press_takes_it_out() {
        let picked = timeline(&["a"]).apply(LinkAction::TogglePick("b".into()));
        assert_eq!(picked, timeline(&["a", "b"]));
        assert_eq!(
            picked.apply(LinkAction::TogglePick("a".into())),
            timeline(&["b"])
        );
        assert_eq!(picked.apply(LinkAction::ClearPicks), timeline(&[]));
    }

    #[test]
    fn a_filter_change_keeps_the_picks_embedding_and_zoom() {
        let span = Some((
            crate::Day::parse("2025-02-01").unwrap(),
            crate::Day::parse("2025-03-01").unwrap(),
        ));
        let zoomed = timeline(&["a"]).apply(LinkAction::Axis(span));
        let next = zoomed.apply(LinkAction::Filter(FilterAction::SetText("riyadh".into())));
        let Link::Timeline {
            filter,
            picks,
            embed,
            axis,
        } = next
        else {
            panic!("still the timeline");
        };
        let searched = Filter::for_actor("putin").apply(FilterAction::SetText("riyadh".into()));
        assert_eq!(
            (filter, picks, embed, axis),
            (searched, vec!["a".to_string()], true, span)
        );
    }

    #[test]
    fn a_story_takes_steps_a_trimmed_title_and_only_a_known_pace() {
        let story = Link::story(Story::default());
        let Link::Story { story: s, step, .. } = story
            .apply(LinkAction::Step(3))
            .apply(LinkAction::StoryTitle("  Riyadh talks ".into()))
            .apply(LinkAction::Pace(PACES[1]))
            .apply(LinkAction::Pace(7))
        else {
            panic!("still a story");
        };
        assert_eq!(
            (step, s.title.as_str(), s.pace),
            (3, "Riyadh talks", PACES[1])
        );
    }

    #[test]
    fn the_actors_list_takes_its_sort_and_search() {
        let link = Link::actors()
            .apply(LinkAction::ActorSort(ActorSort::Name))
            .apply(LinkAction::ActorSearch("wit".into()));
        assert_eq!(
            link,
            Link::Actors {
                sort: ActorSort::Name,
                text: "wit".into()
            }
        );
    }

    #[test]
    fn an_action_for_another_view_changes_nothing() {
        for link in [
            Link::event("x"),
            Link::Claims,
            Link::NotFound,
            Link::actors(),
        ] {
            for action in [
                LinkAction::TogglePick("a".into()),
                LinkAction::Step(2),
                LinkAction::MapZoom(None),
                LinkAction::Filter(FilterAction::Clear),
            ] {
                assert_eq!(link.apply(action), link);
            }
        }
    }

    #[test]
    fn typing_zooming_and_settings_replace_the_address_and_the_rest_add_to_history() {
        assert!(LinkAction::Filter(FilterAction::SetText("x".into())).replaces());
        assert!(!LinkAction::Filter(FilterAction::Clear).replaces());
        assert!(!LinkAction::TogglePick("a".into()).replaces());
        assert!(!LinkAction::Step(1).replaces());
        assert!(LinkAction::MapZoom(None).replaces());
        assert!(LinkAction::ActorSearch("a".into()).replaces());
    }
}
