//! An opt-in link as a QR code PNG, for a shop window or a receipt: black modules on white, with the quiet zone
//! the standard asks for, large enough to print.

use image::ImageEncoder;
use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use qrcode::{Color, EcLevel, QrCode};

/// Pixels per module: a 24-character t.me link (version 3, 29 modules) comes out about 300 px wide.
const SCALE: usize = 8;
/// The white border, in modules (ISO/IEC 18004 asks for four).
const QUIET: usize = 4;

/// The PNG of `text`'s QR code; `None` only if the text is too long for any QR code (never for our links).
pub fn png(text: &str) -> Option<Vec<u8>> {
    // Medium error correction survives a crease or a smudge on a printed code.
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let modules = code.width();
    let side = (modules + 2 * QUIET) * SCALE;
    let mut pixels = vec![255u8; side * side];
    for (i, color) in code.to_colors().into_iter().enumerate() {
        if color != Color::Dark {
            continue;
        }
        let (x0, y0) = ((i % modules + QUIET) * SCALE, (i / modules + QUIET) * SCALE);
        for y in y0..y0 + SCALE {
            pixels[y * side + x0..y * side + x0 + SCALE].fill(0);
        }
    }
    let side = u32::try_from(side).ok()?;
    let mut out = Vec::new();
    PngEncoder::new_with_quality(&mut out, CompressionType::Fast, FilterType::Sub)
        .write_image(&pixels, side, side, image::ColorType::L8)
        .ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_a_png_with_a_quiet_zone() {
        let png = png("https://t.me/pocket_crm_bot?start=AbCdEfGhIjKlMnOpQrStUvWx").expect("png");
        let img = image::load_from_memory(&png).expect("decodes").to_luma8();
        assert_eq!(img.width(), img.height());
        assert!(img.width() >= 200, "{} px is too small to scan from paper", img.width());
        // The border is white all round; the finder pattern's corner is black.
        let q = (QUIET * SCALE) as u32;
        assert!((0..img.width()).all(|x| img.get_pixel(x, q - 1).0[0] == 255));
        assert_eq!(img.get_pixel(q, q).0[0], 0);
    }
}
