//! The fonts the app embeds (`assets/fonts/`, SIL OFL): Noto Sans for Latin, Greek and Cyrillic
//! (the interface too), then Arabic (with Persian and Urdu letters), Hebrew, Thai and Devanagari
//! as fallbacks. Chinese, Japanese and Korean come from the system's fonts (eframe's
//! `system_fonts`); what no font covers is said in words in the article view.

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

/// Characters that are never drawn (controls, spaces, joiners, direction marks), so never missing.
fn drawn(c: char) -> bool {
    !(c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'))
}

/// The characters of `text` that no installed font can draw (at most `limit` of them, each
/// once), for saying so instead of drawing boxes.
pub fn missing_characters(
    fonts: &mut egui::epaint::text::FontsView<'_>,
    font_id: &egui::FontId,
    text: &str,
    limit: usize,
) -> Vec<char> {
    if fonts.has_glyphs(font_id, text) {
        return Vec::new();
    }
    let mut missing: Vec<char> = Vec::new();
    for c in text.chars().filter(|&c| drawn(c)) {
        if !missing.contains(&c) && !fonts.has_glyph(font_id, c) {
            missing.push(c);
            if missing.len() == limit {
                break;
            }
        }
    }
    missing
}

/// What the article view says in place of boxes: which characters, and what to do.
pub fn missing_notice(missing: &[char], words: &impl crate::app::i18n::Speaks) -> String {
    let shown: Vec<String> = missing
        .iter()
        .map(|c| format!("U+{:04X}", u32::from(*c)))
        .collect();
    tr!(
        words,
        "article-missing-characters",
        characters = shown.join(", ")
    )
}
