//! `cargo run --quiet --bin parley-export -- --format json|csv|ics`, from the repository root:
//! builds and checks the dataset from `seeds/` exactly as the app's build does, and prints it.

use parley_core::{export, source};
use std::process::ExitCode;

const USAGE: &str = "usage: parley-export --format json|csv|ics [--root DIR]";

fn main() -> ExitCode {
    let mut format = None;
    let mut root = std::path::PathBuf::from(".");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" => format = args.next(),
            "--root" => root = args.next().map(Into::into).unwrap_or(root),
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
    let dataset = match source::SourceFiles::read(&root).and_then(|files| source::build(&files)) {
        Ok(dataset) => dataset,
        Err(errors) => {
            for error in errors {
                eprintln!("{error}");
            }
            return ExitCode::FAILURE;
        }
    };
    let all: Vec<usize> = (0..dataset.events.len()).collect();
    let output = match format.as_deref() {
        Some("json") => export::json(&dataset),
        Some("csv") => export::csv(&dataset, &all),
        Some("ics") => export::ics(&dataset, &all),
        _ => {
            eprintln!("parley-export: --format must be json, csv or ics\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    print!("{output}");
    ExitCode::SUCCESS
}
