//! Who tells of a sentence's event, and when. A teller is its source, not a participant; a
//! teller who says when is a statement of its own, beside the event it reports: "…this week,
//! Steve Witkoff said on March 16" after the event, "Zelensky said on Dec. 6 that he … held a
//! call" before it.

use super::dates::{date_in, Dating, Tense};
use super::participants::Reading;
use super::quotes::SPEECH;
use super::DraftEvent;
use crate::date::{DateRule, Day};
use crate::model::{EventKind, Status, TextRange};

/// "…this week, Steve Witkoff, Trump’s special envoy, said on March 16": the words before the
/// comma are the event, so its excerpt is cut there; the whole sentence is the statement,
/// dated by its own words.
pub(super) fn said_after(
    event: &mut DraftEvent,
    reading: &Reading,
    sentence: TextRange,
    published: Day,
) -> Option<DraftEvent> {
    let words = reading.words;
    let by = attribution(reading)?;
    let clause = words[..by.start].trim_end().strip_suffix(',')?;
    let said = date_in(&words[by.start..], Tense::Past, published, None, 0)?;
    let speaker = reading.named.iter().find(|(_, at)| *at == by.start)?;
    if !clause.contains(&event.phrase) {
        return None;
    }
    event.excerpts = vec![prefix(sentence, clause.len())];
    statement(sentence, said, &speaker.0, published)
}

/// "President Volodymyr Zelensky said on Dec. 6 that he together with Ukraine negotiators held
/// a … phone conversation": what the speakers tell of their own doing happened on or before
/// the day they told it, which is the day of the statement, cited up to its date. Of another's
/// doing ("said on Thursday that Putin had agreed") the day stays the telling's.
pub(super) fn said_before(
    event: &mut DraftEvent,
    reading: &Reading,
    sentence: TextRange,
    published: Day,
) -> Option<DraftEvent> {
    let (words, lower, cue_at) = (reading.words, reading.lower, reading.cue.0);
    let day = event.date.start.filter(|&d| event.date.end == Some(d))?;
    let at = words.find(&event.phrase)?;
    let end = at + event.phrase.len();
    let before = lower[..at].trim_end();
    let verb = SPEECH.iter().find(|verb| before.ends_with(*verb))?;
    let verb_at = before.len() - verb.len();
    let own = ["that he ", "that she ", "that they ", "that we "]
        .iter()
        .any(|opening| lower[end..].trim_start().starts_with(opening));
    if !own || cue_at < end {
        return None;
    }
    let (speaker, _) = reading.named.iter().rfind(|(_, n)| *n < verb_at)?;
    let told = Dating {
        rule: event.rule.clone(),
        phrase: event.phrase.clone(),
    };
    event.rule = DateRule::OnOrBefore { day };
    event.phrase = words[verb_at..end].to_string();
    event.date = event.rule.resolve(&event.phrase, published).ok()?;
    statement(prefix(sentence, end), told, speaker, published)
}

/// The first `len` bytes of `sentence`.
fn prefix(sentence: TextRange, len: usize) -> TextRange {
    TextRange::new(sentence.start as usize, sentence.start as usize + len)
}

/// What `speaker` said in `excerpt`, dated by `said`; its id is the caller's to give.
fn statement(
    excerpt: TextRange,
    said: Dating,
    speaker: &str,
    published: Day,
) -> Option<DraftEvent> {
    Some(DraftEvent {
        id: String::new(),
        title: None,
        excerpts: vec![excerpt],
        date: said.rule.resolve(&said.phrase, published).ok()?,
        rule: said.rule,
        phrase: said.phrase,
        kind: EventKind::Statement,
        status: Status::Held,
        actors: vec![speaker.to_string()],
        place: None,
        matches: None,
    })
}

/// Where the verb of speech is in "Witkoff also said that the U.S. is holding discussions",
/// before the event's words and followed by "that" and a name: who is named before it told
/// of the event. Not in "Zelensky said on Dec. 6 that he … held", where the teller did it.
pub(super) fn told_that(reading: &Reading) -> Option<usize> {
    let Reading {
        lower,
        named,
        cue: (cue_at, _),
        ..
    } = *reading;
    let that = lower[..cue_at].find(" that ")?;
    let subject = that + " that ".len();
    let said = SPEECH
        .iter()
        .filter_map(|verb| lower[..that].rfind(verb))
        .max()?;
    let between = &lower[said..that];
    let only_when = !between.contains(['.', ';']) && between.split_whitespace().count() <= 8;
    (only_when && named.iter().any(|(_, at)| *at == subject)).then_some(said)
}

/// Who reports what the sentence tells, after it: from the name to the verb of speech in
/// "…this week, Steve Witkoff, Trump’s special envoy, said on March 16".
pub(super) fn attribution(reading: &Reading) -> Option<std::ops::Range<usize>> {
    let Reading {
        words,
        lower,
        named,
        cue: (cue_at, _),
        ..
    } = *reading;
    named
        .iter()
        .filter(|(_, at)| *at > cue_at && words[..*at].trim_end().ends_with(','))
        .find_map(|(_, at)| {
            let (said, len) = SPEECH
                .iter()
                .filter_map(|verb| lower[*at..].find(verb).map(|n| (at + n, verb.len())))
                .min()?;
            (!lower[*at..said].contains(['.', ';'])).then_some(*at..said + len)
        })
}
