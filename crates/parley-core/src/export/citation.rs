//! Citations, for Zotero and the reference lists of those who use Parley: the articles behind
//! a view's events as CSL-JSON, RIS and BibTeX, and a view of Parley itself as a ready
//! citation in APA (7th edition) and Chicago (17th, author-date) styles, with its
//! CSL-JSON.
//!
//! The seeds name an article's author as a byline gives it. A byline of two or three
//! capitalised words ("Olena Goncharova") is read as a person's given and family names; any
//! other ("Newsroom", "The Kyiv Independent news desk") stays as written, as a body's name.

use crate::date::Day;
use crate::i18n::Lang;
use crate::model::{Dataset, Document, EventIx};
use serde::Serialize;

/// One CSL-JSON item, with the fields Parley has.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CslItem {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub title: String,
    /// The language of its title: a processor sets an English one in headline style.
    pub language: &'static str,
    #[serde(rename = "container-title", skip_serializing_if = "Option::is_none")]
    pub container_title: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub author: Vec<CslName>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issued: Option<CslDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accessed: Option<CslDate>,
    #[serde(rename = "URL", skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// A person's name, or a body's as written (`literal`).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum CslName {
    Person { family: String, given: String },
    Literal { literal: String },
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CslDate {
    #[serde(rename = "date-parts")]
    pub date_parts: [[u32; 3]; 1],
}

impl From<Day> for CslDate {
    fn from(day: Day) -> CslDate {
        CslDate {
            date_parts: [[day.year() as u32, day.month().into(), day.day().into()]],
        }
    }
}

/// A byline as a name: see the module's note.
fn name(byline: &str) -> CslName {
    let words: Vec<&str> = byline.split_whitespace().collect();
    let capitalised = words
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    match (
        words.split_last(),
        capitalised && (2..=3).contains(&words.len()),
    ) {
        (Some((family, given)), true) => CslName::Person {
            family: family.to_string(),
            given: given.join(" "),
        },
        _ => CslName::Literal {
            literal: byline.to_string(),
        },
    }
}

/// The articles `events` cite, in the dataset's order.
pub fn articles<'a>(dataset: &'a Dataset, events: &[EventIx]) -> Vec<&'a Document> {
    dataset
        .documents
        .iter()
        .filter(|d| {
            events
                .iter()
                .any(|&e| dataset.events[e].sources.iter().any(|s| s.document == d.id))
        })
        .collect()
}

/// An article as a CSL item: a newspaper article, its outlet the container.
pub fn article(document: &Document) -> CslItem {
    CslItem {
        id: document.id.clone(),
        kind: "article-newspaper",
        title: document.headline.clone(),
        language: "en",
        container_title: Some(document.outlet.clone()),
        author: document.author.as_deref().map(name).into_iter().collect(),
        issued: Some(document.published.into()),
        accessed: None,
        url: None,
        version: None,
    }
}

/// The articles behind `events` as CSL-JSON items.
pub fn csl_json(dataset: &Dataset, events: &[EventIx]) -> Vec<CslItem> {
    articles(dataset, events).into_iter().map(article).collect()
}

/// The articles behind `events` as RIS records (`TY  - NEWS`), as Zotero and EndNote import.
pub fn ris(dataset: &Dataset, events: &[EventIx]) -> String {
    let mut out = String::new();
    let mut field = |tag: &str, value: &str| {
        // A field is one line: RIS has no way to continue one.
        let value = value.replace(['\r', '\n'], " ");
        out.push_str(&format!("{tag}  - {value}\r\n"));
    };
    for document in articles(dataset, events) {
        let day = document.published;
        field("TY", "NEWS");
        field("ID", &document.id);
        field("TI", &document.headline);
        field("T2", &document.outlet);
        match document.author.as_deref().map(name) {
            Some(CslName::Person { family, given }) => field("AU", &format!("{family}, {given}")),
            Some(CslName::Literal { literal }) => field("AU", &format!("{literal},")),
            None => {}
        }
        field("PY", &day.year().to_string());
        field(
            "DA",
            &format!("{}/{:02}/{:02}/", day.year(), day.month(), day.day()),
        );
        field("ER", "");
    }
    out
}

/// The articles behind `events` as BibTeX `@article` entries, keyed by their file's name.
pub fn bibtex(dataset: &Dataset, events: &[EventIx]) -> String {
    let mut out = String::new();
    for document in articles(dataset, events) {
        let day = document.published;
        out.push_str(&format!("@article{{{},\n", document.id));
        let mut field = |name: &str, value: &str| {
            out.push_str(&format!("  {name} = {{{value}}},\n"));
        };
        field("title", &bibtex_text(&document.headline));
        field("journal", &bibtex_text(&document.outlet));
        match document.author.as_deref().map(name) {
            Some(CslName::Person { family, given }) => {
                field("author", &bibtex_text(&format!("{family}, {given}")))
            }
            // Braces keep a body's name whole, rather than read as given and family names.
            Some(CslName::Literal { literal }) => {
                field("author", &format!("{{{}}}", bibtex_text(&literal)))
            }
            None => {}
        }
        field("date", &day.to_string());
        field("year", &day.year().to_string());
        out.push_str("}\n\n");
    }
    out
}

/// Text with BibTeX's special characters escaped.
fn bibtex_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' | '%' | '$' | '#' | '_' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '\\' => out.push_str("\\textbackslash{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            c => out.push(c),
        }
    }
    out
}

/// A view of Parley, cited: its CSL item and the same in APA and Chicago style.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ViewCitation {
    pub csl: CslItem,
    pub apa: String,
    pub chicago: String,
}

/// `title` (the view's, as its page names it in `lang`) at `url`, in dataset `version`, seen
/// on `accessed`.
pub fn cite_view(title: &str, url: &str, version: &str, accessed: Day, lang: Lang) -> ViewCitation {
    // Not a number, so CSL styles print it as it is: it says what it is.
    let version = format!("Version {version}");
    let csl = CslItem {
        id: "parley".into(),
        kind: "dataset",
        title: title.into(),
        language: lang.code(),
        container_title: None,
        author: vec![CslName::Literal {
            literal: "Parley".into(),
        }],
        issued: None,
        accessed: Some(accessed.into()),
        url: Some(url.into()),
        version: Some(version.clone()),
    };
    let on = english_date(accessed);
    // APA 7, a data set with no date of its own, cited with the day it was retrieved since it
    // changes: "Author. (n.d.). Title (Version) [Data set]. Retrieved Month D, YYYY, from URL".
    // The words are those the APA style of the Citation Style Language writes for the CSL item.
    let apa = format!(
        "Parley. (n.d.). {} ({version}) [Data set]. Retrieved {on}, from {url}",
        typographic(title, ('“', '”'))
    );
    // Chicago 17, author-date: "Author. n.d. “Title.” Accessed Month D, YYYY. URL.", as the
    // Citation Style Language's chicago-author-date writes the CSL item, with the version,
    // which that style leaves out of a data set, after the title.
    let chicago = format!(
        "Parley. n.d. “{}” {version}. Accessed {on}. {url}.",
        chicago_title(title, lang)
    );
    ViewCitation { csl, apa, chicago }
}

/// English words a title in headline style leaves in lower case, as the Citation Style
/// Language's processors have them: articles, conjunctions and short prepositions.
const STOP_WORDS: [&str; 28] = [
    "a", "about", "an", "and", "as", "at", "but", "by", "down", "for", "from", "in", "into", "nor",
    "of", "on", "onto", "or", "over", "so", "the", "till", "to", "up", "via", "with", "yet", "vs",
];

/// An English title in headline style, as Chicago writes titles ("Witkoff Meets Putin in
/// Moscow for a Three-Hour Meeting"): each word capitalised, and each part of a hyphenated
/// one, but for the stop words after the title's first word or a colon; a word that has a
/// capital already is kept.
pub fn title_case(title: &str) -> String {
    let mut starts = true;
    let words: Vec<String> = title
        .split(' ')
        .map(|word| {
            let parts: Vec<String> = word
                .split('-')
                .map(|part| {
                    let bare = part
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase();
                    let lower = !starts && STOP_WORDS.contains(&bare.as_str());
                    starts = false;
                    match lower {
                        true => part.to_string(),
                        false => capitalised(part),
                    }
                })
                .collect();
            starts = word.ends_with(':');
            parts.join("-")
        })
        .collect();
    words.join(" ")
}

/// `word` with its first letter in capitals, unless it has a capital already. ASCII only: an
/// English title's words begin with ASCII letters, and Unicode's upper-case table would add
/// 6 KB gzip to the first load; a word that begins with another letter is left as written.
fn capitalised(word: &str) -> String {
    if word.chars().any(char::is_uppercase) {
        return word.to_string();
    }
    match word.char_indices().find(|(_, c)| c.is_alphabetic()) {
        Some((at, c)) => format!(
            "{}{}{}",
            &word[..at],
            c.to_ascii_uppercase(),
            &word[at + c.len_utf8()..]
        ),
        None => word.to_string(),
    }
}

/// `text` with its straight marks made typographic, as citation processors set them: an
/// apostrophe between letters as ’, and a quotation as `open` … `close` (“…” at the top
/// level, ‘…’ inside a quotation).
fn typographic(text: &str, (open, close): (char, char)) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            if c != '\'' && c != '"' {
                return c;
            }
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1);
            let opens = before.is_none_or(|b| b.is_whitespace() || "([{".contains(b));
            let inside_word = before.is_some_and(char::is_alphanumeric)
                && after.is_some_and(|a| a.is_alphanumeric());
            match (opens, inside_word) {
                (true, _) => open,
                (false, true) => '’',
                (false, false) => close,
            }
        })
        .collect()
}

/// A title as Chicago sets it inside its quotation marks, with the full stop after it: in
/// headline style if English, a quotation inside it in single marks ("Trump to TIME: ‘Crimea
/// Will Stay with Russia’."), and no full stop after one that ends with its own "!" or "?".
fn chicago_title(title: &str, lang: Lang) -> String {
    let cased = match lang {
        Lang::En => title_case(title),
        _ => title.to_string(),
    };
    let mut out = typographic(&cased, ('‘', '’'));
    let ends = out.trim_end_matches(['’', '”']).chars().next_back();
    if !matches!(ends, Some('!' | '?')) {
        out.push('.');
    }
    out
}

/// "December 6, 2026": both styles write dates so, in English.
fn english_date(day: Day) -> String {
    let month = Lang::En.t().months[usize::from(day.month()) - 1];
    format!("{month} {}, {}", day.day(), day.year())
}
