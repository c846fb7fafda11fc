//! `documents.toml`: each seed text with its story lines, outlet, date and headline.

use super::checker::Checker;
use super::files::{DataFile, SEEDS_DIR};
use super::readme::ReadmeRow;
use super::records::DocumentsFile;
use super::DataError;
use crate::model::{Document, TextRange};
use crate::text::sentences;

pub(super) fn build_documents(
    c: &mut Checker,
    rows: &[ReadmeRow],
    file: DocumentsFile,
) -> Vec<Document> {
    c.unique_ids(
        DataFile::Documents,
        "document",
        file.document.iter().map(|d| &d.id),
    );
    for (name, _) in &c.files.texts {
        if !file
            .document
            .iter()
            .any(|d| format!("{}.txt", d.id.get_ref()) == *name)
        {
            c.errors.push(DataError::new(
                &DataFile::Documents.path(),
                0,
                format!(
                    "seeds/{name} has no [[document]] entry: add one with its id and story_lines"
                ),
            ));
        }
    }
    let mut documents = Vec::new();
    for record in file.document {
        let name = format!("{}.txt", record.id.get_ref());
        let Some((_, text)) = c.files.texts.iter().find(|(n, _)| *n == name) else {
            c.error(
                DataFile::Documents,
                &record.id,
                format!("there is no file seeds/{name}: copy the article there unchanged"),
            );
            continue;
        };
        let Some(row) = rows.iter().find(|r| r.file == name) else {
            c.error(DataFile::Documents, &record.id, format!("seeds/README.md has no table row for {name}: add its outlet, date and headline"));
            continue;
        };
        let story = match line_ranges(text, record.story_lines.get_ref()) {
            Ok(story) => story,
            Err(e) => {
                c.error(
                    DataFile::Documents,
                    &record.story_lines,
                    format!("story_lines: {e}"),
                );
                continue;
            }
        };
        let author = record.author.map(|author| {
            let stated = text.contains(author.get_ref().as_str())
                || row
                    .byline
                    .as_deref()
                    .is_some_and(|b| b.contains(author.get_ref().as_str()));
            if !stated {
                c.error(
                    DataFile::Documents,
                    &author,
                    format!(
                        "the author '{}' is stated neither in {name} nor in its README row",
                        author.get_ref()
                    ),
                );
            }
            author.into_inner()
        });
        documents.push(Document {
            id: record.id.into_inner(),
            path: format!("{SEEDS_DIR}/{name}"),
            outlet: row.outlet.clone(),
            author,
            headline: row.headline.clone(),
            published: row.published,
            sentences: sentences(text, &story),
            story,
            text: text.clone(),
        });
    }
    documents
}

/// Byte ranges of the given 1-based inclusive line ranges of `text`.
fn line_ranges(text: &str, lines: &[[usize; 2]]) -> Result<Vec<TextRange>, String> {
    let mut starts = vec![0];
    starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    let count = starts.len();
    let mut ranges = Vec::new();
    for &[first, last] in lines {
        if first == 0 || last < first || last > count {
            return Err(format!(
                "line range {first}-{last} is not within lines 1-{count}"
            ));
        }
        let start = starts[first - 1];
        let end = if last < count {
            starts[last] - 1
        } else {
            text.len()
        };
        ranges.push(TextRange::new(start, end));
    }
    Ok(ranges)
}
