//! `cargo run --quiet --bin parley-draft -- --published YYYY-MM-DD [--outlet NAME]
//! [--format toml|json] FILE`, from the repository root: drafts the dataset's entries for the
//! article in FILE (`parley_core::draft`) against the dataset in `seeds/`, and prints them as
//! TOML to paste into `seeds/data/`, or as JSON.
//!
//! `--eval` drafts each seed article against the dataset without it and prints how the drafts
//! agree with the events written by hand (`make draft-eval`).

use parley_core::draft::eval::{f1, leave_one_out, percent, Score};
use parley_core::draft::{toml, Draft};
use parley_core::{source, Dataset, Day};
use serde_json::{json, Value};
use std::process::ExitCode;

const USAGE: &str = "usage: parley-draft --published YYYY-MM-DD [--outlet NAME] [--format toml|json] [--root DIR] FILE\n       parley-draft --eval [--root DIR]";

/// Bad input: the message, the usage, and exit code 2.
fn refuse(message: &str) -> ExitCode {
    eprintln!("parley-draft: {message}\n{USAGE}");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut published = None;
    let mut outlet = None;
    let mut format = String::from("toml");
    let mut root = std::path::PathBuf::from(".");
    let mut file = None;
    let mut eval = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--published" => published = args.next(),
            "--outlet" => outlet = args.next(),
            "--format" => format = args.next().unwrap_or_default(),
            "--root" => root = args.next().map(Into::into).unwrap_or(root),
            "--eval" => eval = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other if other.starts_with("--") => {
                return refuse(&format!("unknown option '{other}'"))
            }
            other => file = Some(other.to_string()),
        }
    }
    let data = match source::SourceFiles::read(&root).and_then(|files| source::build(&files)) {
        Ok(data) => data,
        Err(errors) => {
            for error in errors {
                eprintln!("{error}");
            }
            return ExitCode::FAILURE;
        }
    };
    if eval {
        return evaluate(&data);
    }
    if !matches!(format.as_str(), "toml" | "json") {
        return refuse(&format!("--format is toml or json, not '{format}'"));
    }
    let Some(published) = published else {
        return refuse("--published is needed: the article's publication date dates its weekdays");
    };
    let published = match Day::parse(&published) {
        Ok(day) => day,
        Err(e) => return refuse(&format!("--published: {e}")),
    };
    let Some(file) = file else {
        return refuse("name the article's text file");
    };
    let bytes = match std::fs::read(&file) {
        Ok(bytes) => bytes,
        Err(e) => return refuse(&format!("cannot read {file}: {e}")),
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return refuse(&format!("{file} is not UTF-8 text: save it as UTF-8"));
    };
    let draft = match Draft::new(&text, published, &data) {
        Ok(draft) => draft,
        Err(e) => return refuse(&format!("{file}: {e}")),
    };
    let document = std::path::Path::new(&file).file_stem().map_or_else(
        || String::from("article"),
        |s| s.to_string_lossy().into_owned(),
    );
    match format.as_str() {
        "json" => println!(
            "{}",
            serde_json::to_string_pretty(&as_json(&draft, &text)).unwrap_or_default()
        ),
        _ => {
            if let Some(outlet) = outlet {
                println!("# The article: {outlet}, {published}.");
            }
            print!("{}", toml::write(&draft, &text, &document, &data));
        }
    }
    ExitCode::SUCCESS
}

fn as_json(draft: &Draft, text: &str) -> Value {
    let events: Vec<Value> = draft
        .events
        .iter()
        .map(|e| {
            json!({
                "id": e.id,
                "excerpt": e.excerpts[0].slice(text),
                "excerpts": e.excerpts.iter().map(|r| r.slice(text)).collect::<Vec<_>>(),
                "date": {
                    "start": e.date.start.map(|d| d.to_string()),
                    "end": e.date.end.map(|d| d.to_string()),
                    "precision": e.date.precision,
                    "phrase": e.phrase,
                },
                "kind": e.kind.slug(),
                "status": e.status.slug(),
                "actors": e.actors,
                "place": e.place,
                "matches": e.matches,
            })
        })
        .collect();
    let actors: Vec<Value> = draft
        .actors
        .iter()
        .map(|a| json!({ "id": a.id, "name": a.name, "role": a.role, "excerpt": a.excerpt.slice(text) }))
        .collect();
    let quotes: Vec<Value> = draft
        .quotes
        .iter()
        .map(|q| {
            json!({
                "text": q.text.slice(text),
                "speaker": q.speaker,
                "medium": q.medium,
                "event": q.event.map(|e| draft.events[e].id.clone()),
            })
        })
        .collect();
    json!({ "events": events, "actors": actors, "quotes": quotes, "story": draft.story })
}

fn evaluate(data: &Dataset) -> ExitCode {
    let mut total = Score::default();
    println!("Each seed article drafted against the dataset without it, against the events written by hand that cite it.\n");
    println!("| article | written | drafted | recall | precision | exact dates | participant F1 | status | kind |");
    println!("|---|---|---|---|---|---|---|---|---|");
    let mut misses = Vec::new();
    for doc in &data.documents {
        let score = match leave_one_out(data, &doc.id) {
            Ok(score) => score,
            Err(e) => {
                eprintln!("{}: {e}", doc.id);
                return ExitCode::FAILURE;
            }
        };
        print_row(&doc.id, &score);
        misses.extend(score.misses.iter().map(|m| format!("{}: {m}", doc.id)));
        total.written += score.written;
        total.drafted += score.drafted;
        total.found += score.found;
        total.right += score.right;
        total.dates += score.dates;
        total.statuses += score.statuses;
        total.kinds += score.kinds;
        total.both += score.both;
        total.drafted_only += score.drafted_only;
        total.written_only += score.written_only;
        total.matched += score.matched;
        total.matched_right += score.matched_right;
    }
    print_row("**all**", &total);
    println!(
        "\nExisting-event matches: {} drafted events name an event already in the dataset; {} of them the one written for that excerpt.",
        total.matched, total.matched_right
    );
    println!("Goals: recall ≥ 90%, exact dates ≥ 90%, participant F1 ≥ 90%, precision ≥ 60%.\n");
    println!("What was missed or dated otherwise:");
    for miss in misses {
        println!("- {miss}");
    }
    ExitCode::SUCCESS
}

fn print_row(name: &str, s: &Score) {
    println!(
        "| {name} | {} | {} | {} | {} | {} | {} | {} | {} |",
        s.written,
        s.drafted,
        percent(s.found, s.written),
        percent(s.right, s.drafted),
        percent(s.dates, s.found),
        f1(s.both, s.drafted_only, s.written_only),
        percent(s.statuses, s.found),
        percent(s.kinds, s.found),
    );
}
