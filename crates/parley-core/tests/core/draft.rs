//! The draft of a new article (`parley_core::draft`): dates read by tense, drafts of the seed
//! articles that the build accepts once a person has written what the draft leaves to them,
//! and excerpts that are always verbatim.

use crate::common::{dataset, repository_root};
use parley_core::date::{DateRule, Day, Precision};
use parley_core::draft::dates::{date_in, year_for, Tense};
use parley_core::draft::{toml, Draft, STILL_TO_WRITE};
use parley_core::source::{build, SourceFiles};
use parley_core::EventKind;
use proptest::prelude::*;

pub(crate) fn day(text: &str) -> Day {
    Day::parse(text).unwrap()
}

/// The days a sentence gives, as its drafted rule resolves them.
fn days(sentence: &str, tense: Tense, published: &str) -> (Option<Day>, Option<Day>, Precision) {
    let published = day(published);
    let dating = date_in(
        sentence,
        tense,
        published,
        Some(("the-anchor", day("2025-02-12"))),
        0,
    )
    .unwrap_or_else(|| panic!("no date in '{sentence}'"));
    assert!(sentence.contains(&dating.phrase), "{}", dating.phrase);
    let date = dating.rule.resolve(&dating.phrase, published).unwrap();
    (date.start, date.end, date.precision)
}

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

#[test]
fn a_weekday_is_the_last_one_about_the_past_and_the_next_one_about_the_future() {
    // A week of publication days, Monday 2025-03-10 to Sunday 2025-03-16, and every weekday.
    for offset in 0..7 {
        let published = day("2025-03-10").add_days(offset);
        for (n, weekday) in WEEKDAYS.iter().enumerate() {
            let past = format!("The envoys met on {weekday} in Riyadh.");
            let (start, end, precision) = days(&past, Tense::Past, &published.to_string());
            let met = start.unwrap();
            assert_eq!((start, precision), (end, Precision::Day));
            assert_eq!(usize::from(met.weekday_from_monday()), n, "{past}");
            assert!(
                met <= published && published.add_days(-6) <= met,
                "{past} {published}"
            );

            let future = format!("The envoys will meet on {weekday} in Riyadh.");
            let (start, ..) = days(&future, Tense::Future, &published.to_string());
            let meets = start.unwrap();
            assert_eq!(usize::from(meets.weekday_from_monday()), n, "{future}");
            assert!(
                published < meets && meets <= published.add_days(7),
                "{future} {published}"
            );
        }
    }
}

#[test]
fn a_weekday_is_read_by_the_tense_of_its_sentence() {
    let data = dataset();
    // Published on Thursday, Jan. 29, 2026.
    let text = "Steve Witkoff said on Thursday that the talks went well, officials told the press in Washington.\n\
        Kirill Dmitriev and Steve Witkoff are set to hold another round of talks in Miami on Sunday, officials said on the record.\n";
    let draft = Draft::new(text, day("2026-01-29"), &data).unwrap();
    let dates: Vec<_> = draft
        .events
        .iter()
        .map(|e| (e.rule.clone(), e.date.start))
        .collect();
    assert_eq!(
        dates,
        vec![
            (DateRule::Weekday, Some(day("2026-01-29"))),
            (DateRule::NextWeekday, Some(day("2026-02-01"))),
        ],
        "{:?}",
        draft.events
    );
    assert_eq!(draft.events[1].status, parley_core::Status::Planned);
}

#[test]
fn of_two_dates_the_one_nearest_what_happens_dates_it() {
    let data = dataset();
    // Published on Saturday, Jan. 31, 2026.
    let text = "Kremlin spokesperson Dmitry Peskov confirmed on Friday that Trump had asked for a pause until Feb. 1 in the strikes.\n\
        Donald Trump is expected to hold a phone call with Vladimir Putin this week, Steve Witkoff said on Jan. 30 to reporters.\n";
    let draft = Draft::new(text, day("2026-01-31"), &data).unwrap();
    let dates: Vec<_> = draft
        .events
        .iter()
        .map(|e| (e.phrase.as_str(), e.date.start))
        .collect();
    assert_eq!(
        dates,
        vec![
            ("on Friday", Some(day("2026-01-30"))),
            ("this week", Some(day("2026-01-31"))),
            // And the saying is a statement of its own, dated by its own words.
            ("on Jan. 30", Some(day("2026-01-30")))
        ],
        "{:?}",
        draft.events
    );
}

#[test]
fn a_later_sentence_naming_the_meetings_with_their_day_dates_the_event_its_tense_alone_dated() {
    let data = dataset();
    // Published on Saturday, Jan. 31, 2026: an event between them keeps its own day.
    let text = "Steve Witkoff said he had productive meetings with Kirill Dmitriev in Florida.\n\
        During a Cabinet meeting on Thursday, Witkoff said that progress had been made.\n\
        The meetings occurred on Saturday, according to Witkoff, and included Jared Kushner.\n";
    let draft = Draft::new(text, day("2026-01-31"), &data).unwrap();
    let events: Vec<_> = draft
        .events
        .iter()
        .map(|e| {
            (
                e.phrase.as_str(),
                e.date.start,
                e.date.end,
                e.excerpts.len(),
            )
        })
        .collect();
    assert_eq!(
        events,
        vec![
            (
                "on Saturday",
                Some(day("2026-01-31")),
                Some(day("2026-01-31")),
                2
            ),
            (
                "on Thursday",
                Some(day("2026-01-29")),
                Some(day("2026-01-29")),
                1
            ),
        ],
        "{:?}",
        draft.events
    );
    assert!(
        draft.events[0].id.starts_with("2026-01-31-"),
        "{}",
        draft.events[0].id
    );
    // Without that sentence, the first is dated by its tense alone.
    let first = text.lines().next().unwrap();
    let alone = Draft::new(first, day("2026-01-31"), &data).unwrap();
    let date = &alone.events[0].date;
    assert_eq!((date.start, date.end), (None, Some(day("2026-01-31"))));
}

#[test]
fn a_month_and_day_take_the_year_their_tense_gives_across_a_new_year() {
    assert_eq!(
        days(
            "Witkoff said on Dec. 6 he had met Putin.",
            Tense::Past,
            "2026-01-31"
        )
        .0,
        Some(day("2025-12-06"))
    );
    assert_eq!(
        days(
            "Talks are set for Feb. 1 in Abu Dhabi.",
            Tense::Future,
            "2026-01-31"
        )
        .0,
        Some(day("2026-02-01"))
    );
    assert_eq!(
        days(
            "Talks will resume on Jan. 5 in Geneva.",
            Tense::Future,
            "2025-12-30"
        )
        .0,
        Some(day("2026-01-05"))
    );
    assert_eq!(
        days("They met on March 13 in Moscow.", Tense::Past, "2025-03-16").0,
        Some(day("2025-03-13"))
    );
    assert_eq!(
        days(
            "They met on December 30, 2024 in Moscow.",
            Tense::Past,
            "2025-03-16"
        )
        .0,
        Some(day("2024-12-30"))
    );
    assert_eq!(
        year_for(2, 29, day("2025-03-01"), Tense::Past),
        Some(day("2024-02-29"))
    );
    let (start, end, precision) = days(
        "Talks were held between March 11 and March 16 in Jeddah.",
        Tense::Past,
        "2025-03-20",
    );
    assert_eq!(
        (start, end, precision),
        (
            Some(day("2025-03-11")),
            Some(day("2025-03-16")),
            Precision::Range
        )
    );
}

#[test]
fn words_for_weeks_and_months_give_ranges_by_tense_and_across_a_new_year() {
    let cases = [
        (
            "He met Putin earlier this month.",
            Tense::Past,
            "2026-01-31",
            "2026-01-01",
            "2026-01-30",
            Precision::Month,
        ),
        (
            "He met Putin earlier in the week.",
            Tense::Past,
            "2025-12-06",
            "2025-12-01",
            "2025-12-05",
            Precision::Week,
        ),
        (
            "He met Putin earlier this week.",
            Tense::Past,
            "2025-12-06",
            "2025-12-01",
            "2025-12-05",
            Precision::Week,
        ),
        (
            "A call is expected this week.",
            Tense::Future,
            "2025-03-16",
            "2025-03-16",
            "2025-03-22",
            Precision::Week,
        ),
        (
            "He met Putin last month.",
            Tense::Past,
            "2026-01-10",
            "2025-12-01",
            "2025-12-31",
            Precision::Month,
        ),
        (
            "Talks will resume next month.",
            Tense::Future,
            "2025-12-10",
            "2026-01-01",
            "2026-01-31",
            Precision::Month,
        ),
        (
            "They spoke last week.",
            Tense::Past,
            "2026-01-01",
            "2025-12-22",
            "2025-12-28",
            Precision::Range,
        ),
    ];
    for (sentence, tense, published, start, end, precision) in cases {
        assert_eq!(
            days(sentence, tense, published),
            (Some(day(start)), Some(day(end)), precision),
            "{sentence} ({published})"
        );
    }
}

#[test]
fn days_before_or_after_count_from_the_event_before_the_words() {
    // The anchor is 2025-02-12: "the call came a day after the exchange" puts the exchange on
    // the 11th; "a day before the summit" is read the other way round.
    let (start, ..) = days(
        "The call came a day after Russia exchanged a teacher.",
        Tense::Past,
        "2025-02-13",
    );
    assert_eq!(start, Some(day("2025-02-11")));
    let (start, ..) = days(
        "The call came two days before the summit opened.",
        Tense::Past,
        "2025-02-13",
    );
    assert_eq!(start, Some(day("2025-02-14")));
}

/// `toml`, with what a person writes written: the sides, then every other placeholder.
fn written(toml: &str) -> String {
    let sides = toml.replace(
        &format!("side = \"{STILL_TO_WRITE} us, russia, ukraine, europe or other\""),
        "side = \"other\"",
    );
    let mut out = String::new();
    let mut rest = sides.as_str();
    let marker = format!("\"{STILL_TO_WRITE}");
    while let Some(at) = rest.find(&marker) {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let close = after.find('"').expect("a placeholder is a whole string");
        out.push_str("\"Written by a person\"");
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The section of the draft's TOML for `file` (`events.toml`).
fn section<'t>(toml: &'t str, file: &str) -> &'t str {
    let heading = format!("# ==== seeds/data/{file} ====");
    let Some(at) = toml.find(&heading) else {
        return "";
    };
    let rest = &toml[at + heading.len()..];
    &rest[..rest.find("# ==== ").unwrap_or(rest.len())]
}

/// `files` with an article and the draft's sections for each of seeds/data's files.
fn with_article(
    files: &SourceFiles,
    name: &str,
    text: &str,
    published: Day,
    toml: &str,
) -> SourceFiles {
    let mut files = files.clone();
    files.texts.push((name.to_string(), text.to_string()));
    files.readme.push_str(&format!(
        "| {name} | Test outlet | {published} | A headline |\n"
    ));
    files.documents.push_str(section(toml, "documents.toml"));
    files.actors.push_str(section(toml, "actors.toml"));
    files.events.push_str(section(toml, "events.toml"));
    files.quotes.push_str(section(toml, "quotes.toml"));
    files
}

#[test]
fn an_article_the_dataset_already_tells_drafts_as_sources_of_its_events_and_builds() {
    // Each seed article again, as a new file: its events match those written from it, and an
    // event counted from one of them counts from the event of the dataset.
    let seeds = crate::common::seed_files();
    let data = dataset();
    for (n, document) in data.documents.iter().enumerate() {
        let id = format!("9{n:02}_again");
        let draft = Draft::new(&document.text, document.published, &data).unwrap();
        assert!(
            draft.events.iter().any(|e| e.matches.is_some()),
            "{}",
            document.id
        );
        let drafted = toml::write(&draft, &document.text, &id, &data);
        let files = with_article(
            &seeds,
            &format!("{id}.txt"),
            &document.text,
            document.published,
            &written(&drafted),
        );
        build(&files).unwrap_or_else(|errors| {
            let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("{}:\n{}\n\n{drafted}", document.id, lines.join("\n"))
        });
    }
}

#[test]
fn each_seed_article_drafted_against_another_dataset_builds_once_its_placeholders_are_written() {
    let seeds = dataset();
    let root = repository_root().join("tests/fixtures/hostile");
    let fixture = SourceFiles::read(&root).expect("the hostile fixture is readable");
    let small = build(&fixture).expect("the hostile fixture builds");
    for document in &seeds.documents {
        let name = format!("{}.txt", document.id);
        let draft = Draft::new(&document.text, document.published, &small).unwrap();
        let drafted = toml::write(&draft, &document.text, &document.id, &small);
        assert!(
            !draft.events.is_empty() && !draft.actors.is_empty(),
            "{}",
            document.id
        );

        // As drafted, the build names every placeholder, by file and line.
        let article =
            |toml: &str| with_article(&fixture, &name, &document.text, document.published, toml);
        let errors = build(&article(&drafted)).expect_err("placeholders fail the build");
        let named = errors
            .iter()
            .filter(|e| e.message.contains("placeholder") && e.line > 0);
        let marked = [
            "documents.toml",
            "actors.toml",
            "events.toml",
            "quotes.toml",
        ]
        .iter()
        .map(|file| section(&drafted, file).matches(STILL_TO_WRITE).count())
        .sum::<usize>();
        assert_eq!(
            named.count(),
            marked,
            "{}: one error a placeholder",
            document.id
        );
        // Written, it builds: every excerpt verbatim, every date by its rule, every reference.
        let built = build(&article(&written(&drafted))).unwrap_or_else(|errors| {
            let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("{}:\n{}\n\n{drafted}", document.id, lines.join("\n"))
        });
        let emitted = draft.events.iter().filter(|e| e.matches.is_none()).count();
        assert_eq!(built.events.len(), small.events.len() + emitted);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Lines of the seed articles in any order, with any text among them: every drafted
    /// excerpt, role and quotation is the input's own text, and every date resolves.
    #[test]
    fn every_drafted_excerpt_is_verbatim_text_of_the_input(
        picks in proptest::collection::vec((0usize..5, 0usize..60), 1..25),
        noise in proptest::collection::vec("\\PC{0,80}", 0..6),
        published in 0i32..800,
    ) {
        let data = crate::common::indexed().0.clone();
        let mut lines: Vec<String> = picks
            .iter()
            .filter_map(|&(d, n)| data.documents[d].text.lines().nth(n).map(str::to_string))
            .collect();
        for (i, line) in noise.into_iter().enumerate() {
            lines.insert(i.min(lines.len()), line);
        }
        let text = lines.join("\n");
        let published = day("2025-01-01").add_days(published.into());
        let Ok(draft) = Draft::new(&text, published, &data) else {
            return Ok(());
        };
        for event in &draft.events {
            for excerpt in &event.excerpts {
                let words = excerpt.slice(&text);
                prop_assert!(!words.is_empty() && text.contains(words));
            }
            // As the build checks it: the phrase is in one of the excerpts, not always the
            // first ("The meetings occurred on Saturday" dates the meetings told before it).
            prop_assert!(event.excerpts.iter().any(|e| e.slice(&text).contains(&event.phrase)));
            prop_assert!(event.rule.resolve(&event.phrase, published).is_ok());
        }
        for actor in &draft.actors {
            prop_assert!(actor.excerpt.slice(&text).contains(&actor.name));
        }
        for quote in &draft.quotes {
            prop_assert!(!quote.text.slice(&text).is_empty());
        }
    }
}

#[test]
fn a_kept_draft_keeps_the_events_its_dates_count_from_and_writes_a_given_title() {
    let data = dataset();
    let doc = data
        .documents
        .iter()
        .find(|d| d.id == "004_b6880d1244f45168")
        .unwrap();
    let small = parley_core::draft::eval::without(&data, &doc.id);
    let draft = Draft::new(&doc.text, doc.published, &small).unwrap();
    let counted = draft
        .events
        .iter()
        .position(|e| matches!(e.rule, DateRule::Offset { .. }))
        .expect("'a day after' counts from an event");
    let DateRule::Offset { anchor_id, .. } = &draft.events[counted].rule else {
        unreachable!()
    };
    // Keep only the counted event: its anchor comes with it.
    let mut kept = vec![false; draft.events.len()];
    kept[counted] = true;
    let kept = draft.keeping(&kept);
    let ids: Vec<&str> = kept.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids.len(), 2);
    assert!(ids.contains(&anchor_id.as_str()));
    for quote in &kept.quotes {
        if let Some(e) = quote.event {
            assert!(kept.events[e]
                .excerpts
                .iter()
                .any(|x| x.contains(quote.text)));
        }
    }
    let mut titled = kept.clone();
    titled.events[0].title = Some("Trump and Putin speak by phone".into());
    let written = toml::write(&titled, &doc.text, &doc.id, &small);
    assert!(
        written.contains("title = \"Trump and Putin speak by phone\""),
        "{written}"
    );
}

#[test]
fn the_reading_marks_events_dates_and_mentions_in_the_story_only() {
    use parley_core::draft::reading::reading;
    let data = dataset();
    let doc = data
        .documents
        .iter()
        .find(|d| d.id == "001_50a5bdb0d08203b4")
        .unwrap();
    let draft = Draft::new(&doc.text, doc.published, &data).unwrap();
    let lines = reading(&doc.text, &draft);
    // Every line, whole and in order.
    let joined: Vec<String> = lines
        .iter()
        .map(|l| l.pieces.iter().map(|p| p.text.as_str()).collect())
        .collect();
    assert_eq!(joined.join("\n"), doc.text);
    for line in &lines {
        let marked = line
            .pieces
            .iter()
            .any(|p| p.event.is_some() || p.actor.is_some());
        assert!(
            line.story || !marked,
            "furniture is never marked: line {}",
            line.number
        );
    }
    for (n, event) in draft.events.iter().enumerate() {
        let dated: String = lines
            .iter()
            .flat_map(|l| &l.pieces)
            .filter(|p| p.date && p.event == Some(n))
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(dated, event.phrase, "{}", event.id);
    }
    let witkoff = lines
        .iter()
        .flat_map(|l| &l.pieces)
        .filter(|p| p.actor.as_deref() == Some("witkoff"));
    assert!(witkoff.count() >= 3);
}

#[test]
fn participants_are_who_take_part_not_whose_envoy_nor_whom_a_statement_names() {
    let data = dataset();
    let text = "Trump’s special envoy Steve Witkoff met Vladimir Putin in Moscow on Thursday, officials said at length.\n\
        Volodymyr Zelensky wrote on Telegram that Steve Witkoff had been helpful to everyone involved.\n";
    let draft = Draft::new(text, day("2025-12-06"), &data).unwrap();
    let events: Vec<(parley_core::EventKind, Vec<&str>, Option<&str>)> = draft
        .events
        .iter()
        .map(|e| {
            (
                e.kind,
                e.actors.iter().map(String::as_str).collect(),
                e.place.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        events,
        vec![
            (
                parley_core::EventKind::Meeting,
                vec!["witkoff", "putin"],
                Some("moscow")
            ),
            (parley_core::EventKind::Statement, vec!["zelensky"], None),
        ]
    );
}

#[test]
fn every_phrase_dates_its_event_with_the_publication_on_each_weekday() {
    let data = dataset();
    // Monday 2025-12-29 to Sunday 2026-01-04: a week across a new year.
    for offset in 0..7 {
        let published = day("2025-12-29").add_days(offset);
        let past = [
            "Steve Witkoff met Vladimir Putin in Moscow earlier this week, officials said later.",
            "Steve Witkoff met Vladimir Putin in Moscow earlier this month, officials said later.",
            "Steve Witkoff met Vladimir Putin in Moscow last month, officials said much later.",
            "Steve Witkoff met Vladimir Putin in Moscow on Dec. 28, officials said much later.",
            "Steve Witkoff met Vladimir Putin in Moscow on Friday, officials said much later.",
        ];
        let future = [
            "Steve Witkoff will meet Vladimir Putin in Moscow this week, officials said today.",
            "Steve Witkoff will meet Vladimir Putin in Moscow next month, officials said today.",
            "Steve Witkoff will meet Vladimir Putin in Moscow on Jan. 5, officials said today.",
            "Steve Witkoff will meet Vladimir Putin in Moscow on Sunday, officials said today.",
        ];
        for (sentences, tense) in [(&past[..], Tense::Past), (&future[..], Tense::Future)] {
            for sentence in sentences {
                let draft = Draft::new(&format!("{sentence}\n"), published, &data).unwrap();
                let [event] = draft.events.as_slice() else {
                    panic!(
                        "one event in '{sentence}' ({published}): {:?}",
                        draft.events
                    );
                };
                assert!(sentence.contains(&event.phrase));
                let (start, end) = (event.date.start, event.date.end);
                match tense {
                    // About the past: nothing after publication.
                    Tense::Past => assert!(
                        end.is_some_and(|end| end <= published),
                        "{sentence} ({published}): {:?}",
                        event.date
                    ),
                    // About the future: nothing before it.
                    Tense::Future => assert!(
                        start.is_some_and(|s| s >= published),
                        "{sentence} ({published}): {:?}",
                        event.date
                    ),
                }
                // A range only where the words give one; a day where they name one.
                let named_day = sentence.contains(" on ");
                assert_eq!(
                    event.date.precision == Precision::Day,
                    named_day,
                    "{sentence} ({published}): {:?}",
                    event.date
                );
            }
        }
    }
}

/// Each sentence's kind, participants and date, as (kind, actors, start, end).
pub(crate) type Drafted = (
    parley_core::EventKind,
    Vec<String>,
    Option<Day>,
    Option<Day>,
);

/// Each line of `text` as a paragraph of a story, long enough to read as one: a sentence that
/// names no one, then the line.
pub(crate) fn story(text: &str) -> String {
    text.lines()
        .map(|line| format!("It was a cold and grey week, with snow on every road. {line}\n"))
        .collect()
}

pub(crate) fn drafted(text: &str, published: &str) -> Vec<Drafted> {
    let draft = Draft::new(&story(text), day(published), &dataset()).unwrap();
    draft
        .events
        .iter()
        .map(|e| (e.kind, e.actors.clone(), e.date.start, e.date.end))
        .collect()
}

/// A line's events, drafted with `story`'s lines around it: kind, participants, first and
/// last day, the words that date it, and its excerpts.
pub(crate) type Excerpted = (
    EventKind,
    Vec<String>,
    Option<Day>,
    Option<Day>,
    String,
    Vec<String>,
);

pub(crate) fn excerpted(line: &str, published: &str) -> Vec<Excerpted> {
    let text = story(line);
    let draft = Draft::new(&text, day(published), &dataset()).unwrap();
    draft
        .events
        .iter()
        .map(|e| {
            let excerpts = e.excerpts.iter().map(|r| r.slice(&text).to_string());
            let (start, end) = (e.date.start, e.date.end);
            let actors = e.actors.clone();
            (
                e.kind,
                actors,
                start,
                end,
                e.phrase.clone(),
                excerpts.collect(),
            )
        })
        .collect()
}

#[test]
fn a_sentence_is_the_kind_of_what_it_tells_was_done_not_of_every_word_it_has() {
    use parley_core::EventKind::*;
    let cases = [
        // What is done comes first: the talks are where it was agreed.
        ("Ukraine agreed to a ceasefire during talks in Jeddah on March 11.", Agreement),
        // Said, and what was said tells of nothing done: a statement, whatever it names.
        ("Donald Trump said on Thursday that Russia's main concession in any peace deal would be land.", Statement),
        ("During a Cabinet meeting on Thursday, Steve Witkoff said that progress had been made.", Statement),
        // Said, and what was said tells of something done: that, the words quoted included.
        ("Donald Trump said Wednesday he had a \"lengthy and highly productive phone call\" with Vladimir Putin.", PhoneCall),
        ("Donald Trump said he planned to meet with Vladimir Putin in the near future.", Meeting),
        // "Called" is a call only before whom it calls.
        ("Steve Witkoff told Fox News that it would depend on what he called the \"five territories.\"", Statement),
        ("Vladimir Putin rejected a proposal for a ceasefire, which Volodymyr Zelensky has called for.", Statement),
        ("Donald Trump called Volodymyr Zelensky on Wednesday.", PhoneCall),
    ];
    for (sentence, kind) in cases {
        let events = drafted(&format!("{sentence}\n"), "2025-03-14");
        assert_eq!(events.len(), 1, "{sentence}: {events:?}");
        assert_eq!(events[0].0, kind, "{sentence}");
    }
}

#[test]
fn participants_leave_out_who_an_aside_names_whom_a_role_serves_and_what_it_is_about() {
    let cases = [
        ("Donald Trump, who has often criticized Volodymyr Zelensky, said on Thursday that peace was near.", vec!["trump"]),
        ("Donald Trump said he planned to meet with Vladimir Putin, probably without Volodymyr Zelensky.", vec!["trump", "putin"]),
        ("Kremlin aide Yuri Ushakov told reporters that dialogue would continue.", vec!["ushakov"]),
        ("Steve Witkoff and Vladimir Putin held a meeting on Friday on direct talks between Russia and Ukraine.", vec!["witkoff", "putin"]),
        ("Steve Witkoff met Kirill Dmitriev on Saturday to end the Russia-Ukraine war.", vec!["witkoff", "dmitriev"]),
        // Who reports it is its source; who speaks is the one named at the verb of speech.
        ("Donald Trump is expected to hold a phone call with Vladimir Putin this week, Steve Witkoff said on March 16.", vec!["trump", "putin"]),
        ("Russia is ready to agree to the U.S.-proposed ceasefire in Ukraine, Vladimir Putin said on March 13.", vec!["putin"]),
        // A clause of its own after the event is not the event; a list going on is.
        ("Steve Witkoff traveled to Moscow on Monday for a meeting with Vladimir Putin, and Volodymyr Zelensky said he expects news.", vec!["witkoff", "putin"]),
        ("The call followed talks on Monday between Steve Witkoff, Jared Kushner, and Ukraine’s senior negotiator Rustem Umerov.", vec!["witkoff", "kushner", "umerov"]),
    ];
    for (sentence, actors) in cases {
        let events = drafted(&format!("{sentence}\n"), "2025-04-25");
        assert!(!events.is_empty(), "{sentence}");
        assert_eq!(events[0].1, actors, "{sentence}");
    }
    // A pronoun before the verb of speech is the person of the sentence before, not whoever
    // the quotation before it tells of.
    let events = drafted(
        "Donald Trump met Vladimir Putin on Friday in Moscow.\n\
         Russia \"took a lot of land and they fought for that land,\" he said.\n",
        "2025-04-25",
    );
    assert_eq!(events[1].1, vec!["trump"], "{events:?}");
}

#[test]
fn words_that_name_an_event_told_before_date_what_follows_it_from_its_day() {
    use parley_core::EventKind::*;
    // Published on Thursday, Feb. 13, 2025; the call was on Wednesday, Feb. 12.
    let text = "Donald Trump said Wednesday he had a \"lengthy\" phone call with Vladimir Putin.\n\
        Donald Trump called Volodymyr Zelensky after speaking with Vladimir Putin.\n\
        Volodymyr Zelensky said he was \"grateful\" for Trump's call.\n\
        Kremlin aide Yuri Ushakov told reporters that the call was \"very useful.\"\n";
    let (call, after) = (Some(day("2025-02-12")), Some(day("2025-02-13")));
    assert_eq!(
        drafted(text, "2025-02-13"),
        vec![
            (PhoneCall, vec!["trump".into(), "putin".into()], call, call),
            (
                PhoneCall,
                vec!["trump".into(), "zelensky".into()],
                call,
                after
            ),
            (Statement, vec!["zelensky".into()], call, after),
            (Statement, vec!["ushakov".into()], call, after),
        ]
    );
    // Words that refer back to the talks tell more of them, past a statement between.
    let text = "Steve Witkoff met Vladimir Putin in Moscow on March 13.\n\
        Volodymyr Zelensky said the ceasefire was within reach.\n\
        Steve Witkoff said the talks with Putin lasted a few hours and went well.\n";
    let draft = Draft::new(&story(text), day("2025-03-16"), &dataset()).unwrap();
    assert_eq!(draft.events.len(), 2, "{:?}", draft.events);
    assert_eq!(draft.events[0].excerpts.len(), 2);
}

#[test]
fn a_sentence_ending_with_who_said_it_and_when_is_its_event_and_a_statement() {
    use parley_core::EventKind::*;
    let line = "Donald Trump is expected to hold a phone call with Vladimir Putin this week, Steve Witkoff, Trump’s special envoy, said on March 16.";
    let events = excerpted(line, "2025-03-16");
    let (week, said) = (day("2025-03-16"), day("2025-03-16"));
    assert_eq!(
        events,
        vec![
            (
                PhoneCall,
                vec!["trump".to_string(), "putin".to_string()],
                Some(week),
                Some(day("2025-03-22")),
                "this week".to_string(),
                vec![
                    "Donald Trump is expected to hold a phone call with Vladimir Putin this week"
                        .to_string()
                ]
            ),
            (
                Statement,
                vec!["witkoff".to_string()],
                Some(said),
                Some(said),
                "on March 16".to_string(),
                vec![line.to_string()]
            ),
        ]
    );
    // Without a day of its own the saying is the event's source only.
    let undated = story(
        "Steve Witkoff and Vladimir Putin held a meeting in Moscow on Friday, the Kremlin said.",
    );
    let draft = Draft::new(&undated, day("2025-04-25"), &dataset()).unwrap();
    assert_eq!(draft.events.len(), 1, "{:?}", draft.events);
}

#[test]
fn states_take_part_by_what_acts_for_them_and_a_phrase_dating_by_another_event_names_none() {
    let cases = [
        // A capital that does something is its state; a state's people's adjective before
        // what a state does is the state.
        ("Kyiv agreed to a ceasefire proposed by the U.S. during talks in Jeddah on March 11.", vec!["ukraine", "united-states"]),
        ("Russian strikes on Kyiv hit the power grid on Monday.", vec!["russia"]),
        ("U.S. officials met Kirill Dmitriev in Riyadh on Tuesday.", vec!["united-states", "dmitriev"]),
        // Not a person the adjective describes, nor the capital where it happens.
        ("Vladimir Putin met a Russian general in Kyiv on Friday.", vec!["putin"]),
        // Who a phrase before the event dates it by is in that other event.
        ("Nearly four years after Vladimir Putin’s invasion, Russian strikes hit Kyiv on Monday.", vec!["russia"]),
    ];
    for (sentence, actors) in cases {
        let events = drafted(&format!("{sentence}\n"), "2025-04-25");
        assert!(!events.is_empty(), "{sentence}");
        assert_eq!(events[0].1, actors, "{sentence}");
    }
}

#[test]
fn what_followed_after_which_is_an_event_of_its_own_from_the_first_ones_day() {
    use parley_core::EventKind::*;
    let line = "Kyiv agreed to a ceasefire proposed by the U.S. during talks in Jeddah on March 11, after which Washington resumed military support for Ukraine.";
    let events = excerpted(line, "2025-03-16");
    let (agreed, published) = (Some(day("2025-03-11")), Some(day("2025-03-16")));
    let ids = |ids: &[&str]| ids.iter().map(|id| id.to_string()).collect::<Vec<_>>();
    assert_eq!(
        events,
        vec![
            (
                Agreement,
                ids(&["ukraine", "united-states"]),
                agreed,
                agreed,
                "on March 11".to_string(),
                vec!["Kyiv agreed to a ceasefire proposed by the U.S. during talks in Jeddah on March 11".to_string()]
            ),
            (
                Other,
                ids(&["united-states", "ukraine"]),
                agreed,
                published,
                "after which".to_string(),
                vec!["after which Washington resumed military support for Ukraine.".to_string()]
            ),
        ]
    );
}

#[test]
fn a_statement_tells_more_of_the_last_one_of_its_speaker_only_when_it_goes_on_with_it() {
    // Published on Friday, April 25, 2025.
    let text = "Donald Trump wrote on Thursday that the war must stop.\n\
        Donald Trump said on Thursday that Russia's main concession would be land.\n\
        He also said that peace was near.\n";
    let draft = Draft::new(&story(text), day("2025-04-25"), &dataset()).unwrap();
    let excerpts: Vec<usize> = draft.events.iter().map(|e| e.excerpts.len()).collect();
    assert_eq!(excerpts, vec![1, 2], "{:?}", draft.events);
}

#[test]
fn the_evaluation_counts_a_drafted_event_for_one_written_event_at_most() {
    let data = dataset();
    for doc in &data.documents {
        let score = parley_core::draft::eval::leave_one_out(&data, &doc.id).unwrap();
        // Every written event found has a drafted event of its own on its sentences.
        assert!(score.found <= score.right, "{}: {score:?}", doc.id);
        assert!(score.found <= score.drafted, "{}", doc.id);
        let missed = score
            .misses
            .iter()
            .filter(|m| m.starts_with("not found"))
            .count();
        assert_eq!(score.found + missed, score.written, "{}", doc.id);
    }
}
