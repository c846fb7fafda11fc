//! The mention index: every place in a story where an actor is named, by any alias.
//!
//! Where aliases overlap ("Kremlin spokesperson Dmitry Peskov" and "Kremlin"), the longest
//! wins, so each stretch of text names one actor. Possessives ("Trump’s") count as mentions.

use crate::model::{Actor, Document, Mention, TextRange};
use crate::text::find_words;

pub fn index(documents: &[Document], actors: &[Actor]) -> Vec<Mention> {
    let mut mentions = Vec::new();
    for doc in documents {
        let mut candidates: Vec<(TextRange, &str)> = Vec::new();
        for actor in actors {
            for alias in &actor.aliases {
                for at in find_words(&doc.text, alias) {
                    let range = TextRange::new(at, at + alias.len());
                    if doc.is_story(range) {
                        candidates.push((range, &actor.id));
                    }
                }
            }
        }
        // Longest first, then earliest; keep those that do not overlap a kept one.
        candidates.sort_by_key(|(r, id)| (std::cmp::Reverse(r.end - r.start), r.start, *id));
        let mut kept: Vec<(TextRange, &str)> = Vec::new();
        for (range, id) in candidates {
            if kept
                .iter()
                .all(|(k, _)| range.end <= k.start || range.start >= k.end)
            {
                kept.push((range, id));
            }
        }
        kept.sort_by_key(|(r, _)| r.start);
        mentions.extend(kept.into_iter().map(|(range, id)| Mention {
            actor: id.to_string(),
            document: doc.id.clone(),
            range,
            sentence: doc.sentence_of(range),
        }));
    }
    mentions
}
