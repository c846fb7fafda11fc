use super::*;

/// Entries that read the same in every language: names and formats, not words.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &[
    "gathered_mark",
    "span",
    "month_year",
    "story_of",
    "page_title",
];

fn blanks(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

fn cyrillic(text: &str) -> bool {
    text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

#[test]
fn every_entry_is_translated_with_the_same_blanks() {
    let english = Lang::En.t().entries();
    for lang in [Lang::Uk, Lang::Ru] {
        let entries = lang.t().entries();
        assert_eq!(entries.len(), english.len());
        for ((name, en), (_, words)) in english.iter().zip(&entries) {
            assert_eq!(en.len(), words.len(), "{name}");
            for (en, word) in en.iter().zip(words) {
                assert_eq!(
                    blanks(en),
                    blanks(word),
                    "{name} in {}: {word}",
                    lang.code()
                );
                let words_only = word.replace(|c: char| !c.is_alphabetic(), "");
                if !SAME_IN_EVERY_LANGUAGE.contains(name) && !words_only.is_empty() {
                    // "id", "CSV" and the like are the schema's own names.
                    let foreign = !cyrillic(word) && word != en;
                    assert!(
                        cyrillic(word)
                            || foreign
                            || words_only.chars().all(|c| c.is_ascii_uppercase())
                            || *word == "id",
                        "'{name}' is still English in {}: {word}",
                        lang.code()
                    );
                }
            }
        }
    }
}

#[test]
fn no_translated_entry_is_left_in_english() {
    for lang in [Lang::Uk, Lang::Ru] {
        for ((name, en), (_, words)) in Lang::En.t().entries().iter().zip(lang.t().entries()) {
            for (en, word) in en.iter().zip(&words) {
                let has_words = en.chars().filter(|c| c.is_ascii_lowercase()).count() > 2;
                if has_words && !SAME_IN_EVERY_LANGUAGE.contains(name) && *en != "id" {
                    assert!(
                        cyrillic(word),
                        "'{name}' has no {} words: {word}",
                        lang.code()
                    );
                }
            }
        }
    }
}

#[test]
fn plural_forms_follow_cldr() {
    use Category::*;
    let table = [
        (0, Many, Many),
        (1, One, One),
        (2, Many, Few),
        (4, Many, Few),
        (5, Many, Many),
        (11, Many, Many),
        (12, Many, Many),
        (14, Many, Many),
        (21, Many, One),
        (22, Many, Few),
        (25, Many, Many),
        (101, Many, One),
        (111, Many, Many),
        (112, Many, Many),
        (122, Many, Few),
    ];
    for (n, en, slavic) in table {
        assert_eq!(Lang::En.plural(n), en, "{n} in English");
        assert_eq!(Lang::Uk.plural(n), slavic, "{n} in Ukrainian");
        assert_eq!(Lang::Ru.plural(n), slavic, "{n} in Russian");
    }
}

#[test]
fn counts_read_right() {
    let events = |lang: Lang, n| lang.count(n, &lang.t().events);
    assert_eq!(events(Lang::En, 1), "1 event");
    assert_eq!(events(Lang::En, 21), "21 events");
    assert_eq!(events(Lang::Uk, 1), "1 подія");
    assert_eq!(events(Lang::Uk, 3), "3 події");
    assert_eq!(events(Lang::Uk, 5), "5 подій");
    assert_eq!(events(Lang::Uk, 11), "11 подій");
    assert_eq!(events(Lang::Uk, 21), "21 подія");
    assert_eq!(events(Lang::Ru, 22), "22 события");
    assert_eq!(events(Lang::Ru, 100_000), "100\u{a0}000 событий");
}

#[test]
fn numbers_group_as_each_language_writes_them() {
    assert_eq!(Lang::En.number(7), "7");
    assert_eq!(Lang::En.number(1000), "1,000");
    assert_eq!(Lang::En.number(100_000), "100,000");
    assert_eq!(Lang::En.number(1_234_567), "1,234,567");
    assert_eq!(Lang::Uk.number(5000), "5000");
    assert_eq!(Lang::Uk.number(10_000), "10\u{a0}000");
    assert_eq!(Lang::Ru.number(1_234_567), "1\u{a0}234\u{a0}567");
}

#[test]
fn tags_name_languages_by_their_primary_subtag() {
    assert_eq!(Lang::from_tag("uk-UA"), Some(Lang::Uk));
    assert_eq!(Lang::from_tag("RU"), Some(Lang::Ru));
    assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
    assert_eq!(Lang::from_tag("de"), None);
    assert_eq!(Lang::preferred(["de-DE", "ru-RU", "uk"]), Some(Lang::Ru));
    assert_eq!(Lang::preferred(["de", "fr"]), None);
    assert_eq!(Lang::from_code("uk"), Some(Lang::Uk));
    assert_eq!(Lang::from_code("uk-UA"), None);
}

#[test]
fn fill_replaces_named_blanks_and_keeps_the_rest() {
    assert_eq!(fill("{a} and {b}", &[("b", "2"), ("a", "1")]), "1 and 2");
    assert_eq!(fill("{a} {unknown}", &[("a", "1")]), "1 {unknown}");
    assert_eq!(fill("open { brace", &[]), "open { brace");
    assert_eq!(fill("{a}{a}", &[("a", "x")]), "xx");
}

#[test]
fn a_value_ending_in_a_full_stop_takes_the_templates_own() {
    let t = "Первое событие: {first}. Последнее: {last}.";
    let filled = fill(
        t,
        &[("first", "13 февр. 2025 г."), ("last", "31 янв. 2026")],
    );
    assert_eq!(
        filled,
        "Первое событие: 13 февр. 2025 г. Последнее: 31 янв. 2026."
    );
    assert_eq!(fill("{a}, then.", &[("a", "x.")]), "x., then.");
}

#[test]
fn each_language_is_named_in_itself_with_its_code() {
    let named: Vec<(&str, &str)> = Lang::ALL.iter().map(|l| (l.code(), l.name())).collect();
    assert_eq!(
        named,
        [("en", "English"), ("uk", "Українська"), ("ru", "Русский")]
    );
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
    }
    assert_eq!(Lang::default(), Lang::En);
}

#[test]
fn the_catalogs_entries_give_every_word_of_every_entry() {
    let entries = Lang::Uk.t().entries();
    let find = |name: &str| {
        entries
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, w)| w.clone())
    };
    // A plain entry, a count's three forms, a list's every item.
    assert_eq!(find("pick"), Some(vec!["Вибрати"]));
    assert_eq!(
        find("events"),
        Some(vec!["{n} подія", "{n} події", "{n} подій"])
    );
    assert_eq!(find("months").map(|m| m.len()), Some(12));
    assert_eq!(find("weekdays").map(|d| d[6]), Some("неділя"));
    assert!(entries.len() > 150, "{} entries", entries.len());
}
