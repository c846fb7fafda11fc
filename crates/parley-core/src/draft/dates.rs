//! A sentence's date: the words that date it and the [`DateRule`] that reads them, the same
//! rules the dataset is written with, so a drafted date explains itself as a written one does.
//! Weekday words are read by tense: about the past, the last such day on or before
//! publication; about the future, the next one after it.

use crate::date::{DateRule, Day};

/// Whether a sentence tells of what happened or of what is to come.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

/// How a sentence is dated: a rule and the verbatim words it reads.
#[derive(Clone, Debug, PartialEq)]
pub struct Dating {
    pub rule: DateRule,
    pub phrase: String,
}

const MONTHS: [&[&str]; 12] = [
    &["january", "jan"],
    &["february", "feb"],
    &["march", "mar"],
    &["april", "apr"],
    &["may"],
    &["june", "jun"],
    &["july", "jul"],
    &["august", "aug"],
    &["september", "sept", "sep"],
    &["october", "oct"],
    &["november", "nov"],
    &["december", "dec"],
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A word of the sentence: where it starts and ends (bytes) and its letters and digits,
/// lowercased, without a possessive.
struct Word<'s> {
    start: usize,
    end: usize,
    raw: &'s str,
    norm: String,
}

fn words(sentence: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut at = 0;
    for raw in sentence.split_whitespace() {
        let start = at + sentence[at..].find(raw).unwrap_or(0);
        at = start + raw.len();
        let core = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let core = core
            .strip_suffix("’s")
            .or_else(|| core.strip_suffix("'s"))
            .unwrap_or(core);
        let offset = raw.find(core).unwrap_or(0);
        out.push(Word {
            start: start + offset,
            end: start + offset + core.len(),
            raw,
            norm: core.to_lowercase(),
        });
    }
    out
}

/// Whether a word names a month or a weekday: "Dec.", "Thursday".
pub(super) fn names_time(word: &str) -> bool {
    let word = word.trim_end_matches(['.', ',']).to_lowercase();
    month_of(&word).is_some() || WEEKDAYS.contains(&word.as_str())
}

fn month_of(word: &str) -> Option<u8> {
    MONTHS
        .iter()
        .position(|names| names.contains(&word))
        .map(|m| m as u8 + 1)
}

/// The day number a word starts with ("13", "6,", "1st").
fn day_number(word: &str) -> Option<u8> {
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    let rest = &word[digits.len()..];
    let suffix_ok = rest.trim_matches(|c: char| !c.is_alphanumeric()).is_empty()
        || ["st", "nd", "rd", "th"].contains(&rest.trim_end_matches([',', '.', ';']));
    (!digits.is_empty() && digits.len() <= 2 && suffix_ok)
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

fn year_number(word: &Word) -> Option<i32> {
    (word.norm.len() == 4 && word.norm.chars().all(|c| c.is_ascii_digit()))
        .then(|| word.norm.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

/// The year of a month and day the text gives without one: the latest such day on or before
/// publication for the past, the first on or after it for the future. So "Dec. 6" in an
/// article of January 31, 2026 is in 2025, and "Feb. 1" about the future in 2026.
pub fn year_for(month: u8, day: u8, published: Day, tense: Tense) -> Option<Day> {
    let year = published.year();
    let candidates = [year - 1, year, year + 1].map(|y| Day::from_ymd(y, month, day));
    match tense {
        Tense::Past => candidates.into_iter().flatten().rfind(|d| *d <= published),
        Tense::Future => candidates.into_iter().flatten().find(|d| *d >= published),
    }
}

/// An explicit day at word `i` ("March 13", "Feb. 1", "Dec. 6, 2025"): the day and the index
/// of its last word.
fn explicit_day(words: &[Word], i: usize, published: Day, tense: Tense) -> Option<(Day, usize)> {
    let month = month_of(&words[i].norm)?;
    // "May" is also a verb: only with a day after it, as every month here.
    let day = day_number(words.get(i + 1)?.raw)?;
    if let Some(year) = words.get(i + 2).and_then(year_number) {
        return Day::from_ymd(year, month, day).map(|d| (d, i + 2));
    }
    year_for(month, day, published, tense).map(|d| (d, i + 1))
}

/// The sentence's words from word `first` to word `last`, verbatim, with "on" before them.
fn phrase(sentence: &str, words: &[Word], first: usize, last: usize) -> String {
    let first = match first.checked_sub(1) {
        Some(before) if words[before].norm == "on" => before,
        _ => first,
    };
    sentence[words[first].start..words[last].end].to_string()
}

/// The date a sentence gives, if any: a day counted from `anchor` (an earlier event of the
/// article: its id and day), else of the explicit spans and days, weekdays and words such as
/// "earlier this month" it names, the one nearest byte `near` (the words that say what
/// happens: in "a call is expected this week, Witkoff said on March 16" the call is this
/// week). `None` when the sentence names no time.
pub fn date_in(
    sentence: &str,
    tense: Tense,
    published: Day,
    anchor: Option<(&str, Day)>,
    near: usize,
) -> Option<Dating> {
    let words = words(sentence);
    // Counted days first: in "Wednesday's call came a day after …" the weekday dates the
    // anchor, not the event the words introduce.
    if let Some(dating) = counted_days(sentence, &words, anchor) {
        return Some(dating);
    }
    let mut found: Vec<(usize, Dating)> = Vec::new();
    let mut add =
        |at: usize, rule: DateRule, phrase: String| found.push((at, Dating { rule, phrase }));
    let mut i = 0;
    while i < words.len() {
        // An explicit day, or a span: "between March 11 and March 16", "from Feb. 1 to Feb. 3".
        let Some((start, last)) = explicit_day(&words, i, published, tense) else {
            i += 1;
            continue;
        };
        let joined = words.get(last + 1).map(|w| w.norm.as_str());
        let end = (last + 2 < words.len())
            .then(|| explicit_day(&words, last + 2, published, tense))
            .flatten();
        match (joined, end) {
            (Some("and" | "to"), Some((end, end_last))) if start <= end => {
                let from = match i.checked_sub(1) {
                    Some(b) if matches!(words[b].norm.as_str(), "between" | "from") => b,
                    _ => i,
                };
                let text = sentence[words[from].start..words[end_last].end].to_string();
                add(words[i].start, DateRule::StatedRange { start, end }, text);
                i = end_last + 1;
            }
            _ => {
                add(
                    words[i].start,
                    DateRule::Stated { day: start },
                    phrase(sentence, &words, i, last),
                );
                i = last + 1;
            }
        }
    }
    for (i, word) in words.iter().enumerate() {
        let day = match word.norm.as_str() {
            "today" => published,
            "yesterday" => published.add_days(-1),
            "tomorrow" => published.add_days(1),
            _ => continue,
        };
        add(
            word.start,
            DateRule::Stated { day },
            phrase(sentence, &words, i, i),
        );
    }
    for (i, word) in words.iter().enumerate() {
        if !WEEKDAYS.contains(&word.norm.as_str()) {
            continue;
        }
        let before = i.checked_sub(1).map(|b| words[b].norm.as_str());
        let future = match before {
            Some("next" | "coming") => true,
            Some("last" | "past") => false,
            _ => tense == Tense::Future,
        };
        let rule = match future {
            true => DateRule::NextWeekday,
            false => DateRule::Weekday,
        };
        add(word.start, rule, phrase(sentence, &words, i, i));
    }
    let lower = sentence.to_lowercase();
    let relative = [
        ("earlier this week", DateRule::EarlierThisWeek),
        ("earlier in the week", DateRule::EarlierThisWeek),
        ("earlier this month", DateRule::EarlierThisMonth),
        ("earlier in the month", DateRule::EarlierThisMonth),
        ("last month", DateRule::LastMonth),
        ("next month", DateRule::NextMonth),
        ("this week", DateRule::ThisWeek),
    ];
    for (words_of, rule) in relative {
        // "Earlier this week" holds "this week": only the longer reading of those words.
        let Some(at) = lower.find(words_of) else {
            continue;
        };
        if words_of == "this week" && lower[..at].ends_with("earlier ") {
            continue;
        }
        // "This week" about the past is earlier this week.
        let rule = match (rule, tense) {
            (DateRule::ThisWeek, Tense::Past) => DateRule::EarlierThisWeek,
            (rule, _) => rule,
        };
        add(at, rule, sentence[at..at + words_of.len()].to_string());
    }
    for (words_of, weeks) in [("last week", -1), ("next week", 1)] {
        if let Some(at) = lower.find(words_of) {
            let monday = published.add_days(-i64::from(published.weekday_from_monday()));
            let start = monday.add_days(7 * weeks);
            let text = sentence[at..at + words_of.len()].to_string();
            let end = start.add_days(6);
            add(at, DateRule::StatedRange { start, end }, text);
        }
    }
    found
        .into_iter()
        .min_by_key(|(at, _)| (at.abs_diff(near), *at))
        .map(|(_, dating)| dating)
}

/// "A day after", "two days before", "the day before": days counted from the anchor. The
/// sentence's event is taken to be the one the words introduce, counted from the one before
/// them: "the call came a day after Russia exchanged …" puts the exchange a day before the
/// call.
fn counted_days(sentence: &str, words: &[Word], anchor: Option<(&str, Day)>) -> Option<Dating> {
    let (anchor_id, anchor_day) = anchor?;
    for i in 0..words.len().saturating_sub(2) {
        let count = match words[i].norm.as_str() {
            "a" | "one" | "the" => 1,
            "two" => 2,
            "three" => 3,
            n => match n.parse::<i64>() {
                Ok(n) if (1..=30).contains(&n) => n,
                _ => continue,
            },
        };
        if !matches!(words[i + 1].norm.as_str(), "day" | "days") {
            continue;
        }
        let sign = match words[i + 2].norm.as_str() {
            "before" | "earlier" => 1,
            "after" | "later" => -1,
            _ => continue,
        };
        return Some(Dating {
            rule: DateRule::Offset {
                anchor_id: anchor_id.to_string(),
                anchor_day,
                days: sign * count,
            },
            phrase: sentence[words[i].start..words[i + 2].end].to_string(),
        });
    }
    None
}
