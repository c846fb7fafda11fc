//! Text helpers shared by the build (sentences, mentions) and the app (search).

use crate::model::TextRange;

/// Folds text for search: lowercase, Latin diacritics removed, typographic quotes and every
/// form of the apostrophe made plain, ё read as е and ґ as г, and doubled letters collapsed,
/// so that "Zelenskyy" and "Zelensky", «перемир’я» and «перемирʼя» fold alike. Applied to both
/// the query and the text, so it never loses a match, only adds near ones.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    let mut previous = None;
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = strip_diacritic(c);
        if Some(c) == previous && c.is_alphabetic() {
            continue;
        }
        previous = Some(c);
        folded.push(c);
    }
    folded
}

fn strip_diacritic(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
        'ł' | 'ľ' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' => 's',
        'ť' | 'ţ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        '‘' | '’' | '′' | 'ʼ' | '`' => '\'',
        'ё' => 'е',
        'ґ' => 'г',
        '“' | '”' => '"',
        '–' | '—' => '-',
        other => other,
    }
}

/// Whether every whitespace-separated term of the folded query occurs in the folded haystack.
pub fn matches_all_terms(folded_haystack: &str, folded_query: &str) -> bool {
    folded_query
        .split_whitespace()
        .all(|term| folded_haystack.contains(term))
}

/// Words that end in a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "U.S", "U.K", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Mr",
    "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Sen", "Rep", "No", "vs",
];

/// Splits the given ranges of `text` into sentences. A sentence ends at a line break, or at
/// `.`, `!` or `?` (with any closing quotes) followed by a space and a capital, digit or
/// opening quote, unless the full stop ends an abbreviation such as "U.S." or "Dec.".
pub fn sentences(text: &str, ranges: &[TextRange]) -> Vec<TextRange> {
    let mut out = Vec::new();
    for range in ranges {
        let (base, slice) = (range.start as usize, range.slice(text));
        let mut start = 0;
        let bytes = slice.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let end_here = match bytes[i] {
                b'\n' => Some(i),
                b'.' | b'!' | b'?' => sentence_end_after(slice, i),
                _ => None,
            };
            if let Some(end) = end_here {
                push_trimmed(&mut out, slice, base, start, end);
                start = end;
                i = end.max(i + 1);
            } else {
                i += 1;
            }
        }
        push_trimmed(&mut out, slice, base, start, slice.len());
    }
    out
}

/// If the punctuation at `i` ends a sentence, the byte where that sentence ends.
fn sentence_end_after(slice: &str, i: usize) -> Option<usize> {
    let rest = &slice[i + 1..];
    let closing: usize = rest
        .chars()
        .take_while(|c| matches!(c, '"' | '”' | '’' | '\'' | ')'))
        .map(char::len_utf8)
        .sum();
    let end = i + 1 + closing;
    let after = &slice[end..];
    let mut chars = after.chars();
    if chars.next() != Some(' ') {
        return None;
    }
    let next = chars.next()?;
    if !(next.is_uppercase() || next.is_ascii_digit() || matches!(next, '"' | '“' | '‘' | '\''))
    {
        return None;
    }
    if slice.as_bytes()[i] == b'.' {
        let word_start = slice[..i]
            .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"')
            .map_or(0, |p| p + 1);
        let word = &slice[word_start..i];
        let is_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
        if is_initial || ABBREVIATIONS.contains(&word) {
            return None;
        }
    }
    Some(end)
}

fn push_trimmed(out: &mut Vec<TextRange>, slice: &str, base: usize, start: usize, end: usize) {
    let piece = &slice[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let s = base + start + lead;
        out.push(TextRange::new(s, s + trimmed.len()));
    }
}

/// Every place where `needle` occurs in `text` as whole words: not preceded or followed by a
/// letter or digit. A following possessive ('s, ’s) still counts as a boundary.
pub fn find_words(text: &str, needle: &str) -> Vec<usize> {
    let is_word = |c: char| c.is_alphanumeric();
    text.match_indices(needle)
        .map(|(at, _)| at)
        .filter(|&at| {
            let before_ok = text[..at].chars().next_back().is_none_or(|c| !is_word(c));
            let after_ok = text[at + needle.len()..]
                .chars()
                .next()
                .is_none_or(|c| !is_word(c));
            before_ok && after_ok
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_ignores_case_diacritics_and_doubled_letters() {
        assert_eq!(fold("Zelenskyy"), fold("zelensky"));
        assert_eq!(fold("Türkiye"), "turkiye");
        assert_eq!(fold("Trump’s"), "trump's");
        assert_eq!(fold("ПЕРЕМИР’Я"), fold("перемирʼя"));
        assert_eq!(fold("перемир`я"), fold("перемир'я"));
        assert_eq!(fold("Зелёный"), "зеленый");
        assert_eq!(fold("Ґудзик"), "гудзик");
        assert_eq!(fold("Київ"), "київ");
        assert!(matches_all_terms(
            &fold("President Volodymyr Zelenskyy wrote on X"),
            &fold("zelensky X")
        ));
        assert!(!matches_all_terms(&fold("Putin"), &fold("putin crimea")));
    }

    /// The sentences of the whole of `text`.
    fn split(text: &str) -> Vec<&str> {
        let whole = [TextRange::new(0, text.len())];
        sentences(text, &whole)
            .iter()
            .map(|r| r.slice(text))
            .collect()
    }

    #[test]
    fn sentences_skip_abbreviations_and_keep_quotes() {
        let text = "U.S. President Donald Trump spoke on Dec. 6. \"We agreed,\" he said. Then he left.\nNew line here";
        let got = split(text);
        assert_eq!(
            got,
            vec![
                "U.S. President Donald Trump spoke on Dec. 6.",
                "\"We agreed,\" he said.",
                "Then he left.",
                "New line here"
            ]
        );
    }

    #[test]
    fn sentences_skip_initials_and_abbreviations_after_a_bracket_or_quote() {
        let text = "Donald J. Trump spoke (Gen. Kellogg listened) at length. He joined NATO. \"Dr. Who,\" he said. Then it ended.";
        let got = split(text);
        assert_eq!(
            got,
            vec![
                "Donald J. Trump spoke (Gen. Kellogg listened) at length.",
                "He joined NATO.",
                "\"Dr. Who,\" he said.",
                "Then it ended."
            ]
        );
    }

    #[test]
    fn sentences_end_after_closing_quote() {
        let text = "He said it was “very useful.” Then talks ended.";
        let got = split(text);
        assert_eq!(
            got,
            vec!["He said it was “very useful.”", "Then talks ended."]
        );
    }

    #[test]
    fn find_words_respects_boundaries_and_possessives() {
        let text = "Russia’s war; Russian troops; Russia-Ukraine; Russia.";
        assert_eq!(find_words(text, "Russia").len(), 3);
        assert_eq!(find_words("Trump's son-in-law", "Trump").len(), 1);
        assert!(find_words("Trumpet", "Trump").is_empty());
    }
}
