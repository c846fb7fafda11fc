//! Search without reading every event's text on every keystroke.
//!
//! A query term never contains whitespace, so wherever it occurs in an event's folded text, it
//! occurs inside one whitespace-free chunk of it. The index keeps each distinct chunk once,
//! with the events it appears in; a term is searched in the chunks (far less text than the
//! events, since chunks repeat) and its events are the union of the matching chunks' events.
//! The result is exactly [`crate::text::matches_all_terms`] on every event, only faster.

use crate::bits::Bits;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Serialize, Deserialize)]
pub struct TextIndex {
    /// Every distinct chunk, each followed by a line break, which no term contains.
    chunks: String,
    /// Where each chunk starts in `chunks`, increasing.
    starts: Vec<usize>,
    /// The events of chunk `c` are `events[offsets[c]..offsets[c + 1]]`, unless `c` is one of
    /// the `common` chunks: flat lists, so that decoding a baked index allocates little.
    offsets: Vec<u32>,
    events: Vec<u32>,
    /// Chunks in so many events that a bit set is smaller than a list: `(chunk, events)`,
    /// ordered by chunk.
    common: Vec<(usize, Bits)>,
    len: usize,
}

impl TextIndex {
    /// Indexes one folded text per event, in event order.
    pub fn new(folded_texts: &[String]) -> TextIndex {
        let len = folded_texts.len();
        let mut ids: HashMap<&str, usize> = HashMap::new();
        let mut chunks = String::new();
        let mut starts = Vec::new();
        let mut lists: Vec<Vec<u32>> = Vec::new();
        for (event, text) in folded_texts.iter().enumerate() {
            let event = u32::try_from(event).expect("fewer than 2^32 events");
            for chunk in text.split_whitespace() {
                let id = *ids.entry(chunk).or_insert_with(|| {
                    starts.push(chunks.len());
                    chunks.push_str(chunk);
                    chunks.push('\n');
                    lists.push(Vec::new());
                    lists.len() - 1
                });
                if lists[id].last() != Some(&event) {
                    lists[id].push(event);
                }
            }
        }
        let mut index = TextIndex {
            chunks,
            starts,
            offsets: vec![0],
            events: Vec::new(),
            common: Vec::new(),
            len,
        };
        for (chunk, list) in lists.into_iter().enumerate() {
            if list.len() * 32 > len {
                let positions = list.into_iter().map(|e| e as usize);
                index
                    .common
                    .push((chunk, Bits::from_positions(len, positions)));
            } else {
                index.events.extend(list);
            }
            let end = u32::try_from(index.events.len()).expect("fewer than 2^32 postings");
            index.offsets.push(end);
        }
        index
    }

    /// The events whose text contains every whitespace-separated term of `folded_query`, or
    /// `None` when the query has no term (every event matches).
    pub fn matching(&self, folded_query: &str) -> Option<Bits> {
        folded_query
            .split_whitespace()
            .map(|term| self.matching_term(term))
            .reduce(|mut all, term| {
                all.intersect_with(&term);
                all
            })
    }

    fn matching_term(&self, term: &str) -> Bits {
        let mut found = Bits::empty(self.len);
        let mut from = 0;
        while let Some(offset) = self.chunks[from..].find(term) {
            let chunk = self.starts.partition_point(|&s| s <= from + offset) - 1;
            match self.common.binary_search_by_key(&chunk, |(c, _)| *c) {
                Ok(at) => found.union_with(&self.common[at].1),
                Err(_) => {
                    let (start, end) = (self.offsets[chunk], self.offsets[chunk + 1]);
                    for &event in &self.events[start as usize..end as usize] {
                        found.insert(event as usize);
                    }
                }
            }
            // One hit is enough for a chunk: go on from the next one.
            match self.starts.get(chunk + 1) {
                Some(&next) => from = next,
                None => break,
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{fold, matches_all_terms};

    #[test]
    fn matches_exactly_where_the_text_contains_every_term() {
        let texts: Vec<String> = [
            "Witkoff met Putin in Moscow.",
            "Zelenskyy spoke to Witkoff by phone",
            "the 28-point plan, revised",
            "",
            "putin putin putin",
        ]
        .iter()
        .map(|t| fold(t))
        .collect();
        let index = TextIndex::new(&texts);
        for query in [
            "putin",
            "witkoff putin",
            "tin",
            "28-point",
            "point plan,",
            "zelensky",
            "moscow.",
            "t",
            "absent",
            "plan, revised",
        ] {
            let query = fold(query);
            let expected: Vec<usize> = (0..texts.len())
                .filter(|&i| matches_all_terms(&texts[i], &query))
                .collect();
            let found: Vec<usize> = index.matching(&query).unwrap().positions().collect();
            assert_eq!(found, expected, "{query}");
        }
        assert!(index.matching("  ").is_none());
    }
}
