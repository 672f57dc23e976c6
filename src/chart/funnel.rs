//! A funnel: one centred horizontal bar per stage, its width proportional to its value, with a caption on it.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{ChartError, FONT, encode_png, ensure_font};

/// What a bar stands for; it sets the colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Open,
    Won,
    Lost,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// Drawn left of the bar; must be [`super::drawable`].
    pub label: String,
    /// Sets the bar's width relative to the largest value.
    pub value: u64,
    /// Drawn on the bar, e.g. "12 · 34 000 EUR".
    pub caption: String,
    pub tone: Tone,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Funnel {
    /// The first line, e.g. "2026-11-01 – 2026-11-30"; must be [`super::drawable`].
    pub title: String,
    /// A smaller second line, e.g. "win rate 40% · 12 days to win".
    pub subtitle: String,
    pub bars: Vec<Bar>,
}

const WIDTH: u32 = 900;
const TOP: u32 = 110;
const ROW: u32 = 64;
const BOTTOM: u32 = 30;
const LABEL_W: i32 = 220;
const MARGIN: i32 = 24;

fn colour(tone: Tone, index: usize) -> RGBColor {
    match tone {
        Tone::Won => RGBColor(120, 200, 130),
        Tone::Lost => RGBColor(240, 140, 140),
        // Open stages darken down the funnel, light enough for black captions.
        Tone::Open => {
            let step = u8::try_from(index.min(6) * 12).unwrap_or(72);
            RGBColor(170 - step, 205 - step, 245 - step / 2)
        }
    }
}

/// Draw the funnel as a PNG of `WIDTH` × (title + one row per bar) pixels.
pub fn render_funnel(funnel: &Funnel) -> Result<Vec<u8>, ChartError> {
    ensure_font()?;
    let rows = u32::try_from(funnel.bars.len().max(1)).unwrap_or(1);
    let height = TOP + rows * ROW + BOTTOM;
    let mut rgb = vec![255u8; (WIDTH * height * 3) as usize];
    draw(funnel, &mut rgb, height).map_err(|e| ChartError::Draw(e.to_string()))?;
    encode_png(&rgb, WIDTH, height)
}

fn draw(funnel: &Funnel, rgb: &mut [u8], height: u32) -> Result<(), Box<dyn std::error::Error>> {
    let root = BitMapBackend::with_buffer(rgb, (WIDTH, height)).into_drawing_area();
    root.fill(&WHITE)?;
    let title = FontDesc::new(FontFamily::Name(FONT), 30.0, FontStyle::Normal).color(&BLACK);
    let small = FontDesc::new(FontFamily::Name(FONT), 20.0, FontStyle::Normal).color(&RGBColor(90, 90, 90));
    root.draw(&Text::new(funnel.title.clone(), (MARGIN, 22), title))?;
    root.draw(&Text::new(funnel.subtitle.clone(), (MARGIN, 64), small))?;

    let label_style = FontDesc::new(FontFamily::Name(FONT), 20.0, FontStyle::Normal)
        .color(&BLACK)
        .pos(Pos::new(HPos::Right, VPos::Center));
    let caption_style = FontDesc::new(FontFamily::Name(FONT), 19.0, FontStyle::Normal)
        .color(&BLACK)
        .pos(Pos::new(HPos::Center, VPos::Center));
    let max = funnel.bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let span = i32::try_from(WIDTH).unwrap_or(900) - LABEL_W - 2 * MARGIN;
    let centre = LABEL_W + MARGIN + span / 2;
    for (i, bar) in funnel.bars.iter().enumerate() {
        let top = i32::try_from(TOP + u32::try_from(i).unwrap_or(0) * ROW).unwrap_or(0);
        let middle = top + i32::try_from(ROW / 2).unwrap_or(32) - 4;
        // Even an empty stage keeps a sliver, so the row reads as a stage with nothing in it.
        let scaled = (u128::from(bar.value) * u128::try_from(span).unwrap_or(0) / u128::from(max)) as i32;
        let half = scaled.max(6) / 2;
        let shape = [(centre - half, top + 4), (centre + half, top + i32::try_from(ROW).unwrap_or(64) - 12)];
        root.draw(&Rectangle::new(shape, colour(bar.tone, i).filled()))?;
        root.draw(&Text::new(bar.label.clone(), (LABEL_W + MARGIN - 12, middle), label_style.clone()))?;
        root.draw(&Text::new(bar.caption.clone(), (centre, middle), caption_style.clone()))?;
    }
    root.present()?;
    Ok(())
}
