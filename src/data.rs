//! The baked dataset, its search index (baked too for large datasets) and the map's atlas, each
//! decoded or built once on first use.

use parley_core::atlas::Atlas;
use parley_core::query::SearchIndex;
use parley_core::view::Corpus;
use parley_core::Dataset;
use std::sync::OnceLock;

static BAKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.postcard"));
static BAKED_INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.postcard"));
static BAKED_ATLAS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/atlas.postcard"));

pub fn dataset() -> &'static Dataset {
    static DATASET: OnceLock<Dataset> = OnceLock::new();
    DATASET.get_or_init(|| {
        Dataset::from_bytes(BAKED).expect("build.rs wrote this dataset with the same schema")
    })
}

pub fn search_index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| match BAKED_INDEX.is_empty() {
        // build.rs bakes the index of large datasets only.
        true => SearchIndex::new(dataset()),
        false => SearchIndex::from_bytes(BAKED_INDEX)
            .expect("build.rs wrote this index with the same schema"),
    })
}

/// The map's outlines and the places' positions.
pub fn atlas() -> &'static Atlas {
    static ATLAS: OnceLock<Atlas> = OnceLock::new();
    ATLAS.get_or_init(|| {
        Atlas::from_bytes(BAKED_ATLAS).expect("build.rs wrote this atlas with the same schema")
    })
}

/// Every pair of actors who share events (the who-met-whom network), computed once, when an
/// actor's page first asks.
fn network() -> &'static [parley_core::query::Pair] {
    static PAIRS: OnceLock<Vec<parley_core::query::Pair>> = OnceLock::new();
    PAIRS.get_or_init(|| {
        let index = search_index();
        parley_core::query::co_participation(index, &index.all())
    })
}

/// The baked data, as every view is computed from it.
pub fn corpus() -> Corpus<'static> {
    Corpus {
        data: dataset(),
        index: search_index(),
        atlas: atlas(),
        pairs: &network,
        sin_cos,
    }
}

/// The browser's sine and cosine: Rust's own would add 8 KB to the bundle. Prerendered at
/// build time, natively, there is no browser; hydration then writes the browser's.
fn sin_cos(angle: f64) -> (f64, f64) {
    match cfg!(target_arch = "wasm32") {
        true => (js_sys::Math::sin(angle), js_sys::Math::cos(angle)),
        false => angle.sin_cos(),
    }
}
