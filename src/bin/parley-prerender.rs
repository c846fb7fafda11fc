//! Prints the default view (the whole timeline, unfiltered) as hydratable HTML, rendered by
//! Yew's server renderer natively at build time. `scripts/prerender.mjs` puts it into
//! `index.html`, so the timeline and its citations paint before the wasm arrives, and read with
//! scripts off; the app then hydrates it (`parley::start`).

fn main() {
    let renderer = yew::ServerRenderer::<parley::app::App>::new();
    print!("{}", futures::executor::block_on(renderer.render()));
}
