//! The three languages Parley speaks: [`Lang`], the interface's words in each ([`Messages`],
//! from `catalog.rs`), the dataset's words in each ([`Text`]), and the grammar that counts and
//! dates need: plural forms ([`Lang::count`]), grouped numbers, month names.
//!
//! The rules here are the ones the browser's `Intl.PluralRules`, `Intl.NumberFormat` and
//! `Intl.DateTimeFormat` apply for these languages; they live in the core because the core
//! writes the cards (and the build prerenders them) with no browser at hand. The browser tests
//! compare them with `Intl` for every count from 0 to 200 and every month.

mod catalog;

pub use catalog::Messages;
use serde::{Deserialize, Serialize};

/// A language of the interface and the dataset.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "uk")]
    Uk,
    #[serde(rename = "ru")]
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Uk, Lang::Ru];

    /// The BCP 47 tag: `lang=` in URLs, `<html lang>`, the key of a translation.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Uk => "uk",
            Lang::Ru => "ru",
        }
    }

    /// The language whose code ([`Lang::code`]) is exactly `code`: what `lang=` takes.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language a BCP 47 tag names, region and script aside (`uk-UA`, `ru`, `en-GB`).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first of the reader's languages (in their order of preference) that Parley speaks.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        tags.into_iter().find_map(Lang::from_tag)
    }

    /// The language's own name for itself, as a picker lists it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Uk => "Українська",
            Lang::Ru => "Русский",
        }
    }

    /// The interface's words in this language.
    pub fn t(self) -> &'static Messages {
        match self {
            Lang::En => &catalog::EN,
            Lang::Uk => &catalog::UK,
            Lang::Ru => &catalog::RU,
        }
    }

    /// The plural category of a whole number, by CLDR's cardinal rules (what
    /// `Intl.PluralRules` selects): English has one and other; Ukrainian and Russian one
    /// (1, 21, 101…), few (2–4, 22–24…) and many (0, 5–20, 25…).
    pub fn plural(self, n: u64) -> Category {
        match self {
            Lang::En if n == 1 => Category::One,
            Lang::En => Category::Many,
            Lang::Uk | Lang::Ru => match (n % 10, n % 100) {
                (1, tens) if tens != 11 => Category::One,
                (2..=4, tens) if !(12..=14).contains(&tens) => Category::Few,
                _ => Category::Many,
            },
        }
    }

    /// `n` with its noun in the right form: "1 event", "3 події", "5 событий".
    pub fn count(self, n: usize, forms: &Plural) -> String {
        let form = match self.plural(n as u64) {
            Category::One => forms.one,
            Category::Few => forms.few,
            Category::Many => forms.many,
        };
        fill(form, &[("n", &self.number(n))])
    }

    /// A whole number grouped by thousands as the language writes it: "100,000" in English,
    /// "100 000" (with a no-break space) in Ukrainian and Russian.
    pub fn number(self, n: usize) -> String {
        let digits = n.to_string();
        let separator = match self {
            Lang::En => ",",
            Lang::Uk | Lang::Ru => "\u{a0}",
        };
        // Ukrainian and Russian group only from five digits: "5000", "10 000".
        if self != Lang::En && digits.len() <= 4 {
            return digits;
        }
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(separator);
            }
            out.push(digit);
        }
        out
    }
}

/// Which form a count takes (see [`Lang::plural`]). English uses `One` and `Many` only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    One,
    Few,
    Many,
}

/// A noun's forms after a number, each with `{n}` where the number goes. English fills `few`
/// and `many` alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural {
    pub one: &'static str,
    pub few: &'static str,
    pub many: &'static str,
}

/// A field of the dataset written in our words, in every language. The build refuses a
/// dataset with any of them missing; the JSON export carries all three.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Text {
    pub en: String,
    pub uk: String,
    pub ru: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Uk => &self.uk,
            Lang::Ru => &self.ru,
        }
    }

    /// The same words in every language: a name that no language spells differently.
    pub fn same(text: &str) -> Text {
        Text {
            en: text.to_string(),
            uk: text.to_string(),
            ru: text.to_string(),
        }
    }

    /// Every language's words, English first.
    pub fn all(&self) -> [&str; 3] {
        [&self.en, &self.uk, &self.ru]
    }
}

/// `template` with each `{name}` replaced by its value. Word order differs between languages,
/// so the catalog's templates name their blanks rather than number them.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').map(|close| (&after[..close], close)) {
            Some((name, close)) => {
                rest = &after[close + 1..];
                match values.iter().find(|(key, _)| *key == name) {
                    Some((_, value)) => {
                        out.push_str(value);
                        // A value that ends a sentence's abbreviation ("13 февр. 2025 г.")
                        // takes the template's full stop: no "г..".
                        if value.ends_with('.') {
                            rest = rest.strip_prefix('.').unwrap_or(rest);
                        }
                    }
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests;
