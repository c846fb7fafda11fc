//! A draft as the draft page shows its article: line by line, the story set apart from the
//! furniture, and in the story each proposed event's sentences, the words that date it and
//! each actor's mentions marked.

use super::Draft;
use crate::model::TextRange;

/// A stretch of a line with the same marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    /// The proposed event whose excerpt this is, by position in [`Draft::events`].
    pub event: Option<usize>,
    /// Words that date that event.
    pub date: bool,
    /// The actor these words name.
    pub actor: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// 1-based, as `story_lines` counts.
    pub number: usize,
    pub story: bool,
    pub pieces: Vec<Piece>,
}

/// The article's lines, each cut where a mark starts or ends.
pub fn reading(text: &str, draft: &Draft) -> Vec<Line> {
    let events: Vec<(TextRange, usize)> = draft
        .events
        .iter()
        .enumerate()
        .flat_map(|(n, e)| e.excerpts.iter().map(move |r| (*r, n)))
        .collect();
    let dates: Vec<TextRange> = draft
        .events
        .iter()
        .filter_map(|e| {
            e.excerpts.iter().find_map(|excerpt| {
                let at = excerpt.slice(text).find(&e.phrase)? + excerpt.start as usize;
                Some(TextRange::new(at, at + e.phrase.len()))
            })
        })
        .collect();
    let mut lines = Vec::new();
    let mut start = 0;
    for (n, line) in text.split('\n').enumerate() {
        let number = n + 1;
        let story = draft.story.iter().any(|[a, b]| (*a..=*b).contains(&number));
        let end = start + line.len();
        let mut cuts = vec![start, end];
        let inside = |r: &TextRange| (r.start as usize) < end && (r.end as usize) > start;
        let ranges = events
            .iter()
            .map(|(r, _)| *r)
            .chain(dates.iter().copied())
            .chain(draft.mentions.iter().map(|(_, r)| *r))
            .filter(inside);
        for r in ranges {
            cuts.push((r.start as usize).clamp(start, end));
            cuts.push((r.end as usize).clamp(start, end));
        }
        cuts.sort_unstable();
        cuts.dedup();
        let pieces = cuts
            .windows(2)
            .filter(|w| w[0] < w[1] && text.is_char_boundary(w[0]) && text.is_char_boundary(w[1]))
            .map(|w| {
                let (a, b) = (w[0] as u32, w[1] as u32);
                let covers = |r: &TextRange| r.start <= a && b <= r.end;
                Piece {
                    text: text[w[0]..w[1]].to_string(),
                    event: events.iter().find(|(r, _)| covers(r)).map(|(_, n)| *n),
                    date: dates.iter().any(covers),
                    actor: draft
                        .mentions
                        .iter()
                        .find(|(_, r)| covers(r))
                        .map(|(id, _)| id.clone()),
                }
            })
            .collect();
        lines.push(Line {
            number,
            story,
            pieces,
        });
        start = end + 1;
    }
    lines
}
