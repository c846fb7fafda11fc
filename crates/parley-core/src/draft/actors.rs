//! Names the dataset does not know yet, each with the role that introduces it: "Kremlin aide
//! Yuri Ushakov", "CIA Director John Ratcliffe", "Witkoff's deputy, Josh Gruenbaum".

use crate::model::TextRange;

/// Words of a title: they introduce a name and are never part of it.
const TITLE_WORDS: &[&str] = &[
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "state",
    "director",
    "adviser",
    "advisor",
    "aide",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "envoy",
    "special",
    "national",
    "security",
    "chief",
    "staff",
    "ambassador",
    "foreign",
    "defense",
    "defence",
    "deputy",
    "head",
    "representative",
    "general",
    "commander",
    "chairman",
    "senator",
    "sen",
    "rep",
    "ceo",
    "officer",
    "official",
    "negotiator",
    "leader",
    "counterpart",
    "economic",
    "investment",
    "fund",
    "cia",
    "fbi",
    "intelligence",
    "chancellor",
    "king",
    "crown",
    "prince",
    "sheikh",
    "mayor",
    "governor",
    "press",
    "presidential",
    "army",
    "military",
    "army's",
    "son-in-law",
    "businessman",
    "billionaire",
    "lawmaker",
    "diplomat",
    "executive",
    "senior",
    "top",
    "former",
];

/// Capitalised words that are not names.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "and",
    "but",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "u.s.",
    "u.k.",
    "russian",
    "ukrainian",
    "american",
    "european",
    "kremlin",
    "white",
    "house",
    "moscow",
    "kyiv",
    "washington",
    "ukraine",
    "russia",
    "america",
    "europe",
];

/// A person the text introduces by a role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Introduced {
    /// "Yuri Ushakov", verbatim.
    pub name: String,
    /// "Kremlin aide", verbatim.
    pub role: String,
    /// The role and the name together, as the text writes them.
    pub excerpt: TextRange,
}

fn bare(word: &str) -> &str {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '.');
    // A full stop ends a sentence unless the word is an abbreviation ("U.S.").
    let word = match word.strip_suffix('.') {
        Some(stem) if !stem.contains('.') => stem,
        _ => word,
    };
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word)
}

fn is_title(word: &str) -> bool {
    TITLE_WORDS.contains(&bare(word).to_lowercase().as_str())
}

fn is_name_word(word: &str) -> bool {
    let b = bare(word);
    b.chars().next().is_some_and(char::is_uppercase)
        && b.chars()
            .skip(1)
            .all(|c| c.is_lowercase() || c == '-' || c == '’' || c == '\'')
        && b.chars().count() > 1
        && !NOT_NAMES.contains(&b.to_lowercase().as_str())
        && !is_title(word)
}

/// Every name of two or three capitalised words in `range` of `text` with a title in the few
/// words before it, as "Kremlin aide Yuri Ushakov" has.
pub fn introduced(text: &str, range: TextRange) -> Vec<Introduced> {
    let slice = range.slice(text);
    let base = range.start as usize;
    let mut spans: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for word in slice.split_whitespace() {
        let start = at + slice[at..].find(word).unwrap_or(0);
        at = start + word.len();
        spans.push((start, word));
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < spans.len() {
        // A name's words: capitalised, up to three, the last of them the first that carries
        // a comma, a full stop or a possessive.
        let names = spans[i..]
            .iter()
            .take_while(|(_, w)| is_name_word(w))
            .count();
        let run = spans[i..i + names]
            .iter()
            .position(|(_, w)| bare(w) != *w)
            .map_or(names, |last| last + 1);
        if (2..=3).contains(&run) {
            let title_words = spans[..i]
                .iter()
                .rev()
                .take(4)
                .take_while(|(_, w)| !w.ends_with([',', '.', ';', ':']))
                .take_while(|(_, w)| {
                    is_title(w)
                        || bare(w).chars().next().is_some_and(char::is_uppercase)
                        || w.ends_with("’s")
                        || w.ends_with("'s")
                })
                .count();
            let has_title = spans[i - title_words..i].iter().any(|(_, w)| is_title(w));
            let (last, last_word) = spans[i + run - 1];
            let name_start = spans[i].0;
            let core = bare(last_word);
            let name_end = last + last_word.find(core).unwrap_or(0) + core.len();
            // Or after it, set off by commas: "Andrii Hnatov, the chief of staff of Ukraine's
            // Armed Forces,".
            let appositive = || {
                let after = &spans[i + run..];
                let opens = last_word.ends_with(',')
                    && after.first().is_some_and(|(_, w)| *w == "the")
                    && after.get(1).is_some_and(|(_, w)| is_title(w));
                let ends = after
                    .iter()
                    .take(10)
                    .position(|(_, w)| w.ends_with([',', '.', ';']))?;
                let (end_at, end_word) = after[ends];
                let role_end = end_at + end_word.trim_end_matches([',', '.', ';']).len();
                opens.then(|| (after[0].0, role_end))
            };
            if title_words > 0 && has_title {
                let (first, _) = spans[i - title_words];
                let role_end = spans[i - 1].0 + spans[i - 1].1.len();
                out.push(Introduced {
                    name: slice[name_start..name_end].to_string(),
                    role: slice[first..role_end].trim_end_matches(',').to_string(),
                    excerpt: TextRange::new(base + first, base + name_end),
                });
            } else if let Some((role_start, role_end)) = appositive() {
                out.push(Introduced {
                    name: slice[name_start..name_end].to_string(),
                    role: slice[role_start..role_end].to_string(),
                    excerpt: TextRange::new(base + name_start, base + role_end),
                });
            }
            i += run;
        } else {
            i += 1;
        }
    }
    out
}

/// The id the dataset would give a person: the surname, lowercased ASCII.
pub fn id_of(name: &str) -> String {
    let surname = name.split_whitespace().last().unwrap_or(name);
    surname
        .chars()
        .filter_map(|c| match c {
            'a'..='z' | '0'..='9' | '-' => Some(c),
            'A'..='Z' => Some(c.to_ascii_lowercase()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, String)> {
        introduced(text, TextRange::new(0, text.len()))
            .into_iter()
            .map(|i| (i.role, i.name))
            .collect()
    }

    #[test]
    fn a_name_is_found_with_the_title_before_it() {
        assert_eq!(
            names("The talks were led by Kremlin aide Yuri Ushakov on Thursday."),
            vec![("Kremlin aide".into(), "Yuri Ushakov".into())]
        );
        assert_eq!(
            names("He spoke with CIA Director John Ratcliffe, officials said."),
            vec![("CIA Director".into(), "John Ratcliffe".into())]
        );
        assert_eq!(
            names("Trump’s son-in-law Jared Kushner joined."),
            vec![("Trump’s son-in-law".into(), "Jared Kushner".into())]
        );
        assert_eq!(
            names("Andrii Hnatov, the chief of staff of Ukraine's Armed Forces, will brief him."),
            vec![(
                "the chief of staff of Ukraine's Armed Forces".into(),
                "Andrii Hnatov".into()
            )]
        );
        assert_eq!(
            names("It included White House senior advisor Josh Gruenbaum."),
            vec![("White House senior advisor".into(), "Josh Gruenbaum".into())]
        );
        assert!(names("He met Vladimir Putin in Moscow.").is_empty());
        assert!(names("He met Vladimir Putin, the man who runs Russia.").is_empty());
        assert_eq!(id_of("Yuri Ushakov"), "ushakov");
    }
}
