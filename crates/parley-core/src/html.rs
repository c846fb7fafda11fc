//! Event cards, dates, citations, the time axis's marks and the map's outlines as HTML text. The
//! app hands them to Yew whole; `parley-export --format static-html` writes the same cards into a page with no
//! script.
//!
//! Why text: these pieces are static markup (plain links, native `<details>`, no handlers), and
//! the browser's parser builds a card's forty nodes far faster than forty-odd calls from wasm,
//! one per node and attribute. A filter change at 100,000 events replaces the five to ten
//! cards in the window; on the seeds' timeline it re-renders all fifty, and the axis up to 600
//! marks.
//!
//! Every value from the dataset goes through [`Markup::text`] or [`Markup::attr`], which escape
//! it; only this module's own literal markup goes through `Markup::raw`.

use crate::atlas::Atlas;
use crate::i18n::Lang;
use crate::link::Link;
use crate::model::{Dataset, Event, EventIx, Side, Source, Status};
use crate::svg::svg_number;
use crate::view::axis::{Mark, MARK_SIZE};
use crate::{EventDate, Precision};

/// HTML under construction; a view struct carries it finished.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Markup(String);

impl Markup {
    /// This module's own markup, as it is.
    pub(crate) fn raw(&mut self, markup: &str) -> &mut Self {
        self.0.push_str(markup);
        self
    }

    /// Text, escaped so that it can neither open a tag nor leave an attribute.
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

    /// ` name="value"` inside an open tag, the value quoted and escaped.
    pub fn attr(&mut self, name: &str, value: &str) -> &mut Self {
        self.raw(" ").raw(name).raw("=\"").text(value).raw("\"")
    }

    /// Opens `<tag` with its attributes: `open("a", &[("href", …)])` then `.raw(">")` or more
    /// attributes.
    fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.raw("<").raw(tag);
        for (name, value) in attrs {
            self.attr(name, value);
        }
        self
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// The side in words beside the colour, so colour is never the only signal.
pub fn side_tag(side: Side, lang: Lang) -> &'static str {
    match side {
        Side::Us => lang.t().side_us_short,
        other => other.label(lang),
    }
}

/// Words of the text itself, which stay in English whatever the page's language.
fn original(out: &mut Markup, tag: &str, text: &str) {
    out.open(tag, &[("lang", "en")])
        .raw(">")
        .text(text)
        .raw("</")
        .raw(tag)
        .raw(">");
}

/// A date as precisely as the text gives it, with its precision in words and its basis one
/// click away.
pub fn date(out: &mut Markup, date: &EventDate, lang: Lang) {
    let t = lang.t();
    out.raw("<span class=\"date\">")
        .open("time", &[("datetime", &date.iso())])
        .raw(">")
        .text(&date.display(lang))
        .raw("</time>");
    // "on or before …" already says how precise it is; a day needs no label either.
    let labelled = match date.precision {
        Precision::Week => Some("week"),
        Precision::Month => Some("month"),
        Precision::Range => Some("range"),
        Precision::Day | Precision::Before | Precision::After => None,
    };
    if let Some(class) = labelled {
        out.open(
            "span",
            &[("class", &format!("precision precision-{class}"))],
        )
        .raw(">")
        .text(date.precision.label(lang))
        .raw("</span>");
    }
    out.raw("<details class=\"basis\"><summary>")
        .text(t.why_this_date)
        .raw("</summary>");
    basis(out, date, lang);
    out.raw("</details></span>");
}

/// The reasoning behind a date, in `lang`, with the phrase of the text in English: a
/// `<p class="basis-text">`.
pub fn basis(out: &mut Markup, date: &EventDate, lang: Lang) {
    let template = date.basis_template(lang);
    let (before, after) = template.split_once("{phrase}").unwrap_or((&template, ""));
    out.raw("<p class=\"basis-text\">").text(before);
    original(out, "q", &date.basis.phrase);
    out.text(after).raw("</p>");
}

/// "Outlet, date": the excerpt, and a link to its sentence in the reader. `open` shows the
/// excerpt at once (event pages) rather than on demand (cards).
pub fn citation(out: &mut Markup, dataset: &Dataset, source: &Source, open: bool, lang: Lang) {
    let t = lang.t();
    let Some(doc) = dataset.document(&source.document) else {
        return;
    };
    let href = Link::source(&doc.id, Some(source.range)).href();
    out.raw(match open {
        true => "<details class=\"citation\" open=\"\"><summary><cite>",
        false => "<details class=\"citation\"><summary><cite>",
    })
    .text(&doc.outlet)
    .raw("</cite>, ")
    .open("time", &[("datetime", &doc.published.to_string())])
    .raw(">")
    .text(&doc.published.short(lang))
    .raw("</time></summary>")
    .open("blockquote", &[("cite", &href), ("lang", "en")])
    .raw(">")
    .text(&source.excerpt)
    .raw("</blockquote>");
    if lang != Lang::En {
        out.raw("<p class=\"original-note\">")
            .text(t.quoted_in_english)
            .raw("</p>");
    }
    out.open("a", &[("class", "in-context"), ("href", &href)])
        .raw(">")
        .text(t.read_in_context)
        .raw("</a></details>");
}

/// A cited sentence for a file read outside Parley (a feed reader, TimelineJS): the excerpt as
/// a quotation, then "— Outlet, date", with no link into the reader, which is not there.
pub fn quoted_source(out: &mut Markup, dataset: &Dataset, source: &Source, lang: Lang) {
    let document = dataset.document(&source.document);
    let outlet = document.map_or(source.document.as_str(), |d| d.outlet.as_str());
    let published = document
        .map(|d| d.published.short(lang))
        .unwrap_or_default();
    out.raw("<blockquote lang=\"en\">")
        .text(&source.excerpt)
        .raw("</blockquote><p>— ")
        .text(&format!("{outlet}, {published}"))
        .raw("</p>");
}

/// The `<iframe>` a page pastes to embed the view at `src` (an absolute address), titled
/// `title` for screen readers, both escaped.
pub fn embed_snippet(src: &str, title: &str) -> String {
    let mut out = Markup::default();
    out.open(
        "iframe",
        &[
            ("src", src),
            ("title", title),
            ("width", "100%"),
            ("height", "640"),
        ],
    )
    .raw(" loading=\"lazy\" style=\"border:0\"></iframe>");
    out.into_string()
}

/// One event: date with its precision, kind, status, place,
/// participants, topics, citations.
pub fn event_card(dataset: &Dataset, index: EventIx, lang: Lang) -> Markup {
    let t = lang.t();
    let event = &dataset.events[index];
    let mut out = Markup::default();
    let status = event.status.slug();
    // The meta line is a <div>: the date's <details> may not sit in a <p>, and the parser
    // would close the <p> before it (markup that worked only when built node by node).
    let class = format!("event status-{status}");
    let mut attributes = vec![
        ("class", class.as_str()),
        ("data-event-id", &event.id),
        ("data-status", status),
        ("data-kind", event.kind.slug()),
    ];
    // The map beside the list marks out the place of the event the reader is on.
    attributes.extend(event.place.as_deref().map(|p| ("data-place", p)));
    out.open("article", &attributes)
        .raw("><header><div class=\"meta\">");
    date(&mut out, &event.date, lang);
    out.raw("<span class=\"kind\">")
        .text(event.kind.label(lang))
        .raw("</span>");
    if event.status != Status::Held {
        out.open("span", &[("class", &format!("status status-{status}"))])
            .raw(">")
            .text(event.status.label(lang))
            .raw("</span>");
    }
    out.raw("</div><h3>")
        .open("a", &[("href", &Link::event(&event.id).href())])
        .raw(">")
        .text(event.title.get(lang))
        .raw("</a></h3></header>");
    facts(&mut out, dataset, event, lang);
    out.open("ul", &[("class", "citations"), ("aria-label", t.sources)])
        .raw(">");
    for source in &event.sources {
        out.raw("<li>");
        citation(&mut out, dataset, source, false, lang);
        out.raw("</li>");
    }
    out.raw("</ul></article>");
    out
}

/// What an event's own page says of it below its title, date and sources, which it shows
/// already: the summary, place, participants and topics.
pub fn event_details(dataset: &Dataset, index: EventIx, lang: Lang) -> Markup {
    let mut out = Markup::default();
    out.raw("<div class=\"event-details\">");
    facts(&mut out, dataset, &dataset.events[index], lang);
    out.raw("</div>");
    out
}

/// An event's summary, then its place, participants and topics as a `<dl>`.
fn facts(out: &mut Markup, dataset: &Dataset, event: &Event, lang: Lang) {
    let t = lang.t();
    out.raw("<p class=\"summary\">")
        .text(event.summary.get(lang))
        .raw("</p><dl class=\"facts\">");
    if let Some(place) = event.place.as_deref().and_then(|p| dataset.place(p)) {
        out.raw("<div><dt>")
            .text(t.card_place)
            .raw("</dt><dd>")
            .text(place.name.get(lang))
            .raw(", ")
            .text(place.country.get(lang))
            .raw("</dd></div>");
    }
    if !event.actors.is_empty() {
        out.raw("<div><dt>")
            .text(t.card_who)
            .raw("</dt><dd><ul class=\"inline participants\">");
        for (part, actor) in event
            .actors
            .iter()
            .filter_map(|p| dataset.actor(&p.actor).map(|a| (p, a)))
        {
            let side = format!("side-{}", actor.side.slug());
            out.raw("<li>")
                .open("a", &[("href", &Link::actor(&actor.id).href())])
                .attr("class", &side)
                .raw(">")
                .text(actor.name.get(lang))
                .raw("</a><span class=\"role\"> (")
                .text(side_tag(actor.side, lang));
            if let Some(role) = part.role {
                out.raw(", ").text(role.label(lang));
            }
            out.raw(")</span></li>");
        }
        out.raw("</ul></dd></div>");
    }
    if !event.topics.is_empty() {
        out.raw("<div><dt>")
            .text(t.card_topics)
            .raw("</dt><dd><ul class=\"inline topics\">");
        for topic in event.topics.iter().filter_map(|id| dataset.topic(id)) {
            out.raw("<li>").text(topic.name.get(lang)).raw("</li>");
        }
        out.raw("</ul></dd></div>");
    }
    out.raw("</dl>");
}

/// A mark on the time axis, in SVG: for one event a link to it, titled with its date, title
/// and status; for several a link that lists them, titled and showing their count. The bar is
/// [`MARK_SIZE`] high, at the mark's place in SVG user units.
pub fn axis_mark(out: &mut Markup, dataset: &Dataset, mark: &Mark, lang: Lang) {
    let Some(&first) = mark.events.first() else {
        return;
    };
    let event = &dataset.events[first];
    match &mark.group {
        None => {
            let class = format!("mark k-{} s-{}", event.kind.slug(), event.status.slug());
            out.open("a", &[("href", &Link::event(&event.id).href())])
                .attr("class", &class)
                .attr("data-event-id", &event.id)
                .raw("><title>")
                .text(&event.date.display(lang))
                .raw(" — ")
                .text(event.title.get(lang))
                .raw(" (")
                .text(event.status.label(lang))
                .raw(")</title>");
        }
        Some((link, label)) => {
            let ids: Vec<&str> = mark
                .events
                .iter()
                .map(|&e| &*dataset.events[e].id)
                .collect();
            let ids = ids.join(" ");
            out.open("a", &[("href", &link.href())])
                .attr("class", &format!("mark group k-{}", event.kind.slug()))
                .attr("data-event-ids", &ids)
                .raw("><title>")
                .text(label)
                .raw("</title>");
        }
    }
    out.open(
        "rect",
        &[
            ("x", &svg_number(mark.x)),
            ("y", &svg_number(mark.y)),
            ("width", &svg_number(mark.width)),
            ("height", &svg_number(MARK_SIZE)),
        ],
    )
    .raw(" rx=\"4\"></rect>");
    if mark.group.is_some() {
        let (x, y) = (mark.x + mark.width / 2.0, mark.y + MARK_SIZE / 2.0 + 4.5);
        out.open("text", &[("x", &svg_number(x)), ("y", &svg_number(y))])
            .raw(">")
            .text(&mark.events.len().to_string())
            .raw("</text>");
    }
    out.raw("</a>");
}

/// The map's countries, each an outline named by `data-country`; `place_areas` (positions in
/// `atlas.countries`) are the outlines of the places that are countries or regions. As text
/// because the same 88 paths come with every render of the map: the app would otherwise set
/// 264 attributes from wasm to draw them, and again on taking over the prerendered page.
pub fn map_countries(atlas: &Atlas, place_areas: &[usize]) -> Markup {
    let mut out = Markup::default();
    for (n, country) in atlas.countries.iter().enumerate() {
        let mut class = String::from("country");
        if country.involved {
            class.push_str(" involved");
        }
        if place_areas.contains(&n) {
            class.push_str(" place-area");
        }
        out.open(
            "path",
            &[("d", &country.path), ("data-country", &country.name)],
        )
        .attr("class", &class)
        .raw("></path>");
    }
    out
}

/// The events as a plain page with no script or style: the cards the app shows, each linking to
/// the app's views. `parley-export --format static-html` prints it; the browser benchmark
/// measures the app's first paint against it.
pub fn static_page(dataset: &Dataset, events: &[EventIx]) -> String {
    let mut out = Markup::default();
    out.raw(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Parley events, static</title></head><body><main><ol>\n",
    );
    for &i in events {
        out.raw("<li>")
            .raw(event_card(dataset, i, Lang::En).as_str())
            .raw("</li>\n");
    }
    out.raw("</ol></main></body></html>\n");
    out.into_string()
}

#[cfg(test)]
mod tests {
    use super::{embed_snippet, map_countries, Markup};
    use crate::atlas::{Atlas, Country};

    #[test]
    fn an_embed_snippet_escapes_its_title_and_address() {
        assert_eq!(
            embed_snippet(
                "https://x.org/story/?title=a&b=\"c\"",
                "Talks <b>\"here\"</b> & there"
            ),
            "<iframe src=\"https://x.org/story/?title=a&amp;b=&quot;c&quot;\" \
             title=\"Talks &lt;b&gt;&quot;here&quot;&lt;/b&gt; &amp; there\" width=\"100%\" \
             height=\"640\" loading=\"lazy\" style=\"border:0\"></iframe>"
        );
    }

    #[test]
    fn text_can_neither_open_a_tag_nor_leave_its_attribute() {
        let mut out = Markup::default();
        out.text("<img src=x onerror=\"alert('1')\"> & co");
        assert_eq!(
            out.as_str(),
            "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; co"
        );
    }

    #[test]
    fn attributes_are_quoted_and_escaped() {
        let mut out = Markup::default();
        out.open("a", &[("href", "#/x\" onclick=\"y"), ("title", "it's")])
            .raw(">");
        assert_eq!(
            out.as_str(),
            "<a href=\"#/x&quot; onclick=&quot;y\" title=\"it&#39;s\">"
        );
    }

    #[test]
    fn each_country_is_one_path_classed_by_whether_it_holds_places_and_is_a_places_area() {
        let country = |name: &str, involved| Country {
            name: name.to_string(),
            path: "M 1 2 l 3 4 z".to_string(),
            involved,
        };
        let atlas = Atlas {
            width: 10.0,
            height: 10.0,
            countries: vec![
                country("Oman", false),
                country("Côte d'Ivoire <b>", true),
                country("Ukraine", true),
            ],
            places: vec![],
        };
        assert_eq!(
            map_countries(&atlas, &[2]).as_str(),
            "<path d=\"M 1 2 l 3 4 z\" data-country=\"Oman\" class=\"country\"></path>\
             <path d=\"M 1 2 l 3 4 z\" data-country=\"Côte d&#39;Ivoire &lt;b&gt;\" \
             class=\"country involved\"></path>\
             <path d=\"M 1 2 l 3 4 z\" data-country=\"Ukraine\" \
             class=\"country involved place-area\"></path>"
        );
    }
}
