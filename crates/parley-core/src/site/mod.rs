//! The hosted site as files (feature `site`, for `parley-prerender`): what each page's `<head>`
//! says of it, for search engines, link previews and web archives (its title, description,
//! canonical address, language alternates, Open Graph and Twitter card tags, and JSON-LD in
//! schema.org's terms), the sitemap, `robots.txt`, each language's Atom feed (`feed.rs`), and
//! its web app manifest with the service worker that keeps the site offline (`offline.rs`).
//!
//! Addresses here are absolute, under the site's URL, since link previews and sitemaps do not
//! resolve relative ones; every address inside a page stays relative (`link.rs`).

mod feed;
mod offline;

pub use feed::{feed, feed_path};
pub use offline::{cached_address, manifest, manifest_path, service_worker, ICONS};

use crate::html::Markup;
use crate::i18n::Lang;
use crate::link::Link;
use crate::model::{ActorKind, Dataset, Document, Event, Status};
use crate::query::SearchIndex;
use crate::view::page::PageMeta;
use serde_json::{json, Value};

/// Where the site is hosted: an absolute URL that ends in `/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteUrl(String);

impl SiteUrl {
    /// `url` with a `/` at its end; `None` unless it is an `http(s)://` URL.
    pub fn new(url: &str) -> Option<SiteUrl> {
        let url = url.trim();
        let scheme = url.starts_with("https://") || url.starts_with("http://");
        (scheme && !url.contains(['"', '<', '>', ' ', '#', '?'])).then(|| {
            match url.ends_with('/') {
                true => SiteUrl(url.to_string()),
                false => SiteUrl(format!("{url}/")),
            }
        })
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `link`'s page in `lang`, absolute.
    pub fn page(&self, link: &Link, lang: Lang) -> String {
        format!("{}{}", self.0, link.site_path(lang))
    }

    /// A file of the site, absolute.
    pub fn file(&self, path: &str) -> String {
        format!("{}{path}", self.0)
    }

    /// The path part of the URL (`/parley/`): the base of a page served at any address, as a
    /// host serves `404.html`.
    pub fn path(&self) -> &str {
        let after_scheme = self.0.split_once("://").map_or("", |(_, rest)| rest);
        after_scheme.find('/').map_or("/", |i| &after_scheme[i..])
    }
}

/// The locale Open Graph names a language by.
fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en_US",
        Lang::Uk => "uk_UA",
        Lang::Ru => "ru_RU",
    }
}

/// Whether a page has a preview image of its own (`preview.png` beside its `index.html`);
/// every other page shows the site's in its language (`preview.png` at the language's root).
pub fn has_own_preview(link: &Link) -> bool {
    matches!(link, Link::Event { .. } | Link::Actor { .. })
}

/// The preview image of `link`'s page in `lang`, from the site's root.
pub fn preview_path(link: &Link, lang: Lang) -> String {
    match has_own_preview(link) {
        true => format!("{}preview.png", link.site_path(lang)),
        false => format!("{}preview.png", crate::link::language_root(lang)),
    }
}

/// The tags of `link`'s page in `lang` that go in its `<head>`, after the charset and the
/// viewport: everything that names the page.
pub fn head(
    dataset: &Dataset,
    index: &SearchIndex,
    link: &Link,
    lang: Lang,
    site: &SiteUrl,
) -> String {
    let meta = PageMeta::new(dataset, index, link, lang);
    let url = site.page(link, lang);
    let image = site.file(&preview_path(link, lang));
    let mut out = Markup::default();
    out.raw("<title>")
        .text(&meta.document_title)
        .raw("</title>\n");
    let tag = |out: &mut Markup, tag: &str, attrs: &[(&str, &str)]| {
        out.raw("<").raw(tag);
        for (name, value) in attrs {
            out.attr(name, value);
        }
        out.raw(" />\n");
    };
    tag(
        &mut out,
        "meta",
        &[("name", "description"), ("content", &meta.description)],
    );
    tag(&mut out, "link", &[("rel", "canonical"), ("href", &url)]);
    for other in Lang::ALL {
        let href = site.page(link, other);
        tag(
            &mut out,
            "link",
            &[
                ("rel", "alternate"),
                ("hreflang", other.code()),
                ("href", &href),
            ],
        );
    }
    let default = site.page(link, Lang::En);
    tag(
        &mut out,
        "link",
        &[
            ("rel", "alternate"),
            ("hreflang", "x-default"),
            ("href", &default),
        ],
    );
    // Relative: the manifest must come from the page's own origin, wherever it is hosted.
    tag(
        &mut out,
        "link",
        &[("rel", "manifest"), ("href", "manifest.webmanifest")],
    );
    tag(
        &mut out,
        "meta",
        &[("name", "theme-color"), ("content", "#1f4e79")],
    );
    let feed = site.file(&feed_path(lang));
    tag(
        &mut out,
        "link",
        &[
            ("rel", "alternate"),
            ("type", "application/atom+xml"),
            ("title", lang.t().calendar_name),
            ("href", &feed),
        ],
    );
    let og_type = match link {
        Link::Event { .. } | Link::Source { .. } => "article",
        Link::Actor { .. } => "profile",
        _ => "website",
    };
    let properties = [
        ("og:site_name", "Parley"),
        ("og:type", og_type),
        ("og:title", &meta.title),
        ("og:description", &meta.description),
        ("og:url", &url),
        ("og:image", &image),
        ("og:image:width", "1200"),
        ("og:image:height", "630"),
        ("og:image:alt", &meta.title),
        ("og:locale", locale(lang)),
    ];
    for (property, content) in properties {
        tag(
            &mut out,
            "meta",
            &[("property", property), ("content", content)],
        );
    }
    for other in Lang::ALL.into_iter().filter(|&l| l != lang) {
        tag(
            &mut out,
            "meta",
            &[
                ("property", "og:locale:alternate"),
                ("content", locale(other)),
            ],
        );
    }
    let cards = [
        ("twitter:card", "summary_large_image"),
        ("twitter:title", meta.title.as_str()),
        ("twitter:description", &meta.description),
        ("twitter:image", &image),
    ];
    for (name, content) in cards {
        tag(&mut out, "meta", &[("name", name), ("content", content)]);
    }
    // `<` written as an escape, so that no text can close the script element.
    let data = json_ld(dataset, link, lang, site, &meta)
        .to_string()
        .replace('<', "\\u003c");
    out.raw("<script type=\"application/ld+json\">")
        .raw(&data)
        .raw("</script>\n");
    out.into_string()
}

/// An article as schema.org's `NewsArticle`.
fn article(document: &Document, site: &SiteUrl, lang: Lang) -> Value {
    let mut article = json!({
        "@type": "NewsArticle",
        "headline": document.headline,
        "datePublished": document.published.to_string(),
        "inLanguage": "en",
        "publisher": { "@type": "Organization", "name": document.outlet },
        "url": site.page(&Link::source(&document.id, None), lang),
    });
    if let Some(author) = &document.author {
        article["author"] = json!({ "@type": "Person", "name": author });
    }
    article
}

/// An event as schema.org's `Event`: its dates as far as they are known, its place and
/// participants, and the articles that report it.
fn event(dataset: &Dataset, event: &Event, lang: Lang, site: &SiteUrl, meta: &PageMeta) -> Value {
    let mut value = json!({
        "@type": "Event",
        "name": meta.title,
        "description": meta.description,
    });
    if let Some(start) = event.date.start {
        value["startDate"] = json!(start.to_string());
    }
    if let Some(end) = event.date.end {
        value["endDate"] = json!(end.to_string());
    }
    if event.status == Status::Cancelled {
        value["eventStatus"] = json!("https://schema.org/EventCancelled");
    }
    if let Some(place) = event.place.as_deref().and_then(|p| dataset.place(p)) {
        value["location"] = json!({
            "@type": "Place",
            "name": place.name.get(lang),
            "address": place.country.get(lang),
            "geo": { "@type": "GeoCoordinates", "latitude": place.latitude, "longitude": place.longitude },
        });
    }
    let attendees: Vec<Value> = event
        .actors
        .iter()
        .filter_map(|p| dataset.actor(&p.actor))
        .map(|a| actor(a, lang, site))
        .collect();
    value["attendee"] = json!(attendees);
    let mut cited: Vec<&str> = event.sources.iter().map(|s| s.document.as_str()).collect();
    cited.dedup();
    let articles: Vec<Value> = cited
        .iter()
        .filter_map(|id| dataset.document(id))
        .map(|d| article(d, site, lang))
        .collect();
    value["subjectOf"] = json!(articles);
    value
}

/// An actor as schema.org's `Person`, `Organization` or `Country`.
fn actor(actor: &crate::model::Actor, lang: Lang, site: &SiteUrl) -> Value {
    let kind = match actor.kind {
        ActorKind::Person => "Person",
        ActorKind::Organisation => "Organization",
        ActorKind::State => "Country",
    };
    let mut value = json!({
        "@type": kind,
        "name": actor.name.get(lang),
        "url": site.page(&Link::actor(&actor.id), lang),
    });
    if actor.kind == ActorKind::Person {
        if let Some(role) = actor.roles.first() {
            value["jobTitle"] = json!(role.title.get(lang));
        }
    }
    value
}

/// The page's JSON-LD: what it is about, in schema.org's terms.
fn json_ld(dataset: &Dataset, link: &Link, lang: Lang, site: &SiteUrl, meta: &PageMeta) -> Value {
    let url = site.page(link, lang);
    let mut value = match link {
        Link::Event { id } => match dataset.event(id) {
            Some(e) => event(dataset, e, lang, site, meta),
            None => json!({ "@type": "WebPage", "name": meta.title }),
        },
        Link::Actor { id } => match dataset.actor(id) {
            Some(a) => {
                let mut value = actor(a, lang, site);
                value["description"] = json!(meta.description);
                value
            }
            None => json!({ "@type": "WebPage", "name": meta.title }),
        },
        Link::Source { id, .. } => match dataset.document(id) {
            Some(d) => article(d, site, lang),
            None => json!({ "@type": "WebPage", "name": meta.title }),
        },
        _ => json!({
            "@type": "CollectionPage",
            "name": meta.title,
            "description": meta.description,
        }),
    };
    value["@context"] = json!("https://schema.org");
    value["url"] = json!(url);
    value["inLanguage"] = json!(lang.code());
    if matches!(link, Link::Source { .. }) {
        // The article is in English as published; the page around it is in `lang`.
        value["inLanguage"] = json!("en");
    }
    value
}

/// `sitemap.xml`: every page in every language, each with its alternates.
pub fn sitemap(pages: &[Link], site: &SiteUrl) -> String {
    let mut out = Markup::default();
    out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .raw("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ")
        .raw("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for link in pages {
        for lang in Lang::ALL {
            out.raw("<url><loc>")
                .text(&site.page(link, lang))
                .raw("</loc>");
            for other in Lang::ALL {
                out.raw("<xhtml:link rel=\"alternate\"")
                    .attr("hreflang", other.code())
                    .attr("href", &site.page(link, other))
                    .raw("/>");
            }
            out.raw("<xhtml:link rel=\"alternate\" hreflang=\"x-default\"")
                .attr("href", &site.page(link, Lang::En))
                .raw("/></url>\n");
        }
    }
    out.raw("</urlset>\n");
    out.into_string()
}

/// `robots.txt`: everything may be read; the sitemap says what there is.
pub fn robots(site: &SiteUrl) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        site.file("sitemap.xml")
    )
}

/// A preview image's size in pixels: what Open Graph and Twitter's large card show.
pub const PREVIEW_SIZE: (u32, u32) = (1200, 630);
/// Its margin, and the width its text may take.
const PREVIEW_MARGIN: f64 = 64.0;
/// A character's width as a share of the font size, allowing for the widest the preview's
/// font (DejaVu Sans) draws in the three languages' text: lines are cut by this estimate.
const CHAR_WIDTH: f64 = 0.6;

/// `text` cut into at most `lines` lines that fit `width` pixels at `size`, the last one ended
/// with "…" if text is left over.
pub fn wrap(text: &str, size: f64, width: f64, lines: usize) -> Vec<String> {
    let fits = (width / (size * CHAR_WIDTH)).floor().max(1.0) as usize;
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let wanted = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if !line.is_empty() && wanted > fits {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push(line);
    }
    for line in out.iter_mut() {
        if line.chars().count() > fits {
            *line = line.chars().take(fits - 1).collect::<String>() + "…";
        }
    }
    if out.len() > lines {
        out.truncate(lines);
        let last = out.last_mut().expect("at least one line");
        let kept: String = last.chars().take(fits.saturating_sub(1)).collect();
        *last = format!("{}…", kept.trim_end_matches([',', '.', ';', ':', ' ']));
    }
    out
}

/// One block of lines at `size`, from `y` down; returns where the next block may start.
fn lines(out: &mut Markup, text: &[String], y: f64, size: f64, class: &str, lang: &str) -> f64 {
    let mut y = y;
    for line in text {
        y += size * 1.25;
        out.raw("<text")
            .attr("x", &PREVIEW_MARGIN.to_string())
            .attr("y", &format!("{y:.0}"))
            .attr("class", class)
            .attr("xml:lang", lang)
            .raw(">")
            .text(line)
            .raw("</text>");
    }
    y
}

/// The preview image of `link`'s page in `lang`, as SVG for `parley-prerender` to turn into
/// PNG. An event's or an actor's says what the link is (the title, the date with its kind and
/// status, or the name, roles and side), the first sentence the record cites for it with its
/// outlet, and "Parley"; any other view's is the site's, in `lang` (`None` then, for an event
/// or actor that does not exist).
pub fn preview_svg(dataset: &Dataset, link: &Link, lang: Lang) -> Option<String> {
    let t = lang.t();
    let quoted = |source: &crate::model::Source| -> Option<(String, String)> {
        let document = dataset.document(&source.document)?;
        let sentence = document.sentence_of(source.range).slice(&document.text);
        let credit = format!("{}, {}", document.outlet, document.published.short(lang));
        Some((sentence.trim().to_string(), credit))
    };
    let (kicker, title, quote) = match link {
        Link::Event { id } => {
            let event = dataset.event(id)?;
            let mut kicker = format!("{} · {}", event.date.display(lang), event.kind.label(lang));
            if event.status != Status::Held {
                kicker = format!("{kicker} · {}", event.status.label(lang));
            }
            let quote = quoted(event.sources.first()?)?;
            (kicker, event.title.get(lang).to_string(), Some(quote))
        }
        Link::Actor { id } => {
            let actor = dataset.actor(id)?;
            let roles: Vec<&str> = actor.roles.iter().map(|r| r.title.get(lang)).collect();
            let events = dataset.events.iter().filter(|e| e.has_actor(id)).count();
            let kicker = format!(
                "{} · {}",
                actor.side.label(lang),
                lang.count(events, &t.events)
            );
            let quote = actor.roles.first().and_then(|r| quoted(&r.source));
            let title = match roles.is_empty() {
                true => actor.name.get(lang).to_string(),
                false => format!("{}: {}", actor.name.get(lang), roles.join("; ")),
            };
            (kicker, title, quote)
        }
        _ => (
            t.timeline_heading.to_string(),
            t.site_description.to_string(),
            None,
        ),
    };
    Some(card(&kicker, &title, quote, lang))
}

/// The preview card: a kicker line, a title, a quotation with its credit, and "Parley".
fn card(kicker: &str, title: &str, quote: Option<(String, String)>, lang: Lang) -> String {
    let width = f64::from(PREVIEW_SIZE.0) - 2.0 * PREVIEW_MARGIN;
    let (w, h) = PREVIEW_SIZE;
    let mut out = Markup::default();
    out.raw("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .attr("width", &w.to_string())
        .attr("height", &h.to_string())
        .attr("viewBox", &format!("0 0 {w} {h}"))
        .raw("><style>text{font-family:'DejaVu Sans',sans-serif;fill:#1b1b1f}")
        .raw(".kicker{font-size:26px;fill:#55565e}.title{font-size:50px;font-weight:bold}")
        .raw(".excerpt{font-size:28px;font-style:italic}.credit{font-size:24px;fill:#55565e}")
        .raw(".brand{font-size:30px;font-weight:bold;fill:#1f4e79}</style>")
        .raw("<rect width=\"100%\" height=\"100%\" fill=\"#fbfaf7\"/>")
        .raw("<rect width=\"16\" height=\"100%\" fill=\"#1f4e79\"/>");
    let code = lang.code();
    let y = lines(&mut out, &[kicker.to_string()], 40.0, 26.0, "kicker", code);
    let y = lines(
        &mut out,
        &wrap(title, 50.0, width, 3),
        y + 8.0,
        50.0,
        "title",
        code,
    );
    if let Some((sentence, credit)) = quote {
        // The sentence as published, in English.
        let excerpt = wrap(&format!("“{sentence}”"), 28.0, width, 4);
        let y = lines(&mut out, &excerpt, y + 24.0, 28.0, "excerpt", "en");
        lines(
            &mut out,
            &[format!("— {credit}")],
            y + 4.0,
            24.0,
            "credit",
            code,
        );
    }
    out.raw("<text")
        .attr("x", &PREVIEW_MARGIN.to_string())
        .attr("y", &(f64::from(h) - 40.0).to_string())
        .attr("class", "brand")
        .raw(">Parley</text></svg>");
    out.into_string()
}
