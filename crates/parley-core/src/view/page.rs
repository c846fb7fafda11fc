//! What a page says of itself: its `<title>`, its meta description and the words of its link
//! preview. The prerendered page and the app's every change of view write the same.

use super::story::StoryView;
use crate::i18n::{fill, Lang};
use crate::link::Link;
use crate::model::Dataset;
use crate::query::{Filter, SearchIndex};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageMeta {
    /// The view's own name: an event's title, an actor's name, an article's headline.
    pub title: String,
    /// The document's `<title>`: the view's name, then "Parley".
    pub document_title: String,
    /// One or two sentences for search results and link previews.
    pub description: String,
}

impl PageMeta {
    pub fn new(dataset: &Dataset, index: &SearchIndex, link: &Link, lang: Lang) -> PageMeta {
        let t = lang.t();
        let filtered = |name: &str, filter: &Filter| match filter == &Filter::default() {
            true => name.to_string(),
            false => format!("{name}: {}", filter.describe(index, lang)),
        };
        let (title, description) = match link {
            Link::Timeline { filter, .. } if filter == &Filter::default() => {
                let meta = PageMeta {
                    title: t.timeline_heading.to_string(),
                    document_title: t.document_title.to_string(),
                    description: t.site_description.to_string(),
                };
                return meta;
            }
            Link::Timeline { filter, .. } => (filtered(t.timeline_heading, filter), None),
            Link::Map { filter, .. } => (filtered(t.map_heading, filter), None),
            Link::Network { filter } => (filtered(t.lens_network, filter), None),
            Link::Story { story, step, embed } => {
                let view = StoryView::new(dataset, index, story, *step, *embed, lang);
                (view.title, None)
            }
            Link::Event { id } => match dataset.event(id) {
                Some(event) => (
                    event.title.get(lang).to_string(),
                    Some(event.summary.get(lang).to_string()),
                ),
                None => (t.not_found.to_string(), None),
            },
            Link::Actors { .. } => (t.nav_actors.to_string(), None),
            Link::Actor { id } => match dataset.actor(id) {
                Some(actor) => {
                    let name = actor.name.get(lang);
                    let roles: Vec<&str> = actor.roles.iter().map(|r| r.title.get(lang)).collect();
                    let events = dataset.events.iter().filter(|e| e.has_actor(id)).count();
                    let events = lang.count(events, &t.events);
                    let description = fill(
                        t.actor_description,
                        &[
                            ("name", name),
                            ("roles", &roles.join("; ")),
                            ("events", &events),
                        ],
                    );
                    (name.to_string(), Some(description))
                }
                None => (t.not_found.to_string(), None),
            },
            Link::Source { id, .. } => match dataset.document(id) {
                Some(doc) => {
                    let date = doc.published.short(lang);
                    let description = fill(
                        t.source_description,
                        &[("outlet", &doc.outlet), ("date", &date)],
                    );
                    (doc.headline.clone(), Some(description))
                }
                None => (t.not_found.to_string(), None),
            },
            Link::Claims => (t.nav_claims.to_string(), None),
            Link::NotFound => (t.not_found.to_string(), None),
        };
        PageMeta {
            document_title: fill(t.page_title, &[("title", &title)]),
            title,
            description: description.unwrap_or_else(|| t.site_description.to_string()),
        }
    }
}

/// Every page the build writes, in each language: the fixed views, then every actor, event
/// and article.
pub fn pages(dataset: &Dataset) -> Vec<Link> {
    let mut pages = vec![
        Link::default(),
        Link::actors(),
        Link::map(Filter::default()),
        Link::Network {
            filter: Filter::default(),
        },
        Link::Claims,
        Link::story(Default::default()),
    ];
    pages.extend(dataset.actors.iter().map(|a| Link::actor(&a.id)));
    pages.extend(dataset.events.iter().map(|e| Link::event(&e.id)));
    pages.extend(dataset.documents.iter().map(|d| Link::source(&d.id, None)));
    pages
}
