//! What kind of event a sentence tells of, by the words that say so: a verb of speech with
//! nothing done is a statement; otherwise the first thing done decides. And the words that
//! refer back to an event already told.

use crate::model::EventKind;

/// Words that make a sentence an event of a kind. With nothing done in the sentence (see
/// [`DONE`]), the first kind in this order that it has words of is its kind.
pub(super) const KINDS: &[(EventKind, &[&str])] = &[
    (
        EventKind::PhoneCall,
        &[
            "phone call",
            "call with",
            "by phone",
            "phone conversation",
            "spoke by",
            "called",
        ],
    ),
    (
        EventKind::Meeting,
        &[
            "met ",
            "meet ",
            "meeting",
            "visit",
            "talks with",
            "talks in",
            "hosted",
            "arrived in",
            "traveled to",
            "travelled to",
            "sat down with",
            "in person",
        ],
    ),
    (
        EventKind::NegotiationRound,
        &[
            "round of",
            "negotiations",
            "delegations",
            "trilateral",
            "discussions",
            "talks",
        ],
    ),
    (
        EventKind::Agreement,
        &[
            "agreed",
            "agreement",
            "signed",
            "deal ",
            "exchanged",
            "swap",
        ],
    ),
    (
        EventKind::Proposal,
        &[
            "proposed",
            "proposal",
            "plan ",
            "peace plan",
            "offered",
            "asked",
            "invit",
            "demand",
        ],
    ),
    (
        EventKind::MilitaryStrike,
        &[
            "strike", "struck", "attack", "missile", "drone", "shelling", "bombard",
        ],
    ),
    (
        EventKind::Statement,
        &[
            "said",
            "told",
            "wrote",
            "stated",
            "claimed",
            "according to",
            "interview",
            "posted",
            "announced",
            "added",
            "says",
            "confirmed",
            "rejected",
            "expressed",
            "acknowledged",
            "warned",
            "urged",
            "called for",
            "rebuke",
            "praised",
            "criticized",
            "criticised",
        ],
    ),
];

/// Words that refer back to an event already told, and the kinds of event they can name.
pub(super) const REFERS_BACK: &[(&str, &[EventKind])] = &[
    (
        "the talks",
        &[EventKind::Meeting, EventKind::NegotiationRound],
    ),
    ("the call", &[EventKind::PhoneCall]),
    (
        "the meeting",
        &[EventKind::Meeting, EventKind::NegotiationRound],
    ),
    (
        "the meetings",
        &[EventKind::Meeting, EventKind::NegotiationRound],
    ),
    (
        "this meeting",
        &[EventKind::Meeting, EventKind::NegotiationRound],
    ),
    (
        "the discussions",
        &[EventKind::Meeting, EventKind::NegotiationRound],
    ),
    ("the visit", &[EventKind::Meeting]),
    (
        "the conversation",
        &[EventKind::PhoneCall, EventKind::Meeting],
    ),
];

/// Words by which a clause tells of something done, not only said or thought: the kind of
/// such a sentence is read from its first of them on ("Kyiv agreed to a ceasefire proposed
/// during talks" is an agreement), and a reported clause with one is an event of its own
/// ("Trump said he had a call with Putin"; "Trump said a deal would be" is a statement).
const DONE: &[&str] = &[
    "had a ",
    "had an ",
    "had “",
    "had \"",
    "held ",
    "hold ",
    "holding ",
    "met ",
    "meet ",
    "after meeting",
    "agreed",
    "spoke",
    "called",
    "signed",
    "exchanged",
    "asked",
    "invited",
    "hosted",
    "traveled",
    "travelled",
    "visited",
    "arrived",
    "rejected",
];

/// Where `cue` is in `lower`, the sentence lowercased: "called" is a call only before a name
/// ("Trump called Zelenskyy"), not in "called for", "what he called the" or "so-called".
fn find_cue(lower: &str, original: &str, cue: &str) -> Option<usize> {
    lower.match_indices(cue).map(|(at, _)| at).find(|&at| {
        cue != "called" || {
            let after = original.get(at + cue.len()..).unwrap_or("").trim_start();
            let next = after.split_whitespace().next().unwrap_or("");
            !lower[..at].ends_with('-')
                && next.chars().next().is_some_and(char::is_uppercase)
                && next != "The"
        }
    })
}

fn first_of(lower: &str, original: &str, cues: &[&str]) -> Option<(usize, usize)> {
    cues.iter()
        .filter_map(|cue| find_cue(lower, original, cue).map(|at| (at, cue.len())))
        .min()
}

/// The kind of the first words of a kind at or after `from`, and where they are.
fn first_kind(lower: &str, original: &str, from: usize) -> Option<(EventKind, (usize, usize))> {
    KINDS
        .iter()
        .filter_map(|(kind, cues)| {
            let (at, len) = first_of(&lower[from..], &original[from..], cues)?;
            Some((*kind, (from + at, len)))
        })
        .min_by_key(|(_, (at, _))| *at)
}

/// What kind of event a sentence is, and the words that say so. A sentence that opens with
/// its speaker and a verb of speech, with nothing done before it, is a statement, unless the
/// clause it reports tells of something done. Otherwise the kind is that of the first words
/// of a kind from the first thing done, or, with nothing done, of the first kind in
/// [`KINDS`]' order that the sentence has words of.
pub(super) fn kind_of(
    lower: &str,
    original: &str,
    named: &[(String, usize)],
) -> Option<(EventKind, (usize, usize))> {
    let speech = first_of(lower, original, super::quotes::SPEECH).filter(|&(at, _)| {
        named.iter().any(|(_, n)| *n < at) && first_of(&lower[..at], original, DONE).is_none()
    });
    let from = speech.map_or(0, |(at, _)| at);
    let done = first_of(&lower[from..], &original[from..], DONE).map(|(at, _)| from + at);
    match (done, speech) {
        (Some(done), _) => first_kind(lower, original, done)
            .filter(|(kind, _)| speech.is_none() || *kind != EventKind::Statement)
            .or_else(|| speech.map(|s| (EventKind::Statement, s))),
        (None, Some(speech)) => Some((EventKind::Statement, speech)),
        (None, None) => KINDS
            .iter()
            .find_map(|(kind, cues)| first_of(lower, original, cues).map(|found| (*kind, found))),
    }
}

/// Whether the sentence, lowercased with its quotations blanked, tells of something done.
pub(super) fn tells_of_something_done(lower: &str, original: &str) -> bool {
    first_of(lower, original, DONE).is_some()
}

/// `text` lowercased where that keeps every character's length, so that a place found in it
/// is the same place in `text` ("İ" lowercases to two characters and stays as it is).
pub(super) fn same_offsets_lowercase(text: &str) -> String {
    text.chars()
        .map(|c| {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            }
        })
        .collect()
}
