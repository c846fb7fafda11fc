//! The records of the seven TOML files, as serde reads them, with the spans that errors point
//! at.

use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

pub(super) type S<T> = Spanned<T>;

/// A record's words in one other language, by field: `uk.title = "…"` is `title` in
/// Ukrainian.
pub(super) type Words = BTreeMap<String, S<String>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DocumentsFile {
    #[serde(default)]
    pub(super) document: Vec<DocumentRecord>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DocumentRecord {
    pub(super) id: S<String>,
    pub(super) author: Option<S<String>>,
    /// 1-based inclusive line ranges of the seed file that are the story.
    pub(super) story_lines: S<Vec<[usize; 2]>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ActorsFile {
    #[serde(default)]
    pub(super) actor: Vec<ActorRecord>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ActorRecord {
    pub(super) id: S<String>,
    pub(super) name: S<String>,
    #[serde(default)]
    pub(super) uk: Words,
    #[serde(default)]
    pub(super) ru: Words,
    pub(super) kind: S<String>,
    pub(super) side: S<String>,
    pub(super) aliases: Vec<S<String>>,
    #[serde(default)]
    pub(super) roles: Vec<RoleRecord>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RoleRecord {
    pub(super) title: S<String>,
    pub(super) uk: Option<S<String>>,
    pub(super) ru: Option<S<String>>,
    pub(super) document: S<String>,
    pub(super) excerpt: S<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PlacesFile {
    #[serde(default)]
    pub(super) place: Vec<PlaceRecord>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PlaceRecord {
    pub(super) id: S<String>,
    pub(super) name: S<String>,
    pub(super) country: S<String>,
    #[serde(default)]
    pub(super) uk: Words,
    #[serde(default)]
    pub(super) ru: Words,
    /// `city`, `region` or `country`.
    pub(super) kind: S<String>,
    pub(super) latitude: f64,
    pub(super) longitude: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EventsFile {
    #[serde(default)]
    pub(super) event: Vec<EventRecord>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EventRecord {
    pub(super) id: S<String>,
    pub(super) title: S<String>,
    pub(super) summary: S<String>,
    #[serde(default)]
    pub(super) uk: Words,
    #[serde(default)]
    pub(super) ru: Words,
    pub(super) kind: S<String>,
    pub(super) status: S<String>,
    pub(super) date: S<DateRecord>,
    pub(super) place: Option<S<String>>,
    /// `"witkoff"`, or `"witkoff:visitor"` where the text gives a part.
    #[serde(default)]
    pub(super) actors: Vec<S<String>>,
    #[serde(default)]
    pub(super) topics: Vec<S<String>>,
    #[serde(default)]
    pub(super) sources: Vec<SourceRecord>,
}
/// No `deny_unknown_fields` here: serde cannot have it beside `flatten`. The rule's own
/// variants deny every field they do not know, and those are all that remain.
#[derive(Deserialize)]
pub(super) struct DateRecord {
    /// The words of the text that date the event; must occur in one of its excerpts.
    pub(super) phrase: String,
    /// The article whose publication date anchors relative words; default: the first source's.
    pub(super) document: Option<String>,
    #[serde(flatten)]
    pub(super) rule: RuleRecord,
}

/// `rule = "…"` and the fields that rule takes; see [`crate::date::DateRule`]. Days are read
/// as text, so that a bad one is reported with the field it is in. Rules without fields are
/// empty structs, not units: serde lets a unit variant take any field.
#[derive(Deserialize)]
#[serde(tag = "rule", rename_all = "kebab-case", deny_unknown_fields)]
pub(super) enum RuleRecord {
    Stated {
        day: String,
    },
    StatedRange {
        start: String,
        end: String,
    },
    OnOrBefore {
        day: String,
    },
    Weekday {},
    NextWeekday {},
    EarlierThisWeek {},
    ThisWeek {},
    EarlierThisMonth {},
    LastMonth {},
    NextMonth {},
    AfterPublication {},
    /// The event counted from (listed above this one), and how many days after it
    /// (negative: before).
    Offset {
        anchor: String,
        days: i64,
    },
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SourceRecord {
    pub(super) document: S<String>,
    pub(super) excerpt: S<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct QuotesFile {
    #[serde(default)]
    pub(super) quote: Vec<QuoteRecord>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct QuoteRecord {
    pub(super) id: S<String>,
    pub(super) speaker: S<String>,
    pub(super) text: S<String>,
    pub(super) document: S<String>,
    pub(super) event: Option<S<String>>,
    pub(super) medium: Option<S<String>>,
    #[serde(default)]
    pub(super) uk: Words,
    #[serde(default)]
    pub(super) ru: Words,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ClaimsFile {
    #[serde(default)]
    pub(super) claim: Vec<ClaimRecord>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ClaimRecord {
    pub(super) id: S<String>,
    pub(super) question: S<String>,
    #[serde(default)]
    pub(super) uk: Words,
    #[serde(default)]
    pub(super) ru: Words,
    pub(super) account: Vec<AccountRecord>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct AccountRecord {
    pub(super) actor: S<String>,
    pub(super) says: S<String>,
    #[serde(default)]
    pub(super) uk: Words,
    #[serde(default)]
    pub(super) ru: Words,
    pub(super) document: S<String>,
    pub(super) excerpt: S<String>,
    pub(super) event: Option<S<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct TopicsFile {
    #[serde(default)]
    pub(super) topic: Vec<TopicRecord>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct TopicRecord {
    pub(super) id: S<String>,
    pub(super) name: S<String>,
    #[serde(default)]
    pub(super) uk: Words,
    #[serde(default)]
    pub(super) ru: Words,
}
