//! The checker: collects every problem while the dataset is built, each at its file and line,
//! and the checks shared by every file (ids, references, verbatim excerpts).

use super::files::{DataFile, SourceFiles};
use super::records::{Words, S};
use super::DataError;
use crate::i18n::{Lang, Text};
use crate::model::{Document, Source, TextRange, Vocabulary};
use std::collections::HashSet;
use toml::Spanned;

/// Collects problems while the dataset is built, so that one run reports all of them.
pub(super) struct Checker<'a> {
    pub(super) files: &'a SourceFiles,
    pub(super) errors: Vec<DataError>,
}

impl Checker<'_> {
    fn line(&self, file: DataFile, offset: usize) -> usize {
        let text = file.text(self.files);
        text[..offset.min(text.len())].matches('\n').count() + 1
    }

    pub(super) fn error<T>(&mut self, file: DataFile, at: &Spanned<T>, message: impl Into<String>) {
        let line = self.line(file, at.span().start);
        self.errors
            .push(DataError::new(&file.path(), line, message));
    }

    /// A field written in our words, `en`, with its translations. A missing or blank one is
    /// reported at the English, with the line to add (`add` is the key, `{lang}` for the
    /// language: `{lang}.title`); the English then stands in, as the build fails anyway.
    pub(super) fn translated(
        &mut self,
        file: DataFile,
        what: &str,
        add: &str,
        en: &S<String>,
        uk: Option<&S<String>>,
        ru: Option<&S<String>>,
    ) -> Text {
        let mut text = |lang: Lang, given: Option<&S<String>>| match given {
            Some(words) if !words.get_ref().trim().is_empty() => words.get_ref().clone(),
            _ => {
                let key = add.replace("{lang}", lang.code());
                let language = match lang {
                    Lang::Uk => "Ukrainian",
                    _ => "Russian",
                };
                self.error(
                    file,
                    en,
                    format!(
                        "{what} has no {language} for '{}': add {key} = \"…\"",
                        en.get_ref()
                    ),
                );
                en.get_ref().clone()
            }
        };
        Text {
            uk: text(Lang::Uk, uk),
            ru: text(Lang::Ru, ru),
            en: en.get_ref().clone(),
        }
    }

    /// The field `field` of a record with `uk.` and `ru.` translations ([`Words`]).
    pub(super) fn field(
        &mut self,
        file: DataFile,
        what: &str,
        field: &str,
        en: &S<String>,
        (uk, ru): (&Words, &Words),
    ) -> Text {
        let add = format!("{{lang}}.{field}");
        self.translated(file, what, &add, en, uk.get(field), ru.get(field))
    }

    /// Reports each translated field that the record has no English for: a misspelt key.
    pub(super) fn translated_fields(
        &mut self,
        file: DataFile,
        (uk, ru): (&Words, &Words),
        fields: &[&str],
    ) {
        for (lang, words) in [(Lang::Uk, uk), (Lang::Ru, ru)] {
            for (key, value) in words.iter().filter(|(k, _)| !fields.contains(&k.as_str())) {
                let known: Vec<String> = fields
                    .iter()
                    .map(|f| format!("{}.{f}", lang.code()))
                    .collect();
                self.error(
                    file,
                    value,
                    format!(
                        "{}.{key} translates no field: use {}",
                        lang.code(),
                        known.join(" or ")
                    ),
                );
            }
        }
    }

    pub(super) fn parse<T: serde::de::DeserializeOwned>(
        &mut self,
        file: DataFile,
        text: &str,
    ) -> Option<T> {
        // A drafted entry (`parley-draft`) marks what a person must still write.
        let marker = format!("\"{}", crate::draft::STILL_TO_WRITE);
        for (n, line) in text.lines().enumerate() {
            for (at, _) in line.match_indices(&marker) {
                let key = line[..at].trim_end().trim_end_matches('=').trim_end();
                let field = key.rsplit([' ', '{', ',']).next().unwrap_or(key);
                self.errors.push(DataError::new(
                    &file.path(),
                    n + 1,
                    format!("{field} is still the draft's placeholder: write it"),
                ));
            }
        }
        match toml::from_str::<T>(text) {
            Ok(value) => Some(value),
            Err(e) => {
                let line = e.span().map_or(0, |span| self.line(file, span.start));
                self.errors.push(DataError::new(
                    &file.path(),
                    line,
                    e.message().trim().to_string(),
                ));
                None
            }
        }
    }

    pub(super) fn unique_ids<'r>(
        &mut self,
        file: DataFile,
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

    /// The value of vocabulary `T` that `value` names, or an error naming `what` it is and the
    /// valid values.
    pub(super) fn vocabulary<T: Vocabulary>(
        &mut self,
        file: DataFile,
        value: &S<String>,
        what: &str,
    ) -> Option<T> {
        let found = T::VALUES
            .iter()
            .copied()
            .find(|v| v.slug() == value.get_ref());
        if found.is_none() {
            let message = format!(
                "unknown {what} '{}': use {}",
                value.get_ref(),
                one_of::<T>()
            );
            self.error(file, value, message);
        }
        found
    }

    /// Locates a verbatim excerpt in the story text of its document.
    pub(super) fn source(
        &mut self,
        file: DataFile,
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

    pub(super) fn reference<T>(
        &mut self,
        file: DataFile,
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
            "topic" => "add it to seeds/data/topics.toml or fix the id",
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

/// "one of a, b, c": a vocabulary's valid values, for a message about one that is not.
pub(super) fn one_of<T: Vocabulary>() -> String {
    let slugs: Vec<&str> = T::VALUES.iter().map(|v| v.slug()).collect();
    format!("one of {}", slugs.join(", "))
}
