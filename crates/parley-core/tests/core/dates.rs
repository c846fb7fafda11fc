//! The date rules at their edges (a Monday, the 1st, the turn of a year, a leap day) and the
//! exact text of every kind of date, in tables: the arithmetic that turns "on Saturday" into a
//! day must be right where it is easiest to get wrong.

use parley_core::date::{Basis, DateRule, Precision};
use parley_core::i18n::Lang;
use parley_core::{Day, EventDate};

fn day(text: &str) -> Day {
    Day::parse(text).expect("a valid day")
}

/// A date with these bounds and precision, for its text; its basis says nothing.
fn date(start: Option<&str>, end: Option<&str>, precision: Precision) -> EventDate {
    EventDate {
        start: start.map(day),
        end: end.map(day),
        precision,
        basis: Basis {
            phrase: String::new(),
            published: day("2025-01-01"),
            rule: DateRule::AfterPublication,
        },
    }
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

#[test]
fn every_rule_explains_its_date_in_each_language_with_the_phrase_in_english() {
    let anchor = |days| DateRule::Offset {
        anchor_id: "2025-02-12-call".into(),
        anchor_day: day("2025-02-12"),
        days,
    };
    // 2026-01-31 is a Saturday.
    let cases = [
        (DateRule::Stated { day: day("2025-03-13") }, "on March 13",
            "'on March 13': the text states the day → 2025-03-13",
            "'on March 13': текст називає день → 2025-03-13"),
        (DateRule::StatedRange { start: day("2025-03-11"), end: day("2025-03-16") }, "between",
            "'between': the text bounds the dates → 2025-03-11 to 2025-03-16",
            "'between': текст окреслює дати → від 2025-03-11 до 2025-03-16"),
        (DateRule::Weekday, "on Thursday", "'on Thursday' in an article published Saturday 2026-01-31 → the most recent Thursday → 2026-01-29",
            "'on Thursday' у статті, опублікованій 2026-01-31 (субота) → найближчий попередній день: четвер → 2026-01-29"),
        (DateRule::NextWeekday, "on Sunday", "'on Sunday' in an article published Saturday 2026-01-31 → the next Sunday → 2026-02-01",
            "'on Sunday' у статті, опублікованій 2026-01-31 (субота) → найближчий наступний день: неділя → 2026-02-01"),
        (DateRule::EarlierThisWeek, "earlier in the week",
            "'earlier in the week' in an article published Saturday 2026-01-31 → Monday 2026-01-26 to 2026-01-30, the day before publication",
            "'earlier in the week' у статті, опублікованій 2026-01-31 (субота) → від понеділка 2026-01-26 до 2026-01-30, дня перед публікацією"),
        (DateRule::ThisWeek, "this week",
            "'this week' in an article published Saturday 2026-01-31 → the seven days 2026-01-31 to 2026-02-06",
            "'this week' у статті, опублікованій 2026-01-31 (субота) → сім днів від 2026-01-31 до 2026-02-06"),
        (DateRule::EarlierThisMonth, "earlier this month",
            "'earlier this month' in an article published Saturday 2026-01-31 → 2026-01-01 to 2026-01-30, the day before publication",
            "'earlier this month' у статті, опублікованій 2026-01-31 (субота) → від 2026-01-01 до 2026-01-30, дня перед публікацією"),
        (DateRule::LastMonth, "last month",
            "'last month' in an article published Saturday 2026-01-31 → the month before, 2025-12-01 to 2025-12-31",
            "'last month' у статті, опублікованій 2026-01-31 (субота) → попередній місяць, від 2025-12-01 до 2025-12-31"),
        (anchor(-1), "a day after", "'a day after' → 1 day before 2025-02-12-call, on 2025-02-12 → 2025-02-11",
            "'a day after' → за 1 день до події 2025-02-12-call (2025-02-12) → 2025-02-11"),
        (anchor(0), "the call", "'the call' → the same day as 2025-02-12-call, on 2025-02-12 → 2025-02-12",
            "'the call' → того ж дня, що й подія 2025-02-12-call (2025-02-12) → 2025-02-12"),
        (anchor(5), "days later", "'days later' → 5 days after 2025-02-12-call, on 2025-02-12 → 2025-02-17",
            "'days later' → через 5 днів після події 2025-02-12-call (2025-02-12) → 2025-02-17"),
        (DateRule::OnOrBefore { day: day("2025-04-25") }, "previously",
            "'previously': the text gives no day, only that it happened by 2025-04-25",
            "'previously': текст не називає дня, лише те, що це сталося не пізніше 2025-04-25"),
        (DateRule::AfterPublication, "soon",
            "'soon' in an article published Saturday 2026-01-31: a plan with no date → on or after 2026-01-31",
            "'soon' у статті, опублікованій 2026-01-31 (субота): план без дати → не раніше 2026-01-31"),
    ];
    for (rule, phrase, english, ukrainian) in cases {
        let date = rule.resolve(phrase, day("2026-01-31")).unwrap();
        assert_eq!(date.basis_text(Lang::En), english, "{rule:?}");
        assert_eq!(date.basis_text(Lang::Uk), ukrainian, "{rule:?}");
        // The template leaves the phrase to the page, which sets it apart as English.
        let template = date.basis_template(Lang::Ru);
        assert!(
            template.starts_with("{phrase}") && !template.contains(phrase),
            "{template}"
        );
    }
}

#[test]
fn every_kind_of_date_reads_as_intl_writes_it_in_ukrainian_and_russian() {
    let cases = [
        (
            date(Some("2025-03-13"), Some("2025-03-13"), Precision::Day),
            "13 бер. 2025 р.",
            "13 мар. 2025 г.",
            "точний день",
            "точный день",
        ),
        (
            date(Some("2025-12-01"), Some("2025-12-05"), Precision::Week),
            "1–5 груд. 2025 р.",
            "1–5 дек. 2025 г.",
            "в межах тижня",
            "в пределах недели",
        ),
        (
            date(Some("2025-05-01"), Some("2025-05-31"), Precision::Month),
            "1–31 трав. 2025 р.",
            "1–31 мая 2025 г.",
            "в межах місяця",
            "в пределах месяца",
        ),
        (
            date(Some("2025-03-30"), Some("2025-04-02"), Precision::Range),
            "30 бер. – 2 квіт. 2025 р.",
            "30 мар. – 2 апр. 2025 г.",
            "проміжок дат",
            "промежуток дат",
        ),
        (
            date(Some("2025-12-30"), Some("2026-01-02"), Precision::Week),
            "30 груд. 2025 р. – 2 січ. 2026 р.",
            "30 дек. 2025 г. – 2 янв. 2026 г.",
            "в межах тижня",
            "в пределах недели",
        ),
        (
            date(None, Some("2025-04-25"), Precision::Before),
            "не пізніше 25 квіт. 2025 р.",
            "не позднее 25 апр. 2025 г.",
            "не пізніше",
            "не позднее",
        ),
        (
            date(Some("2025-02-13"), None, Precision::After),
            "не раніше 13 лют. 2025 р.",
            "не ранее 13 февр. 2025 г.",
            "не раніше",
            "не ранее",
        ),
    ];
    for (date, uk, ru, uk_label, ru_label) in cases {
        assert_eq!(date.display(Lang::Uk), uk);
        assert_eq!(date.display(Lang::Ru), ru);
        assert_eq!(date.precision.label(Lang::Uk), uk_label);
        assert_eq!(date.precision.label(Lang::Ru), ru_label);
    }
    for (text, uk, ru, uk_short, ru_short) in [
        ("2025-01-31", "Січень 2025", "Январь 2025", "січ.", "янв."),
        (
            "2025-09-01",
            "Вересень 2025",
            "Сентябрь 2025",
            "вер.",
            "сент.",
        ),
        (
            "2024-12-01",
            "Грудень 2024",
            "Декабрь 2024",
            "груд.",
            "дек.",
        ),
    ] {
        assert_eq!(day(text).month_heading(Lang::Uk), uk);
        assert_eq!(day(text).month_heading(Lang::Ru), ru);
        assert_eq!(day(text).month_abbr(Lang::Uk), uk_short);
        assert_eq!(day(text).month_abbr(Lang::Ru), ru_short);
    }
    assert_eq!(day("2026-01-31").weekday_name(Lang::Uk), "субота");
    assert_eq!(day("2026-02-01").weekday_name(Lang::Ru), "воскресенье");
}
