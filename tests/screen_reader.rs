//! A blind student with a screen reader (issue 24): the article's text as AccessKit text runs
//! (the whole document, the caret and the selection), a screen reader's caret read back, the
//! keyboard by line and by paragraph, actions announced, the window named, F1 taking the keyboard
//! and giving it back. The same tree reaches Orca through AT-SPI (`tests/atspi/check.sh`).
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crosscheck::app::{CrosscheckApp, Prefs};
use crosscheck::core::store::RecoveryStore;
use egui::accesskit::{Live, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::desk;
use desk::harness;

fn sample(dir: &std::path::Path) -> Harness<'static, CrosscheckApp> {
    let app = CrosscheckApp::on_sample(RecoveryStore::new(dir.join("recovery")), Prefs::default());
    let mut h = harness(app);
    h.run();
    h
}

/// (anchor, caret) of the article's selection.
fn selection(h: &Harness<'static, CrosscheckApp>) -> (usize, usize) {
    let app = h.state();
    let view = &app.views[&app.current_document];
    let caret = view.caret().expect("a caret");
    let anchor = view
        .selection()
        .map_or(caret, |r| if r.start == caret { r.end } else { r.start });
    (anchor, caret)
}

fn key(h: &mut Harness<'static, CrosscheckApp>, modifiers: egui::Modifiers, key: egui::Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

/// A key pressed with `modifiers` that are released before the frame reads them: the event
/// carries them, the input state at the frame's end does not.
fn quick_chord(
    h: &mut Harness<'static, CrosscheckApp>,
    modifiers: egui::Modifiers,
    key: egui::Key,
) {
    for pressed in [true, false] {
        h.event(egui::Event::Key {
            key,
            physical_key: None,
            pressed,
            repeat: false,
            modifiers,
        });
    }
    h.run();
}

/// Tab to the article, then Ctrl+Shift+Right `words` times: its first words selected.
fn select_first_words(h: &mut Harness<'static, CrosscheckApp>, words: usize) {
    key(h, egui::Modifiers::NONE, egui::Key::Tab);
    for _ in 0..words {
        key(
            h,
            egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
            egui::Key::ArrowRight,
        );
    }
}

fn article_node_text(h: &Harness<'static, CrosscheckApp>) -> (String, Option<String>) {
    let node = h.get_by_role(Role::Document);
    let ak = node.accesskit_node();
    (
        ak.document_range().text(),
        ak.text_selection().map(|r| r.text()),
    )
}

#[test]
fn the_article_is_one_text_with_every_paragraph_and_the_selection_in_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    key(&mut h, egui::Modifiers::NONE, egui::Key::Tab);
    let (text, _) = article_node_text(&h);
    let app = h.state();
    let doc = app.views[&app.current_document].text();
    let last = doc.paragraph(doc.paragraph_count() - 1).to_owned();
    let first = doc.paragraph(0).to_owned();
    assert!(text.starts_with(&first), "the first paragraph starts it");
    assert!(
        text.contains(&last),
        "the last paragraph, far off screen, is in the text a screen reader reads"
    );
    // Paragraphs are parted by line breaks, so a screen reader reads them as paragraphs.
    assert!(text.contains(&format!("{first}\n")));
    for _ in 0..3 {
        key(
            &mut h,
            egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
            egui::Key::ArrowRight,
        );
    }
    let (_, selected) = article_node_text(&h);
    assert_eq!(selected.as_deref(), Some("According to the"));
}

#[test]
fn a_screen_readers_caret_moves_the_articles_caret() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    key(&mut h, egui::Modifiers::NONE, egui::Key::Tab);
    // The screen reader asks for the caret after "According" (a position in the first run).
    let node = {
        let doc = h.get_by_role(Role::Document);
        let run = doc
            .accesskit_node()
            .children()
            .flat_map(|paragraph| paragraph.children().collect::<Vec<_>>())
            .find(|n| n.role() == Role::TextRun)
            .expect("a first run");
        run.locate().0
    };
    let article_id = h.state().views[&h.state().current_document]
        .focus_id()
        .unwrap();
    h.event(egui::Event::AccessKitActionRequest(
        egui::accesskit::ActionRequest {
            action: egui::accesskit::Action::SetTextSelection,
            target_tree: egui::accesskit::TreeId::ROOT,
            target_node: article_id.accesskit_id(),
            data: Some(egui::accesskit::ActionData::SetTextSelection(
                egui::accesskit::TextSelection {
                    anchor: egui::accesskit::TextPosition {
                        node,
                        character_index: 9,
                    },
                    focus: egui::accesskit::TextPosition {
                        node,
                        character_index: 9,
                    },
                },
            )),
        },
    ));
    h.run();
    assert_eq!(selection(&h), (9, 9), "the caret is after “According”");
}

#[test]
fn up_and_down_go_by_line_ctrl_by_paragraph_and_shift_selects_a_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    key(&mut h, egui::Modifiers::NONE, egui::Key::Tab);
    key(&mut h, egui::Modifiers::NONE, egui::Key::ArrowDown);
    let first_paragraph = {
        let app = h.state();
        app.views[&app.current_document].text().paragraph_chars(0)
    };
    let (_, caret) = selection(&h);
    assert!(
        caret > 0 && caret < first_paragraph.end,
        "Down goes to the next line of the paragraph, not the next paragraph ({caret})"
    );
    key(&mut h, egui::Modifiers::NONE, egui::Key::ArrowUp);
    assert_eq!(selection(&h).1, 0, "and Up back to the first line's start");
    key(&mut h, egui::Modifiers::SHIFT, egui::Key::ArrowDown);
    let (anchor, caret) = selection(&h);
    assert_eq!(anchor, 0);
    assert!(
        caret > 20 && caret < first_paragraph.end,
        "Shift+Down selects a line ({caret} chars), not the paragraph ({})",
        first_paragraph.end
    );
    key(&mut h, egui::Modifiers::COMMAND, egui::Key::ArrowDown);
    let next = {
        let app = h.state();
        app.views[&app.current_document]
            .text()
            .paragraph_char_start(1)
    };
    assert_eq!(selection(&h), (next, next), "Ctrl+Down: the next paragraph");
}

#[test]
fn a_selection_grows_with_shift_chords_however_they_are_pressed() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    key(&mut h, egui::Modifiers::NONE, egui::Key::Tab);
    let chord = egui::Modifiers::COMMAND | egui::Modifiers::SHIFT;
    quick_chord(&mut h, chord, egui::Key::ArrowRight);
    quick_chord(&mut h, chord, egui::Key::ArrowRight);
    let app = h.state();
    let view = &app.views[&app.current_document];
    let selected = view
        .text()
        .slice_chars(view.selection().unwrap())
        .to_owned();
    assert_eq!(selected, "According to");
}

#[test]
fn down_then_ctrl_shift_right_selects_one_word_not_the_rest_of_the_article() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    key(&mut h, egui::Modifiers::NONE, egui::Key::Tab);
    // From the end of the first paragraph, the next word is the next paragraph's first.
    key(&mut h, egui::Modifiers::NONE, egui::Key::End);
    key(
        &mut h,
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::ArrowRight,
    );
    let app = h.state();
    let view = &app.views[&app.current_document];
    let selected = view.selection().unwrap();
    assert!(
        selected.len() < 40,
        "one word is selected, not {} chars",
        selected.len()
    );
    assert!(selected.end > view.text().paragraph_char_start(1));
}

#[test]
fn actions_are_announced_and_the_window_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    select_first_words(&mut h, 3);
    key(&mut h, egui::Modifiers::COMMAND, egui::Key::Enter);
    let said = h.get_by_label("Claim 1 made: “According to the”");
    assert_eq!(
        said.accesskit_node().live(),
        Live::Polite,
        "the status bar is a polite live region"
    );
    let window = h.root();
    let name = window.accesskit_node().label().unwrap_or_default();
    assert!(
        name.starts_with("Counting the attacks") && name.ends_with("unsaved changes"),
        "the window is named after the lesson, in words: {name:?}"
    );
    assert!(h.query_by_role(Role::MenuBar).is_some(), "a real menu bar");
    let file = h.get_by_role_and_label(Role::MenuItem, "File");
    assert_eq!(
        file.accesskit_node().data().has_popup(),
        Some(egui::accesskit::HasPopup::Menu),
        "its entries open menus"
    );
}

#[test]
fn f1_takes_the_keyboard_and_escape_gives_it_back_to_the_article() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    key(&mut h, egui::Modifiers::NONE, egui::Key::Tab);
    let article = h.state().views[&h.state().current_document].focus_id();
    key(&mut h, egui::Modifiers::NONE, egui::Key::F1);
    h.run();
    let close = h.get_by_role_and_label(Role::Button, "Close");
    assert!(
        close.is_focused(),
        "the shortcuts' Close button has the keyboard"
    );
    key(&mut h, egui::Modifiers::NONE, egui::Key::Escape);
    h.run();
    assert!(!h.state().shortcuts_open);
    assert_eq!(h.ctx.memory(egui::Memory::focused), article);
}

#[test]
fn escape_closes_a_menu_and_gives_the_keyboard_back_to_its_title() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    key(&mut h, egui::Modifiers::NONE, egui::Key::Tab);
    key(&mut h, egui::Modifiers::NONE, egui::Key::Tab);
    let file = h.get_by_role_and_label(Role::MenuItem, "File");
    assert!(
        file.is_focused(),
        "Tab from the article reaches the menu bar's File"
    );
    key(&mut h, egui::Modifiers::NONE, egui::Key::Space);
    h.run();
    assert_eq!(
        h.get_by_role_and_label(Role::MenuItem, "File")
            .accesskit_node()
            .data()
            .is_expanded(),
        Some(true),
        "File is open, and says so"
    );
    key(&mut h, egui::Modifiers::NONE, egui::Key::Escape);
    h.run();
    let file = h.get_by_role_and_label(Role::MenuItem, "File");
    assert_eq!(file.accesskit_node().data().is_expanded(), Some(false));
    assert!(file.is_focused(), "the keyboard is back on File");
}

#[test]
fn moving_onto_a_claim_says_it_and_a_key_lists_the_paragraphs_claims() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    select_first_words(&mut h, 3);
    key(&mut h, egui::Modifiers::COMMAND, egui::Key::Enter);
    let live = |h: &Harness<'static, CrosscheckApp>| {
        let node = h.get_by_role(Role::Status);
        assert_eq!(node.accesskit_node().live(), Live::Polite);
        node.accesskit_node().label().unwrap_or_default()
    };
    // The caret onto the claim: it is said, labels and evidence too.
    key(&mut h, egui::Modifiers::NONE, egui::Key::ArrowRight);
    assert!(
        live(&h).starts_with("Claim 1: “According to the”"),
        "{}",
        live(&h)
    );
    // Off it (to the next paragraph): nothing is said any more.
    key(&mut h, egui::Modifiers::COMMAND, egui::Key::ArrowDown);
    assert_eq!(live(&h), "");
    key(&mut h, egui::Modifiers::COMMAND, egui::Key::ArrowUp);
    key(
        &mut h,
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::H,
    );
    assert!(
        live(&h).starts_with("Paragraph 1: Claim 1: “According to the”"),
        "{}",
        live(&h)
    );
}

#[test]
fn a_dialog_takes_the_keyboard_and_gives_it_back_where_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    key(&mut h, egui::Modifiers::NONE, egui::Key::Tab);
    let article = h.ctx.memory(egui::Memory::focused);
    assert!(article.is_some());
    // The closing question (asked when the window is closed with unsaved work).
    h.state_mut().closing = crosscheck::app::Closing::Asking;
    h.run();
    assert!(
        h.get_by_role_and_label(Role::Button, "Cancel").is_focused(),
        "its safe choice has the keyboard"
    );
    key(&mut h, egui::Modifiers::NONE, egui::Key::Escape);
    h.run();
    assert_eq!(h.state().closing, crosscheck::app::Closing::Open);
    assert_eq!(
        h.ctx.memory(egui::Memory::focused),
        article,
        "back in the article"
    );
}
