//! The dataset schema. The same types are baked into the app (as postcard bytes) and exported
//! as JSON, so the JSON export is this schema by construction.
//!
//! Text positions are UTF-8 byte offsets into [`Document::text`], the seed file unchanged.

use crate::date::EventDate;
use crate::i18n::{Lang, Text};
use serde::{Deserialize, Serialize};

/// A closed vocabulary (kind, status, side…): every value with its URL slug and its label.
pub trait Vocabulary: Copy + PartialEq + 'static {
    const VALUES: &'static [Self];
    fn slug(self) -> &'static str;
    fn label(self, lang: Lang) -> &'static str;
    /// The label in every language.
    fn labels(self) -> Text {
        Text {
            en: self.label(Lang::En).to_string(),
            uk: self.label(Lang::Uk).to_string(),
            ru: self.label(Lang::Ru).to_string(),
        }
    }
}

/// Declares a closed vocabulary: the enum, its URL/JSON slugs, its labels in English,
/// Ukrainian and Russian, and `ALL`.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $slug:literal, $en:literal, $uk:literal, $ru:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, ::serde::Serialize, ::serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $slug)] $variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value used in URLs, the dataset files and the JSON export.
            pub fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug,)+ }
            }

            /// The text shown to readers.
            pub fn label(self, lang: $crate::i18n::Lang) -> &'static str {
                match lang {
                    $crate::i18n::Lang::En => match self { $($name::$variant => $en,)+ },
                    $crate::i18n::Lang::Uk => match self { $($name::$variant => $uk,)+ },
                    $crate::i18n::Lang::Ru => match self { $($name::$variant => $ru,)+ },
                }
            }

            pub fn from_slug(slug: &str) -> Option<$name> {
                match slug { $($slug => Some($name::$variant),)+ _ => None }
            }
        }

        impl $crate::model::Vocabulary for $name {
            const VALUES: &'static [$name] = $name::ALL;
            fn slug(self) -> &'static str {
                $name::slug(self)
            }
            fn label(self, lang: $crate::i18n::Lang) -> &'static str {
                $name::label(self, lang)
            }
        }
    };
}
pub(crate) use vocabulary;

vocabulary! {
    /// What kind of event, after CAMEO's consult and negotiate families.
    EventKind {
        PhoneCall = "phone-call", "Phone call", "Телефонна розмова", "Телефонный разговор";
        Meeting = "meeting", "Visit or meeting", "Візит або зустріч", "Визит или встреча";
        NegotiationRound = "negotiation-round", "Negotiation round", "Раунд переговорів", "Раунд переговоров";
        Statement = "statement", "Statement or interview", "Заява або інтерв’ю", "Заявление или интервью";
        Proposal = "proposal", "Proposal or plan", "Пропозиція або план", "Предложение или план";
        Agreement = "agreement", "Agreement or commitment", "Угода або зобов’язання", "Соглашение или обязательство";
        MilitaryStrike = "military-strike", "Military strike", "Військовий удар", "Военный удар";
        Other = "other", "Other", "Інше", "Другое";
    }
}

vocabulary! {
    /// Whether the event happened, according to whom.
    Status {
        /// The text reports it as having happened.
        Held = "held", "Held", "Відбулося", "Состоялось";
        /// Someone intends it ("set to hold another round").
        Planned = "planned", "Planned", "Заплановано", "Запланировано";
        /// It is foreseen by others ("is expected to hold a phone call").
        Expected = "expected", "Expected", "Очікується", "Ожидается";
        /// One party says it happened; the text does not confirm it ("Putin had agreed").
        Claimed = "claimed", "Claimed", "Твердження сторони", "Утверждение стороны";
        /// Someone has denied it.
        Denied = "denied", "Denied", "Спростовано", "Опровергнуто";
        Cancelled = "cancelled", "Cancelled", "Скасовано", "Отменено";
    }
}

vocabulary! {
    Side {
        Us = "us", "United States", "США", "США";
        Russia = "russia", "Russia", "Росія", "Россия";
        Ukraine = "ukraine", "Ukraine", "Україна", "Украина";
        Europe = "europe", "Europe", "Європа", "Европа";
        Other = "other", "Other", "Інші", "Другие";
    }
}

vocabulary! {
    ActorKind {
        Person = "person", "Person", "Особа", "Персона";
        Organisation = "organisation", "Organisation", "Організація", "Организация";
        State = "state", "State", "Держава", "Государство";
    }
}

vocabulary! {
    /// What a place is, which the map draws differently: a point, an area, a whole country.
    PlaceKind {
        City = "city", "City", "Місто", "Город";
        Region = "region", "Region", "Регіон", "Регион";
        Country = "country", "Country", "Країна", "Страна";
    }
}

vocabulary! {
    /// An actor's part in an event, where the text says so.
    ParticipantRole {
        Host = "host", "host", "приймаюча сторона", "принимающая сторона";
        Visitor = "visitor", "visitor", "гість", "гость";
        Mediator = "mediator", "mediator", "посередник", "посредник";
    }
}

/// Declares a typed position in one of the dataset's lists, and indexing that list by it, so
/// that an event's position cannot be taken for an actor's.
macro_rules! position {
    ($(#[$meta:meta])* $name:ident in $item:ty) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(transparent)]
        pub struct $name(u32);

        impl $name {
            pub fn new(position: usize) -> $name {
                $name(u32::try_from(position).expect("fewer than 2^32 items"))
            }
            pub fn get(self) -> usize {
                self.0 as usize
            }
        }

        impl std::ops::Index<$name> for Vec<$item> {
            type Output = $item;
            fn index(&self, position: $name) -> &$item {
                &self[position.get()]
            }
        }
    };
}

position! {
    /// A position in [`Dataset::events`].
    EventIx in Event
}

position! {
    /// A position in [`Dataset::actors`].
    ActorIx in Actor
}

/// A span of a document's text, in UTF-8 bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct TextRange {
    pub start: u32,
    pub end: u32,
}

impl TextRange {
    pub fn new(start: usize, end: usize) -> TextRange {
        TextRange {
            start: start as u32,
            end: end as u32,
        }
    }
    pub fn contains(self, other: TextRange) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn slice(self, text: &str) -> &str {
        &text[self.start as usize..self.end as usize]
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The file's stem, e.g. `000_f64d0eef6883cf1c`.
    pub id: String,
    /// Path from the repository root, e.g. `seeds/000_f64d0eef6883cf1c.txt`.
    pub path: String,
    pub outlet: String,
    pub author: Option<String>,
    pub headline: String,
    pub published: crate::Day,
    /// The seed file's text, unchanged.
    pub text: String,
    /// The ranges that are the story; everything else is page furniture (bios, promotions,
    /// other headlines, captions).
    pub story: Vec<TextRange>,
    /// Sentence boundaries within the story ranges, for "read in context" links.
    pub sentences: Vec<TextRange>,
}

impl Document {
    /// The sentence that contains `range`, or the range itself if it spans several.
    pub fn sentence_of(&self, range: TextRange) -> TextRange {
        self.sentences
            .iter()
            .copied()
            .find(|s| s.contains(range))
            .unwrap_or(range)
    }
    pub fn is_story(&self, range: TextRange) -> bool {
        self.story.iter().any(|s| s.contains(range))
    }
}

/// A verbatim excerpt of a document, located in its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub document: String,
    pub excerpt: String,
    /// Where the excerpt stands in the document (its first occurrence in the story).
    pub range: TextRange,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    /// The role in our words, e.g. "US special envoy".
    pub title: Text,
    /// The text that states it.
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Lowercase ASCII slug of the surname (or the name of a state or organisation).
    pub id: String,
    pub name: Text,
    pub kind: ActorKind,
    pub side: Side,
    /// Names exactly as the texts have them; the mention index matches these.
    pub aliases: Vec<String>,
    pub roles: Vec<Role>,
}

impl Actor {
    /// Up to two initials for the badge: "SW" for Steve Witkoff, "СВ" for Стів Віткофф.
    pub fn initials(&self, lang: Lang) -> String {
        self.name
            .get(lang)
            .split_whitespace()
            .filter_map(|word| word.chars().next().filter(|c| c.is_uppercase()))
            .take(2)
            .collect()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub id: String,
    pub name: Text,
    pub country: Text,
    pub kind: PlaceKind,
    /// Gazetteer coordinates (reference data, not a claim of the texts).
    pub latitude: f64,
    pub longitude: f64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub actor: String,
    pub role: Option<ParticipantRole>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Stable slug that starts with the event's first possible day, e.g.
    /// `2025-03-13-witkoff-putin-moscow`.
    pub id: String,
    pub title: Text,
    /// In our own words; the sources hold the text's.
    pub summary: Text,
    pub kind: EventKind,
    pub status: Status,
    pub date: EventDate,
    pub place: Option<String>,
    pub actors: Vec<Participant>,
    pub topics: Vec<String>,
    pub sources: Vec<Source>,
}

impl Event {
    pub fn has_actor(&self, actor: &str) -> bool {
        self.actors.iter().any(|p| p.actor == actor)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub id: String,
    pub speaker: String,
    /// Verbatim; also the excerpt of `source`.
    pub text: String,
    pub source: Source,
    pub event: Option<String>,
    /// Where it was said or written: X, Telegram, CNN, a Cabinet meeting…
    pub medium: Option<Text>,
}

/// One party's account in a [`Claim`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub actor: String,
    /// What this account says, in brief ("for a week").
    pub says: Text,
    pub source: Source,
    pub event: Option<String>,
}

/// Accounts that differ on one question, to be set side by side.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    pub id: String,
    pub question: Text,
    pub accounts: Vec<Account>,
}

/// A subject events are filed under ("ceasefire"), with its label.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Topic {
    pub id: String,
    pub name: Text,
}

/// One place where an actor is named in a document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub actor: String,
    pub document: String,
    pub range: TextRange,
    pub sentence: TextRange,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// A digest of the dataset files and seed texts, recorded in every export.
    pub version: String,
    pub documents: Vec<Document>,
    pub actors: Vec<Actor>,
    pub places: Vec<Place>,
    /// In the order `topics.toml` lists them.
    pub topics: Vec<Topic>,
    /// In chronological order (see [`crate::EventDate::sort_day`]).
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
    pub claims: Vec<Claim>,
    pub mentions: Vec<Mention>,
}

impl Dataset {
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }
    pub fn place(&self, id: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.id == id)
    }
    pub fn event_index(&self, id: &str) -> Option<EventIx> {
        self.events
            .iter()
            .position(|e| e.id == id)
            .map(EventIx::new)
    }
    pub fn actor_index(&self, id: &str) -> Option<ActorIx> {
        self.actors
            .iter()
            .position(|a| a.id == id)
            .map(ActorIx::new)
    }
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.event_index(id).map(|i| &self.events[i])
    }
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }
    /// The binary form baked into the app. It leaves the excerpts (and quote texts) out: each is
    /// its range of its document's text, so [`Dataset::from_bytes`] cuts it back out of the
    /// text rather than the bundle carrying every sentence twice.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut baked = self.clone();
        for source in baked.documents_and_sources_mut().1 {
            source.excerpt = String::new();
        }
        for quote in &mut baked.quotes {
            quote.text = String::new();
        }
        postcard::to_allocvec(&baked).expect("a dataset always serialises")
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Dataset, String> {
        let mut dataset: Dataset = postcard::from_bytes(bytes)
            .map_err(|e| format!("the baked dataset does not decode: {e}"))?;
        let (documents, sources) = dataset.documents_and_sources_mut();
        for source in sources {
            let text = documents
                .iter()
                .find(|d| d.id == source.document)
                .and_then(|d| {
                    d.text
                        .get(source.range.start as usize..source.range.end as usize)
                })
                .ok_or_else(|| {
                    format!(
                        "the baked dataset cites a passage of '{}' that is not there",
                        source.document
                    )
                })?;
            source.excerpt = text.to_string();
        }
        for quote in &mut dataset.quotes {
            quote.text.clone_from(&quote.source.excerpt);
        }
        Ok(dataset)
    }

    /// The documents, beside every [`Source`] (of events, roles, quotes and claims' accounts)
    /// to change.
    fn documents_and_sources_mut(&mut self) -> (&[Document], impl Iterator<Item = &mut Source>) {
        let Dataset {
            documents,
            events,
            actors,
            quotes,
            claims,
            ..
        } = self;
        let events = events.iter_mut().flat_map(|e| e.sources.iter_mut());
        let roles = actors
            .iter_mut()
            .flat_map(|a| a.roles.iter_mut().map(|r| &mut r.source));
        let quotes = quotes.iter_mut().map(|q| &mut q.source);
        let accounts = claims
            .iter_mut()
            .flat_map(|c| c.accounts.iter_mut().map(|a| &mut a.source));
        (documents, events.chain(roles).chain(quotes).chain(accounts))
    }
}
