//! Work that grows with the data (issue 25): searching runs on the worker and rebuilds only the
//! search hits; the Review tab's inspector draws the rows on screen and reads the review where
//! it is; recovery copies are removed on the files thread and the result is said.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crosscheck::app::article_view::HighlightKey;
use crosscheck::app::teacher::review_inspector::comment_field_id;
use crosscheck::app::teacher::{ClassReview, TeacherCommand};
use crosscheck::app::{AppCommand, CrosscheckApp, Prefs};
use crosscheck::core::store::{self, RecoveryStore};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::desk;
use desk::{harness, select, wait_for_status, wait_for_worker};

fn sample(dir: &std::path::Path) -> Harness<'static, CrosscheckApp> {
    let app = CrosscheckApp::on_sample(RecoveryStore::new(dir.join("recovery")), Prefs::default());
    let mut h = harness(app);
    h.run();
    h
}

/// How often `word` is in the lesson's documents, case aside.
fn count_in_documents(app: &CrosscheckApp, word: &str) -> usize {
    app.views
        .values()
        .map(|v| v.text().as_str().to_lowercase().matches(word).count())
        .sum()
}

#[test]
fn a_search_finds_its_hits_on_the_worker_and_builds_nothing_else_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    select(&mut h, "62 times");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    assert_eq!(h.state().session.annotations.len(), 1);
    let builds = h.state().derived.builds();

    h.state_mut().search.open = true;
    h.state_mut()
        .send(AppCommand::Search("resistance".to_owned()));
    h.run();
    wait_for_worker(&mut h);
    let app = h.state();
    let every = count_in_documents(app, "resistance");
    assert!(every > 0);
    assert_eq!(app.search.total, every, "every hit is counted");
    assert_eq!(app.search.hits.len(), every);
    assert_eq!(
        app.derived.builds(),
        builds,
        "the claims' summaries (and their nudges) are not built again for a search"
    );
    // The hits are highlighted beside the claim, in the documents they are in.
    let (doc, range) = app.search.hits[0].clone();
    let index = app.highlights_of(&doc).unwrap();
    assert!(
        index
            .overlapping(range.clone())
            .any(|h| h.key == HighlightKey::Search && h.range == range)
    );
    let current = app.highlights_of(&app.current_document).unwrap();
    assert!(
        current
            .overlapping(0..usize::MAX)
            .any(|h| matches!(h.key, HighlightKey::Claim(_))),
        "the claim is still highlighted"
    );
    let said = if every == 1 {
        "1 hit".to_owned()
    } else {
        format!("{every} hits")
    };
    assert!(h.query_by_label(&said).is_some(), "the bar says {said:?}");
}

#[test]
fn only_the_newest_search_shows_and_clearing_it_drops_one_under_way() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    h.state_mut().search.open = true;
    // Keystrokes faster than the worker: each search overtakes the one before.
    for query in ["e", "re", "res", "resistance"] {
        h.state_mut().send(AppCommand::Search(query.to_owned()));
    }
    h.run();
    wait_for_worker(&mut h);
    let every = count_in_documents(h.state(), "resistance");
    assert_eq!(h.state().search.total, every);
    assert!(h.state().search.searching.is_none());

    // A search asked for, then the field emptied in the same frame: nothing comes back.
    h.state_mut().send(AppCommand::Search("e".to_owned()));
    h.state_mut().send(AppCommand::Search(String::new()));
    h.run();
    assert!(h.state().search.hits.is_empty(), "cleared at once");
    wait_for_worker(&mut h);
    assert!(h.state().search.hits.is_empty());
    assert_eq!(h.state().search.total, 0);
    assert!(h.query_by_label("0 hits").is_some());
}

#[test]
fn the_search_bar_says_it_is_searching_until_the_hits_come() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    h.get_by_label("Find in lesson").type_text("attack");
    // The frame that took the keystroke only asked the worker.
    h.step();
    assert_eq!(h.state().search.searching.as_deref(), Some("attack"));
    assert!(h.state().search.hits.is_empty());
    // While it searches, the bar says so (held here: an answer for another query is not taken).
    h.state_mut().search.searching = Some("attac".into());
    h.step();
    assert!(h.query_by_label("Searching…").is_some());
    wait_for_worker(&mut h);
    h.state_mut().send(AppCommand::Search("attack".into()));
    h.run();
    wait_for_worker(&mut h);
    assert!(h.state().search.searching.is_none());
    assert!(h.query_by_label("Searching…").is_none());
    assert_eq!(
        h.state().search.total,
        count_in_documents(h.state(), "attack")
    );
}

/// The teacher's desk with a class of two: Kim (the key's work) and a student with `claims`
/// claims, shown on the Review tab.
fn class_with_a_long_session(
    dir: &std::path::Path,
    claims: usize,
    height: f32,
) -> Harness<'static, CrosscheckApp> {
    let class = desk::sample_class(dir);
    let lesson = crosscheck::app::files::bundled_lesson();
    let key =
        crosscheck::core::grade::session_from_key(&lesson.lesson, jiff::Timestamp::UNIX_EPOCH);
    let mut long = key.clone();
    long.student = "Lin".into();
    long.annotations.clear();
    for i in 0..claims {
        let mut claim = key.annotations[i % key.annotations.len()].clone();
        claim.id = format!("c{}", i + 1);
        long.annotations.push(claim);
    }
    std::fs::remove_file(class.join("sam.session.ron")).unwrap();
    store::save_ron(&class.join("lin.session.ron"), &long).unwrap();
    let mut app =
        CrosscheckApp::on_sample(RecoveryStore::new(dir.join("recovery")), Prefs::default());
    app.enter_teacher(lesson, None);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1500.0, height))
        .with_max_steps(24)
        .build_ui_state(|ui, app: &mut CrosscheckApp| app.frame_ui(ui), app);
    h.run();
    h.state_mut()
        .send(AppCommand::Teacher(TeacherCommand::OpenClass(class)));
    h.run();
    wait_for_status(&mut h, "Opened a class of 2 sessions");
    let lin = class_of(&h)
        .students
        .iter()
        .position(|s| s.session.student == "Lin")
        .unwrap();
    h.state_mut()
        .send(AppCommand::Teacher(TeacherCommand::SelectStudent(lin)));
    h.run();
    // The frame after the one that handled the choice shows the student.
    h.step();
    h.run();
    h
}

fn class_of<'a>(h: &'a Harness<'static, CrosscheckApp>) -> &'a ClassReview {
    h.state().teacher.as_ref().unwrap().class.as_ref().unwrap()
}

#[test]
fn the_review_draws_the_claims_on_screen_and_shows_the_comment_typed() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = class_with_a_long_session(dir.path(), 400, 900.0);
    assert!(
        h.query_all_by_value("Lin").next().is_some(),
        "the inspector shows Lin"
    ); // the inspector's heading
    let drawn = h.query_all_by_label("Teacher's comment").count();
    assert!(
        drawn < 40,
        "{drawn} of 400 comment fields drawn: only the rows on screen are"
    );

    // The teacher picks a claim: it comes to the top, with its comment field.
    class_mut(&mut h).selected_claim = Some("c250".into());
    h.run();
    h.get_by_label("Selected claim");
    h.ctx
        .memory_mut(|m| m.request_focus(comment_field_id("c250")));
    h.run();
    h.get_all_by_label("Teacher's comment")
        .next()
        .unwrap()
        .type_text("Who counted these?");
    h.run();
    wait_for_worker(&mut h);
    let review = &class_of(&h).review.students["lin.session.ron"];
    assert_eq!(review.comments["c250"], "Who counted these?");
    assert_eq!(review.comments.len(), 1);
    // The field shows what the review holds.
    assert!(
        h.query_all_by_value("Who counted these?").next().is_some(),
        "the comment is shown in its field"
    );
    // One typing run is one undo step.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(!class_of(&h).review.students.contains_key("lin.session.ron"));
}

fn class_mut<'a>(h: &'a mut Harness<'static, CrosscheckApp>) -> &'a mut ClassReview {
    h.state_mut()
        .teacher
        .as_mut()
        .unwrap()
        .class
        .as_mut()
        .unwrap()
}

#[test]
fn the_review_scrolls_to_its_last_claim_and_general_comment() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = class_with_a_long_session(dir.path(), 120, 900.0);
    assert!(
        h.query_by_label("General comment for the student")
            .is_none(),
        "below the screen"
    );
    // Each step brings the lowest row drawn into view: the list draws the rows after it.
    for _ in 0..200 {
        let panel = h
            .get_by_label("Inspector (F6 moves between the panels)")
            .rect();
        let last = h
            .query_all_by_role(egui::accesskit::Role::Label)
            .filter(|n| n.rect().min.x >= panel.min.x)
            .filter(|n| {
                let text = n.value().unwrap_or_default();
                text == "Teacher's comment" || text == "Rubric level"
            })
            .max_by(|a, b| a.rect().min.y.total_cmp(&b.rect().min.y));
        let Some(last) = last else { break };
        last.scroll_to_me();
        h.run();
        if h.query_by_label("General comment for the student")
            .is_some()
        {
            break;
        }
    }
    assert!(
        h.query_by_label("General comment for the student")
            .is_some()
    );
    assert!(
        h.query_all_by_label_contains("c120: ").next().is_some(),
        "the last claim is on screen above it"
    );
}

#[test]
fn the_answer_key_lists_the_items_on_screen_and_each_still_leads_to_its_claim() {
    let dir = tempfile::tempdir().unwrap();
    let mut lesson = crosscheck::app::files::bundled_lesson();
    let key = lesson.lesson.answer_key.as_mut().unwrap();
    let first = key.items.len();
    let copies: Vec<_> = (0..300)
        .map(|n| {
            let mut item = key.items[n % first].clone();
            item.id = format!("x{n:03}");
            item
        })
        .collect();
    key.items.extend(copies);
    let total = key.items.len();
    let mut app = CrosscheckApp::on_sample(
        RecoveryStore::new(dir.path().join("recovery")),
        Prefs::default(),
    );
    app.enter_teacher(lesson, None);
    let mut h = harness(app);
    h.run();
    h.state_mut().teacher.as_mut().unwrap().tab = crosscheck::app::teacher::Tab::Key;
    h.run();
    let drawn = h.query_all_by_label_contains(" · must find: ").count();
    assert!(drawn > 0, "the first items are listed");
    assert!(
        drawn < total / 4,
        "{drawn} of {total} items drawn: only the rows on screen are"
    );
    // A link still shows its item.
    h.get_all_by_label_contains(" · must find: ")
        .next()
        .unwrap()
        .click();
    h.run();
    assert!(h.state().selected_claim.is_some());
}

#[test]
fn declining_the_unsaved_work_removes_it_on_the_worker_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = RecoveryStore::new(dir.path().join("recovery"));
    let mut h = harness(CrosscheckApp::on_sample(recovery.clone(), Prefs::default()));
    h.run();
    h.state_mut().session.student = "Ada".into();
    select(&mut h, "62 times");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    h.state_mut().autosave_now().unwrap();
    drop(h);

    let mut h = harness(CrosscheckApp::on_sample(recovery.clone(), Prefs::default()));
    h.run();
    assert!(h.state().recovery_offer.is_some());
    h.state_mut().send(AppCommand::DiscardRecovery);
    h.run();
    wait_for_status(&mut h, "The unsaved work found was discarded.");
    assert!(recovery.list().is_empty(), "the copy is gone");
}

#[test]
fn a_copy_that_cannot_be_removed_is_said_with_why() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = RecoveryStore::new(dir.path().join("recovery"));
    // Something in the way of removing: a folder where a copy would be a file.
    let stuck = recovery
        .folder()
        .join("unsaved-other-lesson-0123.recovery.ron");
    std::fs::create_dir_all(&stuck).unwrap();
    std::fs::write(stuck.join("inside"), "x").unwrap();
    let mut h = harness(CrosscheckApp::on_sample(recovery.clone(), Prefs::default()));
    h.run();
    h.state_mut().send(AppCommand::ClearRecoveryCopies);
    h.run();
    wait_for_status(&mut h, "could not be removed");
    assert!(h.state().status.as_ref().unwrap().error);
    assert!(stuck.exists());
}
