//! Contrast (issue 13): in both themes every text the app shows reads at WCAG AA (4.5:1) on
//! every background it is drawn on — highlights, overlapping highlights and the selection
//! included — each highlight shows against the page, and its underline (what tells it without
//! colour) at 3:1. The colours are read from the functions the app paints with and the visuals
//! it installs, so changing one fails here. `--nocapture` prints every pair.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crosscheck::app::widgets::palette::{CLAIM_COLORS, claim_color, claim_fill, claim_underline};
use crosscheck::app::widgets::theme::{
    self, HIGHLIGHT_VISIBLE_MIN, TEXT_MIN, UNDERLINE_MIN, contrast, over,
};
use crosscheck::app::{AppCommand, CrosscheckApp, Prefs};
use crosscheck::core::store::RecoveryStore;
use egui::{Color32, Theme, Visuals};

use crate::desk;

/// A text colour on an opaque background, named for the report.
struct Pair {
    name: String,
    text: Color32,
    background: Color32,
}

fn pair(name: impl Into<String>, text: Color32, background: Color32) -> Pair {
    Pair {
        name: name.into(),
        text,
        background,
    }
}

/// Plain text of every kind on the panels and windows, and in text fields.
fn text_pairs(v: &Visuals) -> Vec<Pair> {
    let striped = over(v.faint_bg_color, v.window_fill);
    let mut pairs = Vec::new();
    for (surface, background) in [
        ("panel", v.panel_fill),
        ("window", v.window_fill),
        ("striped row", striped),
    ] {
        pairs.push(pair(
            format!("body text on {surface}"),
            v.text_color(),
            background,
        ));
        pairs.push(pair(
            format!("strong text on {surface}"),
            v.strong_text_color(),
            background,
        ));
        pairs.push(pair(
            format!("weak text on {surface}"),
            v.weak_text_color(),
            background,
        ));
        pairs.push(pair(
            format!("hyperlink on {surface}"),
            v.hyperlink_color,
            background,
        ));
        pairs.push(pair(
            format!("warning on {surface}"),
            v.warn_fg_color,
            background,
        ));
        pairs.push(pair(
            format!("error on {surface}"),
            v.error_fg_color,
            background,
        ));
    }
    let field = v.text_edit_bg_color();
    pairs.push(pair(
        "typed text in a field",
        v.widgets.inactive.text_color(),
        field,
    ));
    pairs.push(pair("placeholder in a field", v.weak_text_color(), field));
    pairs.push(pair("prefix in a field", v.text_color(), field));
    pairs.push(pair(
        "selected text in a field",
        v.selection.stroke.color,
        v.selection.bg_fill,
    ));
    pairs
}

/// Buttons and menu items in every state (a menu item's shortcut is weak text on its fill; a
/// menu item focused from the keyboard is drawn active).
fn widget_pairs(v: &Visuals) -> Vec<Pair> {
    let w = &v.widgets;
    let mut pairs = Vec::new();
    for (state, visuals) in [
        ("inactive", &w.inactive),
        ("hovered", &w.hovered),
        ("active", &w.active),
        ("open", &w.open),
    ] {
        pairs.push(pair(
            format!("{state} button text on its fill"),
            visuals.text_color(),
            visuals.weak_bg_fill,
        ));
        pairs.push(pair(
            format!("{state} menu item text on its fill"),
            visuals.text_color(),
            over(visuals.weak_bg_fill, v.window_fill),
        ));
        pairs.push(pair(
            format!("shortcut (weak) on a {state} menu item"),
            v.weak_text_color(),
            over(visuals.weak_bg_fill, v.window_fill),
        ));
    }
    pairs.push(pair(
        "frameless button text on panel",
        w.inactive.text_color(),
        v.panel_fill,
    ));
    pairs.push(pair(
        "frameless menu item text on window",
        w.inactive.text_color(),
        v.window_fill,
    ));
    pairs.push(pair(
        "selected button text on the selection",
        v.selection.stroke.color,
        v.selection.bg_fill,
    ));
    pairs
}

/// The article: its text on the highlights of every claim colour, one, two of a colour, two of
/// different colours, and the selection over them.
fn article_pairs(v: &Visuals) -> Vec<Pair> {
    let page = v.panel_fill;
    let text = v.text_color();
    let selection = theme::selection_fill(v);
    let mut pairs = vec![pair(
        "article text on the selection",
        text,
        over(selection, page),
    )];
    for i in 0..CLAIM_COLORS {
        let one = over(claim_fill(i, v), page);
        pairs.push(pair(format!("article text on highlight {i}"), text, one));
        pairs.push(pair(
            format!("article text on selection over highlight {i}"),
            text,
            over(selection, one),
        ));
        for j in 0..CLAIM_COLORS {
            let two = over(claim_fill(j, v), one);
            pairs.push(pair(
                format!("article text on highlights {i}+{j}"),
                text,
                two,
            ));
            pairs.push(pair(
                format!("article text on selection over highlights {i}+{j}"),
                text,
                over(selection, two),
            ));
        }
    }
    pairs
}

/// The list of claims: each row's number and quote on the claim's colour, as a selectable label
/// in each state (selected rows are drawn in the selection's colours).
fn claim_list_pairs(v: &Visuals) -> Vec<Pair> {
    let w = &v.widgets;
    let mut pairs = Vec::new();
    for i in 0..CLAIM_COLORS {
        let swatch = claim_color(i);
        for (state, text, fill) in [
            ("inactive", w.inactive.text_color(), v.panel_fill),
            (
                "hovered",
                w.hovered.text_color(),
                over(w.hovered.weak_bg_fill, v.panel_fill),
            ),
            (
                "active",
                w.active.text_color(),
                over(w.active.weak_bg_fill, v.panel_fill),
            ),
            ("selected", v.selection.stroke.color, v.selection.bg_fill),
        ] {
            pairs.push(pair(
                format!("{state} claim row {i} on its colour"),
                text,
                over(swatch, fill),
            ));
        }
    }
    pairs
}

/// The teacher's heat strip: the count on a band for every share of the class.
fn heat_pairs(v: &Visuals) -> Vec<Pair> {
    (0..=10)
        .map(|tenths| {
            let share = tenths as f32 / 10.0;
            pair(
                format!("count on the heat strip at {}%", tenths * 10),
                v.strong_text_color(),
                over(theme::heat_fill(share, v), theme::heat_background(v)),
            )
        })
        .collect()
}

fn all_pairs(v: &Visuals) -> Vec<Pair> {
    [
        text_pairs(v),
        widget_pairs(v),
        article_pairs(v),
        claim_list_pairs(v),
        heat_pairs(v),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn themes() -> [(&'static str, Visuals); 2] {
    [("light", theme::light()), ("dark", theme::dark())]
}

#[test]
fn every_text_reads_at_aa_on_every_background_in_both_themes() {
    let mut failures = Vec::new();
    for (name, v) in themes() {
        for p in all_pairs(&v) {
            let ratio = contrast(p.text, p.background);
            println!(
                "{name:5} {ratio:5.2}:1  {}  ({:?} on {:?})",
                p.name, p.text, p.background
            );
            if ratio < TEXT_MIN {
                failures.push(format!("{name}: {} is {ratio:.2}:1", p.name));
            }
        }
    }
    assert!(failures.is_empty(), "below 4.5:1:\n{}", failures.join("\n"));
}

#[test]
fn each_highlight_shows_against_the_page_and_its_underline_at_3_to_1() {
    for (name, v) in themes() {
        for i in 0..CLAIM_COLORS {
            let page = v.panel_fill;
            let one = over(claim_fill(i, &v), page);
            let shows = contrast(one, page);
            let underline = contrast(claim_underline(i, &v), page);
            println!("{name:5} highlight {i}: fill {shows:.2}:1, underline {underline:.2}:1");
            assert!(
                shows >= HIGHLIGHT_VISIBLE_MIN,
                "{name}: highlight {i} is {shows:.2}:1 against the page"
            );
            assert!(
                underline >= UNDERLINE_MIN,
                "{name}: underline {i} is {underline:.2}:1 against the page"
            );
            // Overlapping highlights are darker (lighter) than one, not the same.
            let two = over(claim_fill(i, &v), one);
            assert!(contrast(two, one) > 1.05, "{name}: {i} overlapping");
        }
    }
}

/// Any colour the app might give a highlight (search hits and evidence have their own, and a
/// translucent or odd one is only a hue) is toned to keep the text readable over one and two,
/// to show, and to have its underline.
#[test]
fn any_colour_makes_a_readable_visible_highlight() {
    let levels = [0u8, 40, 90, 140, 200, 255];
    for (name, v) in themes() {
        let page = v.panel_fill;
        let text = v.text_color();
        for &r in &levels {
            for &g in &levels {
                for &b in &levels {
                    for alpha in [0u8, 40, 90, 255] {
                        let color = Color32::from_rgba_premultiplied(r, g, b, alpha);
                        let fill = theme::highlight_fill(color, &v);
                        let one = over(fill, page);
                        let two = over(fill, one);
                        let what = format!("{name}: {color:?}");
                        assert!(contrast(text, one) >= TEXT_MIN, "{what} on one");
                        assert!(contrast(text, two) >= TEXT_MIN, "{what} on two");
                        assert!(
                            contrast(one, page) >= HIGHLIGHT_VISIBLE_MIN,
                            "{what} shows {:.2}:1",
                            contrast(one, page)
                        );
                        let underline = theme::highlight_underline(color, &v);
                        assert!(
                            contrast(underline, page) >= UNDERLINE_MIN,
                            "{what} underline"
                        );
                    }
                }
            }
        }
    }
}

/// Disabled widgets are exempt from 4.5:1 (WCAG 1.4.3, inactive controls) and are faded to tell
/// them apart; their text still stays above 3:1.
#[test]
fn disabled_text_is_faded_but_legible() {
    for (name, v) in themes() {
        let fade = v.disabled_alpha();
        let w = &v.widgets;
        for (what, text, fill) in [
            ("label", v.text_color(), v.panel_fill),
            (
                "button",
                w.inactive.text_color(),
                over(w.inactive.weak_bg_fill.gamma_multiply(fade), v.panel_fill),
            ),
        ] {
            let ratio = contrast(over(text.gamma_multiply(fade), fill), fill);
            println!("{name:5} disabled {what}: {ratio:.2}:1");
            assert!(ratio >= 3.0, "{name}: disabled {what} is {ratio:.2}:1");
        }
    }
}

#[test]
fn contrast_is_wcags() {
    assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
    assert!((contrast(Color32::WHITE, Color32::BLACK) - 21.0).abs() < 0.01);
    // #777 on white is the well-known 4.48:1.
    let grey = contrast(Color32::from_gray(0x77), Color32::WHITE);
    assert!((grey - 4.48).abs() < 0.01, "{grey}");
    // Half-transparent black over white is painted mid-grey (gamma space, as egui blends).
    assert_eq!(
        over(Color32::from_black_alpha(128), Color32::WHITE),
        Color32::from_gray(127)
    );
}

/// The window uses these visuals: light at first, dark once the theme is toggled, and the
/// highlights it builds (a claim, search hits) pass in the theme shown.
#[test]
fn the_app_installs_these_visuals_and_its_highlights_pass() {
    let dir = tempfile::tempdir().unwrap();
    let app = CrosscheckApp::on_sample(
        RecoveryStore::new(dir.path().join("recovery")),
        Prefs::default(),
    );
    let mut h = desk::harness(app);
    h.run();
    assert_eq!(h.ctx.global_style().visuals, theme::light());
    assert_eq!(h.ctx.style_of(Theme::Dark).visuals, theme::dark());

    desk::select(&mut h, "attacked");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    assert_eq!(h.state().session.annotations.len(), 1);
    h.state_mut().send(AppCommand::Search("the".into()));
    h.run();
    desk::wait_for_worker(&mut h);

    h.state_mut().send(AppCommand::ToggleTheme);
    h.run();
    // The preference is handled after the frame's widgets; the next frame shows it.
    h.step();
    assert_eq!(h.ctx.global_style().visuals, theme::dark());

    let doc = h.state().current_document.clone();
    let colours: Vec<Color32> = h
        .state()
        .highlights_of(&doc)
        .unwrap()
        .overlapping(0..usize::MAX)
        .map(|h| h.color)
        .collect();
    assert!(colours.len() > 1, "a claim and search hits");
    for (name, v) in themes() {
        let page = v.panel_fill;
        for &color in &colours {
            let one = over(theme::highlight_fill(color, &v), page);
            assert!(
                contrast(v.text_color(), one) >= TEXT_MIN,
                "{name}: {color:?}"
            );
            assert!(
                contrast(one, page) >= HIGHLIGHT_VISIBLE_MIN,
                "{name}: {color:?}"
            );
            let underline = theme::highlight_underline(color, &v);
            assert!(
                contrast(underline, page) >= UNDERLINE_MIN,
                "{name}: {color:?}"
            );
        }
    }
}
