//! The cards' markup against the hostile fixture (`tests/fixtures/hostile`: markup and script
//! payloads in titles, summaries, excerpts and names): every value comes out as text, so the
//! markup holds only this module's own tags and attributes.

mod common;

use parley_core::html::{self, axis_mark, Markup};
use parley_core::source::{build, SourceFiles};
use parley_core::{Dataset, EventIx};

fn hostile() -> Dataset {
    let root = common::repository_root().join("tests/fixtures/hostile");
    build(&SourceFiles::read(&root).expect("the fixture is readable")).expect("the fixture builds")
}

/// The names of the tags opened in `markup`, and of the attributes given in them.
fn tags_and_attributes(markup: &str) -> (Vec<String>, Vec<String>) {
    let (mut tags, mut attributes) = (Vec::new(), Vec::new());
    for tag in markup.split('<').skip(1) {
        let body = &tag[..tag.find('>').expect("every tag closes")];
        if body.starts_with('/') {
            continue;
        }
        let mut words = body.split_whitespace();
        tags.push(words.next().unwrap_or_default().to_string());
        // Attribute values are quoted and escaped, so a space or `=` inside one cannot start
        // another attribute: names are what precedes each `="`.
        for part in body.split("=\"").collect::<Vec<_>>().iter().rev().skip(1) {
            let name = part.rsplit([' ', '"']).next().unwrap_or_default();
            attributes.push(name.to_string());
        }
    }
    (tags, attributes)
}

#[test]
fn hostile_text_in_cards_and_axis_marks_is_only_ever_text() {
    let data = hostile();
    let allowed_tags = [
        "article",
        "header",
        "div",
        "span",
        "time",
        "details",
        "summary",
        "p",
        "h3",
        "a",
        "dl",
        "dt",
        "dd",
        "ul",
        "li",
        "cite",
        "blockquote",
        "title",
        "rect",
    ];
    let allowed_attributes = [
        "class",
        "data-event-id",
        "data-status",
        "data-kind",
        "datetime",
        "href",
        "cite",
        "open",
        "aria-label",
        "x",
        "y",
        "width",
        "height",
        "rx",
    ];
    assert!(!data.events.is_empty());
    for i in (0..data.events.len()).map(EventIx::new) {
        let mut markup = html::event_card(&data, i).into_string();
        let mut mark = Markup::default();
        axis_mark(&mut mark, &data, i, 200.0, 10.0, 5.0);
        markup.push_str(mark.as_str());
        let (tags, attributes) = tags_and_attributes(&markup);
        for tag in &tags {
            assert!(
                allowed_tags.contains(&tag.as_str()),
                "tag <{tag}> in {markup}"
            );
        }
        for attribute in &attributes {
            assert!(
                allowed_attributes.contains(&attribute.as_str()),
                "attribute {attribute} in {markup}"
            );
        }
        let event = &data.events[i];
        let mut title = Markup::default();
        title.text(&event.title);
        assert!(markup.contains(title.as_str()), "the title, escaped");
        assert!(!markup.contains("<script") && !markup.contains("<img"));
    }
    let page = html::static_page(
        &data,
        &(0..data.events.len()).map(EventIx::new).collect::<Vec<_>>(),
    );
    assert!(!page.contains("<script") && !page.contains("<img"));
}
