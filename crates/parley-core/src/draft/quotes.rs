//! Quotations in a sentence: where they are, who said them and where.

use super::dates::names_time;

/// Verbs that report speech: a quotation's speaker is named just before or after them.
pub(super) const SPEECH: &[&str] = &[
    "said",
    "told",
    "wrote",
    "says",
    "added",
    "stated",
    "claimed",
    "noted",
    "confirmed",
    "announced",
];

/// The byte spans, within `sentence`, of the words inside quotation marks (“…”, "…"). A
/// sentence may start inside a quotation that an earlier one opened: `And I want peace,"
/// Trump told reporters.` quotes its words up to the first mark, which closes.
pub(super) fn quoted_spans(sentence: &str) -> Vec<std::ops::Range<usize>> {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in sentence.char_indices() {
        let first = spans.is_empty() && open.is_none();
        let closes = sentence[..i].ends_with([',', '.', '?', '!'])
            && sentence[i + c.len_utf8()..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace);
        match (c, open) {
            ('“', _) => open = Some(i + c.len_utf8()),
            ('”', Some(start)) => {
                spans.push(start..i);
                open = None;
            }
            ('”' | '"', None) if first && closes => spans.push(0..i),
            ('"', None) => open = Some(i + 1),
            ('"', Some(start)) => {
                spans.push(start..i);
                open = None;
            }
            _ => {}
        }
    }
    spans
        .into_iter()
        .map(|r| {
            let inner = &sentence[r.clone()];
            let trimmed = inner.trim_end_matches([',', '.', ' ']);
            r.start..r.start + trimmed.len()
        })
        .filter(|r| !r.is_empty())
        .collect()
}

/// Who said the quotation at `at`: the actor named nearest after it with a verb of speech
/// ("…,” Trump said), else the first named before it.
pub(super) fn speaker(sentence: &str, named: &[(String, usize)], at: usize) -> Option<String> {
    let lower = sentence.to_lowercase();
    named
        .iter()
        .filter(|(_, p)| *p > at)
        .find(|(_, p)| {
            SPEECH.iter().any(|v| {
                lower[*p..]
                    .split_whitespace()
                    .take(4)
                    .any(|w| w.starts_with(v))
            })
        })
        .or_else(|| named.iter().rev().find(|(_, p)| *p < at))
        .or(named.first())
        .map(|(id, _)| id.clone())
}

/// Whether a sentence says where its words were said: a medium, or "in a post on social
/// media", "in an interview".
pub(super) fn names_occasion(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    medium(sentence).is_some()
        || ["a post on", "interview", "press conference"]
            .iter()
            .any(|o| lower.contains(o))
}

/// Where the words were said: "told CNN", "wrote on X", "in an interview with Fox News"; not
/// when ("said on Dec. 6").
pub(super) fn medium(sentence: &str) -> Option<String> {
    for cue in [
        "told ",
        "wrote on ",
        "posted on ",
        "in an interview with ",
        "on ",
        "cited by ",
    ] {
        if let Some(at) = sentence.find(cue) {
            let rest = &sentence[at + cue.len()..];
            let name: Vec<&str> = rest
                .split_whitespace()
                .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
                .take(3)
                .collect();
            if !name.is_empty() {
                let name = name.join(" ");
                let name = name.trim_end_matches([',', '.', ';', ':']);
                if !matches!(name, "He" | "She" | "The" | "It") && !names_time(name) {
                    return Some(name.to_string());
                }
            }
        }
    }
    None
}
