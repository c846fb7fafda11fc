//! The query engine at N = 1k, 10k, 100k and 1M events: the seeds plus synthetic events drawn
//! with the fixed seed the stress builds use. Run with `make bench`, which also prints how each
//! query scales with N (scripts/bench-scaling.mjs).
//!
//! Each query is one timeline update as a reader makes it, and each returns both the events and
//! every facet's counts, since the timeline always shows both.

#[path = "../tests/core/common.rs"]
mod common;

use divan::Bencher;
use parley_core::facet::Kinds;
use parley_core::query::{run, Filter, SearchIndex};
use parley_core::{synthetic, Dataset, Day};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

const SIZES: [usize; 4] = [1_000, 10_000, 100_000, 1_000_000];

/// The dataset and index for `n` events, built once per size and shared by every benchmark.
fn fixture(n: usize) -> &'static (Dataset, SearchIndex) {
    static FIXTURES: OnceLock<Mutex<HashMap<usize, &'static (Dataset, SearchIndex)>>> =
        OnceLock::new();
    let mut fixtures = FIXTURES.get_or_init(Default::default).lock().unwrap();
    fixtures.entry(n).or_insert_with(|| {
        let mut data = common::dataset();
        let synthetic_events = n.saturating_sub(data.events.len());
        synthetic::extend(&mut data, synthetic_events, 42);
        let index = SearchIndex::new(&data);
        Box::leak(Box::new((data, index)))
    })
}

fn bench_query(bencher: Bencher, n: usize, filter: Filter) {
    let (_, index) = fixture(n);
    bencher.bench(|| run(index, divan::black_box(&filter)));
}

fn day(text: &str) -> Option<Day> {
    Some(Day::parse(text).expect("a valid day"))
}

/// The first view: no filter, every event, every facet counted.
#[divan::bench(args = SIZES)]
fn all_events(bencher: Bencher, n: usize) {
    bench_query(bencher, n, Filter::default());
}

/// A facet click: one actor and one kind.
#[divan::bench(args = SIZES)]
fn facet_filter(bencher: Bencher, n: usize) {
    let filter = Filter::for_actor("witkoff").with(&Kinds, "meeting");
    bench_query(bencher, n, filter);
}

/// A keystroke in the search box: two terms, one of them a fragment.
#[divan::bench(args = SIZES)]
fn text_search(bencher: Bencher, n: usize) {
    let filter = Filter {
        text: "peace zelensk".into(),
        ..Filter::default()
    };
    bench_query(bencher, n, filter);
}

/// Everything at once: actors, a kind, a date range and search text.
#[divan::bench(args = SIZES)]
fn combined(bencher: Bencher, n: usize) {
    let filter = Filter {
        from: day("2025-03-01"),
        to: day("2026-02-28"),
        text: "putin".into(),
        ..Filter::for_actor("witkoff")
            .with(&Kinds, "meeting")
            .with(&Kinds, "phone-call")
    };
    bench_query(bencher, n, filter);
}

fn main() {
    divan::main();
}
