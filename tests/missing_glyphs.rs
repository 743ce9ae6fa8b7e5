//! Text no font on this computer can draw (here: Japanese and Ethiopic; the app embeds neither
//! and these tests have no system fonts): the window says so once, names the scripts and the
//! fonts to install, and draws no boxes anywhere (`egui_kittest` fails a test that draws one);
//! the document list, the tabs, the outlet line, the claims list, the inspector and the Numbers
//! panel show a stretch of it as "[Japanese text]", which is also what a screen reader is told;
//! what a student types in a field is drawn with a placeholder glyph, never a box.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;

use crosscheck::app::teacher::Tab;
use crosscheck::app::{AppCommand, CrosscheckApp, PanelVisibility, Prefs};
use crosscheck::core::import::{self, Imported};
use crosscheck::core::lesson::LoadedLesson;
use crosscheck::core::store::RecoveryStore;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable as _};

use crate::desk;
use desk::wait_for_worker;

/// A report from Tokyo with a Japanese title, outlet and sentences (written for this test).
const TOKYO: &str = "The ministry (防衛省) said 62 attacks hit the bases in October 2023.
東京の基地は十月に六十二回攻撃されたと発表した。
A second source counted 56 attacks on the bases in October 2023.";

/// A report with an Ethiopic title and a paragraph in Amharic (written for this test).
const ADDIS: &str = "Officials said 58 attacks hit the bases in October 2023.
ሰላም ለዓለም፤ ዛሬ ስለ ጥቃቶቹ ተናገሩ።";

fn document(text: &str, title: &str, outlet: &str, author: &str) -> Imported {
    Imported {
        text: text.to_owned(),
        title: title.to_owned(),
        outlet: outlet.to_owned(),
        author: author.to_owned(),
        published: "2023-11-01".to_owned(),
        url: String::new(),
        language: String::new(),
    }
}

fn lesson() -> LoadedLesson {
    let mut lesson = LoadedLesson::new_empty("glyphs", "Counting in two scripts");
    import::add_document(
        &mut lesson,
        document(TOKYO, "東京の基地への攻撃", "東京新聞", "山田 花子"),
    );
    import::add_document(
        &mut lesson,
        document(ADDIS, "የአዲስ አበባ ዘገባ", "Addis Standard", "ሰላም"),
    );
    lesson
}

/// Every char of the lesson no font here has (at least the Japanese and Ethiopic ones).
fn lacking(h: &Harness<'static, CrosscheckApp>) -> HashSet<char> {
    let words = [
        TOKYO,
        ADDIS,
        "東京の基地への攻撃東京新聞山田花子",
        "የአዲስ አበባ ዘገባሰላም",
    ];
    let font = egui::FontId::proportional(14.0);
    h.ctx.fonts_mut(|fonts| {
        words
            .iter()
            .flat_map(|w| w.chars())
            .filter(|c| !c.is_whitespace() && !fonts.has_glyph(&font, *c))
            .collect()
    })
}

fn app(dir: &std::path::Path, panels: PanelVisibility) -> CrosscheckApp {
    let prefs = Prefs {
        left_panel: panels,
        right_panel: panels,
        ..Prefs::default()
    };
    CrosscheckApp::on_lesson(lesson(), RecoveryStore::new(dir.join("recovery")), prefs)
}

/// Says what in the window's accessibility tree (labels, values, descriptions) has a char no
/// font has, and how many times the notice is there.
fn check(h: &Harness<'static, CrosscheckApp>, lacking: &HashSet<char>, when: &str) {
    check_tree(h, lacking, when);
    // Nothing of the app's own showing fell back to the placeholder glyph either.
    assert_eq!(
        crosscheck::app::fonts::placeholders_drawn(&h.ctx),
        0,
        "{when}: drawn without being shown through glyphs::shown"
    );
}

/// [`check`] for screens with fields holding the lesson's words too: a field's value is the
/// very text (typed, or to edit), drawn with placeholder glyphs; every other node is checked.
fn check_tree(h: &Harness<'static, CrosscheckApp>, lacking: &HashSet<char>, when: &str) {
    let notices = h
        .query_all_by_label_contains("no font on this computer can show")
        .count();
    assert_eq!(notices, 1, "{when}: the notice once for the window");
    let boxes: Vec<String> = h
        .query_all(By::new().predicate(|node| {
            let is_field = |role| {
                matches!(
                    role,
                    Role::TextInput | Role::MultilineTextInput | Role::SearchInput
                )
            };
            // A field's value, and the runs of its text.
            let field = is_field(node.role()) || node.parent().is_some_and(|p| is_field(p.role()));
            [
                node.label(),
                node.value().filter(|_| !field),
                node.description(),
            ]
            .into_iter()
            .flatten()
            .any(|text| text.chars().any(|c| lacking.contains(&c)))
        }))
        .map(|node| format!("{node:?}"))
        .collect();
    assert!(
        boxes.is_empty(),
        "{when}: shown with chars no font has: {boxes:#?}"
    );
}

/// Every screen the lesson's text is on: the article, the other document's tab, a claim on the
/// Japanese sentence in the claims list and the inspector, and the Numbers panel.
fn walk_through(size: egui::Vec2, panels: PanelVisibility) {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::builder()
        .with_size(size)
        .with_max_steps(24)
        .build_ui_state(
            |ui, app: &mut CrosscheckApp| app.frame_ui(ui),
            app(dir.path(), panels),
        );
    h.run();
    let lacking = lacking(&h);
    assert!(
        lacking.contains(&'東') && lacking.contains(&'ሰ'),
        "the test needs scripts no font here has: {lacking:?}"
    );
    let at = format!("{}×{}", size.x, size.y);
    check(&h, &lacking, &format!("{at}, the article"));
    let notice = h
        .get_by_label_contains("no font on this computer can show")
        .value()
        .unwrap_or_default();
    assert!(
        notice.contains("Ethiopic, Japanese")
            && notice.contains("[Ethiopic text]")
            && notice.contains("Noto Sans CJK JP")
            && notice.contains("Noto Sans Ethiopic"),
        "it names the scripts, how they are shown and what to install: {notice}"
    );
    // The article draws a placeholder for each char no font has (one for one).
    let shown = h.state().views[&h.state().current_document].text_shown();
    assert!(
        shown.contains("The ministry (◌◌◌) said 62"),
        "placeholders in the article: {shown}"
    );

    // A claim on the Japanese sentence: the claims list and the inspector show its quote.
    let doc = h.state().current_document.clone();
    let view = h.state_mut().views.get_mut(&doc).unwrap();
    let start = view
        .text()
        .byte_to_char(view.text().as_str().find("東京の基地").unwrap());
    view.set_selection(Some(start..start + 12));
    h.state_mut().send(AppCommand::MakeClaim);
    h.run();
    assert_eq!(h.state().session.annotations.len(), 1);
    check(&h, &lacking, &format!("{at}, a claim selected"));
    if panels == PanelVisibility::Shown || size.x >= 900.0 {
        assert!(
            h.query_all_by_label_contains("#1 “[Japanese text]")
                .next()
                .is_some(),
            "the claims list names the quote"
        );
    }

    // The other document.
    let other = h.state().lesson.lesson.documents[1].id.clone();
    h.state_mut().send(AppCommand::ShowDocument(other, None));
    h.run();
    check(&h, &lacking, &format!("{at}, the Ethiopic document"));

    // The Numbers panel: outlets and document names in its values.
    h.state_mut().send(AppCommand::ToggleNumbers);
    // The numbers are found on the worker, a spinner turning: frame by frame until done.
    h.step();
    wait_for_worker(&mut h);
    assert!(h.state().numbers.open);
    check(&h, &lacking, &format!("{at}, the Numbers panel"));
    assert!(
        h.query_all_by_label_contains("[Japanese text]")
            .next()
            .is_some(),
        "the Numbers panel names the Japanese outlet"
    );
}

#[test]
fn text_no_font_has_is_said_once_and_never_drawn_as_boxes_at_1024_by_600() {
    walk_through(egui::vec2(1024.0, 600.0), PanelVisibility::Auto);
}

#[test]
fn text_no_font_has_is_said_once_and_never_drawn_as_boxes_at_800_by_500() {
    walk_through(egui::vec2(800.0, 500.0), PanelVisibility::Auto);
}

#[test]
fn text_no_font_has_is_said_once_with_the_panels_open_at_800_by_500() {
    walk_through(egui::vec2(800.0, 500.0), PanelVisibility::Shown);
}

#[test]
fn a_student_typing_japanese_in_a_field_sees_placeholders_not_boxes() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1024.0, 600.0))
        .build_ui_state(
            |ui, app: &mut CrosscheckApp| app.frame_ui(ui),
            app(dir.path(), PanelVisibility::Auto),
        );
    h.run();
    assert_eq!(crosscheck::app::fonts::placeholders_drawn(&h.ctx), 0);
    // A field shows what is typed as it is (a screen reader gets the very text): the chars no
    // font has are drawn as dotted circles (egui_kittest would fail on a box).
    h.get_by_label("Student name").focus();
    h.run();
    h.get_by_label("Student name").type_text("山田 ሰላም");
    h.run();
    h.run();
    assert_eq!(h.state().session.student, "山田 ሰላም");
    assert!(crosscheck::app::fonts::placeholders_drawn(&h.ctx) >= 4);
}

#[test]
fn the_teachers_desk_says_it_once_and_draws_no_boxes() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path(), PanelVisibility::Auto);
    app.enter_teacher(lesson(), None);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1024.0, 600.0))
        .with_max_steps(24)
        .build_ui_state(|ui, app: &mut CrosscheckApp| app.frame_ui(ui), app);
    h.run();
    let lacking = lacking(&h);
    // A key item on the Japanese sentence: the key list and the inspector show its quote.
    let doc = h.state().current_document.clone();
    let view = h.state_mut().views.get_mut(&doc).unwrap();
    let start = view
        .text()
        .byte_to_char(view.text().as_str().find("東京の基地").unwrap());
    view.set_selection(Some(start..start + 12));
    h.state_mut().send(AppCommand::MakeClaim);
    h.run();
    assert_eq!(h.state().session.annotations.len(), 1);
    for tab in [Tab::Key, Tab::Lesson] {
        h.state_mut().teacher.as_mut().unwrap().tab = tab;
        h.run();
        h.run();
        check_tree(&h, &lacking, &format!("the teacher's {tab:?} tab"));
    }
    // The Lesson tab's fields hold the titles to edit: drawn with placeholder glyphs, no boxes.
    assert!(crosscheck::app::fonts::placeholders_drawn(&h.ctx) > 0);
}
