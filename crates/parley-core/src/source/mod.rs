//! Reads the dataset as written by hand (`seeds/data/*.toml`), the seed texts and the seeds
//! README, checks every rule in [`build`], and gives a [`Dataset`] or every problem found, each
//! as `file:line: what is wrong and what to fix`.
//!
//! One file per concern: [`files`] reads the inputs, `records` is what serde reads from each
//! TOML file, `checker` holds the shared checks and collects the errors, `readme` reads the
//! seeds README's table, and `documents`, `actors`, `events` and `quotes` build each part.

mod actors;
pub mod atlas;
mod checker;
mod documents;
mod events;
pub mod files;
mod quotes;
mod readme;
mod records;

use crate::mentions;
use crate::model::Dataset;
use checker::Checker;
use files::DataFile;
pub use files::{SourceFiles, SEEDS_DIR};
use records::*;
use std::fmt;

/// One problem in the data, with where it is and what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    /// 1-based; 0 when the problem is the file as a whole.
    pub line: usize,
    pub message: String,
}

impl DataError {
    pub(crate) fn new(file: &str, line: usize, message: impl Into<String>) -> DataError {
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

/// Builds and checks the dataset. Every problem is reported, not just the first.
pub fn build(files: &SourceFiles) -> Result<Dataset, Vec<DataError>> {
    let mut c = Checker {
        files,
        errors: Vec::new(),
    };
    let rows = readme::readme_rows(&files.readme, &mut c.errors);

    let documents_file: Option<DocumentsFile> = c.parse(DataFile::Documents, &files.documents);
    let actors_file: Option<ActorsFile> = c.parse(DataFile::Actors, &files.actors);
    let places_file: Option<PlacesFile> = c.parse(DataFile::Places, &files.places);
    let events_file: Option<EventsFile> = c.parse(DataFile::Events, &files.events);
    let quotes_file: Option<QuotesFile> = c.parse(DataFile::Quotes, &files.quotes);
    let claims_file: Option<ClaimsFile> = c.parse(DataFile::Claims, &files.claims);
    let topics_file: Option<TopicsFile> = c.parse(DataFile::Topics, &files.topics);
    let (
        Some(documents_file),
        Some(actors_file),
        Some(places_file),
        Some(events_file),
        Some(quotes_file),
        Some(claims_file),
        Some(topics_file),
    ) = (
        documents_file,
        actors_file,
        places_file,
        events_file,
        quotes_file,
        claims_file,
        topics_file,
    )
    else {
        return Err(c.errors);
    };

    let documents = documents::build_documents(&mut c, &rows, documents_file);
    let actors = actors::build_actors(&mut c, &documents, actors_file);
    let places = actors::build_places(&mut c, places_file);
    let topics = actors::build_topics(&mut c, topics_file);
    let events = events::build_events(&mut c, &documents, &actors, &places, &topics, events_file);
    let quotes = quotes::build_quotes(&mut c, &documents, &actors, &events, quotes_file);
    let claims = quotes::build_claims(&mut c, &documents, &actors, &events, claims_file);
    if !c.errors.is_empty() {
        return Err(c.errors);
    }
    let mentions = mentions::index(&documents, &actors);
    Ok(Dataset {
        version: files::digest(files),
        documents,
        actors,
        places,
        topics,
        events,
        quotes,
        claims,
        mentions,
    })
}
