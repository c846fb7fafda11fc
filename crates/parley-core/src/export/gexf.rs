//! A view's network as GEXF 1.3, the file Gephi and Gephi Lite open: a node per actor who
//! takes part in the view's events, with side, kind and how many; an edge per pair who share
//! some, weighted by how many, with a spell for each shared event's dates so that Gephi's
//! timeline plays the talks out, and the events' ids and cited sentences as attributes, so
//! that no edge loses where it comes from. The same pairs as the network view
//! ([`crate::query::co_participation`]).

use crate::html::Markup;
use crate::i18n::Lang;
use crate::model::{Dataset, EventIx};
use crate::query::{co_participation, events_per_actor, SearchIndex};

/// The GEXF text of the network of `events` (a view's), names in the reader's language.
pub fn gexf(
    dataset: &Dataset,
    index: &SearchIndex,
    events: &[EventIx],
    view: &str,
    lang: Lang,
) -> String {
    let mut out = Markup::default();
    out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .raw("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n<meta><creator>Parley</creator><description>")
        .text(&format!("{view} (dataset {})", dataset.version))
        .raw("</description></meta>\n")
        .raw("<graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\">\n")
        .raw("<attributes class=\"node\">")
        .raw("<attribute id=\"side\" title=\"side\" type=\"string\"/>")
        .raw("<attribute id=\"kind\" title=\"kind\" type=\"string\"/>")
        .raw("<attribute id=\"events\" title=\"events\" type=\"integer\"/>")
        .raw("</attributes>\n<attributes class=\"edge\">")
        .raw("<attribute id=\"events\" title=\"events\" type=\"string\"/>")
        .raw("<attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>")
        .raw("</attributes>\n<nodes>\n");
    for (i, count) in events_per_actor(index, events).into_iter().enumerate() {
        if count == 0 {
            continue;
        }
        let actor = &dataset.actors[crate::model::ActorIx::new(i)];
        out.raw("<node")
            .attr("id", &actor.id)
            .attr("label", actor.name.get(lang))
            .raw("><attvalues>");
        attvalue(&mut out, "side", actor.side.slug());
        attvalue(&mut out, "kind", actor.kind.slug());
        attvalue(&mut out, "events", &count.to_string());
        out.raw("</attvalues></node>\n");
    }
    out.raw("</nodes>\n<edges>\n");
    for pair in co_participation(index, events) {
        let (a, b) = (&dataset.actors[pair.a].id, &dataset.actors[pair.b].id);
        out.raw("<edge")
            .attr("id", &format!("{a}--{b}"))
            .attr("source", a)
            .attr("target", b)
            .attr("weight", &pair.events.len().to_string())
            .raw("><attvalues>");
        let ids: Vec<&str> = pair
            .events
            .iter()
            .map(|&e| dataset.events[e].id.as_str())
            .collect();
        attvalue(&mut out, "events", &ids.join(" "));
        // One line per event: a newline in an attribute must be a character reference, or
        // XML reads it as a space.
        out.raw("<attvalue for=\"evidence\" value=\"");
        for (n, line) in evidence(dataset, &pair.events).iter().enumerate() {
            if n > 0 {
                out.raw("&#10;");
            }
            out.text(line);
        }
        out.raw("\"/>");
        out.raw("</attvalues><spells>");
        for &e in &pair.events {
            let date = &dataset.events[e].date;
            out.raw("<spell");
            if let Some(start) = date.start {
                out.attr("start", &start.to_string());
            }
            if let Some(end) = date.end {
                out.attr("end", &end.to_string());
            }
            out.raw("/>");
        }
        out.raw("</spells></edge>\n");
    }
    out.raw("</edges>\n</graph>\n</gexf>\n");
    out.into_string()
}

fn attvalue(out: &mut Markup, attribute: &str, value: &str) {
    out.raw("<attvalue")
        .attr("for", attribute)
        .attr("value", value)
        .raw("/>");
}

/// Each event's first cited sentence with its source: `id: "…" (outlet, document)`.
fn evidence(dataset: &Dataset, events: &[EventIx]) -> Vec<String> {
    events
        .iter()
        .filter_map(|&e| {
            let event = &dataset.events[e];
            let source = event.sources.first()?;
            let outlet = dataset
                .document(&source.document)
                .map_or("", |d| d.outlet.as_str());
            Some(format!(
                "{}: \"{}\" ({outlet}, {})",
                event.id, source.excerpt, source.document
            ))
        })
        .collect()
}
