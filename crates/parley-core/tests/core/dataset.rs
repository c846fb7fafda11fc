//! Invariants of the real dataset, checked on the seeds as committed.

use crate::common;

use parley_core::i18n::Lang;
use parley_core::{Precision, Status};

#[test]
fn every_excerpt_is_verbatim_story_text_at_its_recorded_place() {
    let data = common::dataset();
    let mut sources: Vec<&parley_core::Source> =
        data.events.iter().flat_map(|e| e.sources.iter()).collect();
    sources.extend(data.quotes.iter().map(|q| &q.source));
    sources.extend(
        data.claims
            .iter()
            .flat_map(|c| c.accounts.iter().map(|a| &a.source)),
    );
    sources.extend(
        data.actors
            .iter()
            .flat_map(|a| a.roles.iter().map(|r| &r.source)),
    );
    assert!(sources.len() > 100);
    for source in sources {
        let doc = data
            .document(&source.document)
            .expect("sources name real documents");
        assert_eq!(source.range.slice(&doc.text), source.excerpt);
        assert!(
            doc.is_story(source.range),
            "{} cites furniture",
            source.excerpt
        );
    }
}

#[test]
fn coverage_matches_the_brief() {
    let data = common::dataset();
    assert!(
        (35..=60).contains(&data.events.len()),
        "{} events",
        data.events.len()
    );
    assert!(data.actors.len() >= 25, "{} actors", data.actors.len());
    assert_eq!(data.documents.len(), 5);
    for doc in &data.documents {
        assert!(
            data.events
                .iter()
                .any(|e| e.sources.iter().any(|s| s.document == doc.id)),
            "{} has no event",
            doc.id
        );
    }
    for id in [
        "2025-03-11-jeddah-talks-ceasefire",
        "2025-02-11-us-russia-prisoner-exchange",
        "2026-02-01-abu-dhabi-round",
    ] {
        assert!(data.event(id).is_some(), "{id} is missing");
    }
}

#[test]
fn events_are_in_chronological_order() {
    let data = common::dataset();
    for pair in data.events.windows(2) {
        assert!(
            pair[0].date.sort_day() <= pair[1].date.sort_day(),
            "{} before {}",
            pair[0].id,
            pair[1].id
        );
    }
}

#[test]
fn weekday_and_vague_dates_resolve_as_the_seeds_readme_says() {
    let data = common::dataset();
    let date = |id: &str| {
        data.event(id)
            .unwrap_or_else(|| panic!("{id}"))
            .date
            .clone()
    };
    let florida = date("2026-01-31-witkoff-dmitriev-florida");
    assert_eq!(florida.iso(), "2026-01-31");
    assert!(florida
        .basis_text(Lang::En)
        .contains("'on Saturday' in an article published Saturday 2026-01-31"));
    let moscow = date("2025-12-01-witkoff-putin-moscow");
    assert_eq!(
        (moscow.precision, moscow.display(Lang::En).as_str()),
        (Precision::Week, "Dec 1–5, 2025")
    );
    assert_eq!(
        date("2026-01-01-witkoff-kushner-gruenbaum-meet-putin").precision,
        Precision::Month
    );
    assert_eq!(date("2026-02-01-abu-dhabi-round").iso(), "2026-02-01");
    assert_eq!(
        date("2025-02-11-us-russia-prisoner-exchange").iso(),
        "2025-02-11"
    );
}

#[test]
fn plans_and_claims_keep_their_status() {
    let data = common::dataset();
    let status = |id: &str| data.event(id).unwrap_or_else(|| panic!("{id}")).status;
    assert_eq!(status("2026-02-01-abu-dhabi-round"), Status::Planned);
    assert_eq!(
        status("2026-01-29-putin-agreed-to-pause-strikes"),
        Status::Claimed
    );
    assert_eq!(
        status("2025-03-16-trump-putin-call-expected"),
        Status::Expected
    );
}

#[test]
fn conflicting_accounts_stand_side_by_side() {
    let data = common::dataset();
    let pause = data
        .claims
        .iter()
        .find(|c| c.id == "kyiv-strike-pause-length")
        .expect("the pause claim");
    let speakers: Vec<&str> = pause.accounts.iter().map(|a| a.actor.as_str()).collect();
    assert_eq!(speakers, ["trump", "peskov"]);
    assert!(pause.accounts[0].source.excerpt.contains("for a week"));
    assert!(pause.accounts[1].source.excerpt.contains("until Feb. 1"));
}

#[test]
fn mentions_cover_spelling_variants_roles_and_possessives() {
    let data = common::dataset();
    let mentioned = |actor: &str, words: &str| {
        data.mentions.iter().any(|m| {
            let doc = data.document(&m.document).unwrap();
            m.actor == actor && m.range.slice(&doc.text) == words
        })
    };
    assert!(mentioned("zelensky", "Zelenskyy"));
    assert!(mentioned("zelensky", "Zelensky"));
    assert!(mentioned("kushner", "Trump’s son-in-law"));
    assert!(mentioned("peskov", "the Kremlin spokesperson"));
    // Where a longer alias holds a shorter one ("Donald Trump", "Trump"), the longer is the
    // mention, and the shorter is not counted again inside it.
    assert!(mentioned("trump", "Donald Trump"));
    for m in data.mentions.iter().filter(|m| m.actor == "trump") {
        let doc = data.document(&m.document).unwrap();
        if m.range.slice(&doc.text) == "Trump" {
            assert!(
                !doc.text[..m.range.start as usize].ends_with("Donald "),
                "a \"Trump\" inside \"Donald Trump\""
            );
        }
    }
    for m in &data.mentions {
        let doc = data.document(&m.document).unwrap();
        assert!(doc.is_story(m.range), "mention in furniture");
        assert!(m.sentence.contains(m.range));
    }
    // 001 names Gruenbaum on lines 13 and 15 (twice); line 27 repeats line 15 as page
    // furniture and must not count again.
    let gruenbaum_in_001 = data
        .mentions
        .iter()
        .filter(|m| m.actor == "gruenbaum" && m.document.starts_with("001"))
        .count();
    assert_eq!(gruenbaum_in_001, 3);
}

#[test]
fn the_baked_form_round_trips() {
    let data = common::dataset();
    let bytes = data.to_bytes();
    assert_eq!(parley_core::Dataset::from_bytes(&bytes).unwrap(), data);
}

/// The baked form carries each sentence once, in its document's text; the excerpts are cut back
/// out of it when the app decodes the data.
#[test]
fn the_baked_form_carries_excerpts_as_ranges_and_refuses_a_range_outside_its_text() {
    let mut data = common::dataset();
    let excerpt = data.events[0].sources[0].excerpt.clone();
    let bytes = data.to_bytes();
    let occurrences = bytes
        .windows(excerpt.len())
        .filter(|w| *w == excerpt.as_bytes())
        .count();
    assert_eq!(occurrences, 1, "only the document text holds the excerpt");

    let text_len = data.documents[0].text.len();
    let source = &mut data.events[0].sources[0];
    source.document = data.documents[0].id.clone();
    source.range = parley_core::TextRange::new(text_len - 2, text_len + 5);
    let error = parley_core::Dataset::from_bytes(&data.to_bytes()).unwrap_err();
    assert!(error.contains("not there"), "{error}");
}

#[test]
fn synthetic_events_are_reproducible_ordered_and_cite_verbatim_text() {
    let mut a = common::dataset();
    let mut b = common::dataset();
    let real = a.events.len();
    parley_core::synthetic::extend(&mut a, 5_000, 42);
    parley_core::synthetic::extend(&mut b, 5_000, 42);
    assert_eq!(a.events.len(), real + 5_000);
    assert_eq!(a, b, "the same seed gives the same events");
    for pair in a.events.windows(2) {
        assert!(pair[0].date.sort_day() <= pair[1].date.sort_day());
    }
    for event in &a.events {
        let source = &event.sources[0];
        assert_eq!(
            source
                .range
                .slice(&a.document(&source.document).unwrap().text),
            source.excerpt
        );
        assert!(event.actors.iter().all(|p| a.actor(&p.actor).is_some()));
    }
    let precisions: std::collections::BTreeSet<_> =
        a.events.iter().map(|e| e.date.precision).collect();
    assert_eq!(precisions.len(), 6, "every precision occurs");
}
