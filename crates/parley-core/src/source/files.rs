//! The dataset's input files, read as text: the seeds README, the seed texts and the six
//! files of `seeds/data/`.

use super::DataError;
use std::path::Path;

/// The files a dataset is built from, as text. Paths are relative to the repository root.
#[derive(Clone, Debug)]
pub struct SourceFiles {
    /// `seeds/README.md`, whose table gives each article's outlet, date and headline.
    pub readme: String,
    /// `(file name, text)` for each `seeds/*.txt`, sorted by name.
    pub texts: Vec<(String, String)>,
    pub documents: String,
    pub actors: String,
    pub places: String,
    pub events: String,
    pub quotes: String,
    pub claims: String,
    pub topics: String,
}

pub const SEEDS_DIR: &str = "seeds";

/// The seven files of `seeds/data/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFile {
    Documents,
    Actors,
    Places,
    Events,
    Quotes,
    Claims,
    Topics,
}

impl DataFile {
    pub const ALL: [DataFile; 7] = [
        DataFile::Documents,
        DataFile::Actors,
        DataFile::Places,
        DataFile::Events,
        DataFile::Quotes,
        DataFile::Claims,
        DataFile::Topics,
    ];

    fn name(self) -> &'static str {
        match self {
            DataFile::Documents => "documents",
            DataFile::Actors => "actors",
            DataFile::Places => "places",
            DataFile::Events => "events",
            DataFile::Quotes => "quotes",
            DataFile::Claims => "claims",
            DataFile::Topics => "topics",
        }
    }

    /// The path from the repository root: `seeds/data/events.toml`.
    pub fn path(self) -> String {
        format!("{SEEDS_DIR}/data/{}.toml", self.name())
    }

    /// This file's text in `files`.
    pub fn text(self, files: &SourceFiles) -> &str {
        match self {
            DataFile::Documents => &files.documents,
            DataFile::Actors => &files.actors,
            DataFile::Places => &files.places,
            DataFile::Events => &files.events,
            DataFile::Quotes => &files.quotes,
            DataFile::Claims => &files.claims,
            DataFile::Topics => &files.topics,
        }
    }
}

impl SourceFiles {
    /// Reads `seeds/` under the repository root `root`.
    pub fn read(root: &Path) -> Result<SourceFiles, Vec<DataError>> {
        let read = |relative: &str| {
            std::fs::read_to_string(root.join(relative)).map_err(|e| {
                vec![DataError::new(
                    relative,
                    0,
                    format!("cannot read the file: {e}"),
                )]
            })
        };
        let mut texts = Vec::new();
        let dir = root.join(SEEDS_DIR);
        let entries = std::fs::read_dir(&dir).map_err(|e| {
            vec![DataError::new(
                SEEDS_DIR,
                0,
                format!("cannot read the folder: {e}"),
            )]
        })?;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".txt") {
                texts.push((name.clone(), read(&format!("{SEEDS_DIR}/{name}"))?));
            }
        }
        texts.sort();
        let data = |file: DataFile| read(&file.path());
        Ok(SourceFiles {
            readme: read(&format!("{SEEDS_DIR}/README.md"))?,
            texts,
            documents: data(DataFile::Documents)?,
            actors: data(DataFile::Actors)?,
            places: data(DataFile::Places)?,
            events: data(DataFile::Events)?,
            quotes: data(DataFile::Quotes)?,
            claims: data(DataFile::Claims)?,
            topics: data(DataFile::Topics)?,
        })
    }

    /// Every input path, for `cargo:rerun-if-changed`.
    pub fn paths(&self) -> Vec<String> {
        let mut paths = vec![format!("{SEEDS_DIR}/README.md")];
        paths.extend(
            self.texts
                .iter()
                .map(|(name, _)| format!("{SEEDS_DIR}/{name}")),
        );
        paths.extend(DataFile::ALL.iter().map(|f| f.path()));
        paths
    }
}

/// A short FNV-1a digest of every input, as the dataset version.
pub(super) fn digest(files: &SourceFiles) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |text: &str| {
        for byte in text.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    feed(&files.readme);
    for (name, text) in &files.texts {
        feed(name);
        feed(text);
    }
    for file in DataFile::ALL {
        feed(file.text(files));
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(readme: String) -> SourceFiles {
        SourceFiles {
            readme,
            texts: vec![("000_a.txt".into(), "text".into())],
            documents: String::new(),
            actors: String::new(),
            places: String::new(),
            events: String::new(),
            quotes: String::new(),
            claims: String::new(),
            topics: String::new(),
        }
    }

    #[test]
    fn the_version_tells_apart_inputs_that_differ_in_one_byte() {
        let versions: std::collections::HashSet<String> = (0..=255u8)
            .map(|b| digest(&files(format!("{}README", char::from(b)))))
            .collect();
        assert_eq!(versions.len(), 256);
        assert!(versions
            .iter()
            .all(|v| v.len() == 16 && v.chars().all(|c| c.is_ascii_hexdigit())));
        let same = files("README".into());
        assert_eq!(digest(&same), digest(&same.clone()));
        let mut other = same.clone();
        other.topics.push(' ');
        assert_ne!(digest(&same), digest(&other), "every data file counts");
    }

    #[test]
    fn every_input_is_a_path_the_build_watches() {
        let paths = files(String::new()).paths();
        let mut expected = vec!["seeds/README.md".to_string(), "seeds/000_a.txt".to_string()];
        expected.extend(DataFile::ALL.iter().map(|f| f.path()));
        assert_eq!(paths, expected);
        assert!(paths.contains(&"seeds/data/topics.toml".to_string()));
    }
}
