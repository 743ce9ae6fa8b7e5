//! The app's colours in the light and the dark theme: every text it shows reads at WCAG AA
//! (4.5:1) on every background it is drawn on, the article's highlights and selection included,
//! and each highlight shows against the page.
//!
//! The visuals are egui's, changed only where a pair fell short. Contrast is WCAG's: the ratio
//! of the relative luminances (sRGB) plus 0.05. Translucent fills are composited the way egui
//! paints them, in gamma space ([`over`]), and measured as painted.
//!
//! Disabled widgets stay below 4.5:1: WCAG 1.4.3 exempts inactive controls, and the fading is
//! what tells them apart. They are faded a little less than egui's half opacity
//! ([`DISABLED_ALPHA`]), so that their text stays above 3:1 and can still be read.

use std::sync::LazyLock;

use egui::{Color32, Stroke, Theme, Visuals};

/// WCAG AA for text (1.4.3): every text on every background it is drawn on.
pub const TEXT_MIN: f32 = 4.5;

/// WCAG 1.4.11 for graphics that carry meaning: each highlight's underline (a 1 px line in the
/// highlight's colour) against the page. The underline, not the fill, tells a highlight without
/// colour.
pub const UNDERLINE_MIN: f32 = 3.0;

/// A highlight's fill against the page. The underline carries the meaning at 3:1; the fill only
/// has to be seen at a glance, by luminance alone (for readers who do not see the hue), without
/// darkening the text under it: 1.3:1 is a difference anyone sees on a screen, and leaves room
/// for text at 4.5:1 on two overlapping highlights.
pub const HIGHLIGHT_VISIBLE_MIN: f32 = 1.3;

/// The contrast each fill keeps for the text on two of itself, above [`TEXT_MIN`]: room for two
/// different highlights overlapping, and for the selection painted over them.
const FILL_TEXT_TARGET: f32 = 4.75;

/// How opaque a disabled widget is painted (egui's is 0.5, which left a disabled label at 2.8:1
/// in the light theme).
pub const DISABLED_ALPHA: f32 = 0.6;

/// How opaque a highlight fill is. A highlight is the claim's hue, toned for the theme, at this
/// opacity, so that two overlapping are darker (light) or lighter (dark) than one.
const LIGHT_HIGHLIGHT_ALPHA: u8 = 128;
const DARK_HIGHLIGHT_ALPHA: u8 = 160;

/// How far a hue moves per step toward the page (fainter) or the ink (stronger), and how many.
const TONE_STEP: f32 = 0.05;
const TONE_STEPS: i32 = 20;

/// The hue of the teacher's heat strip, and its opacity for no student and for all of them.
const HEAT_HUE: Color32 = Color32::from_rgb(220, 80, 30);
const HEAT_ALPHA_NONE: f32 = 40.0;
const HEAT_ALPHA_ALL: f32 = 240.0;

/// The light theme: egui's, with darker text (body text must stay readable on two overlapping
/// highlights, which are stronger than before, when yellow showed at 1.1:1; weak text such as a
/// placeholder was 2.9:1, links 2.8:1, warnings 2.8:1, errors 3.8:1), darker text on the
/// selection (a selected claim's row, on the claim's colour, was 4.3:1), and a lighter fill under
/// a pressed or keyboard-focused widget (a menu item's shortcut, weak text, was 2.0:1 on it).
pub fn light() -> Visuals {
    let mut v = Visuals::light();
    v.widgets.noninteractive.fg_stroke.color = Color32::from_gray(50);
    v.weak_text_color = Some(Color32::from_gray(80));
    v.hyperlink_color = Color32::from_rgb(0, 90, 180);
    v.warn_fg_color = Color32::from_rgb(175, 70, 0);
    v.error_fg_color = Color32::from_rgb(200, 0, 0);
    v.selection.stroke = Stroke::new(1.0, Color32::from_rgb(0, 60, 100));
    v.widgets.active.weak_bg_fill = Color32::from_gray(200);
    v.widgets.active.bg_fill = Color32::from_gray(200);
    v.disabled_alpha = DISABLED_ALPHA;
    v
}

/// The dark theme: egui's, with lighter text (body text was 2.4:1 on a highlight, 1.4:1 on two,
/// 3.2:1 on the selection; weak text such as a placeholder 2.8:1; errors 4.3:1), and a darker
/// selection with lighter text on it (a selected claim's row, on the claim's colour, was 3.4:1).
pub fn dark() -> Visuals {
    let mut v = Visuals::dark();
    v.widgets.noninteractive.fg_stroke.color = Color32::from_gray(210);
    v.weak_text_color = Some(Color32::from_gray(175));
    v.error_fg_color = Color32::from_rgb(255, 100, 100);
    v.selection.bg_fill = Color32::from_rgb(0, 70, 105);
    v.selection.stroke = Stroke::new(1.0, Color32::from_rgb(210, 230, 255));
    v.disabled_alpha = DISABLED_ALPHA;
    v
}

/// The visuals of a theme.
pub fn visuals(theme: Theme) -> Visuals {
    match theme {
        Theme::Light => light(),
        Theme::Dark => dark(),
    }
}

/// Hands both themes to egui (the preference picks one each frame).
pub fn install(ctx: &egui::Context) {
    ctx.set_visuals_of(Theme::Light, light());
    ctx.set_visuals_of(Theme::Dark, dark());
}

/// sRGB components, linearised, by value.
static LINEAR: LazyLock<[f32; 256]> = LazyLock::new(|| {
    std::array::from_fn(|i| {
        let c = i as f32 / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    })
});

/// WCAG relative luminance of a colour's red, green and blue (its alpha is not looked at:
/// composite a translucent colour first, with [`over`]).
pub fn luminance(c: Color32) -> f32 {
    let [r, g, b, _] = c.to_array();
    0.2126 * LINEAR[r as usize] + 0.7152 * LINEAR[g as usize] + 0.0722 * LINEAR[b as usize]
}

/// WCAG contrast ratio of two opaque colours, from 1 to 21, whichever is lighter.
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

/// `top` painted over an opaque `below`, as egui blends (premultiplied alpha, gamma space).
pub fn over(top: Color32, below: Color32) -> Color32 {
    below.blend(top)
}

/// The colour without its alpha (un-premultiplied in gamma space, as it was made).
fn hue(color: Color32) -> Color32 {
    let [r, g, b, _] = color.to_srgba_unmultiplied();
    Color32::from_rgb(r, g, b)
}

/// The colour that strengthens a highlight: toward black on a light page, white on a dark one.
fn ink(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::WHITE
    } else {
        Color32::BLACK
    }
}

/// The fill painted behind the article's text for a highlight of `color` (any colour: only its
/// hue counts), on the article's page ([`Visuals::panel_fill`]) under its text
/// ([`Visuals::text_color`]).
///
/// The hue is painted at the theme's opacity, toned: toward the page as far as needed for the
/// text on two of it to keep [`FILL_TEXT_TARGET`]; else toward the ink as far as needed for one
/// to show at [`HIGHLIGHT_VISIBLE_MIN`] against the page, while the text still keeps its
/// contrast.
pub fn highlight_fill(color: Color32, visuals: &Visuals) -> Color32 {
    let page = visuals.panel_fill;
    let text = visuals.text_color();
    let hue = hue(color);
    let ink = ink(visuals);
    let alpha = if visuals.dark_mode {
        DARK_HIGHLIGHT_ALPHA
    } else {
        LIGHT_HIGHLIGHT_ALPHA
    };
    // The fill at a tone, with the text's contrast on two of it and one's against the page.
    let at = |step: i32| {
        let k = step.unsigned_abs() as f32 * TONE_STEP;
        let toned = if step < 0 {
            hue.lerp_to_gamma(page, k)
        } else {
            hue.lerp_to_gamma(ink, k)
        };
        let [r, g, b, _] = toned.to_array();
        let fill = Color32::from_rgba_unmultiplied(r, g, b, alpha);
        let one = over(fill, page);
        (fill, contrast(text, over(fill, one)), contrast(one, page))
    };
    let mut step = 0;
    let (mut fill, mut readable, mut visible) = at(step);
    if readable < FILL_TEXT_TARGET {
        while readable < FILL_TEXT_TARGET && step > -TONE_STEPS {
            step -= 1;
            (fill, readable, _) = at(step);
        }
    } else {
        while visible < HIGHLIGHT_VISIBLE_MIN && step < TONE_STEPS {
            let next = at(step + 1);
            if next.1 < FILL_TEXT_TARGET {
                break;
            }
            step += 1;
            (fill, _, visible) = next;
        }
    }
    fill
}

/// The underline of a highlight of `color`: its hue, toned toward the ink until it shows at
/// [`UNDERLINE_MIN`] against the page.
pub fn highlight_underline(color: Color32, visuals: &Visuals) -> Color32 {
    let page = visuals.panel_fill;
    let hue = hue(color);
    let ink = ink(visuals);
    (0..=TONE_STEPS)
        .map(|step| hue.lerp_to_gamma(ink, step as f32 * TONE_STEP))
        .find(|c| contrast(*c, page) >= UNDERLINE_MIN)
        .unwrap_or(ink)
}

/// The article's selection, painted over the highlights and under the text: the selection
/// colour, translucent so the highlights under it still show.
pub fn selection_fill(visuals: &Visuals) -> Color32 {
    visuals.selection.bg_fill.gamma_multiply(0.6)
}

/// The background of the teacher's heat strip ([`Visuals::faint_bg_color`] on the panel).
pub fn heat_background(visuals: &Visuals) -> Color32 {
    over(visuals.faint_bg_color, visuals.panel_fill)
}

/// The heat strip's band for a paragraph `share` (0 to 1) of the class flagged: more opaque the
/// more students, but never so opaque that the count on it ([`Visuals::strong_text_color`])
/// drops below [`FILL_TEXT_TARGET`]. The count says it without colour.
pub fn heat_fill(share: f32, visuals: &Visuals) -> Color32 {
    let below = heat_background(visuals);
    let text = visuals.strong_text_color();
    let [r, g, b, _] = HEAT_HUE.to_array();
    let wanted = HEAT_ALPHA_NONE + (HEAT_ALPHA_ALL - HEAT_ALPHA_NONE) * share.clamp(0.0, 1.0);
    let mut alpha = wanted as u8;
    loop {
        let fill = Color32::from_rgba_unmultiplied(r, g, b, alpha);
        if alpha <= 5 || contrast(text, over(fill, below)) >= FILL_TEXT_TARGET {
            return fill;
        }
        alpha -= 5;
    }
}
