//! `quotes.toml` and `claims.toml`: what was said, and accounts that differ.

use super::checker::Checker;
use super::files::DataFile;
use super::records::{ClaimsFile, QuotesFile};
use crate::model::{Account, Actor, Claim, Document, Event, Quote};
use toml::Spanned;

pub(super) fn build_quotes(
    c: &mut Checker,
    documents: &[Document],
    actors: &[Actor],
    events: &[Event],
    file: QuotesFile,
) -> Vec<Quote> {
    c.unique_ids(DataFile::Quotes, "quote", file.quote.iter().map(|q| &q.id));
    let mut quotes = Vec::new();
    for record in file.quote {
        let speaker_ok = c.reference(DataFile::Quotes, &record.speaker, "actor", actors, |a| {
            &a.id
        });
        let event_ok = record
            .event
            .as_ref()
            .is_none_or(|e| c.reference(DataFile::Quotes, e, "event", events, |e| &e.id));
        let source = c.source(DataFile::Quotes, documents, &record.document, &record.text);
        let what = format!("quote '{}'", record.id.get_ref());
        let words = (&record.uk, &record.ru);
        c.translated_fields(DataFile::Quotes, words, &["medium"]);
        let medium = record
            .medium
            .as_ref()
            .map(|m| c.field(DataFile::Quotes, &what, "medium", m, words));
        if let (true, true, Some(source)) = (speaker_ok, event_ok, source) {
            quotes.push(Quote {
                id: record.id.into_inner(),
                speaker: record.speaker.into_inner(),
                text: record.text.into_inner(),
                source,
                event: record.event.map(Spanned::into_inner),
                medium,
            });
        }
    }
    quotes
}

pub(super) fn build_claims(
    c: &mut Checker,
    documents: &[Document],
    actors: &[Actor],
    events: &[Event],
    file: ClaimsFile,
) -> Vec<Claim> {
    c.unique_ids(DataFile::Claims, "claim", file.claim.iter().map(|q| &q.id));
    let mut claims = Vec::new();
    for record in file.claim {
        if record.account.len() < 2 {
            c.error(
                DataFile::Claims,
                &record.id,
                "a claim sets at least two accounts side by side",
            );
        }
        let what = format!("claim '{}'", record.id.get_ref());
        let words = (&record.uk, &record.ru);
        c.translated_fields(DataFile::Claims, words, &["question"]);
        let question = c.field(DataFile::Claims, &what, "question", &record.question, words);
        let mut accounts = Vec::new();
        for account in &record.account {
            let words = (&account.uk, &account.ru);
            c.translated_fields(DataFile::Claims, words, &["says"]);
            let says = c.field(
                DataFile::Claims,
                "the account",
                "says",
                &account.says,
                words,
            );
            let actor_ok =
                c.reference(DataFile::Claims, &account.actor, "actor", actors, |a| &a.id);
            let event_ok = account
                .event
                .as_ref()
                .is_none_or(|e| c.reference(DataFile::Claims, e, "event", events, |e| &e.id));
            if let (true, true, Some(source)) = (
                actor_ok,
                event_ok,
                c.source(
                    DataFile::Claims,
                    documents,
                    &account.document,
                    &account.excerpt,
                ),
            ) {
                accounts.push(Account {
                    actor: account.actor.get_ref().clone(),
                    says,
                    source,
                    event: account.event.as_ref().map(|e| e.get_ref().clone()),
                });
            }
        }
        claims.push(Claim {
            id: record.id.into_inner(),
            question,
            accounts,
        });
    }
    claims
}
