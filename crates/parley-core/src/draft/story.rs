//! Which lines of a captured page are the story: paragraphs of prose, with the headings
//! between them, and none of the page's furniture (promotions, bios, cookie notices, captions,
//! other stories' headlines, a paragraph captured twice).

/// Words that mark a line as furniture wherever they appear, lowercased.
const FURNITURE: &[&str] = &[
    "newsletter",
    "sign up",
    "subscribe",
    "cookie",
    "privacy policy",
    "terms of use",
    "all rights reserved",
    "advertisement",
    "read more",
    "read also",
    "related:",
    "most popular",
    "click here",
    "follow us",
    "contact us",
    "members on board",
    "chose to be part of",
    "support independent",
    "become a member",
    "delivered directly to your inbox",
    "journalism career",
    "worked as",
    "joined the",
    "is a reporter",
    "is a journalist",
    "is a correspondent",
    "is an editor",
    "photo by",
    "photo shows",
    "pool photograph",
    "photo:",
    "getty images",
    "(photo",
    "min read",
    "copyright",
    "©",
];

/// Lines that, whole, head what a page lists after its story: nothing after them is the story.
const ENDS: &[&str] = &[
    "read more",
    "related articles",
    "related stories",
    "related",
    "more stories",
    "more from",
    "recommended",
];

/// A line of prose: enough words, and ending as a sentence ends.
fn is_prose(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let ends = line
        .trim_end()
        .trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with(['.', '!', '?']);
    words >= 12 && ends
}

fn is_furniture(line: &str) -> bool {
    let lower = line.to_lowercase();
    FURNITURE.iter().any(|cue| lower.contains(cue))
}

/// The story's lines as 1-based inclusive ranges, as `documents.toml` has them: runs of prose
/// lines, joined across up to two short lines between them (a subheading) but never across
/// furniture or a line already seen.
pub fn story_lines(text: &str) -> Vec<[usize; 2]> {
    let mut seen = std::collections::HashSet::new();
    let kinds: Vec<Option<bool>> = text
        .lines()
        .take_while(|line| !ENDS.contains(&line.trim().to_lowercase().as_str()))
        .map(|line| {
            let trimmed = line.trim();
            let repeated = !trimmed.is_empty() && !seen.insert(trimmed);
            match () {
                _ if repeated || is_furniture(trimmed) => Some(false),
                _ if is_prose(trimmed) => Some(true),
                // Neither: a heading, a blank or a short line, story only between story lines.
                _ => None,
            }
        })
        .collect();
    let mut ranges: Vec<[usize; 2]> = Vec::new();
    for (n, kind) in kinds.iter().enumerate() {
        if *kind != Some(true) {
            continue;
        }
        let line = n + 1;
        match ranges.last_mut() {
            Some(last) if line - last[1] <= 3 && kinds[last[1]..n].iter().all(|k| k.is_none()) => {
                last[1] = line
            }
            _ => ranges.push([line, line]),
        }
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_with_its_subheadings_is_the_story_and_furniture_is_not() {
        let text = "Headline of the story\n\
            Sign up for our newsletter to get the news every day in your inbox right now.\n\
            The envoy met the president in the capital on Tuesday, officials said after the talks.\n\
            What happened\n\
            Both sides agreed to meet again next month, the ministry said in a statement on Wednesday.\n\
            Peter has worked as a news writer at the paper since 2008 and covers politics daily.\n\
            The envoy met the president in the capital on Tuesday, officials said after the talks.\n";
        assert_eq!(story_lines(text), vec![[3, 5]]);
    }

    #[test]
    fn nothing_after_the_heading_of_what_a_page_lists_after_its_story_is_the_story() {
        let text = "The envoy met the president in the capital on Tuesday, officials said after the talks.\n\
            Read more\n\
            Russia failed to break the army on the battlefield, and now it is trying another way.\n";
        assert_eq!(story_lines(text), vec![[1, 1]]);
        // Nor is "related" inside a line.
        let text = "The envoy said the matters related to the ceasefire were settled on Tuesday evening.\n\
            Both sides agreed to meet again next month, the ministry said in a statement on Wednesday.\n";
        assert_eq!(story_lines(text), vec![[1, 2]]);
    }
}
