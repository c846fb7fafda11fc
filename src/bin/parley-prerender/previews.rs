//! Pictures drawn at build time with resvg: each page's preview card, and the installed app's
//! icons from the favicon.

use parley_core::site;

/// Preview cards as PNG: resvg, with the system's fonts (DejaVu Sans, which `scripts/setup.sh`
/// installs).
pub struct Previews {
    options: resvg::usvg::Options<'static>,
}

impl Previews {
    pub fn new() -> Result<Previews, String> {
        let mut options = resvg::usvg::Options::default();
        options.fontdb_mut().load_system_fonts();
        let dejavu = options
            .fontdb
            .faces()
            .any(|face| face.families.iter().any(|(name, _)| name == "DejaVu Sans"));
        if !dejavu {
            return Err("no DejaVu Sans for the preview images: install fonts-dejavu-core (scripts/setup.sh)".into());
        }
        Ok(Previews { options })
    }

    pub fn png(&self, svg: &str) -> Result<Vec<u8>, String> {
        let (width, height) = site::PREVIEW_SIZE;
        self.png_of_size(svg, width, height)
    }

    /// `svg` drawn to fill `width` × `height` pixels.
    pub fn png_of_size(&self, svg: &str, width: u32, height: u32) -> Result<Vec<u8>, String> {
        let tree = resvg::usvg::Tree::from_str(svg, &self.options).map_err(|e| e.to_string())?;
        let mut pixmap = resvg::tiny_skia::Pixmap::new(width, height).ok_or("no pixmap")?;
        let size = tree.size();
        let scale = resvg::tiny_skia::Transform::from_scale(
            width as f32 / size.width(),
            height as f32 / size.height(),
        );
        resvg::render(&tree, scale, &mut pixmap.as_mut());
        pixmap.encode_png().map_err(|e| e.to_string())
    }
}
