//! The seeds README's table: each article's file, outlet (and byline), publication date and
//! headline.

use super::files::SEEDS_DIR;
use super::DataError;
use crate::date::Day;

/// One row of the seeds README's table.
pub(super) struct ReadmeRow {
    pub(super) file: String,
    pub(super) outlet: String,
    pub(super) byline: Option<String>,
    pub(super) published: Day,
    pub(super) headline: String,
}

pub(super) fn readme_rows(readme: &str, errors: &mut Vec<DataError>) -> Vec<ReadmeRow> {
    let path = format!("{SEEDS_DIR}/README.md");
    let mut rows = Vec::new();
    for (n, line) in readme.lines().enumerate() {
        let cells: Vec<&str> = line
            .trim()
            .trim_matches('|')
            .split('|')
            .map(str::trim)
            .collect();
        if cells.len() != 4 || !cells[0].ends_with(".txt") {
            continue;
        }
        let (outlet, byline) = match cells[1].split_once(" (") {
            Some((outlet, rest)) => (
                outlet.to_string(),
                Some(rest.trim_end_matches(')').to_string()),
            ),
            None => (cells[1].to_string(), None),
        };
        match Day::parse(cells[2]) {
            Ok(published) => rows.push(ReadmeRow {
                file: cells[0].to_string(),
                outlet,
                byline,
                published,
                headline: cells[3].to_string(),
            }),
            Err(e) => errors.push(DataError::new(
                &path,
                n + 1,
                format!("publication date: {e}"),
            )),
        }
    }
    rows
}
