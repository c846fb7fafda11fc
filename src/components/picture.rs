//! "Download SVG" and "Download PNG" for a drawing on the page (the time axis, the map, the
//! network): what is on screen, in the current theme, with a caption that names the filter,
//! Parley, the dataset version and the view's URL. Made in the browser: the drawing is cloned,
//! its computed colours and fonts written onto it as presentation attributes (a file has no
//! stylesheet), and the PNG drawn from that SVG on a canvas at twice its size.

use super::use_corpus;
use crate::router::use_lang;
use parley_core::i18n::{fill, Lang};
use parley_core::svg::svg_number;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// The properties copied from the page's style onto each element of the picture.
const STYLED: [&str; 14] = [
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "stroke-opacity",
    "opacity",
    "font-family",
    "font-size",
    "font-weight",
    "text-anchor",
    "dominant-baseline",
    "display",
    "visibility",
];
/// A PNG has twice the drawing's size in pixels, for sharp slides.
const PNG_SCALE: f64 = 2.0;
const SVG_NS: &str = "http://www.w3.org/2000/svg";

#[derive(Properties, PartialEq)]
pub struct PictureDownloadsProps {
    /// The `id` of the `<svg>`.
    pub target: &'static str,
    /// The file's name, without its extension.
    pub name: &'static str,
    /// What the drawing shows, in words: "Map of the events: from 2026-01-01".
    pub caption: String,
}

/// The two buttons for the `<svg id={target}>`, saved as `{name}.svg` or `{name}.png`, with
/// the caption, and the dataset's version and the view's address, under it.
#[component]
pub fn PictureDownloads(props: &PictureDownloadsProps) -> Html {
    let lang = use_lang();
    let t = lang.t();
    let version = &use_corpus().data.version;
    let (target, name) = (props.target, props.name);
    let take = |png: bool| {
        let (caption, version) = (props.caption.clone(), version.clone());
        Callback::from(move |_: MouseEvent| {
            let made = picture(target, &caption, &version, lang).and_then(
                |(svg, width, height)| match png {
                    false => crate::download::text(&svg, &format!("{name}.svg"), "image/svg+xml"),
                    true => to_png(svg, width, height, format!("{name}.png")),
                },
            );
            if let Err(e) = made {
                web_sys::console::error_2(&"Parley: the picture failed".into(), &e);
            }
        })
    };
    html! {
        <div class="picture-downloads" role="group" aria-label={t.download_picture}>
            <button type="button" data-picture="svg" onclick={take(false)}>{ t.download_svg }</button>
            <button type="button" data-picture="png" onclick={take(true)}>{ t.download_png }</button>
        </div>
    }
}

/// The picture as an SVG document, with its width and height.
fn picture(
    target: &str,
    caption: &str,
    version: &str,
    lang: Lang,
) -> Result<(String, f64, f64), JsValue> {
    let document = gloo::utils::document();
    let window = gloo::utils::window();
    let original = document
        .get_element_by_id(target)
        .ok_or("the drawing is not on the page")?;
    let copy: web_sys::Element = original.clone_node_with_deep(true)?.dyn_into()?;
    // Each element's computed style, in document order on both sides.
    let (from, to) = (
        original.query_selector_all("*")?,
        copy.query_selector_all("*")?,
    );
    for (source, element) in std::iter::once((original.clone(), copy.clone())).chain(
        (0..from.length())
            .filter_map(|n| Some((from.item(n)?.dyn_into().ok()?, to.item(n)?.dyn_into().ok()?))),
    ) {
        let style = window
            .get_computed_style(&source)?
            .ok_or("no computed style")?;
        let text = matches!(element.tag_name().as_str(), "text" | "tspan");
        for property in STYLED {
            let value = style.get_property_value(property)?;
            let shown = match property {
                "display" => value == "none",
                "visibility" => value == "hidden",
                "opacity" | "fill-opacity" | "stroke-opacity" => value != "1",
                "stroke-dasharray" => value != "none",
                "dominant-baseline" => value != "auto",
                // Inherited by every element, and read only by text.
                p if p.starts_with("font-") || p == "text-anchor" => text,
                _ => !value.is_empty(),
            };
            if shown {
                element.set_attribute(property, &value)?;
            }
        }
        element.remove_attribute("class")?;
    }
    // Read through the SVG DOM: parsing the attribute would add float parsing to the bundle.
    let view_box = original
        .dyn_ref::<web_sys::SvgsvgElement>()
        .ok_or("the drawing is not an <svg>")?
        .view_box()
        .base_val()
        .ok_or("the drawing has no viewBox")?;
    let [x, y, width, height] = [
        view_box.x(),
        view_box.y(),
        view_box.width(),
        view_box.height(),
    ]
    .map(f64::from);
    // The caption: two lines under the drawing, in type a fiftieth of its width.
    let size = (width / 60.0).max(8.0);
    let caption_height = size * 3.4;
    let total = height + caption_height;
    copy.set_attribute("xmlns", SVG_NS)?;
    let [x_text, y_text, width_text, total_text] = [x, y, width, total].map(svg_number);
    copy.set_attribute(
        "viewBox",
        &format!("{x_text} {y_text} {width_text} {total_text}"),
    )?;
    copy.set_attribute("width", &width_text)?;
    copy.set_attribute("height", &total_text)?;
    let body_style = window
        .get_computed_style(document.body().ok_or("no body")?.as_ref())?
        .ok_or("no computed style")?;
    let background = body_style.get_property_value("background-color")?;
    let ink = body_style.get_property_value("color")?;
    let font = body_style.get_property_value("font-family")?;
    let backdrop = document.create_element_ns(Some(SVG_NS), "rect")?;
    for (name, value) in [
        ("x", x_text.clone()),
        ("y", y_text.clone()),
        ("width", width_text.clone()),
        ("height", total_text.clone()),
        ("fill", background),
    ] {
        backdrop.set_attribute(name, &value)?;
    }
    copy.insert_before(&backdrop, copy.first_child().as_ref())?;
    let url = window.location().href()?;
    let lines = [
        caption.to_string(),
        fill(
            lang.t().picture_credit,
            &[("version", version), ("url", &url)],
        ),
    ];
    for (n, line) in lines.iter().enumerate() {
        let text = document.create_element_ns(Some(SVG_NS), "text")?;
        for (name, value) in [
            ("class", "caption".to_string()),
            ("x", svg_number(x + size)),
            ("y", svg_number(y + height + size * (1.3 + 1.4 * n as f64))),
            ("font-size", svg_number(size)),
            ("font-family", font.clone()),
            ("fill", ink.clone()),
        ] {
            text.set_attribute(name, &value)?;
        }
        text.set_text_content(Some(line));
        copy.append_child(&text)?;
    }
    let svg = web_sys::XmlSerializer::new()?.serialize_to_string(&copy)?;
    Ok((
        format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{svg}"),
        width,
        total,
    ))
}

/// Draws the SVG on a canvas at [`PNG_SCALE`] and offers the PNG. The image loads from a
/// `data:` URL, which the page's policy allows for images; nothing is fetched.
fn to_png(svg: String, width: f64, height: f64, name: String) -> Result<(), JsValue> {
    let document = gloo::utils::document();
    let image = web_sys::HtmlImageElement::new()?;
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    canvas.set_width((width * PNG_SCALE).round() as u32);
    canvas.set_height((height * PNG_SCALE).round() as u32);
    let loaded = {
        let (image, canvas) = (image.clone(), canvas.clone());
        Closure::once(move || {
            let drawn = (|| -> Result<(), JsValue> {
                let context: web_sys::CanvasRenderingContext2d = canvas
                    .get_context("2d")?
                    .ok_or("no 2d context")?
                    .dyn_into()?;
                context.draw_image_with_html_image_element_and_dw_and_dh(
                    &image,
                    0.0,
                    0.0,
                    f64::from(canvas.width()),
                    f64::from(canvas.height()),
                )?;
                let saved = Closure::once(move |blob: Option<web_sys::Blob>| {
                    if let Some(blob) = blob {
                        let _ = crate::download::blob(&blob, &name);
                    }
                });
                canvas.to_blob(saved.as_ref().unchecked_ref())?;
                saved.forget();
                Ok(())
            })();
            if let Err(e) = drawn {
                web_sys::console::error_2(&"Parley: the PNG failed".into(), &e);
            }
        })
    };
    image.set_onload(Some(loaded.as_ref().unchecked_ref()));
    loaded.forget();
    let encoded: String = js_sys::encode_uri_component(&svg).into();
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
    Ok(())
}
