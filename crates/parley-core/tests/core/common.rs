//! Loads the real seeds for the integration tests.

use parley_core::query::SearchIndex;
use parley_core::source::{build, SourceFiles};
use parley_core::Dataset;
use std::path::Path;

pub fn repository_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .and_then(Path::parent)
        .expect("the core crate lives in crates/")
}

pub fn seed_files() -> SourceFiles {
    SourceFiles::read(repository_root()).expect("the seeds are readable")
}

pub fn dataset() -> Dataset {
    build(&seed_files()).unwrap_or_else(|errors| {
        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the real dataset must build:\n{}", lines.join("\n"))
    })
}

/// The real dataset and its search index, built once for all the tests.
#[allow(dead_code)] // The engine's benchmark compiles this module too, and builds its own.
pub fn indexed() -> &'static (Dataset, SearchIndex) {
    static DATA: std::sync::OnceLock<(Dataset, SearchIndex)> = std::sync::OnceLock::new();
    DATA.get_or_init(|| {
        let data = dataset();
        let index = SearchIndex::new(&data);
        (data, index)
    })
}
