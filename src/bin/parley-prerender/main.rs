//! Writes the hosted site: a page per view and language, each the same `App` rendered by Yew's
//! server renderer natively at build time, which the app then hydrates (`parley::start`); and
//! `sitemap.xml`, `robots.txt`, `404.html`, each language's feed and manifest, the app's icons,
//! and `sw.js`, the service worker that keeps them all offline.
//!
//! `parley-prerender --dist DIR --site URL` reads `DIR/index.html`, the page Trunk built (with
//! the loader `scripts/prerender.mjs` wrote), as the template of every page. Each page gets its
//! language, its head (`parley_core::site::head`), a `<base>` at its language's root, asset
//! addresses from there, and its view in `#app`.

mod previews;

use parley::data::{dataset, search_index};
use parley_core::i18n::Lang;
use parley_core::link::{to_site_root, Link};
use parley_core::site::{self, SiteUrl};
use parley_core::view::page::pages;
use previews::Previews;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Above this many events (the stress builds) only the default view is prerendered: a page per
/// event would be a hundred thousand files.
const MOST_EVENTS_PAGED: usize = 5_000;

/// What Trunk leaves in `#app` until a view is rendered there.
const PLACEHOLDER: &str = "<div id=\"app\"><p class=\"loading\">Loading Parley…</p></div>";

struct Args {
    dist: PathBuf,
    site: SiteUrl,
}

fn args() -> Result<Args, String> {
    let mut dist = None;
    let mut site = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next().ok_or_else(|| format!("{arg} needs a value"))?;
        match arg.as_str() {
            "--dist" => dist = Some(PathBuf::from(value)),
            "--site" => {
                let url = SiteUrl::new(&value);
                site = Some(url.ok_or_else(|| format!("--site {value}: not an http(s) URL"))?);
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(Args {
        dist: dist.ok_or("--dist DIR is required")?,
        site: site.ok_or("--site URL is required")?,
    })
}

/// Renders `link` in `lang` as the app's first render will: hydratable HTML.
fn render(link: &Link, lang: Lang) -> String {
    parley::router::prerender(link.clone(), lang);
    let renderer = yew::LocalServerRenderer::<parley::app::App>::new();
    futures::executor::block_on(renderer.render())
}

/// The way from `link`'s page to its language's root, which is the page's base: `./` for the
/// root itself, `../../` for `events/<id>/`.
fn base_of(link: &Link) -> String {
    match link.site_path(Lang::En).matches('/').count() {
        0 => String::from("./"),
        depth => "../".repeat(depth),
    }
}

/// Replaces the one `from` in `page`, or says what the template lacks.
fn swap(page: &mut String, what: &str, from: &str, to: &str) -> Result<(), String> {
    match page.find(from) {
        Some(at) => {
            page.replace_range(at..at + from.len(), to);
            Ok(())
        }
        None => Err(format!("the template has no {what} ({from})")),
    }
}

/// The template made into `link`'s page in `lang`: its language, its head, its base, asset
/// addresses from there, and its view.
fn page(template: &str, link: &Link, lang: Lang, site: &SiteUrl) -> Result<String, String> {
    let mut out = template.to_string();
    // Trunk wrote the public URL, `./`, into the `<base data-trunk-public-url>` of index.html.
    let tag = out
        .find("<base ")
        .and_then(|at| Some(at..at + out[at..].find('>')? + 1));
    let tag = tag.ok_or("the template has no <base>")?;
    out.replace_range(tag, "<!--base-->");
    // Asset addresses resolve against the base, the language's root; the assets are at the
    // site's root.
    let up = to_site_root(lang);
    if !up.is_empty() {
        out = out
            .replace("=\"./", &format!("=\"{up}"))
            .replace("'./", &format!("'{up}"));
    }
    swap(
        &mut out,
        "<base>",
        "<!--base-->",
        &format!("<base href=\"{}\" />", base_of(link)),
    )?;
    let noscript = format!("<p class=\"noscript\">{}</p>", lang.t().noscript);
    swap(
        &mut out,
        "<noscript>",
        &format!("<p class=\"noscript\">{}</p>", Lang::En.t().noscript),
        &noscript,
    )?;
    let html = format!("<html lang=\"{}\">", lang.code());
    swap(&mut out, "<html lang>", "<html lang=\"en\">", &html)?;
    let (Some(start), Some(end)) = (
        out.find("<meta name=\"description\""),
        out.find("</title>\n"),
    ) else {
        return Err("the template has no description and <title>".into());
    };
    let head = site::head(dataset(), search_index(), link, lang, site);
    out.replace_range(start..end + "</title>\n".len(), &head);
    let app = format!(
        "<div id=\"app\" data-prerendered=\"{}\">{}</div>",
        link.href(),
        render(link, lang)
    );
    swap(&mut out, "#app", PLACEHOLDER, &app)?;
    Ok(out)
}

/// Every file under `folder` the service worker caches, as its address from the site's root.
fn site_files(dist: &Path, folder: &Path, files: &mut Vec<String>) -> Result<(), String> {
    let entries = std::fs::read_dir(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            site_files(dist, &path, files)?;
        } else if let Ok(relative) = path.strip_prefix(dist) {
            let relative = relative.to_string_lossy().replace('\\', "/");
            files.extend(site::cached_address(&relative));
        }
    }
    Ok(())
}

fn write(dist: &Path, path: &str, contents: impl AsRef<[u8]>) -> Result<(), String> {
    let file = dist.join(path);
    if let Some(folder) = file.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    std::fs::write(&file, contents).map_err(|e| format!("{}: {e}", file.display()))
}

fn run() -> Result<(), String> {
    let Args { dist, site } = args()?;
    let template = dist.join("index.html");
    let template =
        std::fs::read_to_string(&template).map_err(|e| format!("{}: {e}", template.display()))?;
    let data = dataset();
    let every = pages(data);
    let paged = match data.events.len() > MOST_EVENTS_PAGED {
        true => {
            eprintln!(
                "parley-prerender: {} events: the default view only",
                data.events.len()
            );
            vec![Link::default()]
        }
        false => every,
    };
    let previews = Previews::new()?;
    for link in &paged {
        for lang in Lang::ALL {
            let html = page(&template, link, lang, &site)?;
            write(&dist, &format!("{}index.html", link.site_path(lang)), &html)?;
        }
    }
    // Each event's and actor's own preview, and the site's, in each language.
    let own = paged.iter().filter(|l| site::has_own_preview(l));
    for link in own.chain([&Link::default()]) {
        for lang in Lang::ALL {
            let svg = site::preview_svg(data, link, lang)
                .ok_or_else(|| format!("no preview for {}", link.href()))?;
            write(&dist, &site::preview_path(link, lang), previews.png(&svg)?)?;
        }
    }
    write(&dist, "sitemap.xml", site::sitemap(&paged, &site))?;
    write(&dist, "robots.txt", site::robots(&site))?;
    for lang in Lang::ALL {
        write(&dist, &site::feed_path(lang), site::feed(data, lang, &site))?;
        write(&dist, &site::manifest_path(lang), site::manifest(lang))?;
    }
    // The installed app's icons, from the favicon.
    let favicon = include_str!("../../../static/favicon.svg");
    for (file, size) in site::ICONS {
        write(&dist, file, previews.png_of_size(favicon, size, size)?)?;
    }
    // A host serves its 404 page at any address: its base is the site's own path.
    let not_found = page(&template, &Link::NotFound, Lang::En, &site)?;
    let base = format!("<base href=\"{}\" />", site.path());
    let relative = format!("<base href=\"{}\" />", base_of(&Link::NotFound));
    let not_found = not_found.replacen(&relative, &base, 1);
    write(&dist, "404.html", &not_found)?;
    // Last, when every file is written: the worker that keeps them all offline.
    let mut files = Vec::new();
    site_files(&dist, &dist, &mut files)?;
    files.sort();
    write(&dist, "sw.js", site::service_worker(&data.version, &files))?;
    eprintln!(
        "parley-prerender: {} pages in {} languages, for {}",
        paged.len(),
        Lang::ALL.len(),
        site.as_str()
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("parley-prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
