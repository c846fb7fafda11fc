//! Installable and offline, on hosted builds: each language's web app manifest, and the service
//! worker (`sw.js`, at the site's root) that caches every page of every language with the files
//! they load under the dataset's version. The worker's logic is `sw.js` beside this file; the
//! build writes the version and the files above it.

use crate::i18n::Lang;
use crate::link::Link;
use serde_json::json;

/// The icons the manifest names, as the build draws them from the favicon: (file, pixels).
pub const ICONS: [(&str, u32); 2] = [("icon-192.png", 192), ("icon-512.png", 512)];

/// Where a language's manifest is, from the site's root: `manifest.webmanifest`,
/// `uk/manifest.webmanifest`. Every page names its language's, relative to its base.
pub fn manifest_path(lang: Lang) -> String {
    format!("{}manifest.webmanifest", Link::default().site_path(lang))
}

/// The way from a language's root up to the site's: `""`, `"../"`.
fn up(lang: Lang) -> String {
    "../".repeat(Link::default().site_path(lang).matches('/').count())
}

/// `lang`'s web app manifest: Parley in that language, opening on its timeline, its scope the
/// whole site, so that a link to another language stays in the installed app.
pub fn manifest(lang: Lang) -> String {
    let t = lang.t();
    let up = up(lang);
    let icons: Vec<serde_json::Value> = ICONS
        .iter()
        .map(|(file, size)| {
            json!({"src": format!("{up}{file}"), "sizes": format!("{size}x{size}"), "type": "image/png"})
        })
        .collect();
    let manifest = json!({
        "name": t.calendar_name,
        "short_name": "Parley",
        "description": t.site_description,
        "lang": lang.code(),
        "dir": "ltr",
        "start_url": "./",
        "scope": if up.is_empty() { "./".to_string() } else { up.clone() },
        "display": "standalone",
        "background_color": "#fbfaf7",
        "theme_color": "#1f4e79",
        "icons": icons,
    });
    serde_json::to_string_pretty(&manifest).expect("a manifest always serialises")
}

/// `sw.js`: the worker, caching `files` (addresses from the site's root: a page by its folder,
/// `events/<id>/`, the root page as `./`) under `version`.
pub fn service_worker(version: &str, files: &[String]) -> String {
    format!(
        "const VERSION = {};\nconst FILES = {};\n{}",
        json!(version),
        json!(files),
        include_str!("sw.js")
    )
}

/// The address the worker caches a file of the built site under, from its path in the site's
/// folder (`events/x/index.html` → `events/x/`), or `None` for a file it leaves out: the
/// precompressed copies (a host serves them in the same file's place), the preview images
/// (only link previews show them), and the worker itself.
pub fn cached_address(path: &str) -> Option<String> {
    let name = path.rsplit('/').next().unwrap_or(path);
    let left_out =
        name.ends_with(".br") || name.ends_with(".gz") || name == "preview.png" || path == "sw.js";
    match (left_out, path.strip_suffix("index.html")) {
        (true, _) => None,
        (false, Some("")) => Some("./".to_string()),
        (false, Some(folder)) => Some(folder.to_string()),
        (false, None) => Some(path.to_string()),
    }
}
