//! `feed.xml` in each language's root: the events as an Atom feed (RFC 4287), newest first, so
//! that a feed reader follows the record as it grows. Each entry is an event's page, with its
//! title and our summary in the reader's language, and as content its date with the reasoning
//! behind it, its status and every sentence it cites with its source (as published, in
//! English). An entry is as new as the latest article it cites: that is when it last changed.

use super::SiteUrl;
use crate::date::Day;
use crate::html::{quoted_source, Markup};
use crate::i18n::Lang;
use crate::link::Link;
use crate::model::{Dataset, Event};

/// Where a language's feed is, from the site's root: `feed.xml`, `uk/feed.xml`.
pub fn feed_path(lang: Lang) -> String {
    format!("{}feed.xml", Link::default().site_path(lang))
}

/// The Atom feed of every event, in `lang`.
pub fn feed(dataset: &Dataset, lang: Lang, site: &SiteUrl) -> String {
    let t = lang.t();
    let changed = |event: &Event| {
        event
            .sources
            .iter()
            .filter_map(|s| dataset.document(&s.document))
            .map(|d| d.published)
            .max()
    };
    let updated = dataset.events.iter().filter_map(changed).max();
    let mut out = Markup::default();
    out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .raw("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
        .attr("xml:lang", lang.code())
        .raw(">\n<title>")
        .text(t.calendar_name)
        .raw("</title>\n<subtitle>")
        .text(t.site_description)
        .raw("</subtitle>\n<id>")
        .text(&site.page(&Link::default(), lang))
        .raw("</id>\n<link rel=\"self\" type=\"application/atom+xml\"")
        .attr("href", &site.file(&feed_path(lang)))
        .raw("/>\n<link rel=\"alternate\" type=\"text/html\"")
        .attr("href", &site.page(&Link::default(), lang))
        .raw("/>\n<updated>")
        .text(&updated.map(timestamp).unwrap_or_default())
        .raw("</updated>\n<author><name>Parley</name></author>\n<generator>Parley</generator>\n");
    // The events are in chronological order: the newest last.
    for event in dataset.events.iter().rev() {
        let page = site.page(
            &Link::Event {
                id: event.id.clone(),
            },
            lang,
        );
        out.raw("<entry>\n<id>")
            .text(&page)
            .raw("</id>\n<title>")
            .text(event.title.get(lang))
            .raw("</title>\n<link rel=\"alternate\" type=\"text/html\"")
            .attr("href", &page)
            .raw("/>\n<updated>")
            .text(&changed(event).map(timestamp).unwrap_or_default())
            .raw("</updated>\n<category")
            .attr("term", event.kind.slug())
            .attr("label", event.kind.label(lang))
            .raw("/>\n<summary>")
            .text(event.summary.get(lang))
            .raw("</summary>\n<content type=\"html\">")
            .text(content(dataset, event, lang).as_str())
            .raw("</content>\n</entry>\n");
    }
    out.raw("</feed>\n");
    out.into_string()
}

/// Midnight UTC of `day`: Atom wants a date-time, the text gives a day.
fn timestamp(day: Day) -> String {
    format!("{day}T00:00:00Z")
}

/// An entry's content as HTML: when (and why that date), its status, and what it cites.
fn content(dataset: &Dataset, event: &Event, lang: Lang) -> Markup {
    let mut html = Markup::default();
    html.raw("<p><time")
        .attr("datetime", &event.date.iso())
        .raw(">")
        .text(&event.date.display(lang))
        .raw("</time>: ")
        .text(&event.date.basis_text(lang))
        .raw("</p><p>")
        .text(event.status.label(lang))
        .raw("</p><p>")
        .text(event.summary.get(lang))
        .raw("</p>");
    for source in &event.sources {
        quoted_source(&mut html, dataset, source, lang);
    }
    html
}
