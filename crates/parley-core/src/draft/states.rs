//! States a sentence names by what acts for them rather than by their name: their people's
//! adjective before what a state does ("Russian strikes", "a U.S. proposal", "U.S. officials
//! have suggested") and their capital as the subject of a verb ("Kyiv agreed"). These take
//! part in its event as a state named outright does; they are not mentions of it.

use super::participants::opens_clause;
use crate::model::{Actor, ActorKind, Place, PlaceKind};
use crate::text::find_words;

/// A people's adjective and the name of its state, as the dataset's actors name states:
/// reference data, as the gazetteer is.
const DEMONYMS: &[(&str, &str)] = &[
    ("Russian", "Russia"),
    ("Ukrainian", "Ukraine"),
    ("U.S.", "United States"),
    ("American", "United States"),
    ("British", "United Kingdom"),
    ("French", "France"),
    ("German", "Germany"),
    ("Finnish", "Finland"),
    ("Norwegian", "Norway"),
    ("Turkish", "Turkey"),
    ("Chinese", "China"),
    ("Saudi", "Saudi Arabia"),
];

/// What a state does or sends, after its people's adjective: "Russian strikes", not "a
/// Russian general" or "a U.S. teacher".
const ACTS: &[&str] = &[
    "strike",
    "airstrike",
    "attack",
    "offensive",
    "bombardment",
    "forces",
    "troops",
    "military",
    "army",
    "drones",
    "missiles",
    "officials",
    "authorities",
    "government",
    "administration",
    "delegation",
    "negotiators",
    "proposal",
    "plan",
    "offer",
];

/// The states `words` names by an adjective or a capital, with where.
pub(super) fn acting(words: &str, everyone: &[Actor], places: &[Place]) -> Vec<(String, usize)> {
    let state = |name: &str| {
        everyone
            .iter()
            .find(|a| {
                a.kind == ActorKind::State
                    && (a.name.en == name || a.aliases.iter().any(|alias| alias == name))
            })
            .map(|a| a.id.clone())
    };
    let mut found = Vec::new();
    for (adjective, name) in DEMONYMS {
        let Some(id) = state(name) else { continue };
        for at in find_words(words, adjective) {
            let noun = words[at + adjective.len()..]
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_end_matches([',', '.', ';', ':']);
            // "strikes", "officials": the plural of what is listed, or the word itself.
            let acts = ACTS
                .iter()
                .any(|act| noun == *act || noun.strip_suffix('s') == Some(act));
            if acts {
                found.push((id.clone(), at));
            }
        }
    }
    for place in places.iter().filter(|p| p.kind == PlaceKind::City) {
        let Some(id) = state(&place.country.en) else {
            continue;
        };
        for at in find_words(words, &place.name.en) {
            // "Kyiv agreed", not "in Kyiv", "Kyiv’s energy" or "Kyiv and its allies are".
            let before = words[..at].split_whitespace().next_back().unwrap_or("");
            let subject = at == 0
                || before.ends_with([',', ';'])
                || matches!(before, "that" | "if" | "when" | "as" | "because" | "while");
            if subject && opens_clause(&words[at..]) {
                found.push((id.clone(), at));
            }
        }
    }
    found.sort_by_key(|(_, at)| *at);
    found
}
