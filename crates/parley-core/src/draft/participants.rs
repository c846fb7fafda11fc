//! Who takes part in a sentence's event: who speaks in a statement, everyone named in
//! anything else, but not whose envoy someone is, whom a role serves, who an aside or an
//! earlier event names, nor a state that is what the event is about or that its own people
//! speak for.

use super::reports::{attribution, told_that};
use crate::model::{Actor, ActorKind, EventKind};

/// Words that never stand between a body and the role of the person who serves it.
const FUNCTION_WORDS: &[&str] = &[
    "and", "or", "with", "to", "of", "for", "by", "in", "on", "at", "from", "between", "the", "a",
    "an",
];

/// A sentence as the draft reads it.
pub(super) struct Reading<'s> {
    pub(super) words: &'s str,
    /// The words lowercased, quotations blanked but for what was had or held.
    pub(super) lower: &'s str,
    /// Who the sentence names outside quotations, and where.
    pub(super) named: &'s [(String, usize)],
    pub(super) quoted: &'s [std::ops::Range<usize>],
    /// Where the words of its kind are, and how long.
    pub(super) cue: (usize, usize),
}

/// The participants of the event of kind `kind` that `reading` tells of; `earlier` is where
/// words name an event told before.
pub(super) fn participants(
    reading: &Reading,
    kind: EventKind,
    earlier: Option<std::ops::Range<usize>>,
    everyone: &[Actor],
) -> Vec<String> {
    let Reading {
        words,
        lower,
        named,
        quoted,
        cue: (cue_at, cue_len),
    } = *reading;
    // A statement's participants are who speaks: named before its words ("Zelensky said"),
    // or just after them ("said Witkoff") when no one is named before.
    let speakers: Vec<&(String, usize)> = match kind {
        EventKind::Statement => {
            // Not who a quotation before the verb tells of: in `Russia "took a lot of land,"
            // he said`, he speaks.
            let quotes_between = |at: usize| quoted.iter().any(|q| q.start > at && q.end < cue_at);
            let mut before: Vec<_> = named.iter().filter(|(_, at)| *at < cue_at).collect();
            if before.iter().any(|(_, at)| !quotes_between(*at)) {
                before.retain(|(_, at)| !quotes_between(*at));
            }
            // Nor who the words reported name: in "Russia is ready to agree to the ceasefire,
            // Putin said", Putin speaks.
            let attributed = before
                .iter()
                .rev()
                .take_while(|(_, at)| !lower[*at..cue_at].contains(','))
                .last()
                .filter(|(_, at)| words[..*at].trim_end().ends_with(','))
                .map(|(_, at)| *at);
            if let Some(from) = attributed {
                before.retain(|(_, at)| *at >= from);
            }
            match before.is_empty() {
                true => named
                    .iter()
                    .filter(|(_, at)| *at <= cue_at + cue_len + 12)
                    .take(1)
                    .collect(),
                false => before,
            }
        }
        _ => named.iter().collect(),
    };
    // "…will be carried out by Secretary of State Marco Rubio, … and Mike Waltz": whom a
    // statement names to do what it announces takes part in it.
    let appointed: Vec<&(String, usize)> = match kind {
        EventKind::Statement => APPOINTS
            .iter()
            .filter_map(|cue| lower.find(cue))
            .min()
            .map(|from| named.iter().filter(|(_, at)| *at > from).collect())
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    let speakers = speakers.into_iter().chain(appointed);
    // "Trump's special envoy Steve Witkoff": the one whose envoy it is does not take part.
    let employs = |at: usize| {
        let rest = &words[at..];
        let name_end = rest
            .find(['’', '\''])
            .filter(|&p| rest[p..].starts_with("’s ") || rest[p..].starts_with("'s "));
        name_end
            .is_some_and(|p| !rest[..p].contains(' ') || rest[..p].split_whitespace().count() <= 3)
            && named.iter().any(|(_, other)| {
                let gap = other.saturating_sub(at);
                *other > at && gap < 60 && !words[at..*other].contains([',', '.', ';'])
            })
    };
    let actor = |id: &str| everyone.iter().find(|a| a.id == id);
    let attribution = attribution(reading);
    // Not who words naming an earlier event name ("after speaking with Putin"), nor who a
    // clause set aside names ("Trump, who has often criticized Zelensky, said"), nor who it
    // happens without.
    // Nor who a phrase before the event names when it dates it by another: "Nearly four
    // years after Russian President Vladimir Putin’s invasion, Ukrainians are facing…".
    let fronted = lower[..cue_at].find(',').filter(|&comma| {
        lower[..comma]
            .split_whitespace()
            .take(5)
            .any(|w| matches!(w, "after" | "since" | "following" | "before"))
    });
    let earlier_only = |at: usize| {
        earlier.as_ref().is_some_and(|r| r.contains(&at)) || fronted.is_some_and(|f| at < f)
    };
    let asides: Vec<std::ops::Range<usize>> = [", who ", ", which "]
        .iter()
        .flat_map(|cue| lower.match_indices(cue))
        .map(|(at, cue)| {
            let from = at + cue.len();
            from..lower[from..]
                .find([',', '.', ';'])
                .map_or(lower.len(), |n| from + n)
        })
        .collect();
    let aside =
        |at: usize| asides.iter().any(|r| r.contains(&at)) || governing(words, at) == "without";
    // "Kremlin aide Yuri Ushakov", "Ukraine’s senior negotiator Umerov": the body before a
    // person's role is whom they serve, not a participant of its own.
    let serves = |id: &str, at: usize| {
        actor(id).is_some_and(|a| a.kind != ActorKind::Person)
            && named.iter().any(|(id, other)| {
                let between = words.get(at..*other).unwrap_or("");
                *other > at
                    && other - at < 50
                    && actor(id).is_some_and(|a| a.kind == ActorKind::Person)
                    && !between.contains([',', '.', ';', ':'])
                    && between
                        .split_whitespace()
                        .skip(1)
                        .all(|w| !FUNCTION_WORDS.contains(&w))
            })
    };
    // Who reports the event is its source, not a participant: "…this week, Steve Witkoff,
    // Trump’s special envoy, said on March 16", "Witkoff also said that the U.S. is holding
    // discussions" (but "Zelensky said that he … held"), and who a clause of its own after
    // the event names: "…for a meeting with Putin, and Zelensky said he expects Umerov to
    // brief him".
    let told_by = told_that(reading);
    let clause_after = |at: usize| {
        [", and ", "; ", ", but "].iter().any(|cut| {
            lower[cue_at..at].match_indices(cut).any(|(n, cut)| {
                let subject = cue_at + n + cut.len();
                named.iter().any(|(_, m)| *m == subject) && opens_clause(&words[subject..])
            })
        })
    };
    let elsewhere = |at: usize| {
        kind != EventKind::Statement
            && (told_by.is_some_and(|said| at < said)
                || at > cue_at
                    && (attribution.as_ref().is_some_and(|r| r.contains(&at)) || clause_after(at)))
    };
    let mut actors: Vec<String> = Vec::new();
    for (id, at) in speakers {
        let away =
            employs(*at) || earlier_only(*at) || aside(*at) || serves(id, *at) || elsewhere(*at);
        if !away && !actors.contains(id) {
            actors.push(id.clone());
        }
    }
    // A state is a participant when no person speaks for it, and not when it is where or
    // what the event is about: "the war in Ukraine", "talks between Russia and Ukraine",
    // "the Russia-Ukraine war".
    let about = |at: usize| {
        let word = words[at..]
            .split_whitespace()
            .find(|w| *w != "the")
            .unwrap_or("");
        word.contains('-')
            || words[..at].ends_with('-')
            || matches!(
                governing(words, at),
                "in" | "of" | "on" | "against" | "about" | "over" | "into" | "between"
            )
    };
    let represented = |state: &Actor| {
        actors.iter().any(|id| {
            actor(id).is_some_and(|a| a.kind == ActorKind::Person && a.side == state.side)
        })
    };
    let dropped: Vec<String> = named
        .iter()
        .filter(|(id, at)| {
            actor(id).is_some_and(|a| a.kind == ActorKind::State && (about(*at) || represented(a)))
        })
        .map(|(id, _)| id.clone())
        .collect();
    if dropped.len() < actors.len() {
        actors.retain(|id| !dropped.contains(id));
    }
    if actors.is_empty() {
        actors.push(named[0].0.clone());
    }
    actors
}

/// Words after which a statement names whom it gives a part to do.
const APPOINTS: &[&str] = &["carried out by ", "led by ", "headed by ", "conducted by "];

/// Whether words that start with a name go on with a verb, as a clause does ("Zelensky said he
/// expects"), not with more of a list ("European allies, including France").
pub(super) fn opens_clause(words: &str) -> bool {
    let mut name_ends = false;
    for word in words.split_whitespace() {
        if word.chars().next().is_some_and(char::is_uppercase) {
            // "Ukraine’s senior negotiator Umerov" is a name, not a subject.
            if word.ends_with("’s") || word.ends_with("'s") {
                return false;
            }
            name_ends = word.ends_with([',', ';', ':', '.']);
            continue;
        }
        return !name_ends
            && word.chars().all(char::is_alphabetic)
            && !FUNCTION_WORDS.contains(&word);
    }
    false
}

/// The word that governs a name at `at`, past the names and titles listed with it: "without"
/// in "without Ukrainian President Volodymyr Zelenskyy", "between" in "between Russia and
/// Ukraine".
fn governing(words: &str, at: usize) -> &str {
    words[..at]
        .split_whitespace()
        .rev()
        .find(|w| !matches!(*w, "and" | "or") && !w.chars().next().is_some_and(char::is_uppercase))
        .unwrap_or("")
}
