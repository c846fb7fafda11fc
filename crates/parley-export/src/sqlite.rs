//! `--format sqlite --output FILE`: the whole dataset as a SQLite database that Datasette and
//! sqlite-utils open as it is. A table per kind of record, its words in our three languages as
//! columns (`title_en`, `title_uk`, `title_ru`), enumerations by their names in the schema, and
//! every reference a declared foreign key, so that Datasette links each row to the rows it
//! names. Every excerpt keeps its document and its byte range in that document's text; `meta`
//! holds the dataset version.

use parley_core::i18n::Text;
use parley_core::model::Source;
use parley_core::Dataset;
use rusqlite::{params, Connection};
use serde::Serialize;

const SCHEMA: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
  id TEXT PRIMARY KEY, path TEXT NOT NULL, outlet TEXT NOT NULL, author TEXT,
  headline TEXT NOT NULL, published TEXT NOT NULL, text TEXT NOT NULL);
CREATE TABLE actors (
  id TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_uk TEXT NOT NULL, name_ru TEXT NOT NULL,
  kind TEXT NOT NULL, side TEXT NOT NULL);
CREATE TABLE actor_aliases (
  actor_id TEXT NOT NULL REFERENCES actors(id), alias TEXT NOT NULL);
CREATE TABLE actor_roles (
  actor_id TEXT NOT NULL REFERENCES actors(id),
  title_en TEXT NOT NULL, title_uk TEXT NOT NULL, title_ru TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents(id), excerpt TEXT NOT NULL,
  excerpt_start INTEGER NOT NULL, excerpt_end INTEGER NOT NULL);
CREATE TABLE places (
  id TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_uk TEXT NOT NULL, name_ru TEXT NOT NULL,
  country_en TEXT NOT NULL, country_uk TEXT NOT NULL, country_ru TEXT NOT NULL,
  kind TEXT NOT NULL, latitude REAL NOT NULL, longitude REAL NOT NULL);
CREATE TABLE topics (
  id TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_uk TEXT NOT NULL, name_ru TEXT NOT NULL);
CREATE TABLE events (
  id TEXT PRIMARY KEY, title_en TEXT NOT NULL, title_uk TEXT NOT NULL, title_ru TEXT NOT NULL,
  summary_en TEXT NOT NULL, summary_uk TEXT NOT NULL, summary_ru TEXT NOT NULL,
  kind TEXT NOT NULL, status TEXT NOT NULL, start TEXT, end TEXT, precision TEXT NOT NULL,
  basis_phrase TEXT NOT NULL, basis_published TEXT NOT NULL, basis_rule TEXT NOT NULL,
  place_id TEXT REFERENCES places(id));
CREATE TABLE event_actors (
  event_id TEXT NOT NULL REFERENCES events(id), actor_id TEXT NOT NULL REFERENCES actors(id),
  role TEXT);
CREATE TABLE event_topics (
  event_id TEXT NOT NULL REFERENCES events(id), topic_id TEXT NOT NULL REFERENCES topics(id));
CREATE TABLE sources (
  id INTEGER PRIMARY KEY, event_id TEXT NOT NULL REFERENCES events(id),
  document_id TEXT NOT NULL REFERENCES documents(id), excerpt TEXT NOT NULL,
  excerpt_start INTEGER NOT NULL, excerpt_end INTEGER NOT NULL);
CREATE TABLE quotes (
  id TEXT PRIMARY KEY, speaker_id TEXT NOT NULL REFERENCES actors(id), text TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents(id),
  excerpt_start INTEGER NOT NULL, excerpt_end INTEGER NOT NULL,
  event_id TEXT REFERENCES events(id), medium_en TEXT, medium_uk TEXT, medium_ru TEXT);
CREATE TABLE claims (
  id TEXT PRIMARY KEY, question_en TEXT NOT NULL, question_uk TEXT NOT NULL,
  question_ru TEXT NOT NULL);
CREATE TABLE claim_accounts (
  claim_id TEXT NOT NULL REFERENCES claims(id), actor_id TEXT NOT NULL REFERENCES actors(id),
  says_en TEXT NOT NULL, says_uk TEXT NOT NULL, says_ru TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents(id), excerpt TEXT NOT NULL,
  excerpt_start INTEGER NOT NULL, excerpt_end INTEGER NOT NULL,
  event_id TEXT REFERENCES events(id));
CREATE TABLE mentions (
  actor_id TEXT NOT NULL REFERENCES actors(id), document_id TEXT NOT NULL REFERENCES documents(id),
  start INTEGER NOT NULL, end INTEGER NOT NULL, sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL);
";

/// A value's name in the schema (`phone-call`, `held`): how serde writes it.
fn name(value: &impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        Ok(other) => other.to_string(),
        Err(e) => e.to_string(),
    }
}

fn texts(text: &Text) -> [&str; 3] {
    [&text.en, &text.uk, &text.ru]
}

fn source(source: &Source) -> (&str, &str, u32, u32) {
    (
        &source.document,
        &source.excerpt,
        source.range.start,
        source.range.end,
    )
}

/// Writes `dataset` into a new database at `path` (replacing any file there).
pub fn write(dataset: &Dataset, path: &std::path::Path) -> Result<(), String> {
    if path.exists() {
        std::fs::remove_file(path).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let mut db = Connection::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    fill(&mut db, dataset).map_err(|e| format!("{}: {e}", path.display()))
}

fn fill(db: &mut Connection, data: &Dataset) -> rusqlite::Result<()> {
    db.execute_batch("PRAGMA foreign_keys = ON;")?;
    let tx = db.transaction()?;
    tx.execute_batch(SCHEMA)?;
    tx.execute(
        "INSERT INTO meta VALUES ('version', ?1)",
        params![data.version],
    )?;
    for d in &data.documents {
        tx.execute(
            "INSERT INTO documents VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                d.id,
                d.path,
                d.outlet,
                d.author,
                d.headline,
                d.published.to_string(),
                d.text
            ],
        )?;
    }
    for a in &data.actors {
        let [en, uk, ru] = texts(&a.name);
        tx.execute(
            "INSERT INTO actors VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![a.id, en, uk, ru, name(&a.kind), name(&a.side)],
        )?;
        for alias in &a.aliases {
            tx.execute(
                "INSERT INTO actor_aliases VALUES (?1, ?2)",
                params![a.id, alias],
            )?;
        }
        for role in &a.roles {
            let [en, uk, ru] = texts(&role.title);
            let (document, excerpt, start, end) = source(&role.source);
            tx.execute(
                "INSERT INTO actor_roles VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![a.id, en, uk, ru, document, excerpt, start, end],
            )?;
        }
    }
    for p in &data.places {
        let [en, uk, ru] = texts(&p.name);
        let [country_en, country_uk, country_ru] = texts(&p.country);
        tx.execute(
            "INSERT INTO places VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                p.id,
                en,
                uk,
                ru,
                country_en,
                country_uk,
                country_ru,
                name(&p.kind),
                p.latitude,
                p.longitude
            ],
        )?;
    }
    for t in &data.topics {
        let [en, uk, ru] = texts(&t.name);
        tx.execute(
            "INSERT INTO topics VALUES (?1, ?2, ?3, ?4)",
            params![t.id, en, uk, ru],
        )?;
    }
    for e in &data.events {
        let [title_en, title_uk, title_ru] = texts(&e.title);
        let [summary_en, summary_uk, summary_ru] = texts(&e.summary);
        let date = &e.date;
        tx.execute(
            "INSERT INTO events VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
            params![
                e.id,
                title_en,
                title_uk,
                title_ru,
                summary_en,
                summary_uk,
                summary_ru,
                name(&e.kind),
                name(&e.status),
                date.start.map(|d| d.to_string()),
                date.end.map(|d| d.to_string()),
                name(&date.precision),
                date.basis.phrase,
                date.basis.published.to_string(),
                name(&date.basis.rule),
                e.place
            ],
        )?;
        for p in &e.actors {
            let role = p.role.as_ref().map(name);
            tx.execute(
                "INSERT INTO event_actors VALUES (?1, ?2, ?3)",
                params![e.id, p.actor, role],
            )?;
        }
        for topic in &e.topics {
            tx.execute(
                "INSERT INTO event_topics VALUES (?1, ?2)",
                params![e.id, topic],
            )?;
        }
        for s in &e.sources {
            let (document, excerpt, start, end) = source(s);
            tx.execute(
                "INSERT INTO sources (event_id, document_id, excerpt, excerpt_start, excerpt_end) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![e.id, document, excerpt, start, end],
            )?;
        }
    }
    for q in &data.quotes {
        let medium = q.medium.as_ref().map(texts);
        tx.execute(
            "INSERT INTO quotes VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                q.id,
                q.speaker,
                q.text,
                q.source.document,
                q.source.range.start,
                q.source.range.end,
                q.event,
                medium.map(|m| m[0]),
                medium.map(|m| m[1]),
                medium.map(|m| m[2])
            ],
        )?;
    }
    for c in &data.claims {
        let [en, uk, ru] = texts(&c.question);
        tx.execute(
            "INSERT INTO claims VALUES (?1, ?2, ?3, ?4)",
            params![c.id, en, uk, ru],
        )?;
        for a in &c.accounts {
            let [en, uk, ru] = texts(&a.says);
            let (document, excerpt, start, end) = source(&a.source);
            tx.execute(
                "INSERT INTO claim_accounts VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![c.id, a.actor, en, uk, ru, document, excerpt, start, end, a.event],
            )?;
        }
    }
    for m in &data.mentions {
        tx.execute(
            "INSERT INTO mentions VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                m.actor,
                m.document,
                m.range.start,
                m.range.end,
                m.sentence.start,
                m.sentence.end
            ],
        )?;
    }
    tx.commit()
}
