//! Checks the dataset and bakes it into the bundle. Bad data stops the build here, with one
//! `file:line: what to fix` line per problem, so a broken excerpt never reaches a reader.

use parley_core::source::atlas::{build_atlas, COUNTRIES_110M};
use parley_core::source::{build, SourceFiles};
use std::path::{Path, PathBuf};

/// From this many events on, the search index is baked into the bundle.
const BAKE_INDEX_FROM: usize = 5_000;

fn main() {
    // PARLEY_DATA_ROOT bakes another folder's `seeds/` instead: the end-to-end tests use it for
    // a fixture full of hostile markup.
    println!("cargo:rerun-if-env-changed=PARLEY_DATA_ROOT");
    let root = match std::env::var_os("PARLEY_DATA_ROOT") {
        Some(root) => Path::new(env!("CARGO_MANIFEST_DIR")).join(root),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")),
    };
    let dataset = SourceFiles::read(&root).and_then(|files| {
        for path in files.paths() {
            println!("cargo:rerun-if-changed={}", root.join(path).display());
        }
        build(&files)
    });
    // A new seed file must rebuild too, not only a changed one.
    println!("cargo:rerun-if-changed={}", root.join("seeds").display());
    // PARLEY_SYNTHETIC_EVENTS=N adds N synthetic events (fixed seed) for load tests.
    println!("cargo:rerun-if-env-changed=PARLEY_SYNTHETIC_EVENTS");
    let synthetic: usize = std::env::var("PARLEY_SYNTHETIC_EVENTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    match dataset {
        Ok(mut dataset) => {
            parley_core::synthetic::extend(&mut dataset, synthetic, 42);
            let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
            std::fs::write(out.join("dataset.postcard"), dataset.to_bytes())
                .expect("OUT_DIR is writable");
            // Large datasets bake their search index too: building it costs a browser far more
            // than decoding it (0.6 s against 0.05 s at 100,000 events). Small ones build it at
            // start-up in a millisecond, and save its bytes on the wire (an empty file says so).
            let index = match dataset.events.len() >= BAKE_INDEX_FROM {
                true => parley_core::query::SearchIndex::new(&dataset).to_bytes(),
                false => Vec::new(),
            };
            std::fs::write(out.join("index.postcard"), index).expect("OUT_DIR is writable");
            // The map's outlines, for the region the places need.
            let atlas = build_atlas(COUNTRIES_110M, &dataset.places).unwrap_or_else(|e| {
                eprintln!("\nThe map's outlines: {e}\n");
                std::process::exit(1);
            });
            std::fs::write(out.join("atlas.postcard"), atlas.to_bytes())
                .expect("OUT_DIR is writable");
        }
        Err(errors) => {
            eprintln!("\nThe Parley dataset has {} problem(s):\n", errors.len());
            for error in &errors {
                eprintln!("{error}");
            }
            eprintln!("\nFix them in the files named above; the seed texts themselves must stay unchanged.\n");
            std::process::exit(1);
        }
    }
}
