//! Ready for a real classroom (issue 13): stray typing never toggles a label, every toggle is
//! said, undo with nothing to undo says so, the closing question's Save closes, a selection means
//! its words without the spaces around them, and the stances wait for a passage.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crosscheck::app::{AppCommand, Closing, CrosscheckApp, Prefs};
use crosscheck::core::store::RecoveryStore;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

#[path = "support/desk.rs"]
mod desk;
use desk::{harness, select, wait_for_worker};

fn sample(dir: &std::path::Path) -> Harness<'static, CrosscheckApp> {
    let app = CrosscheckApp::on_sample(RecoveryStore::new(dir.join("recovery")), Prefs::default());
    let mut h = harness(app);
    h.run();
    h
}

fn status(h: &Harness<'static, CrosscheckApp>) -> String {
    h.state()
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

/// Makes a claim of `quote` and selects it.
fn claim(h: &mut Harness<'static, CrosscheckApp>, quote: &str) -> String {
    select(h, quote);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    h.state().selected_claim.clone().unwrap()
}

#[test]
fn typing_in_the_article_never_toggles_a_label_and_alt_keys_say_what_they_did() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    let id = claim(&mut h, "62 times");
    // A click in the article leaves a caret there; then the student types "hello".
    let at = {
        let app = h.state();
        let view = &app.views[&app.current_document];
        let text = view.text().as_str().to_owned();
        let start = view
            .text()
            .byte_to_char(text.find("resistance forces").unwrap());
        view.screen_pos_of_char(start + 3).unwrap()
    };
    h.hover_at(at);
    h.drag_at(at);
    h.drop_at(at);
    h.run();
    // The click may select another claim or none: select ours again, as the student would.
    h.state_mut()
        .send(AppCommand::SelectClaim(Some(id.clone())));
    h.run();
    let before = status(&h);
    for key in [
        egui::Key::H,
        egui::Key::E,
        egui::Key::L,
        egui::Key::L,
        egui::Key::O,
        egui::Key::Num1,
    ] {
        h.key_press(key);
        h.run();
    }
    let labels = &h.state().session.annotation(&id).unwrap().labels;
    assert!(labels.is_empty(), "stray keys toggled {labels:?}");
    assert_eq!(status(&h), before, "nothing happened, nothing said");
    // Alt+1 is the deliberate key: the label toggles, and the status bar says so.
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::Num1);
    h.run();
    assert!(
        h.state()
            .session
            .annotation(&id)
            .unwrap()
            .labels
            .contains("checkworthy")
    );
    assert_eq!(
        status(&h),
        format!("Label “Check-worthy factual claim” added to {id}")
    );
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::Num1);
    h.run();
    assert!(h.state().session.annotation(&id).unwrap().labels.is_empty());
    assert_eq!(
        status(&h),
        format!("Label “Check-worthy factual claim” removed from {id}")
    );
}

#[test]
fn undo_with_nothing_to_undo_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(status(&h), "Nothing to undo");
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    h.run();
    assert_eq!(status(&h), "Nothing to redo");
}

#[test]
fn save_in_the_closing_question_saves_and_closes() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    let path = dir.path().join("mine.session.ron");
    h.state_mut().session_path = Some(path.clone());
    claim(&mut h, "62 times");
    assert!(h.state().unsaved());
    // The window's close button.
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.run();
    assert_eq!(h.state().closing, Closing::Asking);
    h.get_by_label("Save").click();
    h.run();
    wait_for_worker(&mut h);
    h.run();
    assert!(path.exists(), "saved");
    assert!(!h.state().unsaved());
    assert_eq!(h.state().closing, Closing::Allowed, "and closed");
}

#[test]
fn a_claim_is_its_words_without_the_spaces_around_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    // " resistance forces attac": a space before, a word cut after.
    let range = {
        let app = h.state();
        let view = &app.views[&app.current_document];
        let text = view.text().as_str().to_owned();
        let start = view
            .text()
            .byte_to_char(text.find(" resistance forces").unwrap());
        start..start + " resistance forces attac".chars().count()
    };
    h.state_mut()
        .current_view()
        .unwrap()
        .set_selection(Some(range.clone()));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    let app = h.state();
    assert_eq!(
        app.session.annotations[0].selector.quote.exact,
        "resistance forces attacked"
    );
    // With View ▸ Snap selections to whole words off, the cut word stays cut.
    h.state_mut().prefs.whole_words = false;
    h.state_mut()
        .current_view()
        .unwrap()
        .set_selection(Some(range));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    assert_eq!(
        h.state().session.annotations[1].selector.quote.exact,
        "resistance forces attac"
    );
}

#[test]
fn the_stances_wait_for_a_passage() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    let id = claim(&mut h, "62 times");
    h.state_mut().send(AppCommand::StartAttachPassage(id));
    h.run();
    h.step();
    let button = h.get_by_label_contains("corroborates");
    assert!(button.accesskit_node().is_disabled(), "no passage yet");
    select(&mut h, "resistance forces");
    let button = h.get_by_label_contains("corroborates");
    assert!(!button.accesskit_node().is_disabled());
}

fn focused(h: &Harness<'static, CrosscheckApp>) -> Option<egui::Id> {
    h.ctx.memory(egui::Memory::focused)
}

fn article_id(h: &Harness<'static, CrosscheckApp>) -> Option<egui::Id> {
    let app = h.state();
    app.views[&app.current_document].focus_id()
}

#[test]
fn keyboard_only_a_student_reaches_the_article_makes_a_labelled_claim_and_saves() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    let path = dir.path().join("mine.session.ron");
    h.state_mut().session_path = Some(path.clone());
    // The first Tab goes to the article.
    h.key_press(egui::Key::Tab);
    h.run();
    assert!(
        focused(&h).is_some() && focused(&h) == article_id(&h),
        "the article has the keyboard"
    );
    // Ctrl+Shift+Right selects the first word.
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::ArrowRight,
    );
    h.run();
    let selected = h.state_mut().current_view().unwrap().selection().unwrap();
    assert_eq!(selected, 0..9, "According");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    let id = h.state().selected_claim.clone().unwrap();
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::Num1);
    h.run();
    assert!(
        h.state()
            .session
            .annotation(&id)
            .unwrap()
            .labels
            .contains("checkworthy")
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    wait_for_worker(&mut h);
    h.run();
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("\"According\"") && saved.contains("checkworthy"));
    // F6 goes round the parts of the window: the inspector, the lesson panel, the article.
    let article = article_id(&h);
    h.key_press(egui::Key::F6);
    h.run();
    let inspector = focused(&h);
    assert!(inspector.is_some() && inspector != article);
    h.key_press(egui::Key::F6);
    h.run();
    let lesson_panel = focused(&h);
    assert!(lesson_panel.is_some() && lesson_panel != inspector && lesson_panel != article);
    h.key_press(egui::Key::F6);
    h.run();
    assert_eq!(focused(&h), article, "round to the article");
    h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::F6);
    h.run();
    assert_eq!(focused(&h), lesson_panel, "Shift+F6 goes back");
}

#[test]
fn page_and_document_keys_move_the_caret_and_the_view_follows_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    h.key_press(egui::Key::Tab);
    h.run();
    let caret_shown = |h: &Harness<'static, CrosscheckApp>| {
        let app = h.state();
        let view = &app.views[&app.current_document];
        view.caret().and_then(|c| view.screen_pos_of_char(c))
    };
    h.key_press(egui::Key::PageDown);
    h.run();
    let after_page = h.state().views[&h.state().current_document]
        .caret()
        .unwrap();
    assert!(after_page > 0, "Page Down moved the caret");
    assert!(caret_shown(&h).is_some(), "and it is on screen");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::End);
    h.run();
    h.run();
    let app = h.state();
    let view = &app.views[&app.current_document];
    assert_eq!(
        view.caret(),
        Some(view.text().char_count()),
        "Ctrl+End: the end"
    );
    assert!(caret_shown(&h).is_some(), "the view followed to the end");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Home);
    h.run();
    h.run();
    assert_eq!(
        h.state().views[&h.state().current_document].caret(),
        Some(0)
    );
    assert!(caret_shown(&h).is_some(), "and back to the top");
}
