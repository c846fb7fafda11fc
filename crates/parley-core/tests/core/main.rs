//! The core's integration tests, in one test binary: each mutant `make mutants` tests, and each
//! change to the core, then links one binary rather than one per file.

mod common;

mod axis;
mod dataset;
mod dates;
mod draft;
mod draft_reports;
mod engine_model;
mod export;
mod link;
mod map;
mod map_labels;
mod query;
mod site;
mod story;
mod validation;
mod views;
