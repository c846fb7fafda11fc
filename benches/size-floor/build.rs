//! Bakes the seeds' dataset exactly as the app's build.rs does.

use parley_core::source::{build, SourceFiles};
use std::path::{Path, PathBuf};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let files = SourceFiles::read(&root).expect("the seeds are readable");
    let dataset = build(&files).unwrap_or_else(|_| panic!("the seeds build: run `make test`"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("dataset.postcard"), dataset.to_bytes()).expect("OUT_DIR is writable");
}
