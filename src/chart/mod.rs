//! Charts as PNG images, drawn with plotters into an RGB buffer and encoded with `image`.
//!
//! The font is compiled into the binary (DejaVu Sans, `assets/fonts/`, Bitstream Vera licence): no system fonts
//! are read at run time. plotters' `ab_glyph` backend places glyphs one by one without shaping, so text in
//! scripts that need shaping (Arabic/Persian joining, Devanagari and Tamil reordering) would come out wrong; such
//! labels are replaced by the caller (see [`drawable`]) and the localized words stay in the message text.

mod funnel;

use std::sync::OnceLock;

use plotters::style::FontStyle;

pub use funnel::{Bar, Funnel, Tone, render_funnel};

/// The family name the shipped font is registered under.
const FONT: &str = "pocketcrm-sans";
static FONT_BYTES: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    #[error("the shipped font could not be loaded")]
    Font,
    #[error("drawing failed: {0}")]
    Draw(String),
    #[error("PNG encoding failed: {0}")]
    Encode(String),
}

/// Register the shipped font with plotters once per process.
fn ensure_font() -> Result<(), ChartError> {
    static REGISTERED: OnceLock<bool> = OnceLock::new();
    let ok = *REGISTERED.get_or_init(|| plotters::style::register_font(FONT, FontStyle::Normal, FONT_BYTES).is_ok());
    if ok { Ok(()) } else { Err(ChartError::Font) }
}

/// Whether a label can be drawn faithfully: every character is in a script that needs no shaping (Latin with
/// Vietnamese, Greek, Cyrillic, digits, punctuation, symbols) and the shipped font has a glyph for it.
pub fn drawable(label: &str) -> bool {
    use ab_glyph::Font;
    static GLYPHS: OnceLock<Option<ab_glyph::FontRef<'static>>> = OnceLock::new();
    let Some(font) = GLYPHS.get_or_init(|| ab_glyph::FontRef::try_from_slice(FONT_BYTES).ok()) else {
        return false;
    };
    label.chars().all(|c| no_shaping_needed(c) && font.glyph_id(c).0 != 0)
}

fn no_shaping_needed(c: char) -> bool {
    matches!(u32::from(c),
        0x20..=0x7E            // ASCII
        | 0xA0..=0x24F         // Latin-1, Latin Extended-A/B
        | 0x370..=0x3FF        // Greek
        | 0x400..=0x52F        // Cyrillic and its supplement
        | 0x1E00..=0x1EFF      // Latin Extended Additional (Vietnamese)
        | 0x2000..=0x206F      // punctuation: dashes, quotes, spaces
        | 0x20A0..=0x20BF      // currency signs
        | 0x2190..=0x21FF      // arrows
        | 0x2200..=0x22FF      // mathematical operators: ≈
        | 0x2700..=0x27BF      // dingbats: check marks and crosses
    )
}

/// Encode an RGB buffer as PNG. Fast compression with the Sub filter: a chart is mostly flat colour, so the file
/// stays small while encoding takes a fraction of the adaptive default's time (it is on every `/pipeline`).
fn encode_png(rgb: &[u8], width: u32, height: u32) -> Result<Vec<u8>, ChartError> {
    use image::ImageEncoder;
    use image::codecs::png::{CompressionType, FilterType, PngEncoder};
    let mut out = Vec::new();
    PngEncoder::new_with_quality(&mut out, CompressionType::Fast, FilterType::Sub)
        .write_image(rgb, width, height, image::ColorType::Rgb8)
        .map_err(|e| ChartError::Encode(e.to_string()))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_in_scripts_that_need_shaping_are_not_drawable() {
        assert!(drawable("Qualified 12 · 3 400 EUR"));
        assert!(drawable("Переговоры"));
        assert!(drawable("Đàm phán"));
        assert!(!drawable("مذاکره"));
        assert!(!drawable("बातचीत"));
        assert!(!drawable("பேச்சுவார்த்தை"));
        assert!(!drawable("Deal 🎉"));
        assert!(drawable("✓ ✗ → –"));
    }

    #[test]
    fn a_funnel_is_a_small_png() {
        let bar = |label: &str, value, tone| Bar { label: label.into(), value, caption: format!("{value}"), tone };
        let funnel = Funnel {
            title: "2026-10-01 – 2026-12-31".into(),
            subtitle: "≈ 1,100 EUR  ·  ✓ 66%".into(),
            bars: vec![
                bar("Lead", 12, Tone::Open),
                bar("#2", 0, Tone::Open),
                bar("✓", 3, Tone::Won),
                bar("✗", 1, Tone::Lost),
            ],
        };
        let started = std::time::Instant::now();
        let png = render_funnel(&funnel).unwrap();
        assert!(png.starts_with(b"\x89PNG"));
        assert!(png.len() < 100_000, "{} bytes", png.len());
        eprintln!("funnel: {} bytes in {:?}", png.len(), started.elapsed());
    }
}
