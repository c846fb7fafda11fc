//! Dates with their precision and basis.
//!
//! A [`Day`] is a calendar day. An [`EventDate`] is what the text lets us say about when an
//! event happened: a day, a week, a month, a range, or only "on or before"/"on or after" a day.
//! [`DateRule`] turns a phrase of the text plus the publication date into an [`EventDate`]
//! whose [`Basis`] records the reasoning, which [`EventDate::basis_text`] writes out in each
//! language, e.g. "'on Saturday' in an article published Saturday 2026-01-31 → the most
//! recent Saturday → 2026-01-31".

use crate::i18n::{fill, Lang};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use time::{Date, Duration, Month, Weekday};

/// A calendar day. Serialised as `YYYY-MM-DD` in human-readable formats (JSON, TOML) and as a
/// day number in binary ones (the baked bundle), where it is smaller and faster to compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(Date);

impl Day {
    /// `YYYY-MM-DD` and nothing else. Split by hand rather than with `time`'s parser: that
    /// would bring its format-description machinery (about 15 KB) into the bundle.
    pub fn parse(text: &str) -> Result<Day, String> {
        let number = |part: &str, digits: usize| {
            (part.len() == digits && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<u16>().ok())
                .flatten()
        };
        let mut parts = text.split('-');
        let day = match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(y), Some(m), Some(d), None) => match (number(y, 4), number(m, 2), number(d, 2)) {
                (Some(y), Some(m), Some(d)) => Day::from_ymd(i32::from(y), m as u8, d as u8),
                _ => None,
            },
            _ => None,
        };
        day.ok_or_else(|| format!("'{text}' is not a date in the form YYYY-MM-DD"))
    }

    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Day> {
        let month = Month::try_from(month).ok()?;
        Date::from_calendar_date(year, month, day).ok().map(Day)
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }
    pub fn month(self) -> u8 {
        self.0.month() as u8
    }
    pub fn day(self) -> u8 {
        self.0.day()
    }

    /// The weekday's name: "Saturday", "субота".
    /// Days since the Monday of the day's week: 0 on a Monday, 6 on a Sunday.
    pub fn weekday_from_monday(self) -> u8 {
        self.0.weekday().number_days_from_monday()
    }

    pub fn weekday_name(self, lang: Lang) -> &'static str {
        weekday_name(self.0.weekday(), lang)
    }

    pub fn add_days(self, days: i64) -> Day {
        Day(self.0.saturating_add(Duration::days(days)))
    }

    /// Days since 1970-01-01, for the compact binary form.
    pub fn number(self) -> i32 {
        self.0.to_julian_day() - 2_440_588
    }

    pub fn from_number(number: i32) -> Option<Day> {
        Date::from_julian_day(number + 2_440_588).ok().map(Day)
    }

    fn first_of_month(self) -> Day {
        Day(self.0.replace_day(1).expect("day 1 exists in every month"))
    }

    /// "Mar 13, 2025", "13 бер. 2025 р.", "13 мар. 2025 г."
    pub fn short(self, lang: Lang) -> String {
        fill(
            lang.t().day,
            &[
                ("month", month_abbr(self.month(), lang)),
                ("day", &self.day().to_string()),
                ("year", &self.year().to_string()),
            ],
        )
    }

    /// "Mar", "бер."
    pub fn month_abbr(self, lang: Lang) -> &'static str {
        month_abbr(self.month(), lang)
    }

    /// "March 2025", "Березень 2025"
    pub fn month_heading(self, lang: Lang) -> String {
        fill(
            lang.t().month_year,
            &[
                ("month", lang.t().months[usize::from(self.month() - 1)]),
                ("year", &self.year().to_string()),
            ],
        )
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            serializer.collect_str(self)
        } else {
            serializer.serialize_i32(self.number())
        }
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Day, D::Error> {
        use serde::de::Error;
        if deserializer.is_human_readable() {
            let text = String::deserialize(deserializer)?;
            Day::parse(&text).map_err(D::Error::custom)
        } else {
            let number = i32::deserialize(deserializer)?;
            Day::from_number(number).ok_or_else(|| D::Error::custom("day number out of range"))
        }
    }
}

fn month_abbr(month: u8, lang: Lang) -> &'static str {
    lang.t().months_short[usize::from(month - 1)]
}

fn weekday_name(weekday: Weekday, lang: Lang) -> &'static str {
    lang.t().weekdays[usize::from(weekday.number_days_from_monday())]
}

fn parse_weekday(word: &str) -> Option<Weekday> {
    [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ]
    .into_iter()
    .find(|day| word.eq_ignore_ascii_case(weekday_name(*day, Lang::En)))
}

/// How precisely the text dates an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// The text gives the day, or a weekday that resolves to one.
    Day,
    /// A span of days within one week ("earlier in the week", "this week").
    Week,
    /// A span within one month ("earlier this month", "last month").
    Month,
    /// Any other span between two known days.
    Range,
    /// Only an upper bound: "previously", "has rejected", "said on Dec. 6 that he held".
    Before,
    /// Only a lower bound: a plan for "the not-too-distant future".
    After,
}

impl Precision {
    pub fn label(self, lang: Lang) -> &'static str {
        let t = lang.t();
        match self {
            Precision::Day => t.precision_day,
            Precision::Week => t.precision_week,
            Precision::Month => t.precision_month,
            Precision::Range => t.precision_range,
            Precision::Before => t.precision_before,
            Precision::After => t.precision_after,
        }
    }
}

/// Why an event has its date: the phrase of the text, the publication date it was read
/// against, and the rule that made the one into a date. Kept as data, not as a sentence, so
/// that the reasoning can be written in each language ([`EventDate::basis_text`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Basis {
    /// Verbatim from the text, in English.
    pub phrase: String,
    pub published: Day,
    pub rule: DateRule,
}

/// When an event happened, as precisely as the text says, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDate {
    /// First possible day; absent only for [`Precision::Before`].
    pub start: Option<Day>,
    /// Last possible day; absent only for [`Precision::After`].
    pub end: Option<Day>,
    pub precision: Precision,
    /// The phrase in the text and the rule that made it a date.
    pub basis: Basis,
}

impl EventDate {
    /// The day used to place the event in chronological order: the earliest possible day, or
    /// for "on or before" dates the bound itself, so that they sort next to what bounds them.
    pub fn sort_day(&self) -> Day {
        self.start
            .or(self.end)
            .expect("an EventDate always has a start or an end")
    }

    /// The latest possible day, or the start for open-ended plans.
    pub fn last_day(&self) -> Day {
        self.end
            .or(self.start)
            .expect("an EventDate always has a start or an end")
    }

    /// Whether the event may fall within `[from, to]` (either bound optional). An open-ended
    /// date counts at its one known day, where the timeline shows it: "on or before Jan 31"
    /// would otherwise match every range before it.
    pub fn overlaps(&self, from: Option<Day>, to: Option<Day>) -> bool {
        from.is_none_or(|from| self.last_day() >= from) && to.is_none_or(|to| self.sort_day() <= to)
    }

    /// ISO 8601 text for `<time datetime>`: a day, or an interval "start/end".
    pub fn iso(&self) -> String {
        match (self.start, self.end) {
            (Some(start), Some(end)) if start == end => start.to_string(),
            (Some(start), Some(end)) => format!("{start}/{end}"),
            (Some(day), None) | (None, Some(day)) => day.to_string(),
            (None, None) => String::new(),
        }
    }

    /// Human text that never hides uncertainty: "Mar 13, 2025", "Dec 1–5, 2025",
    /// "on or before Apr 25, 2025", "1–5 груд. 2025 р.".
    pub fn display(&self, lang: Lang) -> String {
        let t = lang.t();
        let number = |n: u8| n.to_string();
        match (self.start, self.end) {
            (Some(start), Some(end)) if start == end => start.short(lang),
            (Some(start), Some(end))
                if start.year() == end.year() && start.month() == end.month() =>
            {
                fill(
                    t.days_in_month,
                    &[
                        ("month", month_abbr(start.month(), lang)),
                        ("from", &number(start.day())),
                        ("to", &number(end.day())),
                        ("year", &start.year().to_string()),
                    ],
                )
            }
            (Some(start), Some(end)) if start.year() == end.year() => fill(
                t.days_in_year,
                &[
                    ("from_month", month_abbr(start.month(), lang)),
                    ("from", &number(start.day())),
                    ("to_month", month_abbr(end.month(), lang)),
                    ("to", &number(end.day())),
                    ("year", &start.year().to_string()),
                ],
            ),
            (Some(start), Some(end)) => fill(
                t.span,
                &[("from", &start.short(lang)), ("to", &end.short(lang))],
            ),
            (None, Some(end)) => fill(t.on_or_before, &[("day", &end.short(lang))]),
            (Some(start), None) => fill(t.on_or_after, &[("day", &start.short(lang))]),
            (None, None) => String::new(),
        }
    }

    /// The reasoning, with `{phrase}` where the phrase of the text goes: it stays in English,
    /// so a page sets it apart (`<q lang="en">`) and [`EventDate::basis_text`] quotes it.
    pub fn basis_template(&self, lang: Lang) -> String {
        let t = lang.t();
        let basis = &self.basis;
        let day = |d: Option<Day>| d.map(|d| d.to_string()).unwrap_or_default();
        let (from, to) = (day(self.start), day(self.end));
        let published = fill(
            t.basis_published,
            &[
                ("weekday", basis.published.weekday_name(lang)),
                ("day", &basis.published.to_string()),
            ],
        );
        let weekday = self.start.map(|d| d.weekday_name(lang)).unwrap_or_default();
        // Rules that read the phrase alone follow it with a colon; the others read it in its
        // article, whose publication the template names.
        let (template, alone) = match &basis.rule {
            DateRule::Stated { .. } => (t.basis_stated, true),
            DateRule::StatedRange { .. } => (t.basis_stated_range, true),
            DateRule::OnOrBefore { .. } => (t.basis_on_or_before, true),
            DateRule::Weekday => (t.basis_weekday, false),
            DateRule::NextWeekday => (t.basis_next_weekday, false),
            DateRule::EarlierThisWeek => (t.basis_earlier_this_week, false),
            DateRule::ThisWeek => (t.basis_this_week, false),
            DateRule::EarlierThisMonth => (t.basis_earlier_this_month, false),
            DateRule::LastMonth => (t.basis_last_month, false),
            DateRule::NextMonth => (t.basis_next_month, false),
            DateRule::AfterPublication => (t.basis_after_publication, false),
            DateRule::Offset { days, .. } => match days.signum() {
                -1 => (t.basis_days_before, false),
                0 => (t.basis_same_day, false),
                _ => (t.basis_days_after, false),
            },
        };
        let (mut offset, mut anchor_day, mut anchor) = (String::new(), String::new(), "");
        if let DateRule::Offset {
            anchor_id: id,
            anchor_day: on,
            days,
        } = &basis.rule
        {
            offset = lang.count(days.unsigned_abs() as usize, &t.days);
            anchor_day = on.to_string();
            anchor = id;
        }
        let day = match basis.rule {
            DateRule::OnOrBefore { .. } => to.as_str(),
            _ => from.as_str(),
        };
        let text = fill(
            template,
            &[
                ("published", &published),
                ("from", &from),
                ("to", &to),
                ("day", day),
                ("weekday", weekday),
                ("days", &offset),
                ("anchor", anchor),
                ("anchor_day", &anchor_day),
            ],
        );
        match (alone, &basis.rule) {
            // "'on March 13': the text states the day → 2025-03-13"
            (true, _) => format!("{{phrase}}: {text}"),
            // "'a day after' → 1 day before 2025-02-12-… on 2025-02-12 → 2025-02-11"
            (false, DateRule::Offset { .. }) => format!("{{phrase}} → {text}"),
            // "'on Saturday' in an article published Saturday 2026-01-31 → … → 2026-01-31"
            (false, _) => format!("{{phrase}} {text}"),
        }
    }

    /// The reasoning as plain text, the phrase in quotes: for exports.
    pub fn basis_text(&self, lang: Lang) -> String {
        self.basis_template(lang)
            .replace("{phrase}", &format!("'{}'", self.basis.phrase))
    }
}

/// How a phrase of the text becomes a date. Each rule is written in the dataset next to the
/// phrase it applies to; [`DateRule::resolve`] does the arithmetic, and the date keeps the rule
/// in its [`Basis`], which writes out the reasoning.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateRule {
    /// The text states the day ("on March 13", "on Dec. 6").
    Stated { day: Day },
    /// The text states a span ("between March 11 and March 16").
    StatedRange { start: Day, end: Day },
    /// A weekday word about the past: the most recent such day on or before publication.
    Weekday,
    /// A weekday word about the future ("on Sunday" for planned talks): the next such day
    /// after publication.
    NextWeekday,
    /// "Earlier in the week": Monday of the publication week to the day before publication.
    EarlierThisWeek,
    /// "This week" about the future: the publication day and the six days after it.
    ThisWeek,
    /// "Earlier this month": the 1st of the publication month to the day before publication.
    EarlierThisMonth,
    /// "Last month": the whole calendar month before publication.
    LastMonth,
    /// "Next month", about the future: the whole calendar month after publication.
    NextMonth,
    /// "A day after", "one day after": a fixed number of days from another event's day.
    Offset {
        anchor_id: String,
        anchor_day: Day,
        days: i64,
    },
    /// The text gives only an upper bound ("previously", "said on Dec. 6 that he had held").
    OnOrBefore { day: Day },
    /// A plan with no date: on or after publication.
    AfterPublication,
}

impl DateRule {
    /// Resolves `phrase` (verbatim from the text) against the publication date of the
    /// article that contains it.
    pub fn resolve(&self, phrase: &str, published: Day) -> Result<EventDate, String> {
        let date = |start: Option<Day>, end: Option<Day>, precision| EventDate {
            start,
            end,
            precision,
            basis: Basis {
                phrase: phrase.to_string(),
                published,
                rule: self.clone(),
            },
        };
        Ok(match self {
            DateRule::Stated { day } => date(Some(*day), Some(*day), Precision::Day),
            DateRule::StatedRange { start, end } => {
                if end < start {
                    return Err(format!("the range ends ({end}) before it starts ({start})"));
                }
                let precision = if start == end {
                    Precision::Day
                } else {
                    Precision::Range
                };
                date(Some(*start), Some(*end), precision)
            }
            DateRule::Weekday | DateRule::NextWeekday => {
                let weekday = weekday_in(phrase)?;
                let day = if *self == DateRule::Weekday {
                    let back = published.0.weekday().number_days_from_monday() as i64
                        - weekday.number_days_from_monday() as i64;
                    published.add_days(-back.rem_euclid(7))
                } else {
                    let ahead = weekday.number_days_from_monday() as i64
                        - published.0.weekday().number_days_from_monday() as i64;
                    let ahead = if ahead <= 0 { ahead + 7 } else { ahead };
                    published.add_days(ahead)
                };
                date(Some(day), Some(day), Precision::Day)
            }
            DateRule::EarlierThisWeek => {
                let monday =
                    published.add_days(-(published.0.weekday().number_days_from_monday() as i64));
                let end = published.add_days(-1);
                if end < monday {
                    return Err(format!("'earlier in the week' needs a publication date after a Monday; {published} is a Monday"));
                }
                date(Some(monday), Some(end), Precision::Week)
            }
            DateRule::ThisWeek => {
                let end = published.add_days(6);
                date(Some(published), Some(end), Precision::Week)
            }
            DateRule::EarlierThisMonth => {
                let first = published.first_of_month();
                let end = published.add_days(-1);
                if end < first {
                    return Err(format!("'earlier this month' needs a publication date after the 1st; {published} is the 1st"));
                }
                date(Some(first), Some(end), Precision::Month)
            }
            DateRule::LastMonth => {
                let last = published.first_of_month().add_days(-1);
                let first = last.first_of_month();
                date(Some(first), Some(last), Precision::Month)
            }
            DateRule::NextMonth => {
                // The 1st of the month after: 32 days on from any 1st is in the next month.
                let first = published.first_of_month().add_days(32).first_of_month();
                let last = first.add_days(32).first_of_month().add_days(-1);
                date(Some(first), Some(last), Precision::Month)
            }
            DateRule::Offset {
                anchor_id: _,
                anchor_day,
                days,
            } => {
                let day = anchor_day.add_days(*days);
                date(Some(day), Some(day), Precision::Day)
            }
            DateRule::OnOrBefore { day } => date(None, Some(*day), Precision::Before),
            DateRule::AfterPublication => date(Some(published), None, Precision::After),
        })
    }
}

/// Finds the one weekday word in a phrase ("on Saturday", "said Wednesday").
fn weekday_in(phrase: &str) -> Result<Weekday, String> {
    let found: Vec<Weekday> = phrase
        .split(|c: char| !c.is_alphabetic())
        .filter_map(parse_weekday)
        .collect();
    match found.as_slice() {
        [one] => Ok(*one),
        [] => Err(format!("the phrase '{phrase}' names no weekday")),
        _ => Err(format!("the phrase '{phrase}' names more than one weekday")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    #[test]
    fn parses_only_iso_days() {
        assert_eq!(day("2025-03-13").to_string(), "2025-03-13");
        for bad in [
            "2025-3-13",
            "13/03/2025",
            "2025-02-30",
            "",
            "2025-13-01",
            "20250313xx",
            "2025-03-+1",
            "2025-03-13-",
            " 2025-03-13",
            "2025-0３-13",
        ] {
            assert!(Day::parse(bad).is_err(), "{bad} should be rejected");
        }
    }

    #[test]
    fn day_numbers_round_trip() {
        let d = day("2026-01-31");
        assert_eq!(Day::from_number(d.number()), Some(d));
        assert_eq!(day("1970-01-01").number(), 0);
    }

    #[test]
    fn weekday_resolves_to_most_recent_on_or_before_publication() {
        // Published Saturday 2026-01-31.
        let published = day("2026-01-31");
        let sat = DateRule::Weekday.resolve("on Saturday", published).unwrap();
        assert_eq!(sat.start, Some(published));
        assert_eq!(sat.basis_text(Lang::En), "'on Saturday' in an article published Saturday 2026-01-31 → the most recent Saturday → 2026-01-31");
        let thu = DateRule::Weekday.resolve("on Thursday", published).unwrap();
        assert_eq!(thu.start, Some(day("2026-01-29")));
        let fri = DateRule::Weekday.resolve("on Friday", published).unwrap();
        assert_eq!(fri.start, Some(day("2026-01-30")));
        // Published Thursday 2025-02-13: "said Wednesday" is the 12th.
        let wed = DateRule::Weekday
            .resolve("said Wednesday", day("2025-02-13"))
            .unwrap();
        assert_eq!(wed.start, Some(day("2025-02-12")));
        assert_eq!(wed.precision, Precision::Day);
        // A possessive weekday still counts.
        let wed = DateRule::Weekday
            .resolve("Wednesday's phone call", day("2025-02-13"))
            .unwrap();
        assert_eq!(wed.start, Some(day("2025-02-12")));
    }

    #[test]
    fn next_weekday_is_strictly_after_publication() {
        let sunday = DateRule::NextWeekday
            .resolve("on Sunday", day("2026-01-31"))
            .unwrap();
        assert_eq!(sunday.start, Some(day("2026-02-01")));
        let saturday = DateRule::NextWeekday
            .resolve("on Saturday", day("2026-01-31"))
            .unwrap();
        assert_eq!(saturday.start, Some(day("2026-02-07")));
    }

    #[test]
    fn weekday_phrase_must_name_exactly_one_day() {
        assert!(DateRule::Weekday
            .resolve("earlier", day("2026-01-31"))
            .is_err());
        assert!(DateRule::Weekday
            .resolve("Monday or Tuesday", day("2026-01-31"))
            .is_err());
    }

    #[test]
    fn vague_phrases_keep_their_range() {
        let week = DateRule::EarlierThisWeek
            .resolve("earlier in the week", day("2025-12-06"))
            .unwrap();
        assert_eq!(
            (week.start, week.end),
            (Some(day("2025-12-01")), Some(day("2025-12-05")))
        );
        assert_eq!(week.precision, Precision::Week);
        assert_eq!(week.display(Lang::En), "Dec 1–5, 2025");

        let month = DateRule::EarlierThisMonth
            .resolve("earlier this month", day("2026-01-31"))
            .unwrap();
        assert_eq!(
            (month.start, month.end),
            (Some(day("2026-01-01")), Some(day("2026-01-30")))
        );

        let last = DateRule::LastMonth
            .resolve("last month", day("2025-04-25"))
            .unwrap();
        assert_eq!(
            (last.start, last.end),
            (Some(day("2025-03-01")), Some(day("2025-03-31")))
        );
        let last = DateRule::LastMonth
            .resolve("last month", day("2025-03-16"))
            .unwrap();
        assert_eq!(last.end, Some(day("2025-02-28")));
        for (published, first, last) in [
            ("2025-12-31", "2026-01-01", "2026-01-31"),
            ("2026-01-31", "2026-02-01", "2026-02-28"),
            ("2024-01-15", "2024-02-01", "2024-02-29"),
        ] {
            let next = DateRule::NextMonth
                .resolve("next month", day(published))
                .unwrap();
            assert_eq!((next.start, next.end), (Some(day(first)), Some(day(last))));
            assert_eq!(next.precision, Precision::Month);
        }

        let this = DateRule::ThisWeek
            .resolve("this week", day("2025-03-16"))
            .unwrap();
        assert_eq!(
            (this.start, this.end),
            (Some(day("2025-03-16")), Some(day("2025-03-22")))
        );
    }

    #[test]
    fn open_bounds_display_honestly() {
        let before = DateRule::OnOrBefore {
            day: day("2025-04-25"),
        }
        .resolve("previously", day("2025-04-25"))
        .unwrap();
        assert_eq!(before.start, None);
        assert_eq!(before.display(Lang::En), "on or before Apr 25, 2025");
        assert_eq!(before.sort_day(), day("2025-04-25"));
        let after = DateRule::AfterPublication
            .resolve("not-too-distant future", day("2025-02-13"))
            .unwrap();
        assert_eq!(after.end, None);
        assert_eq!(after.display(Lang::En), "on or after Feb 13, 2025");
    }

    #[test]
    fn offset_counts_from_its_anchor() {
        let rule = DateRule::Offset {
            anchor_id: "call".into(),
            anchor_day: day("2025-02-12"),
            days: -1,
        };
        assert_eq!(
            rule.resolve("a day after", day("2025-02-13"))
                .unwrap()
                .start,
            Some(day("2025-02-11"))
        );
    }

    #[test]
    fn stated_range_rejects_end_before_start() {
        let rule = DateRule::StatedRange {
            start: day("2025-03-16"),
            end: day("2025-03-11"),
        };
        assert!(rule
            .resolve("x", day("2025-03-16"))
            .unwrap_err()
            .contains("before it starts"));
    }

    #[test]
    fn overlap_handles_open_bounds() {
        let before = DateRule::OnOrBefore {
            day: day("2025-04-25"),
        }
        .resolve("x", day("2025-04-25"))
        .unwrap();
        assert!(before.overlaps(Some(day("2025-01-01")), None));
        assert!(!before.overlaps(Some(day("2025-05-01")), None));
        assert!(
            !before.overlaps(None, Some(day("2025-04-24"))),
            "counted at its bound, not before it"
        );
        let range = DateRule::EarlierThisWeek
            .resolve("x", day("2025-12-06"))
            .unwrap();
        assert!(range.overlaps(Some(day("2025-12-05")), Some(day("2025-12-31"))));
        assert!(!range.overlaps(None, Some(day("2025-11-30"))));
    }

    #[test]
    fn dates_serialise_as_iso_in_json_and_numbers_in_binary() {
        let d = day("2025-02-12");
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2025-02-12\"");
        assert_eq!(serde_json::from_str::<Day>("\"2025-02-12\"").unwrap(), d);
        assert!(serde_json::from_str::<Day>("\"2025-02-31\"").is_err());
        let bytes = postcard::to_allocvec(&d).unwrap();
        assert_eq!(postcard::from_bytes::<Day>(&bytes).unwrap(), d);
    }
}
