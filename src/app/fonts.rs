//! The fonts the app embeds (`assets/fonts/`, SIL OFL): Noto Sans for Latin, Greek and Cyrillic
//! (the interface too), then Arabic (with Persian and Urdu letters), Hebrew, Thai and Devanagari
//! as fallbacks. Chinese, Japanese and Korean come from the system's fonts (eframe's
//! `system_fonts`); what no font covers is never drawn as boxes (`app::glyphs`).

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

/// Installs the fonts (from the next frame on).
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}
