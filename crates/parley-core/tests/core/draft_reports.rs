//! The draft's reading of who told of an event, and when: the teller's statement beside the
//! event it reports, what a teller did before the day they told it, the teller who is not a
//! participant, and whom a statement gives a part to do.

use crate::common::dataset;
use crate::draft::{day, drafted, excerpted, story};
use parley_core::draft::Draft;
use parley_core::EventKind::*;

fn ids(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| id.to_string()).collect()
}

#[test]
fn what_the_speakers_tell_of_their_own_doing_happened_on_or_before_the_day_they_told_it() {
    let line = "President Volodymyr Zelensky said on Dec. 6 that he together with Ukraine negotiators held a phone conversation with Steve Witkoff.";
    let told = Some(day("2025-12-06"));
    assert_eq!(
        excerpted(line, "2025-12-07"),
        vec![
            (
                PhoneCall,
                ids(&["zelensky", "witkoff"]),
                None,
                told,
                "said on Dec. 6".to_string(),
                vec![line.to_string()]
            ),
            (
                Statement,
                ids(&["zelensky"]),
                told,
                told,
                "on Dec. 6".to_string(),
                vec!["President Volodymyr Zelensky said on Dec. 6".to_string()]
            ),
        ]
    );
    // Of another's doing, the day is the telling's, and the telling no event of its own.
    let events = drafted(
        "Donald Trump said on Thursday that Vladimir Putin had agreed to a pause.\n",
        "2026-01-31",
    );
    let thursday = Some(day("2026-01-29"));
    assert_eq!(
        events,
        vec![(Agreement, ids(&["putin"]), thursday, thursday)]
    );
}

#[test]
fn a_speakers_words_the_text_does_not_date_are_of_the_statement_it_dated_unless_said_elsewhere() {
    let text = "President Volodymyr Zelensky said on Dec. 6 that he held a phone conversation with Steve Witkoff.\n\
        “We agreed on the next steps and formats for talks,” Zelensky wrote on Telegram.\n";
    let draft = Draft::new(&story(text), day("2025-12-07"), &dataset()).unwrap();
    let statements: Vec<usize> = (draft.events.iter())
        .filter(|e| e.kind == Statement)
        .map(|e| e.excerpts.len())
        .collect();
    assert_eq!(statements, vec![2], "{:?}", draft.events);
    // A post on a day, then an interview: two statements.
    let text = "In a post on social media Thursday, Donald Trump wrote: “Vladimir, STOP!”\n\
        Donald Trump, in an interview with TIME magazine, said, “Crimea will stay with Russia.”\n";
    let draft = Draft::new(&story(text), day("2025-04-25"), &dataset()).unwrap();
    let statements = draft.events.iter().filter(|e| e.kind == Statement).count();
    assert_eq!(statements, 2, "{:?}", draft.events);
    // The day a statement was made is not where: "said on Dec. 6" names no medium.
    let text = "Volodymyr Zelensky said on Dec. 6: “We agreed on the next steps and formats.”\n";
    let draft = Draft::new(&story(text), day("2025-12-07"), &dataset()).unwrap();
    let media: Vec<Option<String>> = draft.quotes.iter().map(|q| q.medium.clone()).collect();
    assert_eq!(media, vec![None]);
}

#[test]
fn who_tells_that_another_did_something_takes_no_part_in_it_and_whom_a_statement_appoints_does() {
    let cases = [
        (
            "Steve Witkoff also said that the U.S. is holding discussions with Ukraine and Russia.",
            NegotiationRound,
            vec!["united-states", "ukraine", "russia"],
        ),
        (
            "Donald Trump said U.S. negotiations will initially be carried out by Secretary of State Marco Rubio, CIA Director John Ratcliffe and envoy Steve Witkoff.",
            Statement,
            vec!["trump", "rubio", "ratcliffe", "witkoff"],
        ),
    ];
    for (sentence, kind, actors) in cases {
        let events = drafted(&format!("{sentence}\n"), "2025-03-16");
        assert_eq!(events[0].0, kind, "{sentence}");
        assert_eq!(events[0].1, actors, "{sentence}");
    }
}

#[test]
fn who_is_named_before_the_day_an_event_is_counted_from_is_in_that_other_event() {
    let text = "Steve Witkoff met Vladimir Putin in Moscow on April 25.\n\
        The meeting between Witkoff and Putin occurred one day after Russian strikes killed 12 people in Kyiv.\n";
    let events = drafted(text, "2025-04-25");
    let before = Some(day("2025-04-24"));
    let counted: Vec<_> = events.iter().map(|e| (&e.1, e.2, e.3)).collect();
    assert_eq!(
        counted[1],
        (&ids(&["russia"]), before, before),
        "{events:?}"
    );
}
