//! Ready for a real classroom (issue 13): stray typing never toggles a label, every toggle is
//! said, undo with nothing to undo says so, the closing question's Save closes, a selection means
//! its words without the spaces around them, and the stances wait for a passage.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::float_cmp)]

use crosscheck::app::teacher::{Tab, TeacherCommand};
use crosscheck::app::{AppCommand, Closing, CrosscheckApp, Prefs};
use crosscheck::core::edit::Command;
use crosscheck::core::lesson::NumbersPanel;
use crosscheck::core::store::RecoveryStore;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::desk;
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
    let number = h
        .state()
        .session
        .annotations
        .iter()
        .position(|a| a.id == id)
        .unwrap()
        + 1;
    assert_eq!(
        status(&h),
        format!("Label “Check-worthy factual claim” added to claim {number}"),
        "the claim by its number, not its id"
    );
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::Num1);
    h.run();
    assert!(h.state().session.annotation(&id).unwrap().labels.is_empty());
    assert_eq!(
        status(&h),
        format!("Label “Check-worthy factual claim” removed from claim {number}")
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
    h.state_mut().session.student = "Amira".to_owned();
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
    h.state_mut().session.student = "Amira".to_owned();
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

/// The desk in a window of `size`: the student's, or the teacher's on a tab.
fn desk_at(
    dir: &std::path::Path,
    size: egui::Vec2,
    teacher_tab: Option<Tab>,
) -> Harness<'static, CrosscheckApp> {
    let mut app =
        CrosscheckApp::on_sample(RecoveryStore::new(dir.join("recovery")), Prefs::default());
    if let Some(tab) = teacher_tab {
        app.enter_teacher(crosscheck::app::files::bundled_lesson(), None);
        app.teacher.as_mut().unwrap().tab = tab;
    }
    let mut h = Harness::builder()
        .with_size(size)
        .with_max_steps(24)
        .build_ui_state(|ui, app: &mut CrosscheckApp| app.frame_ui(ui), app);
    h.run();
    if teacher_tab == Some(Tab::Review) {
        // A class of two: the sample's example session and one that found the whole key.
        let class = desk::sample_class(&dir.join(format!("{}", size.x)));
        h.state_mut()
            .send(AppCommand::Teacher(TeacherCommand::OpenClass(class)));
        h.run();
        h.step();
        wait_for_worker(&mut h);
        assert!(
            h.state().teacher.as_ref().unwrap().class.is_some(),
            "the class is open"
        );
    }
    h.run();
    h.run();
    h
}

/// Nothing that starts inside a part of the window runs past its right edge.
fn nothing_cut_off(h: &Harness<'static, CrosscheckApp>, what: &str) {
    use egui_kittest::kittest::NodeT as _;
    let parts: Vec<egui::Rect> = h.state().layout_parts().into_iter().flatten().collect();
    for node in h.root().children_recursive() {
        let Some(b) = node.accesskit_node().bounding_box() else {
            continue;
        };
        let ppp = h.ctx.pixels_per_point();
        let r = egui::Rect::from_min_max(
            egui::pos2(b.x0 as f32 / ppp, b.y0 as f32 / ppp),
            egui::pos2(b.x1 as f32 / ppp, b.y1 as f32 / ppp),
        );
        if !r.is_positive() || node.accesskit_node().label().is_none() {
            continue;
        }
        if let Some(part) = parts.iter().find(|p| {
            r.min.x >= p.min.x - 0.5
                && r.min.x < p.max.x - 1.0
                && r.min.y >= p.min.y - 0.5
                && r.min.y < p.max.y
        }) {
            assert!(
                r.max.x <= part.max.x + 2.0,
                "{what}: {:?} runs past its part's edge ({r:?} in {part:?})",
                node.accesskit_node().label()
            );
        }
    }
}

/// The Numbers panel in the centre with a claim (a key item) made from it and selected, so that
/// its rows offer to attach: the centre keeps half the window, nothing is cut off, and the
/// inspector's "Task" keeps one line beside its combo box (it wrapped a letter per line).
fn numbers_board_fits(h: &mut Harness<'static, CrosscheckApp>, what: &str) {
    h.state_mut().lesson.lesson.numbers = NumbersPanel::Shown;
    h.state_mut().send(AppCommand::ToggleNumbers);
    // Frame by frame: the numbers are found on the worker, a spinner turning meanwhile.
    h.step();
    h.step();
    wait_for_worker(h);
    assert!(h.state().numbers.open, "{what}: the Numbers panel is open");
    assert!(h.state().numbers.ready(), "{what}: its numbers are found");
    let claims = h.state().session.annotations.len();
    h.query_all_by_label_contains("Make a ")
        .next()
        .expect("a value to make a claim of")
        .click();
    h.run();
    h.run();
    assert_eq!(h.state().session.annotations.len(), claims + 1, "{what}");
    if !h.state().teaching() {
        // Filed under the task with the longest title: the chooser's text is at its widest.
        let app = h.state();
        let task = app.lesson.lesson.tasks.iter().max_by_key(|t| t.title.len());
        let command = Command::SetTask {
            annotation_id: app.selected_claim.clone().unwrap(),
            task: task.map(|t| t.id.clone()),
        };
        h.state_mut().send(AppCommand::Edit(command));
        h.run();
        h.step();
    }
    let what = format!("{what}, Numbers panel");
    let [_, centre, _] = h.state().layout_parts();
    let width = h.ctx.content_rect().width();
    assert!(
        centre.unwrap().width() >= width / 2.0 - 1.0,
        "{what}: the centre is {centre:?}"
    );
    nothing_cut_off(h, &what);
    // One line of text, or the combo box beside it; two lines would be taller.
    let row = h.ctx.global_style().text_styles[&egui::TextStyle::Body].size * 2.0;
    let ppp = h.ctx.pixels_per_point();
    let tasks: Vec<f32> = h
        .root()
        .children_recursive()
        .filter(|n| n.accesskit_node().value().as_deref() == Some("Task"))
        .filter_map(|n| n.accesskit_node().bounding_box())
        .map(|b| (b.y1 - b.y0) as f32 / ppp)
        .collect();
    assert!(!tasks.is_empty(), "{what}: the inspector shows the task");
    for height in tasks {
        assert!(height <= row, "{what}: \"Task\" is {height} tall: it wraps");
    }
}

#[test]
fn at_school_laptop_sizes_the_article_keeps_half_the_window_and_nothing_is_cut_off() {
    let dir = tempfile::tempdir().unwrap();
    for (w, hgt) in [(1024.0, 600.0), (1366.0, 768.0), (1920.0, 1080.0)] {
        for tab in [None, Some(Tab::Lesson), Some(Tab::Key), Some(Tab::Review)] {
            let mut h = desk_at(dir.path(), egui::vec2(w, hgt), tab);
            let what = format!("{w}×{hgt} {tab:?}");
            let [left, centre, right] = h.state().layout_parts();
            let centre = centre.unwrap();
            assert!(
                left.is_some() && right.is_some(),
                "{what}: both side panels shown"
            );
            assert!(
                centre.width() >= w / 2.0 - 1.0,
                "{what}: the centre is {} wide",
                centre.width()
            );
            nothing_cut_off(&h, &what);
            if matches!(tab, None | Some(Tab::Key)) {
                numbers_board_fits(&mut h, &what);
            }
            // On a projector the review's key, scores and comments are read in the inspector:
            // it takes the room the article can spare.
            if tab == Some(Tab::Review) {
                let right = right.unwrap();
                assert!(
                    right.width() >= (w * 0.25).min(420.0) - 1.0,
                    "{what}: the review's inspector is {} wide",
                    right.width()
                );
            }
        }
    }
}

#[test]
fn in_a_small_window_the_side_panels_fold_away_and_come_back_on_their_keys() {
    let dir = tempfile::tempdir().unwrap();
    for (w, hgt) in [(800.0, 500.0), (640.0, 400.0)] {
        let mut h = desk_at(dir.path(), egui::vec2(w, hgt), None);
        let what = format!("{w}×{hgt}");
        let [left, centre, right] = h.state().layout_parts();
        assert!(left.is_none() && right.is_none(), "{what}: folded away");
        // (Less the centre's own margins and the two strips that say where the panels went.)
        assert!(
            centre.unwrap().width() >= w - 240.0,
            "{what}: the article has the window: {centre:?}"
        );
        assert!(
            h.query_by_label_contains("lesson panel (Ctrl+Shift+L): folded away")
                .is_some(),
            "{what}: the way back"
        );
        // Ctrl+Shift+I brings the inspector back, Ctrl+Shift+L the lesson panel.
        h.key_press_modifiers(
            egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
            egui::Key::I,
        );
        h.run();
        h.key_press_modifiers(
            egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
            egui::Key::L,
        );
        h.run();
        h.run();
        let [left, centre, right] = h.state().layout_parts();
        assert!(
            left.is_some() && right.is_some(),
            "{what}: shown on request"
        );
        assert!(
            centre.unwrap().width() >= w / 2.0 - 1.0,
            "{what}: still half for the article"
        );
        nothing_cut_off(&h, &what);
        // And away again.
        h.key_press_modifiers(
            egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
            egui::Key::I,
        );
        h.run();
        h.run();
        assert!(h.state().layout_parts()[2].is_none());
    }
}

#[test]
fn ctrl_plus_minus_and_zero_zoom_the_whole_interface_and_the_article_size_is_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    let font = h.state().prefs.font_size;
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Equals);
    h.run();
    h.run();
    let zoom = h.ctx.zoom_factor();
    assert!(zoom > 1.05, "zoomed in: {zoom}");
    assert!((h.state().prefs.ui_zoom - zoom).abs() < 1e-3, "remembered");
    assert_eq!(
        h.state().prefs.font_size,
        font,
        "the article's own size is untouched"
    );
    assert_eq!(status(&h), format!("Zoom {:.0} %", zoom * 100.0));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Minus);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Minus);
    h.run();
    h.run();
    assert!(h.ctx.zoom_factor() < 1.0);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num0);
    h.run();
    h.run();
    assert!(
        (h.ctx.zoom_factor() - 1.0).abs() < 1e-3,
        "Ctrl+0: actual size"
    );
    // The article's text size is View ▸ Larger article text.
    h.state_mut().send(AppCommand::ArticleTextLarger);
    h.run();
    assert_eq!(h.state().prefs.font_size, font + 1.0);
    assert!((h.ctx.zoom_factor() - 1.0).abs() < 1e-3);
    // Both are preferences, kept between runs.
    let stored = ron::to_string(&h.state().prefs).unwrap();
    let back: Prefs = ron::from_str(&stored).unwrap();
    assert_eq!(back.font_size, font + 1.0);
}

#[test]
fn a_screen_reader_reads_the_articles_paragraphs_the_selection_and_each_claim() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::NodeT as _;
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    claim(&mut h, "62 times");
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::Num1);
    h.run();
    // The article is a document whose children are its paragraphs on screen, with their text.
    let article = h.get_by_role(Role::Document);
    let paragraphs: Vec<String> = article
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::Paragraph)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(
        paragraphs
            .iter()
            .any(|p| p.contains("resistance forces attacked American bases 62 times")),
        "{paragraphs:?}"
    );
    // The claim, in words: its quote, labels and evidence.
    let mark = h.get_by_role_and_label(
        Role::Mark,
        "Claim 1: “62 times”. Labels: Check-worthy factual claim. Evidence: none.",
    );
    assert!(mark.rect().is_positive(), "where it is on screen");
    // The selection.
    select(&mut h, "resistance forces");
    h.get_by_role_and_label(Role::Note, "Selected: resistance forces");
}

#[test]
fn in_a_narrow_window_the_status_bar_wraps_its_message_and_shows_only_whole_hints() {
    let dir = tempfile::tempdir().unwrap();
    for (w, hgt) in [(640.0, 400.0), (1024.0, 600.0), (1920.0, 1080.0)] {
        let mut h = desk_at(dir.path(), egui::vec2(w, hgt), None);
        let long = "Could not save lessons/counting-the-attacks/work.session.ron: the disk is \
                    full; free some space or save somewhere else, and try again";
        h.state_mut().status = Some(crosscheck::app::Status {
            text: long.to_owned(),
            error: true,
        });
        h.run();
        let ppp = h.ctx.pixels_per_point();
        let mut hints_seen = Vec::new();
        for node in h.root().children_recursive() {
            let Some(b) = node.accesskit_node().bounding_box() else {
                continue;
            };
            // A label's words are its value.
            let Some(label) = node
                .accesskit_node()
                .label()
                .or_else(|| node.accesskit_node().value())
            else {
                continue;
            };
            // The status bar: the foot of the window.
            if (b.y0 as f32 / ppp) < hgt - 80.0 {
                continue;
            }
            assert!(
                b.x1 as f32 / ppp <= w + 0.5,
                "{w}×{hgt}: {label:?} runs off the window ({b:?})"
            );
            // The hints: "keys: command" pieces.
            let is_hint = |piece: &str| {
                piece.starts_with("Ctrl+") || piece.starts_with('F') && piece.contains(": ")
            };
            if label.split(" · ").all(is_hint) {
                hints_seen.push((label, (b.x1 - b.x0) as f32 / ppp));
            }
        }
        // The message is there whole, wrapped if it must be.
        assert!(
            h.query_all_by_label_contains("the disk is full").count() == 1,
            "{w}×{hgt}: the message is shown"
        );
        // Hints are whole: each piece is "keys: what it does".
        for (hints, drawn) in &hints_seen {
            let font = egui::TextStyle::Body.resolve(&h.ctx.global_style());
            let natural = h.ctx.fonts_mut(|f| {
                f.layout_no_wrap(hints.clone(), font, egui::Color32::WHITE)
                    .size()
                    .x
            });
            assert!(
                *drawn >= natural - 1.0,
                "{w}×{hgt}: hints drawn whole, not cut ({drawn} of {natural}: {hints:?})"
            );
        }
        if w >= 1920.0 {
            assert!(!hints_seen.is_empty(), "room for hints on a wide screen");
        }
    }
}
