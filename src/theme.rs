//! Light and dark mode: follows `prefers-color-scheme` until the reader picks one, then
//! remembers the pick. Storage may be missing, full or hold garbage; then defaults apply.

const KEY: &str = "parley-theme";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn other(self) -> Theme {
        match self {
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Light,
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The remembered pick, else the system's preference.
pub fn current() -> Theme {
    // Prerendered at build time there is no browser: the stylesheet follows the system until
    // the app starts.
    if !cfg!(target_arch = "wasm32") {
        return Theme::Light;
    }
    match storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .as_deref()
    {
        Some("dark") => Theme::Dark,
        Some("light") => Theme::Light,
        _ => {
            let prefers_dark = web_sys::window()
                .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
                .is_some_and(|m| m.matches());
            if prefers_dark {
                Theme::Dark
            } else {
                Theme::Light
            }
        }
    }
}

/// Shows `theme` and remembers it where storage allows.
pub fn apply(theme: Theme, remember: bool) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-theme", theme.name());
    }
    if remember {
        if let Some(storage) = storage() {
            let _ = storage.set_item(KEY, theme.name());
        }
    }
}
