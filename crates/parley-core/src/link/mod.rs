//! Every view and its state, as one [`Link`]: the only place a URL is written
//! ([`Link::href`]) and the only place one is read ([`Link::parse`]).
//!
//! A hosted build routes by path: each view is a page of its own (`events/<id>/`), written
//! relative to the page's language root (the site's root for English, `uk/` and `ru/` for the
//! others), which each page names in its `<base href>`, so the site works at any subpath of a
//! plain static host. A page opened from disk, or the one-file build, routes by hash
//! (`#/events/<id>`): see [`Routing`]. Parsing reads either form, and never fails: whatever
//! the address, it gives a link and the notices that say what was ignored and why, so a bad
//! link still opens a sane view.

mod action;
pub use action::LinkAction;

use crate::atlas::{MapZoom, WIDTH, ZOOMS};
use crate::date::Day;
use crate::facet::{self, FACETS};
use crate::i18n::{fill, Lang, Messages};
use crate::model::{Dataset, TextRange};
use crate::query::{Filter, SearchIndex};
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use std::cell::Cell;

/// How [`Link::href`] writes an address.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Routing {
    /// `events/<id>/?…`, relative to the language root: every view a page of its own, which a
    /// static host serves as a file (the prerendered `events/<id>/index.html`).
    #[default]
    Path,
    /// `#/events/<id>?…`: one page, for `file://` (where a folder is no page) and the one-file
    /// build.
    Hash,
}

thread_local! {
    static ROUTING: Cell<Routing> = const { Cell::new(Routing::Path) };
}

/// How addresses are written from now on, in this thread. The app sets it once, at start.
pub fn set_routing(routing: Routing) {
    ROUTING.with(|r| r.set(routing));
}

/// How addresses are written.
pub fn routing() -> Routing {
    ROUTING.with(Cell::get)
}

/// The longest search text kept from a URL; the rest is cut with a notice.
pub const MAX_TEXT_CHARS: usize = 200;
/// How many ignored values one notice names before it summarises the rest.
const NAMED_IN_NOTICE: usize = 3;
/// How much of a value from a URL a notice shows.
const SHOWN_CHARS: usize = 40;

crate::model::vocabulary! {
    /// How the actors list is ordered; `Side` groups it by side.
    ActorSort {
        Side = "side", "Side", "Сторона", "Сторона";
        Name = "name", "Name", "Ім’я", "Имя";
        Events = "events", "Most events", "Найбільше подій", "Больше всего событий";
        First = "first", "First appearance", "Перша поява", "Первое появление";
    }
}

// By hand: the vocabulary macro declares the enum, and a derive would need it to know defaults.
#[allow(clippy::derivable_impls)]
impl Default for ActorSort {
    fn default() -> ActorSort {
        ActorSort::Side
    }
}

/// The three views of the events a filter selects, which share that filter: switching between
/// them keeps it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lens {
    List,
    Map,
    Network,
}

impl Lens {
    pub const ALL: [Lens; 3] = [Lens::List, Lens::Map, Lens::Network];

    pub fn label(self, lang: Lang) -> &'static str {
        let t = lang.t();
        match self {
            Lens::List => t.lens_list,
            Lens::Map => t.lens_map,
            Lens::Network => t.lens_network,
        }
    }

    /// This view of the events `filter` selects.
    pub fn link(self, filter: Filter) -> Link {
        match self {
            Lens::List => Link::timeline(filter),
            Lens::Map => Link::map(filter),
            Lens::Network => Link::Network { filter },
        }
    }
}

/// The longest story title kept from a URL.
pub const MAX_TITLE_CHARS: usize = 120;

/// What a story tells: the events picked by hand, in their order, or else every event the
/// filter selects, in date order; under its own title, or else one that names the filter;
/// and how fast autoplay tells it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Story {
    pub filter: Filter,
    /// Event ids.
    pub picks: Vec<String>,
    pub title: String,
    /// Autoplay's seconds a step: one of [`PACES`].
    pub pace: u32,
}

impl Default for Story {
    fn default() -> Story {
        Story {
            filter: Filter::default(),
            picks: Vec::new(),
            title: String::new(),
            pace: PACES[0],
        }
    }
}

/// Autoplay's paces, in seconds a step (`pace=6`); the first, the default, goes unwritten.
pub const PACES: [u32; 3] = [3, 6, 10];

/// The days the timeline's time axis spans when zoomed or moved (`axis=2025-03-01..2025-06-30`),
/// first and last; none is every event's.
pub type AxisSpan = Option<(Day, Day)>;

/// One view of the app with all of its state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Link {
    /// `./?actor=…&kind=…&pick=<id>&embed=1`: the timeline under a filter, with the events
    /// picked for a story, bare for an iframe if `embed`.
    Timeline {
        filter: Filter,
        picks: Vec<String>,
        embed: bool,
        axis: AxisSpan,
    },
    /// `story/?<filter>&step=3` or `story/?events=<id>,<id>&title=…&step=3`: a story, one
    /// event a step; step 0 is its cover.
    Story {
        story: Story,
        step: usize,
        embed: bool,
    },
    /// `events/<id>/`
    Event { id: String },
    /// `actors/?sort=…&q=…`
    Actors { sort: ActorSort, text: String },
    /// `actors/<id>/`
    Actor { id: String },
    /// `sources/<id>/?at=START-END`: the reader, with bytes START–END of the text marked.
    Source { id: String, at: Option<TextRange> },
    /// `map/?actor=…&zoom=4&centre=512,300`: where the events a filter selects took place.
    Map {
        filter: Filter,
        zoom: Option<MapZoom>,
    },
    /// `network/?actor=…`: who met whom in the events a filter selects.
    Network { filter: Filter },
    /// `claims/`
    Claims,
    /// Any other address.
    NotFound,
}

impl Default for Link {
    fn default() -> Link {
        Link::timeline(Filter::default())
    }
}

/// What a path segment keeps as it is; everything else is percent-encoded.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.');

fn segment(id: &str) -> String {
    utf8_percent_encode(id, SEGMENT).to_string()
}

impl Link {
    pub fn timeline(filter: Filter) -> Link {
        Link::Timeline {
            filter,
            picks: Vec::new(),
            embed: false,
            axis: None,
        }
    }

    /// The whole map under `filter`.
    pub fn map(filter: Filter) -> Link {
        Link::Map { filter, zoom: None }
    }

    /// A story's cover.
    pub fn story(story: Story) -> Link {
        Link::Story {
            story,
            step: 0,
            embed: false,
        }
    }

    /// Whether the view is bare, for an iframe.
    pub fn embedded(&self) -> bool {
        matches!(
            self,
            Link::Timeline { embed: true, .. } | Link::Story { embed: true, .. }
        )
    }

    /// The link without the part of a drawing in view (the time axis's span, the map's zoom
    /// and centre), which no view struct depends on: the app computes a view again when this
    /// changes, not on every pan.
    pub fn without_viewport(&self) -> Link {
        let mut link = self.clone();
        match &mut link {
            Link::Timeline { axis, .. } => *axis = None,
            Link::Map { zoom, .. } => *zoom = None,
            _ => {}
        }
        link
    }

    pub fn event(id: &str) -> Link {
        Link::Event { id: id.into() }
    }

    /// Every actor, grouped by side.
    pub fn actors() -> Link {
        Link::Actors {
            sort: ActorSort::default(),
            text: String::new(),
        }
    }

    pub fn actor(id: &str) -> Link {
        Link::Actor { id: id.into() }
    }

    /// The reader, with `at` marked: "read in context".
    pub fn source(id: &str, at: Option<TextRange>) -> Link {
        Link::Source { id: id.into(), at }
    }

    /// Which of the filter's views this is, and its filter.
    pub fn lens(&self) -> Option<(Lens, &Filter)> {
        match self {
            Link::Timeline { filter, .. } => Some((Lens::List, filter)),
            Link::Map { filter, .. } => Some((Lens::Map, filter)),
            Link::Network { filter } => Some((Lens::Network, filter)),
            _ => None,
        }
    }

    /// The same view under another filter, zoomed as it was; a link that has none stays as
    /// it is.
    pub fn with_filter(&self, filter: Filter) -> Link {
        match self {
            Link::Timeline {
                picks, embed, axis, ..
            } => Link::Timeline {
                filter,
                picks: picks.clone(),
                embed: *embed,
                axis: *axis,
            },
            Link::Map { zoom, .. } => Link::Map {
                filter,
                zoom: *zoom,
            },
            Link::Network { .. } => Link::Network { filter },
            other => other.clone(),
        }
    }

    /// The link as an address, percent-encoded, in the current [`Routing`]: `events/<id>/?…`
    /// relative to the language root, or `#/events/<id>?…`. What every `href` in the app is.
    pub fn href(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        let path = match self {
            Link::Timeline {
                filter,
                picks,
                embed,
                axis,
            } => {
                pairs = filter_pairs(filter);
                pairs.extend(picks.iter().map(|id| ("pick", id.clone())));
                pairs.extend(axis.map(|(first, last)| ("axis", format!("{first}..{last}"))));
                if *embed {
                    pairs.push(("embed", "1".into()));
                }
                String::new()
            }
            Link::Story { story, step, embed } => {
                pairs = filter_pairs(&story.filter);
                if !story.picks.is_empty() {
                    pairs.push(("events", story.picks.join(",")));
                }
                if !story.title.is_empty() {
                    pairs.push(("title", story.title.clone()));
                }
                if *step > 0 {
                    pairs.push(("step", step.to_string()));
                }
                if story.pace != PACES[0] {
                    pairs.push(("pace", story.pace.to_string()));
                }
                if *embed {
                    pairs.push(("embed", "1".into()));
                }
                String::from("story")
            }
            Link::Event { id } => format!("events/{}", segment(id)),
            Link::Actors { sort, text } => {
                if *sort != ActorSort::default() {
                    pairs.push(("sort", sort.slug().into()));
                }
                if !text.is_empty() {
                    pairs.push(("q", text.clone()));
                }
                String::from("actors")
            }
            Link::Actor { id } => format!("actors/{}", segment(id)),
            Link::Source { id, at } => {
                if let Some(at) = at {
                    pairs.push(("at", format!("{}-{}", at.start, at.end)));
                }
                format!("sources/{}", segment(id))
            }
            Link::Map { filter, zoom } => {
                pairs = filter_pairs(filter);
                if let Some(zoom) = zoom {
                    pairs.push(("zoom", zoom.level.to_string()));
                    pairs.extend(zoom.centre.map(|(x, y)| ("centre", format!("{x},{y}"))));
                }
                String::from("map")
            }
            Link::Network { filter } => {
                pairs = filter_pairs(filter);
                String::from("network")
            }
            Link::Claims => String::from("claims"),
            Link::NotFound => String::from("404"),
        };
        let query = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        let address = match routing() {
            Routing::Path if path.is_empty() => String::from("./"),
            Routing::Path => format!("{path}/"),
            Routing::Hash => format!("#/{path}"),
        };
        match query.is_empty() {
            true => address,
            false => format!("{address}?{query}"),
        }
    }

    /// Reads an address in either form (`actors/?sort=name`, `/uk/actors?sort=name`,
    /// `#/actors?sort=name`); a leading language segment is the language's (see [`lang_in`]).
    /// Never fails: a path that is no view gives [`Link::NotFound`], and every parameter that
    /// cannot apply gives a notice.
    /// Facet values are checked against `index`, a reader's range against its document.
    pub fn parse(hash: &str, dataset: &Dataset, index: &SearchIndex) -> (Link, Vec<String>) {
        Link::parse_in(hash, dataset, index, Lang::En)
    }

    /// [`Link::parse`], with the notices in `lang`. Any view takes `lang=` (see [`lang_in`]).
    pub fn parse_in(
        hash: &str,
        dataset: &Dataset,
        index: &SearchIndex,
        lang: Lang,
    ) -> (Link, Vec<String>) {
        let (path, query) = split_address(hash);
        let path = without_language(path).1;
        let segments: Vec<String> = path
            .split('/')
            .map(|s| percent_decode_str(s).decode_utf8_lossy().into_owned())
            .collect();
        let mut notices = Notices::new(lang);
        let mut params = params(query);
        // The language is the app's to apply, on any view; only a wrong one is reported here.
        for (_, value) in params.iter().filter(|(k, _)| k == LANG_PARAM) {
            if Lang::from_code(value).is_none() {
                let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
                let why = fill(notices.t().not_one_of, &[("values", &codes.join(", "))]);
                notices.bad(LANG_PARAM, value.clone(), why);
            }
        }
        params.retain(|(k, _)| k != LANG_PARAM);
        let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
        let link = match segments.as_slice() {
            [""] => {
                let extra = ["pick", "axis"];
                let (filter, embed) = parse_timeline(&params, &extra, index, &mut notices);
                let picks = params.iter().filter(|(k, _)| k == "pick");
                let picks = event_ids(
                    dataset,
                    picks.map(|(_, v)| v.as_str()),
                    "pick",
                    &mut notices,
                );
                let mut axis = None;
                for (_, value) in params.iter().filter(|(k, _)| k == "axis") {
                    match parse_span(value) {
                        Some(span) => axis = Some(span),
                        None => notices.bad("axis", value.clone(), notices.t().notice_axis),
                    }
                }
                Link::Timeline {
                    filter,
                    picks,
                    embed,
                    axis,
                }
            }
            ["story"] => {
                let extra = ["events", "title", "step", "pace"];
                let (filter, embed) = parse_timeline(&params, &extra, index, &mut notices);
                let mut story = Story {
                    filter,
                    ..Story::default()
                };
                let mut step = 0;
                for (key, value) in &params {
                    match key.as_str() {
                        "events" => {
                            let ids = value.split(',').map(str::trim).filter(|v| !v.is_empty());
                            story.picks = event_ids(dataset, ids, "events", &mut notices);
                        }
                        "title" => {
                            if value.chars().count() > MAX_TITLE_CHARS {
                                let max = MAX_TITLE_CHARS.to_string();
                                notices.note(fill(notices.t().notice_title_cut, &[("max", &max)]));
                            }
                            story.title = value.chars().take(MAX_TITLE_CHARS).collect();
                        }
                        "step" => match value.parse() {
                            Ok(n) => step = n,
                            Err(_) => notices.bad("step", value.clone(), notices.t().notice_step),
                        },
                        "pace" => match one_of(value, &PACES) {
                            Some(pace) => story.pace = pace,
                            None => {
                                notices.bad("pace", value.clone(), not_one_of(&notices, &PACES))
                            }
                        },
                        _ => {}
                    }
                }
                Link::Story { story, step, embed }
            }
            [lens @ ("map" | "network")] => {
                let extra: &[&str] = if *lens == "map" {
                    &["zoom", "centre"]
                } else {
                    &[]
                };
                let (filter, embed) = parse_timeline(&params, extra, index, &mut notices);
                if embed {
                    notices.unknown("embed");
                }
                match *lens {
                    "map" => Link::Map {
                        filter,
                        zoom: parse_zoom(&params, &mut notices),
                    },
                    _ => Link::Network { filter },
                }
            }
            ["events", id] => Link::Event { id: id.to_string() },
            ["actors"] => {
                let (sort, text) = parse_actors(&params, &mut notices);
                Link::Actors { sort, text }
            }
            ["actors", id] => Link::Actor { id: id.to_string() },
            ["sources", id] => {
                let at = parse_at(&params, dataset.document(id).map(|d| d.text.as_str()));
                if let Err(value) = &at {
                    notices.bad("at", value.clone(), notices.t().notice_at);
                }
                Link::Source {
                    id: id.to_string(),
                    at: at.ok().flatten(),
                }
            }
            ["claims"] => Link::Claims,
            _ => return (Link::NotFound, Vec::new()),
        };
        // The parameters each view reads; the filter's views have reported their own.
        let known: Option<&[&str]> = match &link {
            Link::Timeline { .. }
            | Link::Story { .. }
            | Link::Map { .. }
            | Link::Network { .. } => None,
            Link::Actors { .. } => Some(&["sort", "q"]),
            Link::Source { .. } => Some(&["at"]),
            _ => Some(&[]),
        };
        if let Some(known) = known {
            for (key, _) in params.iter().filter(|(k, _)| !known.contains(&k.as_str())) {
                notices.unknown(key);
            }
        }
        (link, notices.finish())
    }
}

/// Reads a timeline query string on its own (`actor=witkoff&kind=meeting`, as the exporter's
/// `--query` takes it): the filter and notices that [`Link::parse`] gives for `./?` and it.
pub fn parse_filter(query: &str, index: &SearchIndex) -> (Filter, Vec<String>) {
    let mut notices = Notices::new(Lang::En);
    let (filter, _) = parse_timeline(&params(query), &[], index, &mut notices);
    (filter, notices.finish())
}

/// A query string's `(name, value)` pairs, decoded, the values trimmed.
fn params(query: &str) -> Vec<(String, String)> {
    let pairs = form_urlencoded::parse(query.trim_start_matches('?').as_bytes());
    pairs
        .map(|(k, v)| (k.into_owned(), v.trim().to_string()))
        .collect()
}

/// The filter as `(name, value)` pairs, in a canonical order: facets in [`FACETS`] order, then
/// the dates and the search.
fn filter_pairs(filter: &Filter) -> Vec<(&'static str, String)> {
    let mut pairs: Vec<(&'static str, String)> = Vec::new();
    for (facet, chosen) in FACETS.iter().zip(&filter.chosen) {
        pairs.extend(chosen.iter().map(|v| (facet.param(), v.clone())));
    }
    pairs.extend(filter.from.map(|d| ("from", d.to_string())));
    pairs.extend(filter.to.map(|d| ("to", d.to_string())));
    if !filter.text.trim().is_empty() {
        pairs.push(("q", filter.text.clone()));
    }
    pairs
}

/// The filter and `embed` from `params`; `extra` are the view's own parameters, which are
/// not reported as unknown.
fn parse_timeline(
    params: &[(String, String)],
    extra: &[&str],
    index: &SearchIndex,
    notices: &mut Notices,
) -> (Filter, bool) {
    let mut filter = Filter::default();
    let mut embed = false;
    for (key, value) in params {
        if let Some(facet) = facet::by_param(key) {
            match index.position(facet, value) {
                Some(_) => filter = filter.with(facet, value),
                None => {
                    let why = facet.unknown(notices.t());
                    notices.bad(facet.param(), value.clone(), why)
                }
            }
            continue;
        }
        match key.as_str() {
            "from" | "to" => match (Day::parse(value), key == "from") {
                (Ok(day), true) => filter.from = Some(day),
                (Ok(day), false) => filter.to = Some(day),
                (Err(_), from) => notices.bad(
                    if from { "from" } else { "to" },
                    value.clone(),
                    notices.t().notice_not_a_date,
                ),
            },
            "q" => {
                if value.chars().count() > MAX_TEXT_CHARS {
                    let max = MAX_TEXT_CHARS.to_string();
                    notices.note(fill(notices.t().notice_text_cut, &[("max", &max)]));
                }
                filter.text = value.chars().take(MAX_TEXT_CHARS).collect();
            }
            "embed" => embed = value == "1",
            other if extra.contains(&other) => {}
            other => notices.unknown(other),
        }
    }
    if let (Some(from), Some(to)) = (filter.from, filter.to) {
        if to < from {
            let (from, to) = (from.to_string(), to.to_string());
            let note = fill(
                notices.t().notice_range_reversed,
                &[("from", &from), ("to", &to)],
            );
            notices.note(note);
            filter.from = None;
            filter.to = None;
        }
    }
    (filter, embed)
}

/// The ids among `ids` that name events, each once, in order; a notice names the others.
fn event_ids<'a>(
    dataset: &Dataset,
    ids: impl Iterator<Item = &'a str>,
    param: &str,
    notices: &mut Notices,
) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    for id in ids {
        match dataset.event(id) {
            Some(_) if kept.iter().any(|k| k == id) => {}
            Some(_) => kept.push(id.to_string()),
            None => notices.bad(param, id.to_string(), notices.t().notice_no_event),
        }
    }
    kept
}

/// `value` as one of `allowed`.
fn one_of(value: &str, allowed: &[u32]) -> Option<u32> {
    value.parse().ok().filter(|n| allowed.contains(n))
}

/// "not one of 2, 4, 8", in the notices' language.
fn not_one_of(notices: &Notices, allowed: &[u32]) -> String {
    let values: Vec<String> = allowed.iter().map(u32::to_string).collect();
    fill(notices.t().not_one_of, &[("values", &values.join(", "))])
}

/// `2025-03-01..2025-06-30`: two days, the first before the last.
fn parse_span(value: &str) -> Option<(Day, Day)> {
    let (first, last) = value.split_once("..")?;
    let (first, last) = (Day::parse(first).ok()?, Day::parse(last).ok()?);
    (first < last).then_some((first, last))
}

/// The map page's `zoom` and `centre`: a centre alone changes nothing, as a map at its
/// whole extent has one.
fn parse_zoom(params: &[(String, String)], notices: &mut Notices) -> Option<MapZoom> {
    let mut zoom: Option<MapZoom> = None;
    let mut centre = None;
    for (key, value) in params {
        match key.as_str() {
            "zoom" => match one_of(value, &ZOOMS) {
                Some(level) => {
                    zoom = Some(MapZoom {
                        level,
                        centre: None,
                    })
                }
                None => notices.bad("zoom", value.clone(), not_one_of(notices, &ZOOMS)),
            },
            "centre" => {
                let point = value.split_once(',').and_then(|(x, y)| {
                    let within = |n: &str| {
                        n.trim()
                            .parse::<i32>()
                            .ok()
                            .filter(|n| (0..=MAP_UNITS).contains(n))
                    };
                    Some((within(x)?, within(y)?))
                });
                match point {
                    Some(point) => centre = Some(point),
                    None => notices.bad("centre", value.clone(), notices.t().notice_centre),
                }
            }
            _ => {}
        }
    }
    zoom.map(|zoom| MapZoom { centre, ..zoom })
}

/// How far a map's point may lie, in the map's units: its width, the larger side.
const MAP_UNITS: i32 = WIDTH as i32;

fn parse_actors(params: &[(String, String)], notices: &mut Notices) -> (ActorSort, String) {
    let mut sort = ActorSort::default();
    let mut text = String::new();
    for (key, value) in params {
        match key.as_str() {
            "sort" => match ActorSort::from_slug(value) {
                Some(s) => sort = s,
                None => {
                    let slugs: Vec<&str> = ActorSort::ALL.iter().map(|s| s.slug()).collect();
                    let why = fill(notices.t().not_one_of, &[("values", &slugs.join(", "))]);
                    notices.bad("sort", value.clone(), why);
                }
            },
            "q" => text = value.chars().take(MAX_TEXT_CHARS).collect(),
            _ => {}
        }
    }
    (sort, text)
}

/// The reader's `at=START-END`: `Ok(None)` when absent; the value itself when it names no
/// passage of `text`: in order, inside it, and on character boundaries (a crafted range must
/// not split a character). With no document, any range is dropped: the page says so.
fn parse_at(params: &[(String, String)], text: Option<&str>) -> Result<Option<TextRange>, String> {
    let Some((_, value)) = params.iter().find(|(k, _)| k == "at") else {
        return Ok(None);
    };
    let Some(text) = text else {
        return Ok(None);
    };
    let range = value.split_once('-').and_then(|(start, end)| {
        let (start, end): (usize, usize) = (start.parse().ok()?, end.parse().ok()?);
        let valid = start < end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end);
        valid.then(|| TextRange::new(start, end))
    });
    range.map(Some).ok_or_else(|| value.clone())
}

/// The parameter that names the language on any view of the hash form: `#/events/…?lang=uk`.
/// The path form names it by its first segment (`uk/events/…/`); a path address with `lang=`
/// (an old link) reads as well.
pub const LANG_PARAM: &str = "lang";

/// An address's path, with no `#`, `./` or slashes at its ends, and its query string.
fn split_address(address: &str) -> (&str, &str) {
    let address = address.strip_prefix('#').unwrap_or(address);
    let (path, query) = address.split_once('?').unwrap_or((address, ""));
    let path = path.strip_prefix("./").unwrap_or(path);
    // A static host serves `events/<id>/` as `events/<id>/index.html`, by either name.
    let path = path.strip_suffix("index.html").unwrap_or(path);
    (path.trim_matches('/'), query)
}

/// A path's leading language segment (`uk/events/x` → `uk`, `events/x`). English, the
/// default, has none in the addresses Parley writes, but `en/` reads as well.
fn without_language(path: &str) -> (Option<Lang>, &str) {
    let (first, rest) = path.split_once('/').unwrap_or((path, ""));
    match Lang::from_code(first) {
        Some(lang) => (Some(lang), rest),
        None => (None, path),
    }
}

/// The language an address names, by its first path segment or by `lang=`, if it names one
/// Parley speaks.
pub fn lang_in(address: &str) -> Option<Lang> {
    let (path, query) = split_address(address);
    without_language(path).0.or_else(|| {
        params(query)
            .into_iter()
            .filter(|(k, _)| k == LANG_PARAM)
            .find_map(|(_, v)| Lang::from_code(&v))
    })
}

/// `href` (a link's [`Link::href`] in the hash form) naming `lang`, for a view to be shared in
/// a language.
pub fn href_in(href: &str, lang: Lang) -> String {
    let separator = if href.contains('?') { '&' } else { '?' };
    format!("{href}{separator}{LANG_PARAM}={}", lang.code())
}

/// Where a language's pages are, from the site's root: nothing for English, the default, and
/// `uk/` or `ru/` for the others.
pub fn language_root(lang: Lang) -> String {
    match lang {
        Lang::En => String::new(),
        other => format!("{}/", other.code()),
    }
}

/// The way from a page in `here` to the site's root: its base is its language's root.
pub fn to_site_root(here: Lang) -> &'static str {
    match here {
        Lang::En => "",
        _ => "../",
    }
}

impl Link {
    /// The address of this view in `to`, from a page in `here`: what the language picker and
    /// the `hreflang` alternates link to. The path form goes up from `here`'s language root
    /// and down into `to`'s; the hash form names `to` with `lang=`.
    pub fn href_between(&self, here: Lang, to: Lang) -> String {
        let href = self.href();
        match routing() {
            Routing::Hash => href_in(&href, to),
            Routing::Path => {
                let href = href.strip_prefix("./").unwrap_or(&href);
                let address = format!("{}{}{href}", to_site_root(here), language_root(to));
                match address.is_empty() || address.starts_with('?') {
                    true => format!("./{address}"),
                    false => address,
                }
            }
        }
    }

    /// This view's page in `lang`, from the site's root and with no `./`: `uk/events/<id>/`,
    /// and nothing for the English timeline. The prerendered file is this and `index.html`.
    pub fn site_path(&self, lang: Lang) -> String {
        let href = self.href_between(Lang::En, lang);
        href.strip_prefix("./").unwrap_or(&href).to_string()
    }
}

/// The notices of one parse, in a fixed order: general notes, then refused values by
/// parameter, then unknown parameters.
struct Notices {
    lang: Lang,
    notes: Vec<String>,
    /// Refused values, by parameter, in the order parameters first appear.
    bad: Vec<(String, String, Vec<String>)>,
    unknown: Vec<String>,
}

impl Notices {
    fn new(lang: Lang) -> Notices {
        Notices {
            lang,
            notes: Vec::new(),
            bad: Vec::new(),
            unknown: Vec::new(),
        }
    }

    fn t(&self) -> &'static Messages {
        self.lang.t()
    }

    fn note(&mut self, note: String) {
        if !self.notes.contains(&note) {
            self.notes.push(note);
        }
    }

    fn bad(&mut self, param: &str, value: String, why: impl Into<String>) {
        let value = quoted(&value);
        match self.bad.iter_mut().find(|(p, _, _)| p == param) {
            Some((_, _, values)) if values.contains(&value) => {}
            Some((_, _, values)) => values.push(value),
            None => self.bad.push((param.into(), why.into(), vec![value])),
        }
    }

    fn unknown(&mut self, name: &str) {
        let name = quoted(name);
        if !self.unknown.contains(&name) {
            self.unknown.push(name);
        }
    }

    fn finish(self) -> Vec<String> {
        let t = self.t();
        let mut notices = self.notes.clone();
        for (param, why, values) in &self.bad {
            let values = self.named(values);
            let values = [("param", param.as_str()), ("values", &values), ("why", why)];
            notices.push(fill(t.notice_ignored, &values));
        }
        if !self.unknown.is_empty() {
            let names = self.named(&self.unknown);
            notices.push(fill(t.notice_unknown, &[("names", &names)]));
        }
        notices
    }

    /// The first few of `values`, then how many more.
    fn named(&self, values: &[String]) -> String {
        let shown = values[..values.len().min(NAMED_IN_NOTICE)].join(", ");
        match values.len().saturating_sub(NAMED_IN_NOTICE) {
            0 => shown,
            more => format!("{shown} {}", self.lang.count(more, &self.t().more)),
        }
    }
}

/// Shows a value from a URL safely and briefly inside a notice.
fn quoted(value: &str) -> String {
    let short: String = value
        .chars()
        .filter(|c| !c.is_control())
        .take(SHOWN_CHARS)
        .collect();
    let ellipsis = if value.chars().count() > SHOWN_CHARS {
        "…"
    } else {
        ""
    };
    format!("'{short}{ellipsis}'")
}

/// A link is written as its `href` wherever a view struct is serialised (the exporter's
/// `--format view`).
impl serde::Serialize for Link {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.href())
    }
}
