//! The date rules at their edges (a Monday, the 1st, the turn of a year, a leap day) and the
//! exact text of every kind of date, in tables: the arithmetic that turns "on Saturday" into a
//! day must be right where it is easiest to get wrong.

use parley_core::date::{Basis, BasisRule, DateRule, Precision};
use parley_core::i18n::Lang;
use parley_core::{Day, EventDate};

fn day(text: &str) -> Day {
    Day::parse(text).expect("a valid day")
}

/// (rule, phrase, published) → (start, end) as ISO text, "" for an open bound.
fn resolved(rule: &DateRule, phrase: &str, published: &str) -> (String, String) {
    let date = rule
        .resolve(phrase, day(published))
        .expect("the rule applies");
    let text = |d: Option<Day>| d.map(|d| d.to_string()).unwrap_or_default();
    (text(date.start), text(date.end))
}

#[test]
fn weekday_words_resolve_at_the_edges_of_a_week_a_month_and_a_year() {
    // 2025-12-01 is a Monday; 2026-01-01 a Thursday; 2024-02-29 a Thursday (a leap day).
    let cases = [
        (DateRule::Weekday, "on Monday", "2025-12-01", "2025-12-01"),
        (DateRule::Weekday, "on Sunday", "2025-12-01", "2025-11-30"),
        (DateRule::Weekday, "on Tuesday", "2025-12-01", "2025-11-25"),
        (
            DateRule::Weekday,
            "on Wednesday",
            "2026-01-01",
            "2025-12-31",
        ),
        (DateRule::Weekday, "on Thursday", "2026-01-01", "2026-01-01"),
        (DateRule::Weekday, "on Friday", "2026-01-01", "2025-12-26"),
        (
            DateRule::Weekday,
            "on Wednesday",
            "2024-03-01",
            "2024-02-28",
        ),
        (DateRule::Weekday, "on Thursday", "2024-03-01", "2024-02-29"),
        (
            DateRule::NextWeekday,
            "on Monday",
            "2025-12-01",
            "2025-12-08",
        ),
        (
            DateRule::NextWeekday,
            "on Tuesday",
            "2025-12-01",
            "2025-12-02",
        ),
        (
            DateRule::NextWeekday,
            "on Sunday",
            "2025-12-01",
            "2025-12-07",
        ),
        (
            DateRule::NextWeekday,
            "on Friday",
            "2025-12-31",
            "2026-01-02",
        ),
        (
            DateRule::NextWeekday,
            "on Thursday",
            "2024-02-28",
            "2024-02-29",
        ),
    ];
    for (rule, phrase, published, expected) in cases {
        let got = resolved(&rule, phrase, published);
        assert_eq!(
            got,
            (expected.to_string(), expected.to_string()),
            "{rule:?} '{phrase}' published {published}"
        );
        let date = rule.resolve(phrase, day(published)).unwrap();
        assert_eq!(date.precision, Precision::Day);
        assert!(
            date.basis_text(Lang::En).contains(phrase)
                && date.basis_text(Lang::En).contains(published)
                && date.basis_text(Lang::En).ends_with(expected),
            "{}",
            date.basis_text(Lang::En)
        );
    }
}

#[test]
fn vague_spans_resolve_at_the_edges_of_a_week_a_month_and_a_year() {
    let cases = [
        // Earlier in the week: Monday to the day before publication.
        (
            DateRule::EarlierThisWeek,
            "2025-12-02",
            ("2025-12-01", "2025-12-01"),
            Precision::Week,
        ),
        (
            DateRule::EarlierThisWeek,
            "2025-12-07",
            ("2025-12-01", "2025-12-06"),
            Precision::Week,
        ),
        (
            DateRule::EarlierThisWeek,
            "2026-01-02",
            ("2025-12-29", "2026-01-01"),
            Precision::Week,
        ),
        // This week: the publication day and six after it.
        (
            DateRule::ThisWeek,
            "2025-12-29",
            ("2025-12-29", "2026-01-04"),
            Precision::Week,
        ),
        (
            DateRule::ThisWeek,
            "2024-02-26",
            ("2024-02-26", "2024-03-03"),
            Precision::Week,
        ),
        // Earlier this month: the 1st to the day before publication.
        (
            DateRule::EarlierThisMonth,
            "2025-12-02",
            ("2025-12-01", "2025-12-01"),
            Precision::Month,
        ),
        (
            DateRule::EarlierThisMonth,
            "2024-02-29",
            ("2024-02-01", "2024-02-28"),
            Precision::Month,
        ),
        // Last month: the whole calendar month before, across a year and a leap February.
        (
            DateRule::LastMonth,
            "2026-01-01",
            ("2025-12-01", "2025-12-31"),
            Precision::Month,
        ),
        (
            DateRule::LastMonth,
            "2026-01-31",
            ("2025-12-01", "2025-12-31"),
            Precision::Month,
        ),
        (
            DateRule::LastMonth,
            "2024-03-01",
            ("2024-02-01", "2024-02-29"),
            Precision::Month,
        ),
        (
            DateRule::LastMonth,
            "2025-03-31",
            ("2025-02-01", "2025-02-28"),
            Precision::Month,
        ),
        // Offsets across the end of a month and a year.
        (
            DateRule::Offset {
                anchor_id: "a".into(),
                anchor_day: day("2025-12-31"),
                days: 1,
            },
            "2026-01-05",
            ("2026-01-01", "2026-01-01"),
            Precision::Day,
        ),
        (
            DateRule::Offset {
                anchor_id: "a".into(),
                anchor_day: day("2024-03-01"),
                days: -1,
            },
            "2024-03-05",
            ("2024-02-29", "2024-02-29"),
            Precision::Day,
        ),
    ];
    for (rule, published, (start, end), precision) in cases {
        assert_eq!(
            resolved(&rule, "the phrase", published),
            (start.to_string(), end.to_string()),
            "{rule:?} published {published}"
        );
        assert_eq!(
            rule.resolve("the phrase", day(published))
                .unwrap()
                .precision,
            precision,
            "{rule:?}"
        );
    }
}

#[test]
fn a_weekday_phrase_must_name_one_weekday_and_says_which_fault_it_has() {
    let none = DateRule::Weekday.resolve("last week", day("2025-12-01"));
    assert_eq!(none.unwrap_err(), "the phrase 'last week' names no weekday");
    let two = DateRule::NextWeekday.resolve("Monday or Tuesday", day("2025-12-01"));
    assert_eq!(
        two.unwrap_err(),
        "the phrase 'Monday or Tuesday' names more than one weekday"
    );
}

#[test]
fn spans_that_would_be_empty_are_refused() {
    // "Earlier in the week" on a Monday and "earlier this month" on the 1st name no day.
    let monday = DateRule::EarlierThisWeek.resolve("earlier in the week", day("2025-12-01"));
    assert!(monday.unwrap_err().contains("is a Monday"));
    let first = DateRule::EarlierThisMonth.resolve("earlier this month", day("2026-01-01"));
    assert!(first.unwrap_err().contains("is the 1st"));
    let backwards = DateRule::StatedRange {
        start: day("2025-03-16"),
        end: day("2025-03-15"),
    };
    assert!(backwards.resolve("between", day("2025-03-20")).is_err());
    let one_day = DateRule::StatedRange {
        start: day("2025-03-16"),
        end: day("2025-03-16"),
    };
    assert_eq!(
        one_day.resolve("on", day("2025-03-20")).unwrap().precision,
        Precision::Day
    );
}

#[test]
fn every_kind_of_date_reads_exactly_so() {
    let date = |start: Option<&str>, end: Option<&str>, precision| EventDate {
        start: start.map(day),
        end: end.map(day),
        precision,
        basis: Basis {
            phrase: String::new(),
            published: day("2025-01-01"),
            rule: BasisRule::Stated,
        },
    };
    let cases = [
        (
            date(Some("2025-03-13"), Some("2025-03-13"), Precision::Day),
            "Mar 13, 2025",
            "2025-03-13",
            "exact day",
        ),
        (
            date(Some("2025-12-01"), Some("2025-12-05"), Precision::Week),
            "Dec 1–5, 2025",
            "2025-12-01/2025-12-05",
            "within a week",
        ),
        (
            date(Some("2025-02-01"), Some("2025-02-28"), Precision::Month),
            "Feb 1–28, 2025",
            "2025-02-01/2025-02-28",
            "within a month",
        ),
        (
            date(Some("2025-03-11"), Some("2025-04-16"), Precision::Range),
            "Mar 11 – Apr 16, 2025",
            "2025-03-11/2025-04-16",
            "date range",
        ),
        (
            date(Some("2025-12-29"), Some("2026-01-04"), Precision::Week),
            "Dec 29, 2025 – Jan 4, 2026",
            "2025-12-29/2026-01-04",
            "within a week",
        ),
        (
            date(Some("2024-12-01"), Some("2025-12-01"), Precision::Range),
            "Dec 1, 2024 – Dec 1, 2025",
            "2024-12-01/2025-12-01",
            "date range",
        ),
        (
            date(None, Some("2025-04-25"), Precision::Before),
            "on or before Apr 25, 2025",
            "2025-04-25",
            "on or before",
        ),
        (
            date(Some("2025-02-13"), None, Precision::After),
            "on or after Feb 13, 2025",
            "2025-02-13",
            "on or after",
        ),
    ];
    for (date, display, iso, label) in cases {
        assert_eq!(date.display(Lang::En), display);
        assert_eq!(date.iso(), iso);
        assert_eq!(date.precision.label(Lang::En), label);
    }
    let headings = [
        ("2025-01-31", "January 2025"),
        ("2025-12-01", "December 2025"),
        ("2024-02-29", "February 2024"),
    ];
    for (text, heading) in headings {
        assert_eq!(day(text).month_heading(Lang::En), heading);
    }
}
