//! `cargo run --quiet --bin parley-export -- --format json|csv|ics|query [--query QS]`, from
//! the repository root: builds and checks the dataset from `seeds/` exactly as the app's build
//! does, and prints it.
//!
//! `--query` takes a timeline query string (`actor=witkoff&kind=meeting`) and exports only the
//! events it selects; `--format geojson` writes their places and `--format gexf` their network,
//! `--format timelinejs` a TimelineJS story of them, and `csl-json`, `ris` and `bibtex`
//! the articles they cite, as the Export menu does. `--format sqlite --output FILE` writes the
//! whole dataset as a SQLite database for Datasette and sqlite-utils (`sqlite.rs`). `--lang` picks
//! the language of those and of CSV and iCalendar (English if not given). `--format view --link HASH` prints the view struct the app renders for
//! that link (`parley_core::view`), as JSON: positions are numbers, links their `href`. `--format query` prints what the core's engine gives for it: event ids,
//! facet counts and notices; `--format network`, every pair of actors who share events
//! it selects. The
//! end-to-end tests compare the pages against these. `--format static-html` prints the selected
//! events as one plain HTML page with no script: the floor the browser benchmark measures the
//! app's first paint against. `--format pages` lists every page of the hosted build with its
//! title and description.

use parley_core::facet::FACETS;
use parley_core::i18n::Lang;
use parley_core::link::{self, lang_in, Link};
use parley_core::query::{co_participation, run, SearchIndex};
use parley_core::view::{Corpus, View};
use parley_core::{export, html, source, Dataset, EventIx};
use std::process::ExitCode;

mod sqlite;

const USAGE: &str =
    "usage: parley-export --format json|csv|ics|geojson|gexf|timelinejs|csl-json|ris|bibtex|sqlite|query|network|static-html|pages|view [--query QUERY-STRING] [--lang en|uk|ru] [--output FILE] [--link HASH] [--root DIR] [--synthetic N]";

fn main() -> ExitCode {
    let mut format = None;
    let mut query = None;
    let mut link = None;
    let mut output = None;
    let mut lang = Lang::En;
    let mut root = std::path::PathBuf::from(".");
    let mut synthetic = 0;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" => format = args.next(),
            "--query" => query = args.next(),
            "--link" => link = args.next(),
            "--output" => output = args.next().map(std::path::PathBuf::from),
            "--lang" => match args.next().as_deref().and_then(Lang::from_code) {
                Some(chosen) => lang = chosen,
                None => {
                    eprintln!("parley-export: --lang must be en, uk or ru\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "--root" => root = args.next().map(Into::into).unwrap_or(root),
            "--synthetic" => synthetic = args.next().and_then(|n| n.parse().ok()).unwrap_or(0),
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("parley-export: unknown argument '{other}'\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let mut dataset = match source::SourceFiles::read(&root).and_then(|files| source::build(&files))
    {
        Ok(dataset) => dataset,
        Err(errors) => {
            for error in errors {
                eprintln!("{error}");
            }
            return ExitCode::FAILURE;
        }
    };
    // The same synthetic events, with the same seed, as a PARLEY_SYNTHETIC_EVENTS build bakes.
    parley_core::synthetic::extend(&mut dataset, synthetic, 42);
    let index = SearchIndex::new(&dataset);
    let (filter, notices) = link::parse_filter(query.as_deref().unwrap_or(""), &index);
    let result = run(&index, &filter);
    let output = match format.as_deref() {
        Some("sqlite") => {
            let (Some(output), None) = (&output, &query) else {
                eprintln!("parley-export: --format sqlite writes the whole dataset to --output FILE (and takes no --query)\n{USAGE}");
                return ExitCode::from(2);
            };
            return match sqlite::write(&dataset, output) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("parley-export: {e}");
                    ExitCode::FAILURE
                }
            };
        }
        Some("json") if query.is_none() => export::json(&dataset),
        Some("json") => {
            eprintln!("parley-export: --format json prints the whole dataset; use csv, ics or query with --query");
            return ExitCode::from(2);
        }
        Some("csv") => export::csv(&dataset, &result.events, None, lang),
        Some("geojson") => {
            let view = format!("map/?{}", query.as_deref().unwrap_or(""));
            let places = export::geojson(&dataset, &result.events, &view, lang);
            serde_json::to_string_pretty(&places).expect("GeoJSON always serialises")
        }
        Some("gexf") => {
            let view = format!("network/?{}", query.as_deref().unwrap_or(""));
            export::gexf(&dataset, &index, &result.events, &view, lang)
        }
        Some("timelinejs") => {
            let view = format!("?{}", query.as_deref().unwrap_or(""));
            let story = export::timelinejs(&dataset, &result.events, &view, lang);
            serde_json::to_string_pretty(&story).expect("a TimelineJS story always serialises")
        }
        Some("csl-json") => {
            let items = export::citation::csl_json(&dataset, &result.events);
            serde_json::to_string_pretty(&items).expect("CSL-JSON always serialises")
        }
        Some("ris") => export::citation::ris(&dataset, &result.events),
        Some("bibtex") => export::citation::bibtex(&dataset, &result.events),
        Some("ics") => export::ics(&dataset, &result.events, None, lang),
        Some("query") => query_json(&dataset, &index, &result, &notices),
        Some("network") => network_json(&dataset, &index, &result.events),
        Some("static-html") => html::static_page(&dataset, &result.events),
        Some("pages") => pages_json(&dataset, &index),
        Some("view") => {
            let hash = link.as_deref().unwrap_or("#/");
            let lang = lang_in(hash).unwrap_or_default();
            let (link, notices) = Link::parse_in(hash, &dataset, &index, lang);
            view_json(&dataset, &index, &link, &notices, lang)
        }
        _ => {
            eprintln!("parley-export: --format must be json, csv, ics, geojson, gexf, timelinejs, csl-json, ris, bibtex, sqlite, query, network, static-html, pages or view\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    print!("{output}");
    ExitCode::SUCCESS
}

/// `[{"link", "lang", "path", "title", "document_title", "description"}]`: every page the
/// hosted build writes (`parley_core::view::page`), in each language, with what it says of
/// itself; `path` is its folder from the site's root.
fn pages_json(dataset: &Dataset, index: &SearchIndex) -> String {
    use parley_core::view::page::{pages, PageMeta};
    let pages: Vec<serde_json::Value> = pages(dataset)
        .iter()
        .flat_map(|link| Lang::ALL.map(|lang| (link, lang)))
        .map(|(link, lang)| {
            let meta = PageMeta::new(dataset, index, link, lang);
            serde_json::json!({
                "link": link.href(),
                "lang": lang.code(),
                "path": link.site_path(lang),
                "title": meta.title,
                "document_title": meta.document_title,
                "description": meta.description,
            })
        })
        .collect();
    serde_json::Value::from(pages).to_string()
}

/// `{"events": [ids], "facets": {"kind": {"meeting": 3, …}, …}, "notices": […]}`
fn query_json(
    dataset: &Dataset,
    index: &SearchIndex,
    result: &parley_core::query::QueryResult,
    notices: &[String],
) -> String {
    use serde_json::{json, Map, Value};
    let facets: Map<String, Value> = FACETS
        .iter()
        .map(|&facet| {
            let values = index.values(facet).iter().zip(result.counts(facet));
            let counts = values.map(|(v, n)| (v.slug.clone(), json!(n)));
            (facet.param().to_string(), Value::Object(counts.collect()))
        })
        .collect();
    json!({
        "events": result.events.iter().map(|&i| dataset.events[i].id.clone()).collect::<Vec<_>>(),
        "facets": facets,
        "notices": notices,
    })
    .to_string()
}

/// `{"link": "#/…", "notices": […], "view": {…}}`: the view struct the app renders for `link`,
/// or `null` for a link to nothing.
fn view_json(
    dataset: &Dataset,
    index: &SearchIndex,
    link: &Link,
    notices: &[String],
    lang: Lang,
) -> String {
    let pairs = co_participation(index, &index.all());
    let atlas = source::atlas::build_atlas(source::atlas::COUNTRIES_110M, &dataset.places)
        .expect("the vendored outlines build");
    let corpus = Corpus {
        data: dataset,
        index,
        atlas: &atlas,
        pairs: &|| &pairs,
        sin_cos: f64::sin_cos,
    };
    let view = serde_json::to_value(View::for_link(corpus, link, lang));
    let view = view.expect("a view struct always serialises");
    serde_json::json!({ "link": link.href(), "notices": notices, "view": view }).to_string()
}

/// `[{"a": "putin", "b": "witkoff", "events": [ids]}, …]`, heaviest first: the pairs who share
/// `events`.
fn network_json(dataset: &Dataset, index: &SearchIndex, events: &[EventIx]) -> String {
    let pairs = co_participation(index, events);
    let pairs: Vec<serde_json::Value> = pairs
        .iter()
        .map(|p| {
            serde_json::json!({
                "a": dataset.actors[p.a].id,
                "b": dataset.actors[p.b].id,
                "events": p.events.iter().map(|&i| dataset.events[i].id.clone()).collect::<Vec<_>>(),
            })
        })
        .collect();
    serde_json::Value::Array(pairs).to_string()
}
