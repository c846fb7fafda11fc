//! `actors.toml`, `places.toml` and `topics.toml`: who takes part, where, and about what.

use super::checker::Checker;
use super::files::DataFile;
use super::records::{ActorsFile, PlacesFile, TopicsFile};
use crate::model::{Actor, ActorKind, Document, Place, PlaceKind, Role, Side, TextRange, Topic};
use toml::Spanned;

pub(super) fn build_actors(
    c: &mut Checker,
    documents: &[Document],
    file: ActorsFile,
) -> Vec<Actor> {
    c.unique_ids(DataFile::Actors, "actor", file.actor.iter().map(|a| &a.id));
    let mut actors = Vec::new();
    for record in file.actor {
        let kind: Option<ActorKind> = c.vocabulary(DataFile::Actors, &record.kind, "actor kind");
        let side: Option<Side> = c.vocabulary(DataFile::Actors, &record.side, "side");
        for alias in &record.aliases {
            let named = documents.iter().any(|d| {
                crate::text::find_words(&d.text, alias.get_ref())
                    .into_iter()
                    .any(|at| d.is_story(TextRange::new(at, at + alias.get_ref().len())))
            });
            if !named {
                c.error(DataFile::Actors, alias, format!("the alias '{}' matches no story text: write it exactly as an article has it, or remove it", alias.get_ref()));
            }
        }
        let what = format!("actor '{}'", record.id.get_ref());
        let words = (&record.uk, &record.ru);
        c.translated_fields(DataFile::Actors, words, &["name"]);
        let name = c.field(DataFile::Actors, &what, "name", &record.name, words);
        let roles = record
            .roles
            .iter()
            .filter_map(|role| {
                let (uk, ru) = (role.uk.as_ref(), role.ru.as_ref());
                let title =
                    c.translated(DataFile::Actors, "the role", "{lang}", &role.title, uk, ru);
                c.source(DataFile::Actors, documents, &role.document, &role.excerpt)
                    .map(|source| Role { title, source })
            })
            .collect();
        if let (Some(kind), Some(side)) = (kind, side) {
            actors.push(Actor {
                id: record.id.into_inner(),
                name,
                kind,
                side,
                aliases: record
                    .aliases
                    .into_iter()
                    .map(Spanned::into_inner)
                    .collect(),
                roles,
            });
        }
    }
    actors
}

pub(super) fn build_places(c: &mut Checker, file: PlacesFile) -> Vec<Place> {
    c.unique_ids(DataFile::Places, "place", file.place.iter().map(|p| &p.id));
    let mut places = Vec::new();
    for record in file.place {
        if !(-90.0..=90.0).contains(&record.latitude)
            || !(-180.0..=180.0).contains(&record.longitude)
        {
            c.error(
                DataFile::Places,
                &record.id,
                "latitude must be within ±90 and longitude within ±180",
            );
        }
        let kind: Option<PlaceKind> = c.vocabulary(DataFile::Places, &record.kind, "place kind");
        let what = format!("place '{}'", record.id.get_ref());
        let words = (&record.uk, &record.ru);
        c.translated_fields(DataFile::Places, words, &["name", "country"]);
        let name = c.field(DataFile::Places, &what, "name", &record.name, words);
        let country = c.field(DataFile::Places, &what, "country", &record.country, words);
        places.extend(kind.map(|kind| Place {
            id: record.id.into_inner(),
            name,
            country,
            kind,
            latitude: record.latitude,
            longitude: record.longitude,
        }));
    }
    places
}

pub(super) fn build_topics(c: &mut Checker, file: TopicsFile) -> Vec<Topic> {
    c.unique_ids(DataFile::Topics, "topic", file.topic.iter().map(|t| &t.id));
    let mut topics = Vec::new();
    for record in file.topic {
        let what = format!("topic '{}'", record.id.get_ref());
        let words = (&record.uk, &record.ru);
        c.translated_fields(DataFile::Topics, words, &["name"]);
        let name = c.field(DataFile::Topics, &what, "name", &record.name, words);
        topics.push(Topic {
            id: record.id.into_inner(),
            name,
        });
    }
    topics
}
