//! Each class of bad data fails the build with `file:line` and what to fix. Every test takes
//! the real seed files, breaks one thing, and checks the message and its line.

use crate::common;

use parley_core::source::{build, DataError, SourceFiles};

/// Replaces the first occurrence of `from` in the chosen file, which must contain it.
fn break_file(field: fn(&mut SourceFiles) -> &mut String, from: &str, to: &str) -> SourceFiles {
    let mut files = common::seed_files();
    let text = field(&mut files);
    assert!(text.contains(from), "fixture text not found: {from}");
    *text = text.replacen(from, to, 1);
    files
}

fn errors(files: &SourceFiles) -> Vec<DataError> {
    match build(files) {
        Ok(_) => panic!("the broken data was accepted"),
        Err(errors) => errors,
    }
}

/// The one error, whose file, line and message are checked.
fn only_error(files: &SourceFiles) -> DataError {
    let errors = errors(files);
    assert_eq!(errors.len(), 1, "expected one error, got: {errors:#?}");
    errors.into_iter().next().unwrap()
}

fn line_of(text: &str, needle: &str) -> usize {
    text[..text.find(needle).expect("needle in file")]
        .matches('\n')
        .count()
        + 1
}

#[test]
fn the_real_data_builds() {
    common::dataset();
}

#[test]
fn an_excerpt_that_is_not_verbatim_is_rejected_at_its_line() {
    // Straight quotes where the article has curly ones.
    let files = break_file(
        |f| &mut f.events,
        "held a “constructive and useful” three-hour",
        "held a \\\"constructive and useful\\\" three-hour",
    );
    let error = only_error(&files);
    assert_eq!(error.file, "seeds/data/events.toml");
    assert_eq!(
        error.line,
        line_of(&files.events, "held a \\\"constructive and useful")
    );
    assert!(
        error
            .message
            .contains("not verbatim in seeds/002_f6db1040242bbb5b.txt"),
        "{error}"
    );
    // Where it stops matching (its last 40 characters), so the writer can find the difference.
    assert!(
        error.message.contains(
            "it matches up to \"Russian President Vladimir Putin held a \" and then differs"
        ),
        "{error}"
    );
}

#[test]
fn an_excerpt_from_page_furniture_is_rejected() {
    let files = break_file(
        |f| &mut f.quotes,
        "text = \"Vladimir, STOP!\"",
        "text = \"TRUMP SAYS PUTIN AGREED TO HALT KYIV STRIKES FOR ONE WEEK AMID BRUTAL COLD\"\ndocument_was = 0",
    );
    // The extra field is also refused: records reject keys they do not know.
    let errors = errors(&files);
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("unknown field `document_was`")),
        "{errors:?}"
    );

    let files = break_file(|f| &mut f.quotes, "text = \"Vladimir, STOP!\"\ndocument = \"002_f6db1040242bbb5b\"", "text = \"TRUMP SAYS PUTIN AGREED TO HALT KYIV STRIKES FOR ONE WEEK AMID BRUTAL COLD\"\ndocument = \"001_50a5bdb0d08203b4\"");
    let error = only_error(&files);
    assert_eq!(error.file, "seeds/data/quotes.toml");
    assert!(error.message.contains("page furniture"), "{error}");
}

#[test]
fn unknown_actor_place_and_document_ids_are_rejected() {
    let files = break_file(
        |f| &mut f.events,
        "actors = [\"trump\", \"putin\"]",
        "actors = [\"trump\", \"putn\"]",
    );
    let error = only_error(&files);
    assert_eq!(error.line, line_of(&files.events, "\"putn\""));
    assert_eq!(
        error.message,
        "unknown actor 'putn': add it to seeds/data/actors.toml or fix the id"
    );

    let files = break_file(
        |f| &mut f.events,
        "place = \"jeddah\"",
        "place = \"riyadh\"",
    );
    let error = only_error(&files);
    assert_eq!(error.line, line_of(&files.events, "\"riyadh\""));
    assert_eq!(
        error.message,
        "unknown place 'riyadh': add it to seeds/data/places.toml or fix the id"
    );

    let files = break_file(
        |f| &mut f.quotes,
        "document = \"004_b6880d1244f45168\"",
        "document = \"999_missing\"",
    );
    let error = only_error(&files);
    assert!(
        error.message.contains("unknown document '999_missing'"),
        "{error}"
    );
}

#[test]
fn a_duplicate_id_is_rejected() {
    let files = break_file(|f| &mut f.actors, "id = \"bessent\"", "id = \"rubio\"");
    let errors = errors(&files);
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("duplicate actor id 'rubio'")
                && e.line == line_of(&files.actors, "id = \"rubio\"\nname = \"Scott")),
        "{errors:?}"
    );
}

#[test]
fn a_date_that_is_not_iso_is_rejected() {
    let files = break_file(
        |f| &mut f.events,
        "day = \"2025-03-11\"",
        "day = \"11/03/2025\"",
    );
    let error = only_error(&files);
    assert_eq!(error.line, line_of(&files.events, "11/03/2025"));
    assert!(
        error.message.contains("not a date in the form YYYY-MM-DD"),
        "{error}"
    );
}

#[test]
fn an_end_before_its_start_is_rejected() {
    let files = break_file(
        |f| &mut f.events,
        "start = \"2025-03-11\", end = \"2025-03-16\"",
        "start = \"2025-03-16\", end = \"2025-03-11\"",
    );
    let error = only_error(&files);
    assert!(
        error
            .message
            .contains("ends (2025-03-11) before it starts (2025-03-16)"),
        "{error}"
    );
}

#[test]
fn a_past_status_after_publication_is_rejected() {
    // The Abu Dhabi round is dated after its source was published: it cannot be "held".
    let files = break_file(
        |f| &mut f.events,
        "status = \"planned\"\nplace = \"abu-dhabi\"",
        "status = \"held\"\nplace = \"abu-dhabi\"",
    );
    let error = only_error(&files);
    assert_eq!(
        error.line,
        line_of(&files.events, "status = \"held\"\nplace = \"abu-dhabi\"")
    );
    assert!(
        error
            .message
            .contains("after its source 001_50a5bdb0d08203b4 was published (2026-01-31)"),
        "{error}"
    );
    assert!(
        error.message.contains("make it planned or expected"),
        "{error}"
    );
}

#[test]
fn an_event_without_a_source_is_rejected() {
    let mut files = common::seed_files();
    let start = files
        .events
        .find("sources = [\n  { document = \"003_2dd791e8254a4d49\", excerpt = \"Kyiv agreed")
        .unwrap();
    let end = start + files.events[start..].find("]\n").unwrap() + 2;
    files.events.replace_range(start..end, "");
    let errors = errors(&files);
    assert!(
        errors.iter().any(|e| e
            .message
            .contains("'2025-03-11-jeddah-talks-ceasefire' has no source")),
        "{errors:?}"
    );
}

#[test]
fn a_quote_whose_speaker_is_not_an_actor_is_rejected() {
    let files = break_file(
        |f| &mut f.quotes,
        "speaker = \"rosenberg\"",
        "speaker = \"bbc\"",
    );
    let error = only_error(&files);
    assert_eq!(error.file, "seeds/data/quotes.toml");
    assert_eq!(error.line, line_of(&files.quotes, "speaker = \"bbc\""));
    assert!(error.message.contains("unknown actor 'bbc'"), "{error}");
}

#[test]
fn an_alias_that_matches_no_text_is_rejected() {
    let files = break_file(
        |f| &mut f.actors,
        "aliases = [\"Marco Rubio\"]",
        "aliases = [\"Marco Rubio\", \"Secretary Rubio\"]",
    );
    let error = only_error(&files);
    assert_eq!(error.line, line_of(&files.actors, "\"Secretary Rubio\""));
    assert!(
        error
            .message
            .contains("the alias 'Secretary Rubio' matches no story text"),
        "{error}"
    );
}

#[test]
fn a_date_phrase_not_in_the_excerpts_is_rejected() {
    let files = break_file(
        |f| &mut f.events,
        "phrase = \"on March 11\"",
        "phrase = \"on March 12\"",
    );
    let error = only_error(&files);
    assert!(
        error
            .message
            .contains("date phrase 'on March 12' is not in any of the event's excerpts"),
        "{error}"
    );
}

#[test]
fn a_toml_syntax_error_names_its_line() {
    let files = break_file(|f| &mut f.places, "id = \"davos\"", "id = \"davos");
    let error = only_error(&files);
    assert_eq!(
        (error.file.as_str(), error.line),
        (
            "seeds/data/places.toml",
            line_of(&files.places, "id = \"davos")
        )
    );
}

#[test]
fn a_seed_file_without_a_document_entry_is_rejected() {
    let mut files = common::seed_files();
    files
        .texts
        .push(("005_new.txt".into(), "A sixth article.".into()));
    let errors = errors(&files);
    assert!(
        errors.iter().any(|e| e
            .message
            .contains("seeds/005_new.txt has no [[document]] entry")),
        "{errors:?}"
    );
}

#[test]
fn errors_print_as_file_line_message() {
    let error = DataError {
        file: "seeds/data/events.toml".into(),
        line: 12,
        message: "m".into(),
    };
    assert_eq!(error.to_string(), "seeds/data/events.toml:12: m");
}

#[test]
fn an_unknown_date_rule_is_rejected_with_every_rule_named() {
    let files = break_file(
        |f| &mut f.events,
        "rule = \"weekday\", phrase = \"on Saturday\"",
        "rule = \"weekdy\", phrase = \"on Saturday\"",
    );
    let error = only_error(&files);
    assert_eq!(error.file, "seeds/data/events.toml");
    assert_eq!(error.line, line_of(&files.events, "\"weekdy\""));
    for rule in [
        "stated",
        "stated-range",
        "on-or-before",
        "weekday",
        "next-weekday",
        "earlier-this-week",
        "this-week",
        "earlier-this-month",
        "last-month",
        "after-publication",
        "offset",
    ] {
        assert!(
            error.message.contains(&format!("`{rule}`")),
            "{rule}: {error}"
        );
    }
}

#[test]
fn a_field_the_date_rule_does_not_take_is_rejected() {
    let files = break_file(
        |f| &mut f.events,
        "rule = \"weekday\", phrase = \"on Saturday\"",
        "rule = \"weekday\", phrase = \"on Saturday\", day = \"2026-01-31\"",
    );
    let error = only_error(&files);
    assert_eq!(
        error.line,
        line_of(&files.events, "\"on Saturday\", day = \"2026-01-31\"")
    );
    assert!(error.message.contains("unknown field `day`"), "{error}");
}

#[test]
fn a_bad_side_or_kind_names_the_valid_values_from_the_vocabulary() {
    let files = break_file(|f| &mut f.actors, "side = \"us\"", "side = \"usa\"");
    // The actor is dropped too, so the events that name it are reported after it.
    let error = errors(&files).remove(0);
    assert_eq!(error.file, "seeds/data/actors.toml");
    assert_eq!(error.line, line_of(&files.actors, "\"usa\""));
    assert!(
        error
            .message
            .ends_with("use one of us, russia, ukraine, europe, other"),
        "{error}"
    );
    let files = break_file(
        |f| &mut f.events,
        "kind = \"phone-call\"",
        "kind = \"call\"",
    );
    let error = errors(&files).remove(0);
    assert!(
        error.message.contains("use one of phone-call, meeting,"),
        "{error}"
    );
}

#[test]
fn a_field_in_our_words_without_its_ukrainian_or_russian_is_named_at_the_english() {
    // The first event's Ukrainian title removed.
    let files = break_file(
        |f| &mut f.events,
        "uk.title = \"Трамп і Путін поговорили телефоном і домовилися почати переговори\"\n",
        "",
    );
    let error = only_error(&files);
    assert_eq!(error.file, "seeds/data/events.toml");
    assert_eq!(
        error.line,
        line_of(&files.events, "title = \"Trump and Putin speak by phone")
    );
    assert!(
        error
            .message
            .contains("event '2025-02-12-trump-putin-call' has no Ukrainian")
            && error.message.contains("add uk.title = \"…\""),
        "{}",
        error.message
    );
    // A blank one is as good as none; a role's too.
    let files = break_file(|f| &mut f.actors, "ru = \"Президент США\"", "ru = \" \"");
    let error = only_error(&files);
    assert_eq!(
        (error.file.as_str(), error.line),
        (
            "seeds/data/actors.toml",
            line_of(
                &files.actors,
                "{ title = \"President of the United States\""
            )
        )
    );
    assert!(error.message.contains("has no Russian") && error.message.contains("add ru = \"…\""));
}

#[test]
fn a_translation_of_no_field_and_an_unknown_topic_are_rejected_at_their_lines() {
    let files = break_file(
        |f| &mut f.places,
        "uk.country = \"Росія\"",
        "uk.contry = \"Росія\"",
    );
    let errors = errors(&files);
    let messages: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    let misspelt = line_of(&files.places, "uk.contry");
    assert!(
        messages.contains(&format!("seeds/data/places.toml:{misspelt}: uk.contry translates no field: use uk.name or uk.country")),
        "{messages:#?}"
    );
    let files = break_file(
        |f| &mut f.events,
        "topics = [\"negotiations\"]",
        "topics = [\"talks\"]",
    );
    let error = only_error(&files);
    assert_eq!(error.line, line_of(&files.events, "topics = [\"talks\"]"));
    assert!(error
        .message
        .contains("unknown topic 'talks': add it to seeds/data/topics.toml"));
}

#[test]
fn an_alias_is_found_at_the_start_of_a_story_line_and_not_in_page_furniture() {
    // "Kremlin aide" opens a line of the story, and occurs nowhere else.
    let files = break_file(
        |f| &mut f.actors,
        "aliases = [\"Yuri Ushakov\", \"Ushakov\"]",
        "aliases = [\"Yuri Ushakov\", \"Ushakov\", \"Kremlin aide\"]",
    );
    assert!(build(&files).is_ok(), "{:?}", build(&files).err());
    // "A free" opens the line of page furniture right after the last line of a story range.
    let files = break_file(
        |f| &mut f.actors,
        "aliases = [\"Yuri Ushakov\", \"Ushakov\"]",
        "aliases = [\"Yuri Ushakov\", \"Ushakov\", \"A free\"]",
    );
    let error = only_error(&files);
    assert!(error
        .message
        .contains("the alias 'A free' matches no story text"));
}

#[test]
fn a_coordinate_out_of_range_is_rejected_whichever_it_is() {
    for (from, to) in [
        ("latitude = 55.7558", "latitude = 95.0"),
        ("longitude = 37.6173", "longitude = 181.0"),
    ] {
        let files = break_file(|f| &mut f.places, from, to);
        let error = only_error(&files);
        assert_eq!(error.line, line_of(&files.places, "id = \"moscow\""));
        assert!(error
            .message
            .contains("latitude must be within ±90 and longitude within ±180"));
    }
}

#[test]
fn an_id_that_is_not_a_lowercase_slug_is_rejected_at_its_line() {
    for (bad, shown) in [("id = \"Moscow City\"", "Moscow City"), ("id = \"\"", "")] {
        let files = break_file(|f| &mut f.places, "id = \"moscow\"", bad);
        let messages: Vec<String> = errors(&files).iter().map(|e| e.to_string()).collect();
        let line = line_of(&files.places, bad);
        let expected = format!("seeds/data/places.toml:{line}: place id '{shown}' must be lowercase ASCII letters, digits, '-' or '_'");
        assert!(messages.contains(&expected), "{messages:#?}");
    }
}

#[test]
fn a_quote_about_an_unknown_event_is_rejected_with_where_to_look() {
    let files = break_file(
        |f| &mut f.quotes,
        "event = \"2025-02-12-trump-putin-call\"",
        "event = \"2025-02-12-no-such-call\"",
    );
    let error = only_error(&files);
    assert_eq!(
        (error.file.as_str(), error.line),
        (
            "seeds/data/quotes.toml",
            line_of(&files.quotes, "2025-02-12-no-such-call")
        )
    );
    assert_eq!(
        error.message,
        "unknown event '2025-02-12-no-such-call': use the id of an event in seeds/data/events.toml"
    );
}

#[test]
fn story_lines_outside_the_file_or_backwards_are_rejected_at_their_line() {
    let text = &common::seed_files().texts[0].1;
    let count = text.split('\n').count();
    for (bad, shown) in [
        ("[[0, 27]]", "0-27"),
        ("[[13, 12]]", "13-12"),
        ("[[13, 999]]", "13-999"),
    ] {
        let files = break_file(
            |f| &mut f.documents,
            "story_lines = [[13, 27]]",
            &format!("story_lines = {bad}"),
        );
        let error = errors(&files)
            .into_iter()
            .find(|e| e.message.starts_with("story_lines"))
            .expect("a story_lines error");
        assert_eq!(
            error.line,
            line_of(&files.documents, &format!("story_lines = {bad}"))
        );
        assert_eq!(
            error.message,
            format!("story_lines: line range {shown} is not within lines 1-{count}")
        );
    }
}

#[test]
fn story_lines_cover_exactly_their_lines_the_last_line_of_the_file_included() {
    let files = common::seed_files();
    let (name, text) = &files.texts[0];
    let count = text.split('\n').count();
    let lines = format!("story_lines = [[13, 27], [{count}, {count}]]");
    let files = break_file(|f| &mut f.documents, "story_lines = [[13, 27]]", &lines);
    let data = build(&files).expect("the data still builds");
    let doc = data.document(name.trim_end_matches(".txt")).unwrap();
    let starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let ranges: Vec<(usize, usize)> = doc
        .story
        .iter()
        .map(|r| (r.start as usize, r.end as usize))
        .collect();
    // Line 13's first byte to line 27's last (its newline left out); the last line to the end.
    assert_eq!(
        ranges,
        [
            (starts[12], starts[27] - 1),
            (starts[count - 1], text.len())
        ]
    );
}

#[test]
fn a_bad_publication_date_in_the_seeds_readme_is_rejected_at_its_row() {
    let files = break_file(|f| &mut f.readme, "| 2026-01-31 |", "| 2026-01-32 |");
    let error = errors(&files)
        .into_iter()
        .find(|e| e.file == "seeds/README.md")
        .expect("an error in the README");
    assert_eq!(error.line, line_of(&files.readme, "2026-01-32"));
    assert!(error.message.starts_with("publication date: "), "{error}");
}

#[test]
fn a_claim_with_one_account_is_rejected() {
    let mut files = common::seed_files();
    files.claims.push_str(
        "\n[[claim]]\nid = \"lonely\"\nquestion = \"Q?\"\nuk.question = \"П?\"\nru.question = \"В?\"\n\n\
         [[claim.account]]\nactor = \"trump\"\nsays = \"S\"\nuk.says = \"С\"\nru.says = \"С\"\n\
         document = \"004_b6880d1244f45168\"\nexcerpt = \"lengthy and highly productive phone call\"\n",
    );
    let error = only_error(&files);
    assert_eq!(error.line, line_of(&files.claims, "id = \"lonely\""));
    assert_eq!(
        error.message,
        "a claim sets at least two accounts side by side"
    );
}
