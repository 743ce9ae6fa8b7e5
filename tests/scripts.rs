//! Every script: the embedded fonts draw Arabic, Persian, Hebrew, Thai, Devanagari, Greek and
//! Cyrillic; characters no font has are drawn as placeholders, never boxes, and the window says
//! so once (`tests/missing_glyphs.rs` has the rest of the window); the
//! Unicode line and paragraph separators break lines.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crosscheck::app::{CrosscheckApp, Prefs};
use crosscheck::core::import::{self, Imported};
use crosscheck::core::lesson::{Direction, LoadedLesson};
use crosscheck::core::store::RecoveryStore;

use crate::desk;
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
    app_with_direction(text, Direction::Auto, dir)
}

fn app_with_direction(text: &str, direction: Direction, dir: &std::path::Path) -> CrosscheckApp {
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
            language: String::new(),
        },
    );
    for document in &mut lesson.lesson.documents {
        document.direction = direction;
    }
    CrosscheckApp::on_lesson(
        lesson,
        RecoveryStore::new(dir.join("recovery")),
        Prefs::default(),
    )
}

#[test]
fn every_bundled_script_is_drawn_and_what_no_font_has_is_said_in_words() {
    let dir = tempfile::tempdir().unwrap();
    // No system fonts here, so the Chinese paragraph has no font: the window must say so, and
    // nothing may be drawn as a box (egui_kittest fails the test on one).
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_ui_state(
            |ui, app: &mut CrosscheckApp| app.frame_ui(ui),
            app_on(TEXT, dir.path()),
        );
    h.run();
    let app = h.state();
    let view = &app.views[&app.current_document];
    // Only the Chinese paragraph: no system fonts here, no CJK bundled. Its characters are
    // placeholders, one for one; every other script is drawn.
    let shown = view.text_shown();
    // (The full-width colon and stop are Chinese punctuation no font here has either.)
    assert!(shown.contains("\n◌◌◌◌◌◌◌◌◌62◌◌◌◌\n"), "{shown}");
    assert_eq!(shown.matches('◌').count(), 13, "{shown}");
    let notice = crosscheck::app::glyphs::notice(&h.ctx).expect("the window's notice");
    assert!(
        notice.contains("Chinese") && notice.contains("can show"),
        "{notice}"
    );
    assert!(
        notice.contains("Noto Sans CJK SC"),
        "it says what to do: {notice}"
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
        !view.text_shown().contains('◌') && crosscheck::app::glyphs::notice(&h.ctx).is_none(),
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
    // The documents are searched on the worker.
    desk::wait_for_worker(&mut h);
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

#[test]
fn each_arabic_letter_is_highlighted_where_its_glyph_is() {
    let dir = tempfile::tempdir().unwrap();
    let h = rtl_harness(dir.path());
    let app = h.state();
    let view = &app.views[&app.current_document];
    // "القواعد": letters of very different widths (alef is narrow, ain is wide), and no
    // lam-alef ligature (one glyph for two letters).
    let word = "القواعد";
    let start = offset_of(app, word);
    let n = word.chars().count();
    let whole = view.screen_rects_of(&(start..start + n));
    assert_eq!(whole.len(), 1, "one word, one rectangle");
    let whole = whole[0];
    let letters: Vec<egui::Rect> = (start..start + n)
        .map(|c| {
            let rects = view.screen_rects_of(&(c..c + 1));
            assert_eq!(rects.len(), 1, "char {c}");
            rects[0]
        })
        .collect();
    // Right to left, touching, without overlap, together exactly the word.
    for pair in letters.windows(2) {
        assert!(
            (pair[0].min.x - pair[1].max.x).abs() < 0.5,
            "letters touch, the next to the left: {pair:?}"
        );
    }
    assert!((letters[0].max.x - whole.max.x).abs() < 0.5);
    assert!((letters[n - 1].min.x - whole.min.x).abs() < 0.5);
    // Each letter as wide as its glyph, not an equal share of the word.
    let widths: Vec<f32> = letters.iter().map(egui::Rect::width).collect();
    let (narrow, wide) = widths
        .iter()
        .fold((f32::MAX, 0.0_f32), |(a, b), w| (a.min(*w), b.max(*w)));
    assert!(wide > narrow * 1.5, "widths follow the glyphs: {widths:?}");
}

/// The caret's screen position, after a key.
fn press(
    h: &mut egui_kittest::Harness<'static, CrosscheckApp>,
    key: egui::Key,
) -> (usize, egui::Pos2) {
    h.key_press(key);
    h.run();
    let app = h.state();
    let view = &app.views[&app.current_document];
    let caret = view.caret().unwrap();
    (caret, view.screen_pos_of_char(caret).unwrap())
}

#[test]
fn arrow_keys_move_the_caret_in_visual_order_on_a_mixed_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = rtl_harness(dir.path());
    // The line "قال المتحدث باسم Pentagon إن …": the caret starts at its logical start, which is
    // its right edge; Left walks it to the left edge one stop at a time.
    let (line_start, line_end, pentagon) = {
        let app = h.state();
        let start = offset_of(app, "قال المتحدث");
        let end = offset_of(app, "הבסיסים") - 1;
        (start, end, offset_of(app, "Pentagon"))
    };
    // (In the middle of the line: its right end is next to the inspector's resize handle.)
    let click = h.state().views[&h.state().current_document]
        .screen_pos_of_char(pentagon + 2)
        .unwrap();
    // A press and release on the spot is a click: it gives the article the keyboard.
    h.hover_at(click);
    h.drag_at(click);
    h.drop_at(click);
    h.run();
    h.state_mut()
        .current_view()
        .unwrap()
        .set_selection(Some(line_start..line_start));
    h.run();
    let start_pos = h.state().views[&h.state().current_document]
        .screen_pos_of_char(line_start)
        .unwrap();
    let mut x = start_pos.x;
    let mut visited = vec![line_start];
    loop {
        let (caret, pos) = press(&mut h, egui::Key::ArrowLeft);
        if (pos.y - start_pos.y).abs() > 1.0 {
            // Past the left edge: on to the next line in reading order.
            assert!(
                caret >= line_end,
                "left of the left edge is the next line: {caret}"
            );
            break;
        }
        assert!(
            pos.x < x - 0.5,
            "each Left moves left: {} then {} (char {caret})",
            x,
            pos.x
        );
        x = pos.x;
        visited.push(caret);
        assert!(visited.len() < 200, "the caret reaches the left edge");
    }
    // Inside "Pentagon", a left-to-right word, Left goes back through its letters.
    let inside: Vec<usize> = visited
        .iter()
        .copied()
        .filter(|c| (pentagon + 1..pentagon + 8).contains(c))
        .collect();
    assert_eq!(
        inside,
        (pentagon + 1..pentagon + 8).rev().collect::<Vec<_>>()
    );
    // Every char boundary of the Arabic words was a stop.
    let qal = offset_of(h.state(), "قال");
    assert!(visited.contains(&(qal + 1)) && visited.contains(&(qal + 2)));
    // Right comes back the same way.
    h.state_mut()
        .current_view()
        .unwrap()
        .set_selection(Some(pentagon + 3..pentagon + 3));
    h.run();
    let (caret, _) = press(&mut h, egui::Key::ArrowRight);
    assert_eq!(
        caret,
        pentagon + 4,
        "Right inside a left-to-right word goes forward"
    );
    let qal_x = |h: &egui_kittest::Harness<'static, CrosscheckApp>, c: usize| {
        h.state().views[&h.state().current_document]
            .screen_pos_of_char(c)
            .unwrap()
            .x
    };
    h.state_mut()
        .current_view()
        .unwrap()
        .set_selection(Some(qal + 2..qal + 2));
    h.run();
    let before = qal_x(&h, qal + 2);
    let (caret, pos) = press(&mut h, egui::Key::ArrowRight);
    assert_eq!(
        caret,
        qal + 1,
        "Right inside an Arabic word goes back logically"
    );
    assert!(pos.x > before);
}

#[test]
fn a_document_can_be_set_to_read_right_to_left_or_left_to_right() {
    let dir = tempfile::tempdir().unwrap();
    // An Arabic article whose paragraph starts with a Latin name: by the Unicode rule it would
    // read left to right; the lesson says right to left.
    let text = "CNN: قالت الشبكة إن الهجوم وقع ليلاً.\nعربي first, then English.";
    for (direction, arabic_right) in [(Direction::Auto, false), (Direction::Rtl, true)] {
        let mut h = harness(app_with_direction(text, direction, dir.path()));
        h.run();
        let app = h.state();
        let cnn = x_of(app, offset_of(app, "CNN"));
        let said = x_of(app, offset_of(app, "قالت"));
        if arabic_right {
            assert!(said < cnn, "{direction:?}: CNN is at the right, read first");
            assert!(cnn > 600.0, "{direction:?}: right-aligned");
        } else {
            assert!(said > cnn, "{direction:?}: CNN at the left");
            assert!(cnn < 400.0, "{direction:?}: left-aligned");
        }
    }
    // Set to left to right, an Arabic paragraph starts at the left.
    let mut h = harness(app_with_direction(text, Direction::Ltr, dir.path()));
    h.run();
    let app = h.state();
    assert!(x_of(app, offset_of(app, "عربي")) < x_of(app, offset_of(app, "first")));
    assert!(x_of(app, offset_of(app, "عربي")) < 400.0);
}

#[test]
fn explicit_embeddings_overrides_and_isolates_are_honoured_and_not_drawn() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Isolate: \u{2067}محمد علي\u{2069} was named.
Embedding: \u{202B}شارع 5 الرئيسي\u{202C} is the address.
Override: \u{202E}abc\u{202C} reads backwards.
Left override: \u{202D}xyz\u{202C} stays.";
    let mut h = harness(app_on(text, dir.path()));
    h.run();
    let app = h.state();
    let view = &app.views[&app.current_document];
    // The isolated Arabic name reads right to left inside the English line.
    assert!(x_of(app, offset_of(app, "محمد")) > x_of(app, offset_of(app, "علي")));
    assert!(x_of(app, offset_of(app, "was")) > x_of(app, offset_of(app, "محمد")));
    // The right-to-left embedding puts the street name's words right to left.
    assert!(x_of(app, offset_of(app, "شارع")) > x_of(app, offset_of(app, "الرئيسي")));
    // The override draws "abc" as "cba".
    let a = offset_of(app, "abc");
    assert!(x_of(app, a) > x_of(app, a + 2), "a is right of c");
    let x = offset_of(app, "xyz");
    assert!(x_of(app, x) < x_of(app, x + 2));
    // The controls themselves take no room and draw nothing (no box, no notice).
    for control in [
        '\u{2067}', '\u{2069}', '\u{202B}', '\u{202C}', '\u{202E}', '\u{202D}',
    ] {
        let at = view
            .text()
            .byte_to_char(view.text().as_str().find(control).unwrap());
        for rect in view.screen_rects_of(&(at..at + 1)) {
            assert!(
                rect.width() <= 1.0,
                "U+{:04X} takes no room: {rect:?}",
                u32::from(control)
            );
        }
    }
    assert!(
        crosscheck::app::glyphs::notice(&h.ctx).is_none(),
        "direction controls are not missing characters"
    );
}

#[test]
fn the_teacher_sets_a_document_to_read_right_to_left_and_undo_sets_it_back() {
    use egui_kittest::kittest::Queryable as _;
    let dir = tempfile::tempdir().unwrap();
    let text = "CNN: قالت الشبكة إن الهجوم وقع ليلاً.";
    let mut app = app_on(text, dir.path());
    let lesson = app.lesson.clone();
    app.enter_teacher(lesson, None);
    let mut h = harness(app);
    h.run();
    let read_from_left = |h: &egui_kittest::Harness<'static, CrosscheckApp>| {
        let app = h.state();
        x_of(app, offset_of(app, "CNN")) < 600.0
    };
    assert!(
        read_from_left(&h),
        "by its first letter, the paragraph reads left to right"
    );
    // The document's "Reads" choice in the lesson editor.
    h.get_by_label("Reads").click();
    h.run();
    h.get_by_label("Right to left").click();
    h.run();
    let app = h.state();
    assert_eq!(app.lesson.lesson.documents[0].direction, Direction::Rtl);
    assert!(
        !read_from_left(&h),
        "now it reads right to left, from the right edge"
    );
    assert!(app.unsaved(), "a change to the lesson");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(
        h.state().lesson.lesson.documents[0].direction,
        Direction::Auto
    );
    assert!(read_from_left(&h), "undone");
}

#[test]
fn right_to_left_paragraphs_end_at_the_same_right_edge() {
    let dir = tempfile::tempdir().unwrap();
    let h = rtl_harness(dir.path());
    let app = h.state();
    let view = &app.views[&app.current_document];
    let right_of = |word: &str| {
        let start = offset_of(app, word);
        view.screen_rects_of(&(start..start + word.chars().count()))
            .iter()
            .map(|r| r.max.x)
            .fold(0.0_f32, f32::max)
    };
    let edges = [right_of("تعرضت"), right_of("הבסיסים"), right_of("پایگاه")];
    for edge in edges {
        assert!(
            (edge - edges[0]).abs() < 2.0,
            "right-aligned alike: {edges:?}"
        );
    }
}
