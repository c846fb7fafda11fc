//! The draft page's bundle (`draft/index.html`): the drafting aid, apart from the explorer.

fn main() {
    parley::panic::install_hook();
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("draft/index.html has #app");
    root.set_inner_html("");
    yew::Renderer::<parley::draft_page::DraftPage>::with_root(root).render();
}
