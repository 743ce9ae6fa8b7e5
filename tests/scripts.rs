//! Every script: the embedded fonts draw Arabic, Persian, Hebrew, Thai, Devanagari, Greek and
//! Cyrillic; a paragraph whose characters no font has says so in words instead of boxes; the
//! Unicode line and paragraph separators break lines.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crosscheck::app::files::Opened;
use crosscheck::app::{CrosscheckApp, Prefs};
use crosscheck::core::import::{self, Imported};
use crosscheck::core::lesson::LoadedLesson;
use crosscheck::core::session::Session;
use crosscheck::core::store::RecoveryStore;

#[path = "support/desk.rs"]
mod desk;
use desk::harness;

/// One paragraph per script, written for this test.
const TEXT: &str = "English: the count was 62 attacks.
Ελληνικά: ο αριθμός ήταν 62 επιθέσεις.
Русский: было 62 нападения.
العربية: تعرضت القواعد الأمريكية لـ 62 هجوماً خلال شهر.
فارسی: پایگاه‌های آمریکایی ۶۲ بار مورد حمله قرار گرفتند.
עברית: הבסיסים הותקפו 62 פעמים.
ไทย: ฐานทัพถูกโจมตี 62 ครั้ง
हिन्दी: ठिकानों पर 62 बार हमला हुआ।
中文：美军基地遭到62次袭击。
One line\u{2028}and the next, \u{2029}a new paragraph, and\u{0085}a next line.";

fn app_on(text: &str, dir: &std::path::Path) -> CrosscheckApp {
    let mut lesson = LoadedLesson::new_empty("scripts", "Scripts");
    import::add_document(
        &mut lesson,
        Imported {
            text: text.to_owned(),
            title: "Every script".into(),
            outlet: String::new(),
            author: String::new(),
            published: String::new(),
            url: String::new(),
        },
    );
    let session = Session::new(&lesson.lesson, jiff::Timestamp::UNIX_EPOCH);
    CrosscheckApp::new(
        Opened {
            lesson,
            session,
            session_path: None,
            recovery: None,
        },
        None,
        RecoveryStore::new(dir.join("recovery")),
        Prefs::default(),
    )
}

#[test]
fn every_bundled_script_is_drawn_and_what_no_font_has_is_said_in_words() {
    let dir = tempfile::tempdir().unwrap();
    // No system fonts here, so the Chinese paragraph has no font: it must say so (egui draws
    // boxes behind the notice instead of failing the test).
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .allow_missing_glyphs()
        .build_ui_state(
            |ui, app: &mut CrosscheckApp| app.frame_ui(ui),
            app_on(TEXT, dir.path()),
        );
    h.run();
    let app = h.state();
    let view = &app.views[&app.current_document];
    let notices = view.notices_shown();
    // Only the Chinese paragraph (the ninth, index 8): no system fonts here, no CJK bundled.
    assert_eq!(
        notices.iter().map(|(p, _)| *p).collect::<Vec<_>>(),
        vec![8],
        "{notices:?}"
    );
    let words = &notices[0].1;
    assert!(
        words.contains("U+4E2D") && words.contains("cannot be shown"),
        "{words}"
    );
    assert!(
        words.contains("Noto Sans CJK"),
        "it says what to do: {words}"
    );
    // The embedded fonts have every other script's letters, Persian digits included.
    h.ctx.fonts_mut(|fonts| {
        let font = egui::FontId::proportional(16.0);
        for sample in [
            "ήταν",
            "нападения",
            "الأمريكية",
            "پایگاه ۶۲",
            "הותקפו",
            "ฐานทัพ",
            "हमला",
        ] {
            assert!(fonts.has_glyphs(&font, sample), "no glyphs for {sample}");
        }
    });
}

#[test]
fn line_and_paragraph_separators_break_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app_on(
        "A\u{2028}B and\u{2029}C, then\u{0085}D.",
        dir.path(),
    ));
    h.run();
    let app = h.state();
    let view = &app.views[&app.current_document];
    assert_eq!(view.rows_shown(0), Some(4), "one row per separated line");
    assert!(
        view.notices_shown().is_empty(),
        "separators are not missing characters"
    );
}

/// Arabic, Hebrew and Persian paragraphs with English and numbers, written for these tests.
const RTL: &str = "تعرضت القواعد الأمريكية لـ 62 هجوماً خلال الشهر الماضي.
قال المتحدث باسم Pentagon إن عدد الهجمات بلغ 61 هجوماً.
הבסיסים האמריקאיים הותקפו 62 פעמים בחודש האחרון.
پایگاه‌های آمریکایی ۶۲ بار مورد حمله قرار گرفتند.
English first, then عربي in the middle, and 62 at the end.";

fn rtl_harness(dir: &std::path::Path) -> egui_kittest::Harness<'static, CrosscheckApp> {
    let mut h = harness(app_on(RTL, dir));
    h.run();
    h
}

/// Char offset of `needle` in the document.
fn offset_of(app: &CrosscheckApp, needle: &str) -> usize {
    let text = app.views[&app.current_document].text();
    text.byte_to_char(text.as_str().find(needle).unwrap())
}

fn x_of(app: &CrosscheckApp, char_offset: usize) -> f32 {
    app.views[&app.current_document]
        .screen_pos_of_char(char_offset)
        .unwrap()
        .x
}

#[test]
fn right_to_left_paragraphs_read_right_to_left_and_align_right() {
    let dir = tempfile::tempdir().unwrap();
    let h = rtl_harness(dir.path());
    let app = h.state();
    // Arabic: the first word is right of the second, and the line starts at the right.
    let first = offset_of(app, "تعرضت");
    let second = offset_of(app, "القواعد");
    assert!(
        x_of(app, first) > x_of(app, second),
        "words in visual order"
    );
    let english = offset_of(app, "English");
    assert!(
        x_of(app, first) > x_of(app, english) + 300.0,
        "right-aligned"
    );
    // Hebrew likewise; the number inside reads left to right where a reader expects it.
    let hebrew = offset_of(app, "הבסיסים");
    let after = offset_of(app, "האמריקאיים");
    assert!(x_of(app, hebrew) > x_of(app, after));
    let six = offset_of(app, "62 פעמים");
    assert!(
        x_of(app, six) < x_of(app, six + 1),
        "62 reads left to right"
    );
    assert!(
        x_of(app, after) > x_of(app, six),
        "the number comes after, to the left"
    );
    // Persian with Persian digits, which read left to right inside the line.
    let persian = offset_of(app, "پایگاه");
    assert!(x_of(app, persian) > x_of(app, offset_of(app, "آمریکایی")));
    let six_two = offset_of(app, "۶۲");
    assert!(x_of(app, six_two) < x_of(app, six_two + 1), "۶ left of ۲");
    // An English paragraph with an Arabic word keeps English order, left-aligned.
    assert!(x_of(app, english) < x_of(app, offset_of(app, "first")));
    assert!(x_of(app, offset_of(app, "the middle")) > x_of(app, offset_of(app, "عربي")));
}

#[test]
fn dragging_across_a_direction_change_selects_the_logical_range_under_the_pointer() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = rtl_harness(dir.path());
    // From inside "Pentagon" to inside the Arabic word before it ("باسم").
    let (from, to, doc) = {
        let app = h.state();
        let a = offset_of(app, "باسم") + 1;
        let b = offset_of(app, "Pentagon") + 3;
        let view = &app.views[&app.current_document];
        (
            view.screen_pos_of_char(a).unwrap(),
            view.screen_pos_of_char(b).unwrap(),
            (a, b),
        )
    };
    h.hover_at(to);
    h.drag_at(to);
    h.run();
    h.hover_at(from);
    h.run();
    h.drop_at(from);
    h.run();
    let selected = h.state_mut().current_view().unwrap().selection().unwrap();
    assert_eq!(
        selected,
        doc.0..doc.1,
        "the logical range between the two points"
    );
}

#[test]
fn double_click_selects_exactly_the_arabic_word() {
    let dir = tempfile::tempdir().unwrap();
    // Frames 1/60 s apart, so that two clicks are close enough to be a double-click.
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .with_max_steps(200)
        .build_ui_state(
            |ui, app: &mut CrosscheckApp| app.frame_ui(ui),
            app_on(RTL, dir.path()),
        );
    h.run();
    let (at, word) = {
        let app = h.state();
        let start = offset_of(app, "الأمريكية");
        let view = &app.views[&app.current_document];
        (
            view.screen_pos_of_char(start + 3).unwrap(),
            start..start + "الأمريكية".chars().count(),
        )
    };
    h.hover_at(at);
    h.run();
    for _ in 0..2 {
        for pressed in [true, false] {
            h.event(egui::Event::PointerButton {
                pos: at,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: egui::Modifiers::NONE,
            });
            h.step();
        }
    }
    h.run();
    let selected = h.state_mut().current_view().unwrap().selection().unwrap();
    assert_eq!(selected, word);
}

#[test]
fn a_highlight_over_a_direction_change_covers_its_chars_and_no_others() {
    let dir = tempfile::tempdir().unwrap();
    let h = rtl_harness(dir.path());
    let app = h.state();
    // "باسم Pentagon": an Arabic word and an English one, in two visual pieces of one line.
    let start = offset_of(app, "باسم");
    let range = start..start + "باسم Pentagon".chars().count();
    let view = &app.views[&app.current_document];
    let rects = view.screen_rects_of(&range);
    assert!(rects.len() >= 2, "several pieces: {rects:?}");
    let inside = |c: usize| {
        let a = view.screen_pos_of_char(c).unwrap();
        let b = view.screen_pos_of_char(c + 1).unwrap();
        let mid = egui::pos2(f32::midpoint(a.x, b.x), a.y);
        rects.iter().any(|r| r.contains(mid))
    };
    for c in range.clone() {
        if !app.views[&app.current_document]
            .text()
            .slice_chars(c..c + 1)
            .trim()
            .is_empty()
        {
            assert!(inside(c), "char {c} of the range is covered");
        }
    }
    for c in [range.start - 3, range.end + 2, range.end + 4] {
        assert!(!inside(c), "char {c} outside the range is not covered");
    }
}

#[test]
fn search_finds_an_arabic_word_and_shows_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = rtl_harness(dir.path());
    h.state_mut()
        .send(crosscheck::app::AppCommand::Search("الهجمات".into()));
    h.run();
    let hits = h.state().search.hits.clone();
    assert_eq!(hits.len(), 1);
    let (doc, range) = hits[0].clone();
    h.state_mut()
        .send(crosscheck::app::AppCommand::ShowDocument(
            doc,
            Some(range.clone()),
        ));
    h.run();
    let app = h.state();
    assert_eq!(
        app.views[&app.current_document]
            .text()
            .slice_chars(range.clone()),
        "الهجمات"
    );
    assert!(
        !app.views[&app.current_document]
            .screen_rects_of(&range)
            .is_empty(),
        "shown"
    );
}
