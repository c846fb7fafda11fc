//! Event cards, dates, citations and the time axis's marks as HTML text, which their components
//! hand to Yew whole (`Html::from_html_unchecked`).
//!
//! Why text: these pieces are static markup (plain links, native `<details>`, no handlers), and
//! the browser's parser builds a card's forty nodes far faster than forty-odd calls from wasm,
//! one per node and attribute. A filter change at 100,000 events replaces the five to ten
//! cards in the window; on the seeds' timeline it re-renders all fifty, and the axis up to 600
//! marks.
//!
//! Every value from the dataset goes through [`Markup::text`], which escapes it; only this
//! module's own literal markup goes through [`Markup::raw`].

use crate::data::dataset;
use crate::route::{href, Route};
use parley_core::{EventDate, Precision, Side, Source, Status};
use yew::{AttrValue, Html};

/// HTML under construction.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// This module's own markup, as it is.
    fn raw(&mut self, markup: &str) -> &mut Self {
        self.0.push_str(markup);
        self
    }

    /// Text or an attribute value (always double-quoted here), escaped so that it can neither
    /// open a tag nor leave its attribute.
    pub fn text(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#39;"),
                c => self.0.push(c),
            }
        }
        self
    }

    pub fn into_html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.0))
    }
}

/// The side in words beside the colour, so colour is never the only signal.
pub fn side_tag(side: Side) -> &'static str {
    match side {
        Side::Us => "US",
        other => other.label(),
    }
}

/// A date as precisely as the text gives it, with its precision in words and its basis one
/// click away.
pub fn date(out: &mut Markup, date: &EventDate) {
    out.raw("<span class=\"date\"><time datetime=\"")
        .text(&date.iso())
        .raw("\">")
        .text(&date.display())
        .raw("</time>");
    // "on or before …" already says how precise it is; a day needs no label either.
    let labelled = match date.precision {
        Precision::Week => Some("week"),
        Precision::Month => Some("month"),
        Precision::Range => Some("range"),
        Precision::Day | Precision::Before | Precision::After => None,
    };
    if let Some(class) = labelled {
        out.raw("<span class=\"precision precision-")
            .text(class)
            .raw("\">")
            .text(date.precision.label())
            .raw("</span>");
    }
    out.raw("<details class=\"basis\"><summary>why this date</summary><p>")
        .text(&date.basis)
        .raw("</p></details></span>");
}

/// The reader's URL for one excerpt: `#/sources/<document>?at=START-END`.
pub fn reader_href(document: &str, range: parley_core::TextRange) -> String {
    format!("#/sources/{document}?at={}-{}", range.start, range.end)
}

/// "Outlet, date": the excerpt, and a link to its sentence in the reader. `open` shows the
/// excerpt at once (event pages) rather than on demand (cards).
pub fn citation(out: &mut Markup, source: &Source, open: bool) {
    let Some(doc) = dataset().document(&source.document) else {
        return;
    };
    let href = reader_href(&doc.id, source.range);
    out.raw(match open {
        true => "<details class=\"citation\" open=\"\"><summary><cite>",
        false => "<details class=\"citation\"><summary><cite>",
    })
    .text(&doc.outlet)
    .raw("</cite>, <time datetime=\"")
    .text(&doc.published.to_string())
    .raw("\">")
    .text(&doc.published.short())
    .raw("</time></summary><blockquote cite=\"")
    .text(&href)
    .raw("\">")
    .text(&source.excerpt)
    .raw("</blockquote><a class=\"in-context\" href=\"")
    .text(&href)
    .raw("\">Read in context</a></details>");
}

/// One event (a position in `dataset().events`): date with its precision, kind, status, place,
/// participants, topics, citations.
pub fn event_card(index: usize) -> Markup {
    let data = dataset();
    let event = &data.events[index];
    let mut out = Markup::default();
    let status = event.status.slug();
    // The meta line is a <div>: the date's <details> may not sit in a <p>, and the parser
    // would close the <p> before it (markup that worked only when built node by node).
    out.raw("<article class=\"event status-")
        .text(status)
        .raw("\" data-event-id=\"")
        .text(&event.id)
        .raw("\" data-status=\"")
        .text(status)
        .raw("\" data-kind=\"")
        .text(event.kind.slug())
        .raw("\"><header><div class=\"meta\">");
    date(&mut out, &event.date);
    out.raw("<span class=\"kind\">")
        .text(event.kind.label())
        .raw("</span>");
    if event.status != Status::Held {
        out.raw("<span class=\"status status-")
            .text(status)
            .raw("\">")
            .text(event.status.label())
            .raw("</span>");
    }
    out.raw("</div><h3><a href=\"")
        .text(&href(&Route::Event {
            id: event.id.clone(),
        }))
        .raw("\">")
        .text(&event.title)
        .raw("</a></h3></header><p class=\"summary\">")
        .text(&event.summary)
        .raw("</p><dl class=\"facts\">");
    if let Some(place) = event.place.as_deref().and_then(|p| data.place(p)) {
        out.raw("<div><dt>Place</dt><dd>")
            .text(&place.name)
            .raw(", ")
            .text(&place.country)
            .raw("</dd></div>");
    }
    if !event.actors.is_empty() {
        out.raw("<div><dt>Who</dt><dd><ul class=\"inline participants\">");
        for (part, actor) in event
            .actors
            .iter()
            .filter_map(|p| data.actor(&p.actor).map(|a| (p, a)))
        {
            out.raw("<li><a href=\"")
                .text(&href(&Route::Actor {
                    id: actor.id.clone(),
                }))
                .raw("\" class=\"side-")
                .text(actor.side.slug())
                .raw("\">")
                .text(&actor.name)
                .raw("</a><span class=\"role\"> (")
                .text(side_tag(actor.side));
            if let Some(role) = part.role {
                out.raw(", ").text(role.label());
            }
            out.raw(")</span></li>");
        }
        out.raw("</ul></dd></div>");
    }
    if !event.topics.is_empty() {
        out.raw("<div><dt>Topics</dt><dd><ul class=\"inline topics\">");
        for topic in &event.topics {
            out.raw("<li>").text(&topic.replace('-', " ")).raw("</li>");
        }
        out.raw("</ul></dd></div>");
    }
    out.raw("</dl><ul class=\"citations\" aria-label=\"Sources\">");
    for source in &event.sources {
        out.raw("<li>");
        citation(&mut out, source, false);
        out.raw("</li>");
    }
    out.raw("</ul></article>");
    out
}

/// One event's mark on the time axis, in SVG: a link to the event, titled with its date, title
/// and status, around a bar 10 high and `width` wide whose top left is at (`x`, `y`), in SVG
/// user units.
pub fn axis_mark(out: &mut Markup, index: usize, x: &str, y: &str, width: &str) {
    let event = &dataset().events[index];
    out.raw("<a href=\"")
        .text(&href(&Route::Event {
            id: event.id.clone(),
        }))
        .raw("\" class=\"mark k-")
        .text(event.kind.slug())
        .raw(" s-")
        .text(event.status.slug())
        .raw("\" data-event-id=\"")
        .text(&event.id)
        .raw("\"><title>")
        .text(&event.date.display())
        .raw(" — ")
        .text(&event.title)
        .raw(" (")
        .text(event.status.label())
        .raw(")</title><rect x=\"")
        .text(x)
        .raw("\" y=\"")
        .text(y)
        .raw("\" width=\"")
        .text(width)
        .raw("\" height=\"10\" rx=\"3\"></rect></a>");
}

#[cfg(test)]
mod tests {
    use super::Markup;

    #[test]
    fn text_can_neither_open_a_tag_nor_leave_its_attribute() {
        let mut out = Markup::default();
        out.text("<img src=x onerror=\"alert('1')\"> & co");
        assert_eq!(
            out.0,
            "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; co"
        );
    }
}
