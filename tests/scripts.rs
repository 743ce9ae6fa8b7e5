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
