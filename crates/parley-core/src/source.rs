//! Reads the dataset as written by hand (`seeds/data/*.toml`), the seed texts and the seeds
//! README, checks every rule in [`build`], and gives a [`Dataset`] or every problem found, each
//! as `file:line: what is wrong and what to fix`.

use crate::date::{DateRule, Day, EventDate};
use crate::mentions;
use crate::model::*;
use crate::text::sentences;
use serde::Deserialize;
use std::collections::HashSet;
use std::fmt;
use std::path::Path;
use toml::Spanned;

/// The files a dataset is built from, as text. Paths are relative to the repository root.
#[derive(Clone, Debug)]
pub struct SourceFiles {
    /// `seeds/README.md`, whose table gives each article's outlet, date and headline.
    pub readme: String,
    /// `(file name, text)` for each `seeds/*.txt`, sorted by name.
    pub texts: Vec<(String, String)>,
    pub documents: String,
    pub actors: String,
    pub places: String,
    pub events: String,
    pub quotes: String,
    pub claims: String,
}

pub const SEEDS_DIR: &str = "seeds";
pub const DATA_FILES: [&str; 6] = [
    "documents",
    "actors",
    "places",
    "events",
    "quotes",
    "claims",
];

fn data_path(name: &str) -> String {
    format!("{SEEDS_DIR}/data/{name}.toml")
}

impl SourceFiles {
    /// Reads `seeds/` under the repository root `root`.
    pub fn read(root: &Path) -> Result<SourceFiles, Vec<DataError>> {
        let read = |relative: &str| {
            std::fs::read_to_string(root.join(relative)).map_err(|e| {
                vec![DataError::new(
                    relative,
                    0,
                    format!("cannot read the file: {e}"),
                )]
            })
        };
        let mut texts = Vec::new();
        let dir = root.join(SEEDS_DIR);
        let entries = std::fs::read_dir(&dir).map_err(|e| {
            vec![DataError::new(
                SEEDS_DIR,
                0,
                format!("cannot read the folder: {e}"),
            )]
        })?;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".txt") {
                texts.push((name.clone(), read(&format!("{SEEDS_DIR}/{name}"))?));
            }
        }
        texts.sort();
        Ok(SourceFiles {
            readme: read(&format!("{SEEDS_DIR}/README.md"))?,
            texts,
            documents: read(&data_path("documents"))?,
            actors: read(&data_path("actors"))?,
            places: read(&data_path("places"))?,
            events: read(&data_path("events"))?,
            quotes: read(&data_path("quotes"))?,
            claims: read(&data_path("claims"))?,
        })
    }

    /// Every input path, for `cargo:rerun-if-changed`.
    pub fn paths(&self) -> Vec<String> {
        let mut paths = vec![format!("{SEEDS_DIR}/README.md")];
        paths.extend(
            self.texts
                .iter()
                .map(|(name, _)| format!("{SEEDS_DIR}/{name}")),
        );
        paths.extend(DATA_FILES.iter().map(|f| data_path(f)));
        paths
    }
}

/// One problem in the data, with where it is and what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    /// 1-based; 0 when the problem is the file as a whole.
    pub line: usize,
    pub message: String,
}

impl DataError {
    fn new(file: &str, line: usize, message: impl Into<String>) -> DataError {
        DataError {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

// ---- The files' records -------------------------------------------------------------------

type S<T> = Spanned<T>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentsFile {
    #[serde(default)]
    document: Vec<DocumentRecord>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentRecord {
    id: S<String>,
    author: Option<S<String>>,
    /// 1-based inclusive line ranges of the seed file that are the story.
    story_lines: S<Vec<[usize; 2]>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorsFile {
    #[serde(default)]
    actor: Vec<ActorRecord>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorRecord {
    id: S<String>,
    name: String,
    kind: S<String>,
    side: S<String>,
    aliases: Vec<S<String>>,
    #[serde(default)]
    roles: Vec<RoleRecord>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoleRecord {
    title: String,
    document: S<String>,
    excerpt: S<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlacesFile {
    #[serde(default)]
    place: Vec<PlaceRecord>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceRecord {
    id: S<String>,
    name: String,
    country: String,
    latitude: f64,
    longitude: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventsFile {
    #[serde(default)]
    event: Vec<EventRecord>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventRecord {
    id: S<String>,
    title: String,
    summary: String,
    kind: S<String>,
    status: S<String>,
    date: S<DateRecord>,
    place: Option<S<String>>,
    /// `"witkoff"`, or `"witkoff:visitor"` where the text gives a part.
    #[serde(default)]
    actors: Vec<S<String>>,
    #[serde(default)]
    topics: Vec<S<String>>,
    #[serde(default)]
    sources: Vec<SourceRecord>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DateRecord {
    rule: String,
    /// The words of the text that date the event; must occur in one of its excerpts.
    phrase: String,
    /// The article whose publication date anchors relative words; default: the first source's.
    document: Option<String>,
    day: Option<String>,
    start: Option<String>,
    end: Option<String>,
    /// For `offset`: the event counted from, and how many days after it (negative: before).
    anchor: Option<String>,
    days: Option<i64>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceRecord {
    document: S<String>,
    excerpt: S<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuotesFile {
    #[serde(default)]
    quote: Vec<QuoteRecord>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuoteRecord {
    id: S<String>,
    speaker: S<String>,
    text: S<String>,
    document: S<String>,
    event: Option<S<String>>,
    medium: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClaimsFile {
    #[serde(default)]
    claim: Vec<ClaimRecord>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClaimRecord {
    id: S<String>,
    question: String,
    account: Vec<AccountRecord>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AccountRecord {
    actor: S<String>,
    says: String,
    document: S<String>,
    excerpt: S<String>,
    event: Option<S<String>>,
}

// ---- Building --------------------------------------------------------------------------------

/// Collects problems while the dataset is built, so that one run reports all of them.
struct Checker<'a> {
    files: &'a SourceFiles,
    errors: Vec<DataError>,
}

impl Checker<'_> {
    fn line(&self, file: &str, offset: usize) -> usize {
        let text = match file {
            "documents" => &self.files.documents,
            "actors" => &self.files.actors,
            "places" => &self.files.places,
            "events" => &self.files.events,
            "quotes" => &self.files.quotes,
            _ => &self.files.claims,
        };
        text[..offset.min(text.len())].matches('\n').count() + 1
    }

    fn error<T>(&mut self, file: &str, at: &Spanned<T>, message: impl Into<String>) {
        let line = self.line(file, at.span().start);
        self.errors
            .push(DataError::new(&data_path(file), line, message));
    }

    fn parse<T: serde::de::DeserializeOwned>(&mut self, file: &str, text: &str) -> Option<T> {
        match toml::from_str::<T>(text) {
            Ok(value) => Some(value),
            Err(e) => {
                let line = e.span().map_or(0, |span| self.line(file, span.start));
                self.errors.push(DataError::new(
                    &data_path(file),
                    line,
                    e.message().trim().to_string(),
                ));
                None
            }
        }
    }

    fn unique_ids<'r>(
        &mut self,
        file: &str,
        what: &str,
        ids: impl Iterator<Item = &'r Spanned<String>>,
    ) {
        let mut seen = HashSet::new();
        for id in ids {
            if !seen.insert(id.get_ref().clone()) {
                self.error(
                    file,
                    id,
                    format!(
                        "duplicate {what} id '{}': every {what} needs its own id",
                        id.get_ref()
                    ),
                );
            }
            let valid = !id.get_ref().is_empty()
                && id
                    .get_ref()
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
            if !valid {
                self.error(
                    file,
                    id,
                    format!(
                        "{what} id '{}' must be lowercase ASCII letters, digits, '-' or '_'",
                        id.get_ref()
                    ),
                );
            }
        }
    }

    /// Locates a verbatim excerpt in the story text of its document.
    fn source(
        &mut self,
        file: &str,
        documents: &[Document],
        document: &S<String>,
        excerpt: &S<String>,
    ) -> Option<Source> {
        let Some(doc) = documents.iter().find(|d| &d.id == document.get_ref()) else {
            let known: Vec<&str> = documents.iter().map(|d| d.id.as_str()).collect();
            self.error(
                file,
                document,
                format!(
                    "unknown document '{}': use one of {}",
                    document.get_ref(),
                    known.join(", ")
                ),
            );
            return None;
        };
        let wanted = excerpt.get_ref();
        if wanted.trim().is_empty() {
            self.error(
                file,
                excerpt,
                "the excerpt is empty: quote the sentence that states the fact",
            );
            return None;
        }
        let found: Vec<TextRange> = doc
            .text
            .match_indices(wanted.as_str())
            .map(|(at, _)| TextRange::new(at, at + wanted.len()))
            .collect();
        if let Some(range) = found.iter().copied().find(|r| doc.is_story(*r)) {
            return Some(Source {
                document: doc.id.clone(),
                excerpt: wanted.clone(),
                range,
            });
        }
        if found.is_empty() {
            let matched = longest_matching_prefix(&doc.text, wanted);
            self.error(
                file,
                excerpt,
                format!(
                    "the excerpt is not verbatim in {}: it matches up to \"{}\" and then differs; copy it from the file exactly (curly quotes ’ “ ” and dashes included)",
                    doc.path,
                    tail_chars(&wanted[..matched], 40)
                ),
            );
        } else {
            self.error(file, excerpt, format!("the excerpt is in the page furniture of {}, not the story: cite the story text", doc.path));
        }
        None
    }

    fn reference<T>(
        &mut self,
        file: &str,
        id: &S<String>,
        what: &str,
        known: &[T],
        key: impl Fn(&T) -> &str,
    ) -> bool {
        if known.iter().any(|k| key(k) == id.get_ref()) {
            return true;
        }
        let hint = match what {
            "actor" => "add it to seeds/data/actors.toml or fix the id",
            "place" => "add it to seeds/data/places.toml or fix the id",
            "event" => "use the id of an event in seeds/data/events.toml",
            _ => "fix the id",
        };
        self.error(
            file,
            id,
            format!("unknown {what} '{}': {hint}", id.get_ref()),
        );
        false
    }
}

fn longest_matching_prefix(text: &str, wanted: &str) -> usize {
    let mut best = 0;
    for (end, _) in wanted
        .char_indices()
        .skip(1)
        .chain(std::iter::once((wanted.len(), ' ')))
    {
        if text.contains(&wanted[..end]) {
            best = end;
        } else {
            break;
        }
    }
    best
}

fn tail_chars(text: &str, n: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars[chars.len().saturating_sub(n)..].iter().collect()
}

/// One row of the seeds README's table.
struct ReadmeRow {
    file: String,
    outlet: String,
    byline: Option<String>,
    published: Day,
    headline: String,
}

fn readme_rows(readme: &str, errors: &mut Vec<DataError>) -> Vec<ReadmeRow> {
    let path = format!("{SEEDS_DIR}/README.md");
    let mut rows = Vec::new();
    for (n, line) in readme.lines().enumerate() {
        let cells: Vec<&str> = line
            .trim()
            .trim_matches('|')
            .split('|')
            .map(str::trim)
            .collect();
        if cells.len() != 4 || !cells[0].ends_with(".txt") {
            continue;
        }
        let (outlet, byline) = match cells[1].split_once(" (") {
            Some((outlet, rest)) => (
                outlet.to_string(),
                Some(rest.trim_end_matches(')').to_string()),
            ),
            None => (cells[1].to_string(), None),
        };
        match Day::parse(cells[2]) {
            Ok(published) => rows.push(ReadmeRow {
                file: cells[0].to_string(),
                outlet,
                byline,
                published,
                headline: cells[3].to_string(),
            }),
            Err(e) => errors.push(DataError::new(
                &path,
                n + 1,
                format!("publication date: {e}"),
            )),
        }
    }
    rows
}

/// Byte ranges of the given 1-based inclusive line ranges of `text`.
fn line_ranges(text: &str, lines: &[[usize; 2]]) -> Result<Vec<TextRange>, String> {
    let mut starts = vec![0];
    starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    let count = starts.len();
    let mut ranges = Vec::new();
    for &[first, last] in lines {
        if first == 0 || last < first || last > count {
            return Err(format!(
                "line range {first}-{last} is not within lines 1-{count}"
            ));
        }
        let start = starts[first - 1];
        let end = if last < count {
            starts[last] - 1
        } else {
            text.len()
        };
        ranges.push(TextRange::new(start, end));
    }
    Ok(ranges)
}

/// A short FNV-1a digest of every input, as the dataset version.
fn digest(files: &SourceFiles) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |text: &str| {
        for byte in text.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    feed(&files.readme);
    for (name, text) in &files.texts {
        feed(name);
        feed(text);
    }
    for text in [
        &files.documents,
        &files.actors,
        &files.places,
        &files.events,
        &files.quotes,
        &files.claims,
    ] {
        feed(text);
    }
    format!("{hash:016x}")
}

/// Builds and checks the dataset. Every problem is reported, not just the first.
pub fn build(files: &SourceFiles) -> Result<Dataset, Vec<DataError>> {
    let mut c = Checker {
        files,
        errors: Vec::new(),
    };
    let rows = readme_rows(&files.readme, &mut c.errors);

    let documents_file: Option<DocumentsFile> = c.parse("documents", &files.documents);
    let actors_file: Option<ActorsFile> = c.parse("actors", &files.actors);
    let places_file: Option<PlacesFile> = c.parse("places", &files.places);
    let events_file: Option<EventsFile> = c.parse("events", &files.events);
    let quotes_file: Option<QuotesFile> = c.parse("quotes", &files.quotes);
    let claims_file: Option<ClaimsFile> = c.parse("claims", &files.claims);
    let (
        Some(documents_file),
        Some(actors_file),
        Some(places_file),
        Some(events_file),
        Some(quotes_file),
        Some(claims_file),
    ) = (
        documents_file,
        actors_file,
        places_file,
        events_file,
        quotes_file,
        claims_file,
    )
    else {
        return Err(c.errors);
    };

    let documents = build_documents(&mut c, &rows, documents_file);
    let actors = build_actors(&mut c, &documents, actors_file);
    let places = build_places(&mut c, places_file);
    let events = build_events(&mut c, &documents, &actors, &places, events_file);
    let quotes = build_quotes(&mut c, &documents, &actors, &events, quotes_file);
    let claims = build_claims(&mut c, &documents, &actors, &events, claims_file);
    if !c.errors.is_empty() {
        return Err(c.errors);
    }
    let mentions = mentions::index(&documents, &actors);
    Ok(Dataset {
        version: digest(files),
        documents,
        actors,
        places,
        events,
        quotes,
        claims,
        mentions,
    })
}

fn build_documents(c: &mut Checker, rows: &[ReadmeRow], file: DocumentsFile) -> Vec<Document> {
    c.unique_ids("documents", "document", file.document.iter().map(|d| &d.id));
    for (name, _) in &c.files.texts {
        if !file
            .document
            .iter()
            .any(|d| format!("{}.txt", d.id.get_ref()) == *name)
        {
            c.errors.push(DataError::new(
                &data_path("documents"),
                0,
                format!(
                    "seeds/{name} has no [[document]] entry: add one with its id and story_lines"
                ),
            ));
        }
    }
    let mut documents = Vec::new();
    for record in file.document {
        let name = format!("{}.txt", record.id.get_ref());
        let Some((_, text)) = c.files.texts.iter().find(|(n, _)| *n == name) else {
            c.error(
                "documents",
                &record.id,
                format!("there is no file seeds/{name}: copy the article there unchanged"),
            );
            continue;
        };
        let Some(row) = rows.iter().find(|r| r.file == name) else {
            c.error("documents", &record.id, format!("seeds/README.md has no table row for {name}: add its outlet, date and headline"));
            continue;
        };
        let story = match line_ranges(text, record.story_lines.get_ref()) {
            Ok(story) => story,
            Err(e) => {
                c.error(
                    "documents",
                    &record.story_lines,
                    format!("story_lines: {e}"),
                );
                continue;
            }
        };
        let author = record.author.map(|author| {
            let stated = text.contains(author.get_ref().as_str())
                || row
                    .byline
                    .as_deref()
                    .is_some_and(|b| b.contains(author.get_ref().as_str()));
            if !stated {
                c.error(
                    "documents",
                    &author,
                    format!(
                        "the author '{}' is stated neither in {name} nor in its README row",
                        author.get_ref()
                    ),
                );
            }
            author.into_inner()
        });
        documents.push(Document {
            id: record.id.into_inner(),
            path: format!("{SEEDS_DIR}/{name}"),
            outlet: row.outlet.clone(),
            author,
            headline: row.headline.clone(),
            published: row.published,
            sentences: sentences(text, &story),
            story,
            text: text.clone(),
        });
    }
    documents
}

fn build_actors(c: &mut Checker, documents: &[Document], file: ActorsFile) -> Vec<Actor> {
    c.unique_ids("actors", "actor", file.actor.iter().map(|a| &a.id));
    let mut actors = Vec::new();
    for record in file.actor {
        let kind = ActorKind::from_slug(record.kind.get_ref());
        if kind.is_none() {
            c.error(
                "actors",
                &record.kind,
                format!(
                    "unknown actor kind '{}': use person, organisation or state",
                    record.kind.get_ref()
                ),
            );
        }
        let side = Side::from_slug(record.side.get_ref());
        if side.is_none() {
            c.error(
                "actors",
                &record.side,
                format!(
                    "unknown side '{}': use us, russia, ukraine, europe or other",
                    record.side.get_ref()
                ),
            );
        }
        for alias in &record.aliases {
            let named = documents.iter().any(|d| {
                crate::text::find_words(&d.text, alias.get_ref())
                    .into_iter()
                    .any(|at| d.is_story(TextRange::new(at, at + alias.get_ref().len())))
            });
            if !named {
                c.error("actors", alias, format!("the alias '{}' matches no story text: write it exactly as an article has it, or remove it", alias.get_ref()));
            }
        }
        let roles = record
            .roles
            .iter()
            .filter_map(|role| {
                c.source("actors", documents, &role.document, &role.excerpt)
                    .map(|source| Role {
                        title: role.title.clone(),
                        source,
                    })
            })
            .collect();
        if let (Some(kind), Some(side)) = (kind, side) {
            actors.push(Actor {
                id: record.id.into_inner(),
                name: record.name,
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

fn build_places(c: &mut Checker, file: PlacesFile) -> Vec<Place> {
    c.unique_ids("places", "place", file.place.iter().map(|p| &p.id));
    let mut places = Vec::new();
    for record in file.place {
        if !(-90.0..=90.0).contains(&record.latitude)
            || !(-180.0..=180.0).contains(&record.longitude)
        {
            c.error(
                "places",
                &record.id,
                "latitude must be within ±90 and longitude within ±180",
            );
        }
        places.push(Place {
            id: record.id.into_inner(),
            name: record.name,
            country: record.country,
            latitude: record.latitude,
            longitude: record.longitude,
        });
    }
    places
}

fn build_events(
    c: &mut Checker,
    documents: &[Document],
    actors: &[Actor],
    places: &[Place],
    file: EventsFile,
) -> Vec<Event> {
    c.unique_ids("events", "event", file.event.iter().map(|e| &e.id));
    let mut events: Vec<Event> = Vec::new();
    // Offsets refer to other events' days, so events are dated in file order: an anchor must
    // come before the events that count from it.
    for record in file.event {
        let id = record.id.get_ref().clone();
        let kind = EventKind::from_slug(record.kind.get_ref());
        if kind.is_none() {
            let all: Vec<&str> = EventKind::ALL.iter().map(|k| k.slug()).collect();
            c.error(
                "events",
                &record.kind,
                format!(
                    "unknown kind '{}': use one of {}",
                    record.kind.get_ref(),
                    all.join(", ")
                ),
            );
        }
        let status = Status::from_slug(record.status.get_ref());
        if status.is_none() {
            let all: Vec<&str> = Status::ALL.iter().map(|s| s.slug()).collect();
            c.error(
                "events",
                &record.status,
                format!(
                    "unknown status '{}': use one of {}",
                    record.status.get_ref(),
                    all.join(", ")
                ),
            );
        }
        if record.sources.is_empty() {
            c.error("events", &record.id, format!("event '{id}' has no source: add sources = [{{ document = \"…\", excerpt = \"…\" }}]"));
        }
        let sources: Vec<Source> = record
            .sources
            .iter()
            .filter_map(|s| c.source("events", documents, &s.document, &s.excerpt))
            .collect();
        let mut participants = Vec::new();
        for entry in &record.actors {
            let (actor, role) = match entry.get_ref().split_once(':') {
                Some((actor, role)) => (actor, Some(role)),
                None => (entry.get_ref().as_str(), None),
            };
            let role = match role.map(|r| (r, ParticipantRole::from_slug(r))) {
                Some((r, None)) => {
                    c.error(
                        "events",
                        entry,
                        format!("unknown part '{r}': use host, visitor or mediator"),
                    );
                    None
                }
                Some((_, role)) => role,
                None => None,
            };
            let spanned = Spanned::new(entry.span(), actor.to_string());
            if c.reference("events", &spanned, "actor", actors, |a| &a.id) {
                participants.push(Participant {
                    actor: actor.to_string(),
                    role,
                });
            }
        }
        if let Some(place) = &record.place {
            c.reference("events", place, "place", places, |p| &p.id);
        }
        for topic in &record.topics {
            if topic.get_ref().is_empty()
                || !topic
                    .get_ref()
                    .chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch == '-')
            {
                c.error(
                    "events",
                    topic,
                    format!(
                        "topic '{}' must be lowercase words joined by '-'",
                        topic.get_ref()
                    ),
                );
            }
        }
        let date = event_date(c, documents, &events, &record, &sources);
        if let (Some(date), Some(kind), Some(status)) = (date, kind, status) {
            if !id.starts_with(&date.sort_day().to_string()) {
                c.error(
                    "events",
                    &record.id,
                    format!(
                        "event id '{id}' must start with its date, {}",
                        date.sort_day()
                    ),
                );
            }
            for source in &sources {
                let published = documents
                    .iter()
                    .find(|d| d.id == source.document)
                    .map(|d| d.published);
                if let (Some(start), Some(published)) = (date.start, published) {
                    if start > published
                        && !matches!(
                            status,
                            Status::Planned | Status::Expected | Status::Cancelled
                        )
                    {
                        c.error(
                            "events",
                            &record.status,
                            format!("event '{id}' is dated {start}, after its source {} was published ({published}), so it cannot be '{}': make it planned or expected, or fix the date", source.document, status.slug()),
                        );
                    }
                }
            }
            events.push(Event {
                id,
                title: record.title,
                summary: record.summary,
                kind,
                status,
                date,
                place: record.place.map(Spanned::into_inner),
                actors: participants,
                topics: record.topics.into_iter().map(Spanned::into_inner).collect(),
                sources,
            });
        }
    }
    // A stable sort: events on the same days keep the order the file gives them.
    events.sort_by_key(|e| (e.date.sort_day(), e.date.last_day()));
    events
}

fn event_date(
    c: &mut Checker,
    documents: &[Document],
    earlier: &[Event],
    record: &EventRecord,
    sources: &[Source],
) -> Option<EventDate> {
    let spec = record.date.get_ref();
    let at = &record.date;
    let anchor_doc = spec
        .document
        .clone()
        .or_else(|| sources.first().map(|s| s.document.clone()))?;
    let Some(doc) = documents.iter().find(|d| d.id == anchor_doc) else {
        c.error(
            "events",
            at,
            format!("date.document '{anchor_doc}' is not a document"),
        );
        return None;
    };
    // A broken excerpt is reported on its own; checking the phrase against the excerpts that
    // remain would only repeat it.
    let all_sources_found = sources.len() == record.sources.len();
    if all_sources_found && !sources.iter().any(|s| s.excerpt.contains(&spec.phrase)) {
        c.error("events", at, format!("date phrase '{}' is not in any of the event's excerpts: quote the words that date it", spec.phrase));
    }
    let mut day = |field: &str, value: &Option<String>| -> Option<Day> {
        match value.as_deref().map(Day::parse) {
            Some(Ok(day)) => Some(day),
            Some(Err(e)) => {
                c.error("events", at, format!("date.{field}: {e}"));
                None
            }
            None => {
                c.error(
                    "events",
                    at,
                    format!("date rule '{}' needs date.{field}", spec.rule),
                );
                None
            }
        }
    };
    let rule = match spec.rule.as_str() {
        "stated" => DateRule::Stated {
            day: day("day", &spec.day)?,
        },
        "stated-range" => DateRule::StatedRange {
            start: day("start", &spec.start)?,
            end: day("end", &spec.end)?,
        },
        "on-or-before" => DateRule::OnOrBefore {
            day: day("day", &spec.day)?,
        },
        "weekday" => DateRule::Weekday,
        "next-weekday" => DateRule::NextWeekday,
        "earlier-this-week" => DateRule::EarlierThisWeek,
        "this-week" => DateRule::ThisWeek,
        "earlier-this-month" => DateRule::EarlierThisMonth,
        "last-month" => DateRule::LastMonth,
        "after-publication" => DateRule::AfterPublication,
        "offset" => {
            let (Some(anchor), Some(days)) = (&spec.anchor, spec.days) else {
                c.error(
                    "events",
                    at,
                    "date rule 'offset' needs date.anchor (an event id) and date.days",
                );
                return None;
            };
            let Some(anchor_event) = earlier.iter().find(|e| &e.id == anchor) else {
                c.error(
                    "events",
                    at,
                    format!("date.anchor '{anchor}' is not an event listed above this one"),
                );
                return None;
            };
            DateRule::Offset {
                anchor_id: anchor.clone(),
                anchor_day: anchor_event.date.sort_day(),
                days,
            }
        }
        other => {
            c.error(
                "events",
                at,
                format!(
                    "unknown date rule '{other}': use one of {}",
                    DateRule::NAMES.join(", ")
                ),
            );
            return None;
        }
    };
    match rule.resolve(&spec.phrase, doc.published) {
        Ok(date) => Some(date),
        Err(e) => {
            c.error("events", at, e);
            None
        }
    }
}

fn build_quotes(
    c: &mut Checker,
    documents: &[Document],
    actors: &[Actor],
    events: &[Event],
    file: QuotesFile,
) -> Vec<Quote> {
    c.unique_ids("quotes", "quote", file.quote.iter().map(|q| &q.id));
    let mut quotes = Vec::new();
    for record in file.quote {
        let speaker_ok = c.reference("quotes", &record.speaker, "actor", actors, |a| &a.id);
        let event_ok = record
            .event
            .as_ref()
            .is_none_or(|e| c.reference("quotes", e, "event", events, |e| &e.id));
        let source = c.source("quotes", documents, &record.document, &record.text);
        if let (true, true, Some(source)) = (speaker_ok, event_ok, source) {
            quotes.push(Quote {
                id: record.id.into_inner(),
                speaker: record.speaker.into_inner(),
                text: record.text.into_inner(),
                source,
                event: record.event.map(Spanned::into_inner),
                medium: record.medium,
            });
        }
    }
    quotes
}

fn build_claims(
    c: &mut Checker,
    documents: &[Document],
    actors: &[Actor],
    events: &[Event],
    file: ClaimsFile,
) -> Vec<Claim> {
    c.unique_ids("claims", "claim", file.claim.iter().map(|q| &q.id));
    let mut claims = Vec::new();
    for record in file.claim {
        if record.account.len() < 2 {
            c.error(
                "claims",
                &record.id,
                "a claim sets at least two accounts side by side",
            );
        }
        let mut accounts = Vec::new();
        for account in &record.account {
            let actor_ok = c.reference("claims", &account.actor, "actor", actors, |a| &a.id);
            let event_ok = account
                .event
                .as_ref()
                .is_none_or(|e| c.reference("claims", e, "event", events, |e| &e.id));
            if let (true, true, Some(source)) = (
                actor_ok,
                event_ok,
                c.source("claims", documents, &account.document, &account.excerpt),
            ) {
                accounts.push(Account {
                    actor: account.actor.get_ref().clone(),
                    says: account.says.clone(),
                    source,
                    event: account.event.as_ref().map(|e| e.get_ref().clone()),
                });
            }
        }
        claims.push(Claim {
            id: record.id.into_inner(),
            question: record.question,
            accounts,
        });
    }
    claims
}
