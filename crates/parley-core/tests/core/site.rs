//! The hosted site's files: what each page says of itself (`view::page`), its head, the
//! sitemap, robots.txt and the preview cards (`site`).

use crate::common;

use parley_core::i18n::Lang;
use parley_core::link::Link;
use parley_core::site::{self, SiteUrl, PREVIEW_SIZE};
use parley_core::view::page::{pages, PageMeta};
use proptest::prelude::*;

fn site() -> SiteUrl {
    SiteUrl::new("https://example.org/parley").unwrap()
}

/// The `content` or `href` of the one tag in `head` that has `key="value"`.
fn attr(head: &str, key: &str, value: &str, wanted: &str) -> Vec<String> {
    head.lines()
        .filter(|l| l.contains(&format!("{key}=\"{value}\"")))
        .filter_map(|l| {
            let start = l.find(&format!("{wanted}=\""))? + wanted.len() + 2;
            Some(l[start..start + l[start..].find('"')?].to_string())
        })
        .collect()
}

#[test]
fn a_site_url_is_absolute_and_ends_in_a_slash() {
    assert_eq!(site().as_str(), "https://example.org/parley/");
    assert_eq!(site().path(), "/parley/");
    assert_eq!(SiteUrl::new("http://127.0.0.1:8080").unwrap().path(), "/");
    for bad in [
        "",
        "example.org",
        "/parley/",
        "ftp://x/",
        "https://x/\"><script>",
        "https://x/?q",
    ] {
        assert_eq!(SiteUrl::new(bad), None, "{bad}");
    }
    let event = Link::event("x");
    assert_eq!(
        site().page(&event, Lang::Uk),
        "https://example.org/parley/uk/events/x/"
    );
    assert_eq!(
        site().page(&Link::default(), Lang::En),
        "https://example.org/parley/"
    );
}

#[test]
fn every_view_has_a_page_in_each_language_with_its_own_title() {
    let (data, index) = common::indexed();
    let all = pages(data);
    assert_eq!(
        all.len(),
        6 + data.actors.len() + data.events.len() + data.documents.len()
    );
    for event in &data.events {
        for lang in Lang::ALL {
            let meta = PageMeta::new(data, index, &Link::event(&event.id), lang);
            assert_eq!(meta.title, event.title.get(lang));
            assert_eq!(
                meta.document_title,
                format!("{} · Parley", event.title.get(lang))
            );
            assert_eq!(meta.description, event.summary.get(lang));
        }
    }
    for actor in &data.actors {
        let meta = PageMeta::new(data, index, &Link::actor(&actor.id), Lang::Ru);
        assert_eq!(meta.title, actor.name.get(Lang::Ru));
        for role in &actor.roles {
            assert!(
                meta.description.contains(role.title.get(Lang::Ru)),
                "{}",
                meta.description
            );
        }
    }
    let unknown = PageMeta::new(data, index, &Link::event("nothing"), Lang::Uk);
    assert_eq!(unknown.title, Lang::Uk.t().not_found);
    let filtered = Link::map(parley_core::query::Filter::for_actor("witkoff"));
    let meta = PageMeta::new(data, index, &filtered, Lang::En);
    assert_eq!(
        meta.title,
        "Where it happened: Actors (all of): Steve Witkoff"
    );
}

#[test]
fn each_head_names_its_page_its_alternates_its_preview_and_what_it_is_about() {
    let (data, index) = common::indexed();
    let event = &data.events[7];
    let link = Link::event(&event.id);
    let head = site::head(data, index, &link, Lang::Uk, &site());
    let url = format!("https://example.org/parley/uk/events/{}/", event.id);
    assert_eq!(attr(&head, "rel", "canonical", "href"), [url.as_str()]);
    for (code, prefix) in [("en", ""), ("uk", "uk/"), ("ru", "ru/"), ("x-default", "")] {
        let href = format!("https://example.org/parley/{prefix}events/{}/", event.id);
        assert_eq!(attr(&head, "hreflang", code, "href"), [href], "{code}");
    }
    assert_eq!(attr(&head, "property", "og:url", "content"), [url.as_str()]);
    assert_eq!(
        attr(&head, "property", "og:image", "content"),
        [format!("{url}preview.png")]
    );
    assert_eq!(attr(&head, "property", "og:locale", "content"), ["uk_UA"]);
    let start = head.find("application/ld+json\">").unwrap() + "application/ld+json\">".len();
    let end = head[start..].find("</script>").unwrap() + start;
    let ld: serde_json::Value = serde_json::from_str(&head[start..end]).unwrap();
    assert_eq!(ld["@type"], "Event");
    assert_eq!(ld["name"], event.title.get(Lang::Uk));
    assert_eq!(
        ld["startDate"],
        event.date.start.map(|d| d.to_string()).unwrap()
    );
    assert_eq!(ld["url"], url);
    assert_eq!(ld["attendee"].as_array().unwrap().len(), event.actors.len());
    assert!(ld["subjectOf"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["@type"] == "NewsArticle"));
    // Other pages show the site's preview, in their language.
    let actors = site::head(data, index, &Link::actors(), Lang::Ru, &site());
    let image = attr(&actors, "property", "og:image", "content");
    assert_eq!(image, ["https://example.org/parley/ru/preview.png"]);
}

#[test]
fn text_in_a_head_can_neither_close_its_tag_nor_its_script() {
    let (data, index) = common::indexed();
    let mut data = data.clone();
    data.events[0].title = parley_core::i18n::Text::same("</script><script>alert(1)</script>\"'");
    data.events[0].summary = parley_core::i18n::Text::same("a\" onload=\"alert(1)");
    let head = site::head(
        &data,
        index,
        &Link::event(&data.events[0].id),
        Lang::En,
        &site(),
    );
    assert_eq!(head.matches("</script>").count(), 1, "{head}");
    assert!(!head.contains("<script>alert"));
    let description = attr(&head, "name", "description", "content");
    assert_eq!(description, ["a&quot; onload=&quot;alert(1)"]);
}

#[test]
fn the_sitemap_lists_every_page_in_every_language_with_its_alternates() {
    let (data, _) = common::indexed();
    let all = pages(data);
    let sitemap = site::sitemap(&all, &site());
    assert_eq!(sitemap.matches("<url>").count(), all.len() * 3);
    assert_eq!(sitemap.matches("<xhtml:link").count(), all.len() * 3 * 4);
    for link in &all {
        for lang in Lang::ALL {
            let loc = format!("<loc>{}</loc>", site().page(link, lang));
            assert_eq!(sitemap.matches(&loc).count(), 1, "{loc}");
        }
    }
    assert_eq!(
        site::robots(&site()),
        "User-agent: *\nAllow: /\n\nSitemap: https://example.org/parley/sitemap.xml\n"
    );
}

#[test]
fn a_preview_card_says_what_the_page_is_and_quotes_its_first_source() {
    let (data, _) = common::indexed();
    let event = &data.events[3];
    let svg = site::preview_svg(data, &Link::event(&event.id), Lang::Ru).unwrap();
    assert!(
        svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\"")
    );
    let first_word = event.title.get(Lang::Ru).split_whitespace().next().unwrap();
    assert!(svg.contains(first_word));
    assert!(svg.contains(&data.document(&event.sources[0].document).unwrap().outlet));
    assert!(svg.contains(">Parley</text>"));
    assert_eq!(
        site::preview_svg(data, &Link::event("nothing"), Lang::En),
        None
    );
    assert!(
        site::preview_svg(data, &Link::Claims, Lang::Uk).is_some(),
        "the site's own"
    );
    assert_eq!(PREVIEW_SIZE, (1200, 630));
}

proptest! {
    #[test]
    fn wrapped_lines_fit_keep_the_words_in_order_and_say_when_text_is_cut(
        words in prop::collection::vec("[a-zа-яё]{1,30}", 0..60),
        lines in 1usize..5,
    ) {
        let text = words.join(" ");
        let (size, width): (f64, f64) = (50.0, 1072.0);
        let fits = (width / (size * 0.6)).floor() as usize;
        let wrapped = site::wrap(&text, size, width, lines);
        prop_assert!(wrapped.len() <= lines);
        for line in &wrapped {
            prop_assert!(line.chars().count() <= fits, "{line}");
        }
        let joined = wrapped.join(" ");
        if !joined.contains('…') {
            prop_assert_eq!(joined, text);
        } else {
            let kept = joined.trim_end_matches('…');
            let kept = kept.trim_end();
            prop_assert!(text.starts_with(kept.split('…').next().unwrap()) || kept.is_empty());
        }
    }
}

#[test]
fn each_languages_feed_is_atom_with_every_event_newest_first_and_what_it_cites() {
    use parley_core::html::Markup;
    let data = common::dataset();
    for lang in Lang::ALL {
        let text = site::feed(&data, lang, &site());
        // An independent reader: roxmltree rejects XML that is not well formed.
        let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
        let feed = doc.root_element();
        assert_eq!(
            feed.tag_name().namespace(),
            Some("http://www.w3.org/2005/Atom")
        );
        let child = |node: roxmltree::Node<'_, '_>, name: &str| {
            node.children()
                .find(|n| n.has_tag_name(name))
                .and_then(|n| n.text().map(str::to_string))
                .unwrap_or_else(|| panic!("<{name}>"))
        };
        let self_link = feed
            .children()
            .find(|n| n.has_tag_name("link") && n.attribute("rel") == Some("self"))
            .and_then(|n| n.attribute("href"))
            .unwrap();
        assert_eq!(self_link, site().file(&site::feed_path(lang)));
        let entries: Vec<_> = feed
            .children()
            .filter(|n| n.has_tag_name("entry"))
            .collect();
        assert_eq!(entries.len(), data.events.len(), "an entry per event");
        let mut last = None;
        for entry in &entries {
            let id = child(*entry, "id");
            let event = data
                .events
                .iter()
                .find(|e| site().page(&Link::Event { id: e.id.clone() }, lang) == id)
                .unwrap_or_else(|| panic!("{id}: an event's page"));
            let day = event.date.sort_day();
            assert!(last.is_none_or(|last| day <= last), "newest first: {id}");
            last = Some(day);
            assert_eq!(child(*entry, "title"), event.title.get(lang));
            assert_eq!(child(*entry, "summary"), event.summary.get(lang));
            let newest = event
                .sources
                .iter()
                .map(|s| data.document(&s.document).unwrap().published)
                .max()
                .unwrap();
            assert_eq!(child(*entry, "updated"), format!("{newest}T00:00:00Z"));
            let content = child(*entry, "content");
            let escaped = |s: &str| Markup::default().text(s).as_str().to_string();
            assert!(content.contains(&escaped(&event.date.display(lang))));
            for source in &event.sources {
                assert!(content.contains(&escaped(&source.excerpt)), "{id}");
            }
        }
        let head = site::head(&data, &common::indexed().1, &Link::default(), lang, &site());
        assert!(
            head.contains(&format!("href=\"{self_link}\"")),
            "every page names its language's feed"
        );
    }
}

#[test]
fn the_worker_caches_every_page_by_its_folder_and_leaves_out_copies_previews_and_itself() {
    for (path, address) in [
        ("index.html", Some("./")),
        ("uk/index.html", Some("uk/")),
        (
            "events/2025-03-13-witkoff-putin-moscow/index.html",
            Some("events/2025-03-13-witkoff-putin-moscow/"),
        ),
        ("parley-1234_bg.wasm", Some("parley-1234_bg.wasm")),
        ("uk/feed.xml", Some("uk/feed.xml")),
        ("404.html", Some("404.html")),
        ("parley-1234_bg.wasm.br", None),
        ("index.html.gz", None),
        ("events/x/preview.png", None),
        ("sw.js", None),
    ] {
        assert_eq!(site::cached_address(path).as_deref(), address, "{path}");
    }
    let worker = site::service_worker("v1\"x", &["./".into(), "uk/".into()]);
    assert!(
        worker.starts_with("const VERSION = \"v1\\\"x\";\nconst FILES = [\"./\",\"uk/\"];\n"),
        "{worker}"
    );
    assert!(worker.contains("self.addEventListener('fetch'"));
}

#[test]
fn each_languages_manifest_opens_on_its_timeline_with_the_whole_site_in_scope() {
    for lang in Lang::ALL {
        let manifest: serde_json::Value = serde_json::from_str(&site::manifest(lang)).unwrap();
        let root = Link::default().site_path(lang);
        let at = format!("https://example.org/parley/{}", site::manifest_path(lang));
        let resolve = |relative: &str| {
            // RFC 3986 resolution of `./` and `../` against the manifest's address.
            let mut base: Vec<&str> = at.split('/').collect();
            base.pop();
            for part in relative.split('/') {
                match part {
                    ".." => {
                        base.pop();
                    }
                    "." | "" => {}
                    part => base.push(part),
                }
            }
            format!("{}/", base.join("/")).replace("png/", "png")
        };
        assert_eq!(manifest["lang"], lang.code());
        assert_eq!(manifest["name"], lang.t().calendar_name);
        assert_eq!(
            resolve(manifest["start_url"].as_str().unwrap()),
            format!("https://example.org/parley/{root}")
        );
        assert_eq!(
            resolve(manifest["scope"].as_str().unwrap()),
            "https://example.org/parley/"
        );
        for (icon, (file, size)) in manifest["icons"]
            .as_array()
            .unwrap()
            .iter()
            .zip(site::ICONS)
        {
            assert_eq!(
                resolve(icon["src"].as_str().unwrap()),
                format!("https://example.org/parley/{file}")
            );
            assert_eq!(icon["sizes"], format!("{size}x{size}"));
        }
    }
}
