//! A view's events as TimelineJS JSON, the file a newsroom's TimelineJS (Knight Lab) story is
//! made from: a slide per event with its dates, its title, our summary and each cited sentence
//! with its source, in the reader's language (the sentences as published). TimelineJS wants a
//! start for every slide: an event known only as "on or before" a day starts on that day, and
//! its `display_date` ("on or before Jan 31, 2026") keeps the uncertainty in view.

use crate::date::Day;
use crate::html::{quoted_source, Markup};
use crate::i18n::{fill, Lang};
use crate::model::{Dataset, EventIx, Status};
use serde::Serialize;

#[derive(Serialize)]
pub struct Timeline {
    title: Slide,
    pub events: Vec<Slide>,
}

#[derive(Serialize)]
pub struct Slide {
    /// The event's id: TimelineJS puts it in the address (`#event-…`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unique_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<TimelineDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<TimelineDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    display_date: Option<String>,
    /// The event's kind, which TimelineJS draws as a row of its own.
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<&'static str>,
    pub text: SlideText,
}

#[derive(Serialize)]
pub struct TimelineDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

#[derive(Serialize)]
pub struct SlideText {
    pub headline: String,
    /// HTML, as TimelineJS renders it.
    pub text: String,
}

impl From<Day> for TimelineDate {
    fn from(day: Day) -> TimelineDate {
        TimelineDate {
            year: day.year(),
            month: day.month(),
            day: day.day(),
        }
    }
}

/// The TimelineJS story of `events` (a view's, in chronological order), in `lang`.
pub fn timelinejs(dataset: &Dataset, events: &[EventIx], view: &str, lang: Lang) -> Timeline {
    let t = lang.t();
    let about = fill(
        t.timeline_about,
        &[("view", view), ("version", &dataset.version)],
    );
    let mut intro = Markup::default();
    intro.raw("<p>").text(&about).raw("</p>");
    let title = Slide {
        unique_id: None,
        start_date: None,
        end_date: None,
        display_date: None,
        group: None,
        text: SlideText {
            headline: t.calendar_name.to_string(),
            text: intro.into_string(),
        },
    };
    let events = events
        .iter()
        .map(|&i| {
            let event = &dataset.events[i];
            let date = &event.date;
            let mut text = Markup::default();
            // Planned, claimed and denied are not held: the slide says which.
            if event.status != Status::Held {
                text.raw("<p><em>")
                    .text(event.status.label(lang))
                    .raw("</em></p>");
            }
            text.raw("<p>").text(event.summary.get(lang)).raw("</p>");
            for source in &event.sources {
                quoted_source(&mut text, dataset, source, lang);
            }
            Slide {
                unique_id: Some(event.id.clone()),
                start_date: Some(date.sort_day().into()),
                end_date: date
                    .start
                    .and(date.end)
                    .filter(|&end| Some(end) != date.start)
                    .map(Into::into),
                display_date: Some(date.display(lang)),
                group: Some(event.kind.label(lang)),
                text: SlideText {
                    headline: event.title.get(lang).to_string(),
                    text: text.into_string(),
                },
            }
        })
        .collect();
    Timeline { title, events }
}
