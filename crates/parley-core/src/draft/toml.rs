//! A draft as the dataset's own TOML, a section for each file it goes into, ready to paste
//! into `seeds/data/`. Every field a person must write (titles, summaries, translations, an
//! actor's side) holds [`STILL_TO_WRITE`], which the build names by file and line.

use super::{Draft, STILL_TO_WRITE};
use crate::date::DateRule;
use crate::model::Dataset;

/// A TOML basic string: quoted, with `"`, `\` and control characters escaped.
pub fn quoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn todo(what: &str) -> String {
    quoted(&format!("{STILL_TO_WRITE} {what}"))
}

/// The id a drafted event has in the dataset once written: the event it reports again, if
/// any, else its own.
fn id_in_dataset<'d>(draft: &'d Draft, id: &'d str) -> &'d str {
    draft
        .events
        .iter()
        .find(|e| e.id == id)
        .and_then(|e| e.matches.as_deref())
        .unwrap_or(id)
}

/// The `date = { … }` table of a rule and its phrase; an anchor named as the dataset will
/// have it.
fn date_table(rule: &DateRule, phrase: &str, draft: &Draft) -> String {
    let fields = match rule {
        DateRule::Stated { day } => format!("rule = \"stated\", day = \"{day}\""),
        DateRule::StatedRange { start, end } => {
            format!("rule = \"stated-range\", start = \"{start}\", end = \"{end}\"")
        }
        DateRule::Weekday => "rule = \"weekday\"".into(),
        DateRule::NextWeekday => "rule = \"next-weekday\"".into(),
        DateRule::EarlierThisWeek => "rule = \"earlier-this-week\"".into(),
        DateRule::ThisWeek => "rule = \"this-week\"".into(),
        DateRule::EarlierThisMonth => "rule = \"earlier-this-month\"".into(),
        DateRule::LastMonth => "rule = \"last-month\"".into(),
        DateRule::NextMonth => "rule = \"next-month\"".into(),
        DateRule::Offset {
            anchor_id, days, ..
        } => format!(
            "rule = \"offset\", anchor = {}, days = {days}",
            quoted(id_in_dataset(draft, anchor_id))
        ),
        DateRule::OnOrBefore { day } => format!("rule = \"on-or-before\", day = \"{day}\""),
        DateRule::AfterPublication => "rule = \"after-publication\"".into(),
    };
    format!("date = {{ {fields}, phrase = {} }}", quoted(phrase))
}

/// The draft of `text`, to be saved as `seeds/<document>.txt`, as TOML.
pub fn write(draft: &Draft, text: &str, document: &str, data: &Dataset) -> String {
    let mut out = String::new();
    let line = |out: &mut String, s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    line(
        &mut out,
        &format!(
            "# Drafted by parley-draft from {document}, published {}.",
            draft.published
        ),
    );
    line(&mut out, &format!("# Save the article unchanged as seeds/{document}.txt and add its row (outlet, published,"));
    line(
        &mut out,
        "# headline) to the table in seeds/README.md. Then paste each section into the file it",
    );
    line(&mut out, &format!("# names. Every \"{STILL_TO_WRITE} …\" is yours to write: the build names each one it finds."));
    line(&mut out, "");
    line(&mut out, "# ==== seeds/data/documents.toml ====");
    line(&mut out, "[[document]]");
    line(&mut out, &format!("id = {}", quoted(document)));
    let lines: Vec<String> = draft
        .story
        .iter()
        .map(|[a, b]| format!("[{a}, {b}]"))
        .collect();
    line(&mut out, &format!("story_lines = [{}]", lines.join(", ")));

    if !draft.actors.is_empty() {
        line(&mut out, "");
        line(&mut out, "# ==== seeds/data/actors.toml ====");
    }
    for actor in &draft.actors {
        let surname = actor.name.split_whitespace().last().unwrap_or(&actor.name);
        line(&mut out, "");
        line(&mut out, "[[actor]]");
        line(&mut out, &format!("id = {}", quoted(&actor.id)));
        line(&mut out, &format!("name = {}", quoted(&actor.name)));
        line(
            &mut out,
            &format!(
                "uk.name = {}",
                todo(&format!("{} in Ukrainian", actor.name))
            ),
        );
        line(
            &mut out,
            &format!("ru.name = {}", todo(&format!("{} in Russian", actor.name))),
        );
        line(&mut out, "kind = \"person\"");
        line(
            &mut out,
            &format!("side = {}", todo("us, russia, ukraine, europe or other")),
        );
        let mut aliases = vec![quoted(&actor.name)];
        if surname != actor.name {
            aliases.push(quoted(surname));
        }
        line(&mut out, &format!("aliases = [{}]", aliases.join(", ")));
        line(&mut out, "roles = [");
        line(
            &mut out,
            &format!(
                "  {{ title = {}, uk = {}, ru = {}, document = {}, excerpt = {} }},",
                quoted(&actor.role),
                todo("the title in Ukrainian"),
                todo("the title in Russian"),
                quoted(document),
                quoted(actor.excerpt.slice(text)),
            ),
        );
        line(&mut out, "]");
    }

    line(&mut out, "");
    line(&mut out, "# ==== seeds/data/events.toml ====");
    for event in &draft.events {
        line(&mut out, "");
        let sources: Vec<String> = event
            .excerpts
            .iter()
            .map(|r| {
                format!(
                    "  {{ document = {}, excerpt = {} }},",
                    quoted(document),
                    quoted(r.slice(text))
                )
            })
            .collect();
        if let Some(existing) = &event.matches {
            line(
                &mut out,
                &format!(
                    "# Reported already as {existing}: add to its sources rather than a new event:"
                ),
            );
            for source in &sources {
                line(&mut out, &format!("#{source}"));
            }
            continue;
        }
        line(&mut out, "[[event]]");
        line(&mut out, &format!("id = {}", quoted(&event.id)));
        let title = match event.title.as_deref().map(str::trim) {
            Some(title) if !title.is_empty() => quoted(title),
            _ => todo("the event in a line, in our words"),
        };
        line(&mut out, &format!("title = {title}"));
        line(
            &mut out,
            &format!("summary = {}", todo("what happened, in our words")),
        );
        for lang in ["uk", "ru"] {
            line(
                &mut out,
                &format!("{lang}.title = {}", todo("the title translated")),
            );
            line(
                &mut out,
                &format!("{lang}.summary = {}", todo("the summary translated")),
            );
        }
        line(&mut out, &format!("kind = {}", quoted(event.kind.slug())));
        line(
            &mut out,
            &format!("status = {}", quoted(event.status.slug())),
        );
        let actors: Vec<String> = event.actors.iter().map(|a| quoted(a)).collect();
        line(&mut out, &format!("actors = [{}]", actors.join(", ")));
        if let Some(place) = &event.place {
            line(&mut out, &format!("place = {}", quoted(place)));
        }
        line(&mut out, &date_table(&event.rule, &event.phrase, draft));
        line(&mut out, "sources = [");
        for source in sources {
            line(&mut out, &source);
        }
        line(&mut out, "]");
    }

    let speakers = draft.quotes.iter().filter(|q| q.speaker.is_some());
    let mut ids: Vec<String> = Vec::new();
    let mut first = true;
    for quote in speakers {
        if first {
            line(&mut out, "");
            line(&mut out, "# ==== seeds/data/quotes.toml ====");
            first = false;
        }
        let speaker = quote.speaker.as_deref().unwrap_or_default();
        let words: Vec<String> = quote
            .text
            .slice(text)
            .split_whitespace()
            .take(3)
            .map(|w| {
                w.chars()
                    .filter(|c| c.is_ascii_alphanumeric())
                    .collect::<String>()
                    .to_lowercase()
            })
            .filter(|w| !w.is_empty())
            .collect();
        let base = format!("{speaker}-{}", words.join("-"));
        let mut id = base.clone();
        let mut n = 2;
        while ids.contains(&id) || data.quotes.iter().any(|q| q.id == id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        ids.push(id.clone());
        line(&mut out, "");
        line(&mut out, "[[quote]]");
        line(&mut out, &format!("id = {}", quoted(&id)));
        line(&mut out, &format!("speaker = {}", quoted(speaker)));
        line(
            &mut out,
            &format!("text = {}", quoted(quote.text.slice(text))),
        );
        line(&mut out, &format!("document = {}", quoted(document)));
        if let Some(event) = quote.event.map(|e| &draft.events[e]) {
            let id = id_in_dataset(draft, &event.id);
            line(&mut out, &format!("event = {}", quoted(id)));
        }
        if let Some(medium) = &quote.medium {
            line(&mut out, &format!("medium = {}", quoted(medium)));
            line(
                &mut out,
                &format!("uk.medium = {}", todo("the medium in Ukrainian")),
            );
            line(
                &mut out,
                &format!("ru.medium = {}", todo("the medium in Russian")),
            );
        }
    }
    out
}
