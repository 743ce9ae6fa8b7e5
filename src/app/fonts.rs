//! The fonts the app embeds (`assets/fonts/`, SIL OFL): Noto Sans for Latin, Greek and Cyrillic
//! (the interface too), then Arabic (with Persian and Urdu letters), Hebrew, Thai and Devanagari
//! as fallbacks. Chinese, Japanese and Korean come from the system's fonts (eframe's
//! `system_fonts`); what no font covers is never drawn as boxes (`app::glyphs`).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use egui::{FontData, FontDefinitions, FontFamily};

/// Each embedded font: its name and its bytes, in the order they are tried.
const EMBEDDED: [(&str, &[u8]); 5] = [
    (
        "noto-sans",
        include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
    ),
    (
        "noto-naskh-arabic",
        include_bytes!("../../assets/fonts/NotoNaskhArabic-Regular.ttf"),
    ),
    (
        "noto-sans-hebrew",
        include_bytes!("../../assets/fonts/NotoSansHebrew-Regular.ttf"),
    ),
    (
        "noto-sans-thai",
        include_bytes!("../../assets/fonts/NotoSansThai-Regular.ttf"),
    ),
    (
        "noto-sans-devanagari",
        include_bytes!("../../assets/fonts/NotoSansDevanagari-Regular.ttf"),
    ),
];

/// egui's default fonts with the embedded ones: Noto Sans first for proportional text, the other
/// scripts after egui's own fonts (so emoji still come from egui's emoji font), and every script
/// also behind the monospace font.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    for (name, bytes) in EMBEDDED {
        fonts
            .font_data
            .insert(name.to_owned(), FontData::from_static(bytes).into());
    }
    let (latin, scripts) = EMBEDDED.split_at(1);
    if let Some(proportional) = fonts.families.get_mut(&FontFamily::Proportional) {
        proportional.insert(0, latin[0].0.to_owned());
        proportional.extend(scripts.iter().map(|(name, _)| (*name).to_owned()));
        // Last, egui's monospace font: it has the arrows and set signs the Numbers panel marks
        // with (↗ a toll that rose, ⊂ a part and the total), which no other font here has.
        if fonts.font_data.contains_key("Hack") {
            proportional.push("Hack".to_owned());
        }
    }
    if let Some(monospace) = fonts.families.get_mut(&FontFamily::Monospace) {
        monospace.extend(EMBEDDED.iter().map(|(name, _)| (*name).to_owned()));
    }
    fonts
}

/// Installs the fonts (from the next frame on), and the placeholder drawn for a character no
/// font has wherever text was not shown through `glyphs::shown` (a field being typed in).
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
    let drawn = placeholders_drawn_counter(ctx);
    ctx.add_glyph_rasterizer(egui::GlyphRasterizer::new(
        "crosscheck::fonts::placeholder",
        move |request: &egui::GlyphRasterizerRequest<'_>| {
            drawn.fetch_add(1, Ordering::Relaxed);
            Some(dotted_circle(request.font_size_px))
        },
    ));
}

fn placeholders_drawn_counter(ctx: &egui::Context) -> Arc<AtomicUsize> {
    let id = egui::Id::unique("crosscheck-placeholders-drawn");
    ctx.data_mut(|d| {
        Arc::clone(d.get_temp_mut_or_insert_with(id, || Arc::new(AtomicUsize::new(0))))
    })
}

/// How many characters no font has were drawn as the placeholder glyph rather than shown
/// through `glyphs::shown` (each character at each size once): for tests, which expect none
/// where the app's own text is drawn.
pub fn placeholders_drawn(ctx: &egui::Context) -> usize {
    placeholders_drawn_counter(ctx).load(Ordering::Relaxed)
}

/// A dotted circle standing on the baseline, like U+25CC (Unicode's mark for a character that
/// stands in for another), drawn in place of a box ("tofu") for a character no font has.
fn dotted_circle(font_size_px: f32) -> egui::RasterizedGlyph {
    const DOTS: u16 = 8;
    let size = (0.6 * font_size_px).round().max(4.0);
    let side_bearing = (0.1 * font_size_px).round();
    let dot = (font_size_px / 16.0).max(0.8);
    let side = size + 2.0;
    let centre = side / 2.0;
    let radius = size / 2.0 - dot;
    let dots: Vec<(f32, f32)> = (0..DOTS)
        .map(|k| {
            let angle = std::f32::consts::TAU * f32::from(k) / f32::from(DOTS);
            (centre + radius * angle.cos(), centre + radius * angle.sin())
        })
        .collect();
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // small, positive
    let pixels = side as usize;
    let mut image = egui::ColorImage::filled([pixels, pixels], egui::Color32::TRANSPARENT);
    for y in 0..pixels {
        for x in 0..pixels {
            #[allow(clippy::cast_precision_loss)] // small
            let (px, py) = (x as f32 + 0.5, y as f32 + 0.5);
            let nearest = dots
                .iter()
                .map(|(dx, dy)| (px - dx).hypot(py - dy))
                .fold(f32::INFINITY, f32::min);
            // Coverage fades over one pixel at the dot's edge.
            let coverage = (dot + 0.5 - nearest).clamp(0.0, 1.0);
            if coverage > 0.0 {
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // 0..=255
                let alpha = (coverage * 255.0).round() as u8;
                image[(x, y)] = egui::Color32::from_white_alpha(alpha);
            }
        }
    }
    egui::RasterizedGlyph {
        bitmap: egui::GlyphBitmap {
            image,
            // The pen is at the baseline; the circle stands on it.
            offset_px: egui::vec2(side_bearing, -side),
            is_color: false,
        },
        advance_px: side + 2.0 * side_bearing,
    }
}
